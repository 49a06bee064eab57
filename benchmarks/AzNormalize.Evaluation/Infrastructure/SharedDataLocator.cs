namespace AzNormalize.Evaluation.Infrastructure;

/// <summary>
/// Finds the shared data folder (<c>../shared/data</c>: real data that is read at evaluation time and never
/// committed): the <c>--data</c> option, else the environment variable <see cref="EnvironmentVariable"/>, else the
/// nearest ancestor of the current directory or of the executable's folder that has <c>shared/data</c>.
/// </summary>
internal static class SharedDataLocator
{
    /// <summary>The environment variable the tests read too.</summary>
    public const string EnvironmentVariable = "AZNORM_SHARED_DATA";

    /// <summary>The outcome of a search.</summary>
    /// <param name="Root">The data folder, or null when none was found.</param>
    /// <param name="Error">Why an explicitly named folder cannot be used (an error), or null.</param>
    /// <param name="Message">Why nothing was found (a reason to skip), or null.</param>
    internal readonly record struct Result(string? Root, string? Error, string? Message);

    /// <summary>Looks for the data folder.</summary>
    /// <param name="explicitDirectory">The <c>--data</c> option's value, or null.</param>
    /// <param name="environmentValue">The environment variable's value, or null.</param>
    /// <param name="searchStarts">Folders whose ancestors are searched for <c>shared/data</c>, in order.</param>
    public static Result Find(string? explicitDirectory, string? environmentValue, IEnumerable<string> searchStarts)
    {
        ArgumentNullException.ThrowIfNull(searchStarts);
        if (!string.IsNullOrEmpty(explicitDirectory))
        {
            return Directory.Exists(explicitDirectory)
                ? new Result(Path.GetFullPath(explicitDirectory), null, null)
                : new Result(null, $"the data folder '{Path.GetFullPath(explicitDirectory)}' given with --data does not exist.", null);
        }

        if (!string.IsNullOrEmpty(environmentValue))
        {
            return Directory.Exists(environmentValue)
                ? new Result(Path.GetFullPath(environmentValue), null, null)
                : new Result(null, null, $"{EnvironmentVariable} names '{environmentValue}', which does not exist.");
        }

        foreach (string start in searchStarts)
        {
            for (DirectoryInfo? directory = new(start); directory is not null; directory = directory.Parent)
            {
                string candidate = Path.Combine(directory.FullName, "shared", "data");
                if (Directory.Exists(candidate))
                {
                    return new Result(candidate, null, null);
                }
            }
        }

        return new Result(null, null, $"no shared/data folder beside the current directory, the executable or any of their ancestors, and {EnvironmentVariable} is not set.");
    }

    /// <summary>Looks with this process's environment, current directory and executable.</summary>
    public static Result Find(string? explicitDirectory) =>
        Find(explicitDirectory, Environment.GetEnvironmentVariable(EnvironmentVariable), [Directory.GetCurrentDirectory(), AppContext.BaseDirectory]);
}
