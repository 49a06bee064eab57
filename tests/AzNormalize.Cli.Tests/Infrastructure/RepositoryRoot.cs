namespace AzNormalize.Cli.Tests.Infrastructure;

/// <summary>The repository the tests were built from: the nearest folder above the test assembly that holds AzNormalize.sln.</summary>
public static class RepositoryRoot
{
    public static string Path
    {
        get
        {
            for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "AzNormalize.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("AzNormalize.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
