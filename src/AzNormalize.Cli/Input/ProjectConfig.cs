using System.Globalization;
using System.Text;
using System.Text.Json;
using AzNormalize.Checking;
using AzNormalize.Cli.Output;
using AzNormalize.Correction;
using AzNormalize.Lexicon;
using AzNormalize.Normalization;

namespace AzNormalize.Cli.Input;

/// <summary>
/// A project's <c>aznorm.json</c>: accepted words, ignored paths, rule kinds on or off, the confidence threshold, the
/// layout mode and Markdown. Found upward from each input's folder (from the current folder for stdin), or named with
/// <c>--config</c>; options given on the command line win over it.
/// </summary>
/// <remarks>
/// <code>
/// {
///   "words": ["Friman", "Brexit"],          // accepted as known (any case), also in hyphen decisions
///   "wordLists": ["names.txt"],             // one word per line, relative to this file
///   "dictionaries": ["terms.txt", "counts:freq.txt"],  // word lists or "term count" lists (detected; "words:"/"counts:" declare)
///   "ignore": ["drafts/**", "*.gen.md"],    // paths relative to this file's folder, left out of folders and globs
///   "minConfidence": 0.5,                   // check: report findings at least this sure
///   "layout": "auto",                       // fix: auto | none | lines | full
///   "markdown": false,                      // read every input as Markdown
///   "rules": { "UnknownName": false, "Unwrap": false }   // finding and edit kinds on or off
/// }
/// </code>
/// Comments and trailing commas are allowed. An unknown key, kind or value is an error naming the file.
/// </remarks>
internal sealed class ProjectConfig
{
    /// <summary>The file name looked for.</summary>
    public const string FileName = "aznorm.json";

    private static readonly string[] s_keys = ["words", "wordLists", "dictionaries", "ignore", "minConfidence", "layout", "markdown", "rules"];

    private readonly Lazy<AzDictionary> _dictionary;
    private readonly Lazy<WordChecker> _checker;
    private readonly Lazy<SpellingCorrector> _suggester;
    private readonly IReadOnlyList<string> _words;
    private readonly IReadOnlyList<(string Path, DictionaryListFormat Format)> _lists;

    private ProjectConfig(string? path, IReadOnlyList<string> words, IReadOnlyList<(string Path, DictionaryListFormat Format)> lists)
    {
        Path = path;
        Folder = path is null ? Directory.GetCurrentDirectory() : System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        _words = words;
        _lists = lists;
        bool custom = words.Count > 0 || lists.Count > 0;
        _dictionary = new(() => custom ? BuildDictionary(path, words, lists) : AzDictionary.Default, LazyThreadSafetyMode.ExecutionAndPublication);
        _checker = new(() => custom ? new WordChecker(_dictionary.Value.Morphology) : WordChecker.Default, LazyThreadSafetyMode.ExecutionAndPublication);
        _suggester = new(() => new SpellingCorrector(new SpellingOptions { Morphology = custom ? _dictionary.Value.Morphology : null, Edits = true }), LazyThreadSafetyMode.ExecutionAndPublication);
        HasWords = custom;
    }

    /// <summary>No configuration: the defaults.</summary>
    public static ProjectConfig Empty { get; } = new(null, [], []);

    /// <summary>
    /// This configuration with more lists (<c>--dictionary</c>: paths as given, with an optional <c>words:</c> or
    /// <c>counts:</c> before them); itself when there are none.
    /// </summary>
    public ProjectConfig WithDictionaries(IReadOnlyList<string> dictionaries)
    {
        if (dictionaries.Count == 0)
        {
            return this;
        }

        return new ProjectConfig(Path, _words, [.. _lists, .. dictionaries.Select(entry => ParseList(entry, Directory.GetCurrentDirectory()))])
        {
            Ignore = Ignore,
            MinConfidence = MinConfidence,
            Layout = Layout,
            Markdown = Markdown,
            Disabled = Disabled,
        };
    }

    /// <summary>A list entry: <c>words:PATH</c>, <c>counts:PATH</c> or <c>PATH</c> (detected), relative to <paramref name="folder"/>.</summary>
    private static (string Path, DictionaryListFormat Format) ParseList(string entry, string folder)
    {
        (DictionaryListFormat format, string path) = SplitListEntry(entry);
        return (System.IO.Path.Combine(folder, path), format);
    }

    /// <summary>The format a list entry declares (<c>words:</c>, <c>counts:</c>, else detected) and its path as written.</summary>
    internal static (DictionaryListFormat Format, string Path) SplitListEntry(string entry) => entry switch
    {
        _ when entry.StartsWith("words:", StringComparison.Ordinal) => (DictionaryListFormat.Words, entry["words:".Length..]),
        _ when entry.StartsWith("counts:", StringComparison.Ordinal) => (DictionaryListFormat.Counts, entry["counts:".Length..]),
        _ => (DictionaryListFormat.Detect, entry),
    };

