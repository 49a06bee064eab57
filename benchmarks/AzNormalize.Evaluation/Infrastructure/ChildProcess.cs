using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace AzNormalize.Evaluation.Infrastructure;

/// <summary>What a child process wrote and how it ended.</summary>
/// <param name="ExitCode">Its exit code.</param>
/// <param name="Output">Its standard output, UTF-8.</param>
/// <param name="Error">Its standard error, UTF-8.</param>
internal readonly record struct ChildProcessResult(int ExitCode, string Output, string Error);

/// <summary>Runs external programs (git, hunspell) with UTF-8 pipes.</summary>
internal static class ChildProcess
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The full path of the executable <paramref name="name"/> on <c>PATH</c>, or null.</summary>
    public static string? FindOnPath(string name)
    {
        string? path = Environment.GetEnvironmentVariable("PATH");
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        foreach (string directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string candidate in OperatingSystem.IsWindows() ? [name + ".exe", name] : new[] { name })
            {
                string full = Path.Combine(directory, candidate);
                if (File.Exists(full))
                {
                    return full;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Runs <paramref name="fileName"/> to its end, feeding <paramref name="standardInput"/> while both output pipes are
    /// read, so that no pipe fills up and blocks the child.
    /// </summary>
    /// <exception cref="Win32Exception">The program cannot be started.</exception>
    public static ChildProcessResult Run(
        string fileName,
        IEnumerable<string> arguments,
        string? standardInput = null,
        IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = standardInput is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = s_utf8,
            StandardErrorEncoding = s_utf8,
            StandardInputEncoding = standardInput is null ? null : s_utf8,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (environment is not null)
        {
            foreach ((string key, string value) in environment)
            {
                startInfo.Environment[key] = value;
            }
        }

        using Process process = Process.Start(startInfo) ?? throw new Win32Exception($"'{fileName}' did not start.");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            try
            {
                process.StandardInput.Write(standardInput);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The child quit before reading everything; its exit code and stderr say why.
            }
        }

        process.WaitForExit();
        return new ChildProcessResult(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    /// <summary>Runs a program and returns its standard output trimmed, or null when it cannot start or fails.</summary>
    public static string? TryRunForOutput(string fileName, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        try
        {
            ChildProcessResult result = Run(fileName, arguments, workingDirectory: workingDirectory);
            return result.ExitCode == 0 ? result.Output.Trim() : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }
}
