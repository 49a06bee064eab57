namespace AzNormalize.Evaluation.Infrastructure;

/// <summary>The repository the evaluation runs in: where it is and which commit it is at.</summary>
internal static class RepositoryInfo
{
    private const string SolutionFile = "AzNormalize.sln";

    /// <summary>The nearest ancestor of the current directory, else of the executable's folder, that holds the solution; null when none does.</summary>
    public static string? FindRoot()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (DirectoryInfo? directory = new(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
                {
                    return directory.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// <c>git rev-parse --short HEAD</c> in <paramref name="root"/>, with <c>+ uncommitted changes</c> when tracked files
    /// other than <paramref name="ignoredPath"/> (the report being written) differ from it; <c>unknown</c> without git.
    /// </summary>
    public static string DescribeCommit(string? root, string ignoredPath)
    {
        if (root is null || ChildProcess.FindOnPath("git") is not { } git)
        {
            return "unknown";
        }

        string? commit = ChildProcess.TryRunForOutput(git, ["rev-parse", "--short", "HEAD"], root);
        if (string.IsNullOrEmpty(commit))
        {
            return "unknown";
        }

        string? status = ChildProcess.TryRunForOutput(git, ["status", "--porcelain", "--untracked-files=no"], root);
        bool modified = false;
        foreach (string line in (status ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            string path = line.Length > 3 ? line[3..].Trim() : line.Trim();
            if (!string.Equals(path, ignoredPath, StringComparison.Ordinal))
            {
                modified = true;
            }
        }

        return modified ? commit + " + uncommitted changes" : commit;
    }
}
