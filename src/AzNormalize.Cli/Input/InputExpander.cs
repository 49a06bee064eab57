namespace AzNormalize.Cli.Input;

/// <summary>
/// Turns the command line's paths into inputs: <c>-</c> is stdin, a file is itself, a folder is every text file under it
/// (recursively, <c>*.txt *.md *.markdown *.text</c> unless <c>--include</c> says otherwise), and a path with <c>*</c>,
/// <c>?</c> or <c>**</c> is a glob. <c>--exclude</c> globs drop inputs found in folders and globs. Inputs of one argument
/// come in ordinal order of their paths, so runs are repeatable.
/// </summary>
internal static class InputExpander
{
    /// <summary>What a folder contributes when no <c>--include</c> is given.</summary>
    public static readonly string[] DefaultFolderPatterns = ["*.txt", "*.md", "*.markdown", "*.text"];

    /// <summary>The files a folder stands for with <c>--input-format jsonl</c>.</summary>
    public static readonly string[] JsonLinesFolderPatterns = ["*.jsonl", "*.ndjson"];

    /// <summary>Expands <paramref name="arguments"/>.</summary>
    /// <param name="arguments">The FILE arguments; none means stdin.</param>
    /// <param name="includes">File patterns a folder contributes; empty for <see cref="DefaultFolderPatterns"/>.</param>
    /// <param name="excludes">Patterns of paths to leave out (matched against the path below the argument and the file name).</param>
    /// <exception cref="InputException">A glob that matches no file.</exception>
    /// <param name="defaultPatterns">What a folder contributes without <paramref name="includes"/>; <see cref="DefaultFolderPatterns"/> when null.</param>
    public static List<InputSource> Expand(string[]? arguments, IReadOnlyList<string> includes, IReadOnlyList<string> excludes, IReadOnlyList<string>? defaultPatterns = null)
    {
        var sources = new List<InputSource>();
        if (arguments is null || arguments.Length == 0)
        {
            sources.Add(InputSource.Stdin);
            return sources;
        }

        IReadOnlyList<string> patterns = includes.Count == 0 ? defaultPatterns ?? DefaultFolderPatterns : includes;
        foreach (string argument in arguments)
        {
            if (argument == InputSource.StdinArgument)
            {
                sources.Add(InputSource.Stdin);
            }
            else if (Directory.Exists(argument))
            {
                AddFolder(argument, patterns, excludes, sources);
            }
            else if (!File.Exists(argument) && Glob.HasWildcards(argument))
            {
                AddGlob(argument, excludes, sources);
            }
            else
            {
                // A file, or a missing path that InputReader reports with its name.
                sources.Add(new InputSource(argument, Path.GetFileName(argument)));
            }
        }

        return sources;
    }

