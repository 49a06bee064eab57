namespace AzNormalize.Cli.Tests.Infrastructure;

/// <summary>The dotnet host that runs the tests (set by the SDK), else the one on PATH: what child processes are started with.</summary>
public static class DotnetHost
{
    public static string Path
    {
        get
        {
            string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(host) && File.Exists(host))
            {
                return host;
            }

            string? current = Environment.ProcessPath;
            return current is not null && System.IO.Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
        }
    }
}
