namespace AzNormalize.Tests.Infrastructure;

/// <summary>
/// Finds ../shared/data (real data that must never be committed). Looks in AZNORM_SHARED_DATA first, then for a
/// <c>shared/data</c> folder beside any ancestor of the test assembly's folder.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string?> s_root = new(FindRoot);

    /// <summary>The data folder, or null when it is absent.</summary>
    public static string? Root => s_root.Value;

    /// <summary>The full path of <paramref name="relativePath"/> under the data folder, or null when absent.</summary>
    public static string? PathOf(string relativePath)
    {
        if (Root is null)
        {
            return null;
        }

        string path = Path.Combine(Root, relativePath);
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    /// <summary>Why a test that needs <paramref name="relativePath"/> is skipped, or null when it can run.</summary>
    public static string? SkipReason(string relativePath) =>
        PathOf(relativePath) is null
            ? $"../shared/data/{relativePath} is absent (set AZNORM_SHARED_DATA to the shared data folder to run this test)."
            : null;

    private static string? FindRoot()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("AZNORM_SHARED_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }

        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A fact that runs only when a file or folder under ../shared/data exists, and is skipped with a message otherwise.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        Skip = SharedData.SkipReason(relativePath);
    }
}

/// <summary>A theory that runs only when a file or folder under ../shared/data exists.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(string relativePath)
    {
        Skip = SharedData.SkipReason(relativePath);
    }
}
