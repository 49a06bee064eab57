namespace AzNormalize.Benchmarks;

/// <summary>
/// Finds files of the shared data folder (../shared/data, never committed) at run time: under <c>AZNORM_SHARED_DATA</c>
/// when it is set, else under the nearest ancestor of the benchmark's folder that has <c>shared/data/&lt;path&gt;</c>.
/// </summary>
internal static class SharedData
{
    /// <summary>The full path of <paramref name="relative"/> (a file or a folder), or null when it is not there.</summary>
    public static string? Find(string relative)
    {
        string? root = Environment.GetEnvironmentVariable("AZNORM_SHARED_DATA");
        if (!string.IsNullOrEmpty(root))
        {
            string candidate = Path.Combine(root, relative);
            return File.Exists(candidate) || Directory.Exists(candidate) ? candidate : null;
        }

        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "shared", "data", relative);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>As <see cref="Find"/>, or a clear error naming what is missing.</summary>
    public static string Require(string relative, string who) =>
        Find(relative) ?? throw new FileNotFoundException(
            $"{who} reads {relative} from the shared data folder (set AZNORM_SHARED_DATA, or keep ../shared beside the repository); it is not there.", relative);
}