    /// <summary>The user's words for every stage: the embedded lexicon with the configuration's words and lists.</summary>
    public AzDictionary Dictionary => _dictionary.Value;

    /// <summary>The file it was read from, or null for <see cref="Empty"/>.</summary>
    public string? Path { get; }

    /// <summary>The folder relative paths are resolved against.</summary>
    public string Folder { get; }

    /// <summary>Whether the configuration adds words to the lexicon.</summary>
    public bool HasWords { get; }

    /// <summary>Path patterns to leave out.</summary>
    public IReadOnlyList<string> Ignore { get; private init; } = [];

    /// <summary>The check threshold, or null.</summary>
    public double? MinConfidence { get; private init; }

    /// <summary>The layout mode, or null.</summary>
    public LayoutMode? Layout { get; private init; }

    /// <summary>Whether every input is Markdown, or null.</summary>
    public bool? Markdown { get; private init; }

    /// <summary>Kinds switched off (names of <see cref="EditKind"/> and <see cref="FindingKind"/> values).</summary>
    public IReadOnlySet<string> Disabled { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The morphology with the configuration's words.</summary>
    public AzMorphology Morphology => _dictionary.Value.Morphology;

    /// <summary>The checker with the configuration's words.</summary>
    public WordChecker Checker => _checker.Value;

    /// <summary>The corrector that suggests words for <c>check</c>'s findings: the configuration's words, single edits on (a person chooses).</summary>
    public SpellingCorrector Suggester => _suggester.Value;

    /// <summary>
    /// The words <c>check</c> has suggested for each unknown word this run (a suggestion depends on the word alone, and costs
    /// a search of single edits: text repeats its misspellings and names). Bounded by the caller.
    /// </summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> Suggested { get; } = new(StringComparer.Ordinal);

    /// <summary>How many words <see cref="Suggested"/> was given (counted apart: its own count takes every lock).</summary>
    internal int SuggestedCount;

    /// <summary>Whether an edit of <paramref name="kind"/> is on.</summary>
    public bool IsOn(EditKind kind) => !Disabled.Contains(kind.ToString());

    /// <summary>Whether a finding of <paramref name="kind"/> is on.</summary>
    public bool IsOn(FindingKind kind) => !Disabled.Contains(kind.ToString());

    /// <summary>Whether <paramref name="filePath"/> (a file below <see cref="Folder"/>) matches an <see cref="Ignore"/> pattern.</summary>
    public bool IsIgnored(string filePath)
    {
        if (Ignore.Count == 0)
        {
            return false;
        }

        string relative = System.IO.Path.GetRelativePath(Folder, System.IO.Path.GetFullPath(filePath)).Replace('\\', '/');
        if (relative.StartsWith("../", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (string pattern in Ignore)
        {
            string normalized = pattern.Replace('\\', '/').TrimStart('/');
            if (Glob.IsMatch(normalized, relative) || Glob.IsMatch(normalized.TrimEnd('/') + "/**", relative)
                || (!normalized.Contains('/', StringComparison.Ordinal) && relative.Split('/').Any(part => Glob.IsMatch(normalized, part))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file cannot be read, is not JSON, or has an unknown key, kind or value.</exception>
    public static ProjectConfig Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read the configuration: {e.Message}", e);
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return FromJson(path, document.RootElement);
        }
        catch (JsonException e)
        {
            throw new InputException($"{path}{Position(text, e)}: not valid JSON: {PlainMessage(e)}", e);
        }
    }

    /// <summary>
    /// <c> line 3, column 5</c>, where the error is, as the rest of aznorm counts: 1-based, lines ending at <c>\n</c>,
    /// <c>\r\n</c> or <c>\r</c>, columns in text elements; System.Text.Json gives a 0-based line and a byte in it.
    /// </summary>
    private static string Position(string text, JsonException e)
    {
        if (e.LineNumber is not { } jsonLine || e.BytePositionInLine is not { } bytes)
        {
            return string.Empty;
        }

        // The reader counts lines at \n only, over the text as UTF-8.
        int lineStart = 0;
        for (long line = 0; line < jsonLine && lineStart < text.Length; line++)
        {
            int newline = text.IndexOf('\n', lineStart);
            lineStart = newline < 0 ? text.Length : newline + 1;
        }

        int lineEnd = text.IndexOf('\n', lineStart);
        byte[] lineBytes = Encoding.UTF8.GetBytes(text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)]);
        int offset = lineStart + Encoding.UTF8.GetCharCount(lineBytes, 0, (int)Math.Min(bytes, lineBytes.Length));
        (int oneBasedLine, int column) = new LineColumnCursor(text).Locate(offset);
        return string.Create(CultureInfo.InvariantCulture, $" line {oneBasedLine}, column {column}");
    }

    /// <summary>System.Text.Json's message without its 0-based position, in plain words where it has none.</summary>
    private static string PlainMessage(JsonException e)
    {
        string message = e.Message;
        int position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = position < 0 ? message : message[..position];
        if (message.StartsWith("Expected depth to be zero", StringComparison.Ordinal))
        {
            return "the file ends inside an object or array (a '}' or ']' is missing)";
        }

        return message.StartsWith("The input does not contain any JSON tokens", StringComparison.Ordinal) ? "the file is empty; write {} for no settings" : message;
    }

    private static ProjectConfig FromJson(string path, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(path, "expected a JSON object");
        }

        var words = new List<string>();
        var wordLists = new List<string>();
        var dictionaries = new List<(string Path, DictionaryListFormat Format)>();
        var ignore = new List<string>();
        double? minConfidence = null;
        LayoutMode? layout = null;
        bool? markdown = null;
        var disabled = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "words":
                    foreach (string word in Strings(path, property))
                    {
                        if (word.Length == 0 || word.AsSpan().IndexOfAny(" \t\r\n\u00A0") >= 0)
                        {
                            throw Invalid(path, $"\"words\" holds single words; \"{word}\" is not one (a name of several words goes in as each of its words)");
                        }

                        words.Add(word);
                    }

                    break;
                case "wordLists":
                    wordLists.AddRange(Strings(path, property).Select(list => System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!, list)));
                    break;
                case "dictionaries":
                    dictionaries.AddRange(Strings(path, property).Select(entry => ParseList(entry, System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!)));
                    break;
                case "ignore":
                    ignore.AddRange(Strings(path, property));
                    break;
                case "minConfidence":
                    if (property.Value.ValueKind != JsonValueKind.Number || property.Value.GetDouble() is < 0 or > 1)
                    {
                        throw Invalid(path, "\"minConfidence\" must be a number from 0 to 1");
                    }

                    minConfidence = property.Value.GetDouble();
                    break;
                case "layout":
                    layout = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() switch
                    {
                        "auto" => LayoutMode.Auto,
                        "none" => LayoutMode.None,
                        "lines" => LayoutMode.Lines,
                        "full" => LayoutMode.Full,
                        _ => null,
                    } : null;
                    if (layout is null)
                    {
                        throw Invalid(path, "\"layout\" must be \"auto\", \"none\", \"lines\" or \"full\"");
                    }

                    break;
                case "markdown":
                    if (property.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                    {
                        throw Invalid(path, "\"markdown\" must be true or false");
                    }

                    markdown = property.Value.GetBoolean();
                    break;
                case "rules":
                    if (property.Value.ValueKind != JsonValueKind.Object)
                    {
                        throw Invalid(path, "\"rules\" must be an object of kind names and true or false");
                    }

                    foreach (JsonProperty rule in property.Value.EnumerateObject())
                    {
                        if (!Enum.GetNames<EditKind>().Contains(rule.Name) && !Enum.GetNames<FindingKind>().Contains(rule.Name))
                        {
                            throw Invalid(path, $"unknown rule \"{rule.Name}\" (known: {string.Join(", ", Enum.GetNames<EditKind>().Concat(Enum.GetNames<FindingKind>()))})");
                        }

                        if (rule.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                        {
                            throw Invalid(path, $"rule \"{rule.Name}\" must be true or false");
                        }

                        if (!rule.Value.GetBoolean())
                        {
                            disabled.Add(rule.Name);
                        }
                    }

                    break;
                default:
                    throw Invalid(path, $"unknown key \"{property.Name}\" (known: {string.Join(", ", s_keys)})");
            }
        }

        foreach (string list in wordLists)
        {
            if (!File.Exists(list))
            {
                throw Invalid(path, $"the word list '{list}' does not exist");
            }
        }

        foreach ((string list, _) in dictionaries)
        {
            if (!File.Exists(list))
            {
                throw Invalid(path, $"the dictionary '{list}' does not exist");
            }
        }

        return new ProjectConfig(path, words, [.. wordLists.Select(list => (list, DictionaryListFormat.Words)), .. dictionaries])
        {
            Ignore = ignore,
            MinConfidence = minConfidence,
            Layout = layout,
            Markdown = markdown,
            Disabled = disabled,
        };
    }

    private static List<string> Strings(string path, JsonProperty property)
    {
        if (property.Value.ValueKind != JsonValueKind.Array || property.Value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            throw Invalid(path, $"\"{property.Name}\" must be an array of strings");
        }

        return property.Value.EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    private static InputException Invalid(string path, string problem) => new($"{path}: {problem}");

    /// <summary>The embedded lexicon with the configuration's words and lists.</summary>
    /// <exception cref="InputException">A list cannot be read or holds a line that does not fit its format.</exception>
    private static AzDictionary BuildDictionary(string? path, IReadOnlyList<string> words, IReadOnlyList<(string Path, DictionaryListFormat Format)> lists)
    {
        string name = path ?? "--dictionary";
        AzDictionary dictionary = AzDictionary.Default;
        try
        {
            foreach ((string list, DictionaryListFormat format) in lists)
            {
                dictionary = dictionary.WithListFile(list, format);
            }

            if (words.Count > 0)
            {
                dictionary = dictionary.WithWords(words, "\"words\"");
            }
        }
        catch (Exception e) when (e is LexiconFormatException or IOException or UnauthorizedAccessException)
        {
            throw Invalid(name, e.Message);
        }

        return dictionary;
    }

    /// <summary>Builds the lexicon of the configuration's words now, so that a bad word or list is an input error before any input is read.</summary>
    /// <exception cref="InputException">As <see cref="BuildDictionary"/>.</exception>
    public void Validate()
    {
        if (HasWords)
        {
            _ = _dictionary.Value;
        }
    }
}

/// <summary>Finds the <see cref="ProjectConfig"/> of each input: the nearest <c>aznorm.json</c> upward, cached per folder.</summary>
internal sealed class ProjectConfigResolver
{
    private readonly Dictionary<string, ProjectConfig> _byFolder = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly ProjectConfig? _fixed;
    private readonly bool _disabled;
    private readonly IReadOnlyList<string> _dictionaries;
    private readonly Lazy<ProjectConfig> _none;

    /// <summary>Creates a resolver.</summary>
    /// <param name="explicitPath">The <c>--config</c> file, or null to search.</param>
    /// <param name="disabled">Whether <c>--no-config</c> was given.</param>
    /// <exception cref="InputException">The explicit file is missing or invalid.</exception>
    /// <param name="dictionaries">The <c>--dictionary</c> lists, added to every configuration (and to none).</param>
    public ProjectConfigResolver(string? explicitPath, bool disabled, IReadOnlyList<string>? dictionaries = null)
    {
        _disabled = disabled;
        _dictionaries = dictionaries ?? [];
        foreach (string entry in _dictionaries)
        {
            string file = ProjectConfig.SplitListEntry(entry).Path;
            if (!File.Exists(file))
            {
                throw new InputException($"--dictionary: {file}: no such file");
            }
        }

        _none = new(() => ProjectConfig.Empty.WithDictionaries(_dictionaries));
        if (explicitPath is not null)
        {
            if (!File.Exists(explicitPath))
            {
                throw new InputException($"{explicitPath}: no such configuration file");
            }

            _fixed = ProjectConfig.Load(explicitPath).WithDictionaries(_dictionaries);
        }
    }

    /// <summary>No aznorm.json, with the <c>--dictionary</c> lists (what JSON Lines records are cleaned with).</summary>
    public ProjectConfig None => _none.Value;

    /// <summary>The configuration for <paramref name="source"/>.</summary>
    /// <exception cref="InputException">A found file is invalid.</exception>
    public ProjectConfig For(InputSource source)
    {
        if (_disabled)
        {
            return _none.Value;
        }

        if (_fixed is not null)
        {
            return _fixed;
        }

        string folder = source.Path is null
            ? Directory.GetCurrentDirectory()
            : Path.GetDirectoryName(Path.GetFullPath(source.Path)) ?? Directory.GetCurrentDirectory();
        lock (_lock)
        {
            if (_byFolder.TryGetValue(folder, out ProjectConfig? cached))
            {
                return cached;
            }
        }

        ProjectConfig found = Search(folder);
        lock (_lock)
        {
            _byFolder[folder] = found;
        }

        return found;
    }

    private ProjectConfig Search(string folder)
    {
        for (DirectoryInfo? directory = new(folder); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, ProjectConfig.FileName);
            if (File.Exists(candidate))
            {
                lock (_lock)
                {
                    foreach (ProjectConfig known in _byFolder.Values)
                    {
                        if (known.Path == candidate)
                        {
                            return known; // one load (and one lexicon) per file
                        }
                    }
                }

                return ProjectConfig.Load(candidate).WithDictionaries(_dictionaries);
            }
        }

        return _none.Value;
    }
}
