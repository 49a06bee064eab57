using System.Diagnostics;
using System.Text;
using AzNormalize.Cli.Tests.Infrastructure;
using FluentAssertions;

namespace AzNormalize.Cli.Tests.Commands;

/// <summary>
/// A full disk, for real: a 128 KiB tmpfs (mounted when the tests run as root and may mount; skipped otherwise). Writing
/// there fails with a clear message and exit code 74, leaves no partial file, and never damages the input.
/// </summary>
public sealed class FullDiskTests : IDisposable
{
    private readonly string _mount = Path.Combine(Path.GetTempPath(), $"aznorm-full-{Guid.NewGuid():N}");
    private readonly bool _mounted;

    public FullDiskTests()
    {
        Directory.CreateDirectory(_mount);
        _mounted = OperatingSystem.IsLinux() && Run("mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", _mount) == 0;
    }

    public void Dispose()
    {
        if (_mounted)
        {
            Run("umount", _mount);
        }

        Directory.Delete(_mount, recursive: true);
    }

    private static string Large => string.Concat(Enumerable.Repeat("Məclis bölm\u04D9si qərar qəbul etdi. ", 2_000)); // 76 KB

    [TmpfsFact]
    public void Fix_OutputToAFullDisk_FailsClearlyAndLeavesNoPartialFile()
    {
        _mounted.Should().BeTrue();

        using var temp = new TempDirectory();
        string input = temp.File("big.txt", Encoding.UTF8.GetBytes(Large + Large)); // 152 KB: more than the disk holds
        string output = Path.Combine(_mount, "out");

        (int exit, string stderr) = Aznorm("fix", "--output", output, input);

        exit.Should().Be((int)ExitCode.OutputError, stderr);
        stderr.Should().Contain("big.txt").And.Contain("cannot write").And.Contain("1 failed");
        Directory.GetFiles(output).Should().BeEmpty("no partial or temporary file is left");
    }

    [TmpfsFact]
    public void Fix_InPlaceOnAFullDisk_LeavesTheInputWhole()
    {
        _mounted.Should().BeTrue();

        byte[] original = Encoding.UTF8.GetBytes(Large);
        string input = Path.Combine(_mount, "big.txt");
        File.WriteAllBytes(input, original); // 76 KB of 128: the rewrite's temporary file does not fit

        (int exit, string stderr) = Aznorm("fix", "--in-place", input);

        exit.Should().Be((int)ExitCode.OutputError, stderr);
        stderr.Should().Contain("cannot write");
        File.ReadAllBytes(input).Should().Equal(original);
        Directory.GetFiles(_mount).Should().ContainSingle("the temporary file is removed");
    }

    private static (int Exit, string Stderr) Aznorm(params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost.Path) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "aznorm.dll"));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = stdout.Result;
        return (process.ExitCode, stderr);
    }

    internal static int Run(string program, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using Process process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}

/// <summary>A fact that runs only where a tmpfs can be mounted (Linux, as root); skipped with the reason elsewhere.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class TmpfsFactAttribute : FactAttribute
{
    private static readonly Lazy<bool> s_canMount = new(() =>
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        string probe = Path.Combine(Path.GetTempPath(), $"aznorm-probe-{Guid.NewGuid():N}");
        Directory.CreateDirectory(probe);
        try
        {
            bool mounted = FullDiskTests.Run("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", probe) == 0;
            if (mounted)
            {
                FullDiskTests.Run("umount", probe);
            }

            return mounted;
        }
        finally
        {
            Directory.Delete(probe, recursive: true);
        }
    });

    public TmpfsFactAttribute()
    {
        if (!s_canMount.Value)
        {
            Skip = "a full disk is simulated with a small tmpfs, which needs Linux and permission to mount (root)";
        }
    }
}