    private static void AddFolder(string folder, IReadOnlyList<string> patterns, IReadOnlyList<string> excludes, List<InputSource> sources)
    {
        var found = new List<(string Path, string Relative)>();
        int matched = 0;
        foreach (string file in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System }))
        {
            string relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (IsHiddenPath(relative) || !Matches(patterns, relative))
            {
                continue;
            }

            matched++;
            if (!Matches(excludes, relative))
            {
                found.Add((file, relative));
            }
        }

        if (matched == 0)
        {
            throw new InputException($"{folder}: is a directory with no file matching {string.Join(' ', patterns)} (use --include to name others)");
        }

        found.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        foreach ((string path, string relative) in found)
        {
            sources.Add(new InputSource(path, relative, Found: true));
        }
    }

    private static void AddGlob(string pattern, IReadOnlyList<string> excludes, List<InputSource> sources)
    {
        string normalized = pattern.Replace('\\', '/');
        int firstWildcard = normalized.IndexOfAny(['*', '?', '[']);
        int rootEnd = normalized.LastIndexOf('/', firstWildcard);
        string root = rootEnd < 0 ? "." : rootEnd == 0 ? "/" : normalized[..rootEnd];
        string rest = normalized[(rootEnd + 1)..];
        var found = new List<(string Path, string Relative)>();
        int matched = 0;
        if (Directory.Exists(root))
        {
            foreach (string file in Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = rest.Contains('/', StringComparison.Ordinal), IgnoreInaccessible = true }))
            {
                string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (!Glob.IsMatch(rest, relative))
                {
                    continue;
                }

                matched++;
                if (!Matches(excludes, relative))
                {
                    found.Add((rootEnd < 0 ? relative : Path.Combine(root, relative), relative));
                }
            }
        }

        if (matched == 0)
        {
            throw new InputException($"{pattern}: no file matches");
        }

        found.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        foreach ((string path, string relative) in found)
        {
            sources.Add(new InputSource(path, relative, Found: true));
        }
    }

    /// <summary>Whether any pattern matches the path below the argument, or (for a pattern without a slash) any of its names.</summary>
    private static bool Matches(IReadOnlyList<string> patterns, string relative)
    {
        foreach (string pattern in patterns)
        {
            string normalized = pattern.Replace('\\', '/').TrimStart('/');
            if (normalized.StartsWith("./", StringComparison.Ordinal))
            {
                normalized = normalized[2..];
            }

            if (Glob.IsMatch(normalized, relative))
            {
                return true;
            }

            if (!normalized.Contains('/', StringComparison.Ordinal))
            {
                foreach (string name in relative.Split('/'))
                {
                    if (Glob.IsMatch(normalized, name))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>A file or folder below the argument whose name starts with a dot (<c>.git</c>, <c>.cache</c>) is skipped.</summary>
    private static bool IsHiddenPath(string relative)
    {
        foreach (string name in relative.Split('/'))
        {
            if (name.Length > 1 && name[0] == '.')
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Glob patterns over <c>/</c>-separated paths: <c>*</c> any run without <c>/</c>, <c>**</c> any run, <c>?</c> one character, <c>[abc]</c> a set.</summary>
internal static class Glob
{
    /// <summary>Whether <paramref name="text"/> holds a wildcard.</summary>
    public static bool HasWildcards(string text) => text.AsSpan().IndexOfAny('*', '?', '[') >= 0;

    /// <summary>Whether <paramref name="pattern"/> matches all of <paramref name="path"/> (ordinal; on Windows too).</summary>
    public static bool IsMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<char> path)
    {
        // Recursive: patterns are short, and each star tries each split of the path once.
        if (pattern.IsEmpty)
        {
            return path.IsEmpty;
        }

        if (pattern.StartsWith("**"))
        {
            ReadOnlySpan<char> rest = pattern[2..];
            if (rest.StartsWith("/"))
            {
                // "**/": no folder at all, or any folders up to a slash.
                rest = rest[1..];
                if (IsMatch(rest, path))
                {
                    return true;
                }

                for (int i = 0; i < path.Length; i++)
                {
                    if (path[i] == '/' && IsMatch(rest, path[(i + 1)..]))
                    {
                        return true;
                    }
                }

                return false;
            }

            for (int i = 0; i <= path.Length; i++)
            {
                if (IsMatch(rest, path[i..]))
                {
                    return true;
                }
            }

            return false;
        }

        if (pattern[0] == '*')
        {
            ReadOnlySpan<char> rest = pattern[1..];
            for (int i = 0; i <= path.Length; i++)
            {
                if (IsMatch(rest, path[i..]))
                {
                    return true;
                }

                if (i < path.Length && path[i] == '/')
                {
                    return false; // a single star stays inside one name
                }
            }

            return false;
        }

        int p = 0;
        return !path.IsEmpty && MatchOne(pattern, ref p, path[0]) && IsMatch(pattern[p..], path[1..]);
    }

    private static bool MatchOne(ReadOnlySpan<char> pattern, ref int p, char c)
    {
        char token = pattern[p];
        if (token == '?')
        {
            if (c == '/')
            {
                return false;
            }

            p++;
            return true;
        }

        if (token == '[')
        {
            int close = pattern[(p + 1)..].IndexOf(']');
            if (close > 0)
            {
                ReadOnlySpan<char> set = pattern.Slice(p + 1, close);
                bool negate = set[0] is '!' or '^';
                bool found = false;
                for (int i = negate ? 1 : 0; i < set.Length; i++)
                {
                    if (i + 2 < set.Length && set[i + 1] == '-')
                    {
                        found |= c >= set[i] && c <= set[i + 2];
                        i += 2;
                    }
                    else
                    {
                        found |= c == set[i];
                    }
                }

                if (found != negate && c != '/')
                {
                    p += close + 2;
                    return true;
                }

                return false;
            }
        }

        if (token == c)
        {
            p++;
            return true;
        }

        return false;
    }
}
