using System.Diagnostics;
using AzNormalize.Cli.Output;
using AzNormalize.Cli.Tests.Infrastructure;
using FluentAssertions;

namespace AzNormalize.Cli.Tests.Commands;

/// <summary>
/// Faults a batch run meets for real: a file it may not read, a folder it may not write, a read-only file system, a kill
/// while it writes an output folder. Each gives a clear message naming the file, the documented exit code (3 for input, 74
/// for output), and no input file damaged or lost. Permissions are real: as root (which ignores them) the child process runs
/// with the capabilities that override them dropped (util-linux <c>setpriv</c>).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FaultTests
{
    private const string Dirty = "Məclis bölm\u04D9si qərar qəbul etdi.\n";
    private const string Clean = "Məclis bölməsi qərar qəbul etdi.\n";

    [PermissionFact]
    public void Fix_UnreadableInput_NamesItCleansTheOthersAndExitsWithInputError()
    {
        using var temp = new TempDirectory();
        string first = temp.File("a.txt", Dirty);
        string locked = temp.File("b.txt", Dirty);
        string last = temp.File("c.txt", Dirty);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        string output = Path.Combine(temp.Path, "out");

        (int exit, string stderr) = Aznorm("fix", "--output", output, first, locked, last);

        exit.Should().Be((int)ExitCode.InputError, stderr);
        stderr.Should().Contain($"{locked}: cannot read").And.Contain("1 failed");
        File.ReadAllText(Path.Combine(output, "a.txt")).Should().Be(Clean);
        File.ReadAllText(Path.Combine(output, "c.txt")).Should().Be(Clean);
        File.Exists(Path.Combine(output, "b.txt")).Should().BeFalse();
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.ReadAllText(locked).Should().Be(Dirty);
    }

    [PermissionFact]
    public void Fix_OutputToAFolderWithoutWritePermission_FailsClearlyAndLeavesTheInput()
    {
        using var temp = new TempDirectory();
        string input = temp.File("a.txt", Dirty);
        string output = Path.Combine(temp.Path, "out");
        Directory.CreateDirectory(output);
        File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserExecute);

        (int exit, string stderr) = Aznorm("fix", "--output", output, input);

        exit.Should().Be((int)ExitCode.OutputError, stderr);
        stderr.Should().Contain($"{input}: cannot write: no permission to create files in the folder '{output}'");
        File.ReadAllText(input).Should().Be(Dirty);
        Directory.GetFiles(output).Should().BeEmpty();
    }

    [PermissionFact]
    public void Fix_InPlaceInAFolderWithoutWritePermission_FailsClearlyAndLeavesTheFile()
    {
        using var temp = new TempDirectory();
        string folder = Path.Combine(temp.Path, "locked");
        Directory.CreateDirectory(folder);
        string input = Path.Combine(folder, "a.txt");
        File.WriteAllText(input, Dirty);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);

        (int exit, string stderr) = Aznorm("fix", "--in-place", input);

        exit.Should().Be((int)ExitCode.OutputError, stderr);
        stderr.Should().Contain($"{input}: cannot write: no permission to create files in the folder '{folder}'").And.Contain("0 changed, 1 failed");
        File.ReadAllText(input).Should().Be(Dirty);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    [TmpfsFact]
    public void Fix_OutputToAReadOnlyFileSystem_FailsClearlyAndLeavesTheInput()
    {
        using var temp = new TempDirectory();
        string input = temp.File("a.txt", Dirty);
        string mount = Path.Combine(temp.Path, "readonly");
        Directory.CreateDirectory(mount);
        FullDiskTests.Run("mount", "-t", "tmpfs", "-o", "ro,size=16k", "tmpfs", mount).Should().Be(0);
        try
        {
            (int exit, string stderr) = Aznorm("fix", "--output", mount, input);

            exit.Should().Be((int)ExitCode.OutputError, stderr);
            stderr.Should().Contain($"{input}: cannot write: the folder '{mount}' is on a read-only file system");
            File.ReadAllText(input).Should().Be(Dirty);
        }
        finally
        {
            FullDiskTests.Run("umount", mount);
        }
    }

    /// <summary>
    /// A real child process cleans a folder of files into an output folder and is killed at different moments: every output
    /// file there is whole (the cleaned text, never a part), the others are absent or are temporary files by their name, and
    /// no input changed.
    /// </summary>
    [Fact]
    public async Task Fix_OutputKilledMidRun_LeavesOnlyWholeFilesAndTheInputs()
    {
        using var temp = new TempDirectory();
        string inputs = Path.Combine(temp.Path, "in");
        Directory.CreateDirectory(inputs);
        string dirty = string.Concat(Enumerable.Repeat(Dirty, 4_000));
        string clean = string.Concat(Enumerable.Repeat(Clean, 4_000));
        for (int i = 0; i < 60; i++)
        {
            File.WriteAllText(Path.Combine(inputs, $"{i:D2}.txt"), dirty);
        }

        var seen = new HashSet<int>();
        foreach (int delay in new[] { 300, 700, 1200, 2000 })
        {
            string output = Path.Combine(temp.Path, $"out{delay}");
            using Process process = Start("fix", "--output", output, "--jobs", "1", inputs);
            await Task.Delay(delay);
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It had finished.
            }

            await process.WaitForExitAsync();
            int whole = 0;
            foreach (string file in Directory.Exists(output) ? Directory.GetFiles(output, "*", SearchOption.AllDirectories) : [])
            {
                if (AtomicFile.IsTemporary(file))
                {
                    continue; // a kill can leave the temporary file it was writing; never under a target's name
                }

                File.ReadAllText(file).Should().Be(clean, $"{file} after a kill at {delay} ms is whole");
                whole++;
            }

            seen.Add(whole);
        }

        foreach (string input in Directory.GetFiles(inputs))
        {
            File.ReadAllText(input).Should().Be(dirty, "no input changes");
        }

        seen.Should().NotBeEmpty();
    }

    private static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo(PermissionFactAttribute.NeedsSetpriv ? "setpriv" : DotnetHost.Path)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        if (PermissionFactAttribute.NeedsSetpriv)
        {
            start.ArgumentList.Add("--bounding-set=-dac_override,-dac_read_search");
            start.ArgumentList.Add(DotnetHost.Path);
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "aznorm.dll"));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static (int Exit, string Stderr) Aznorm(params string[] arguments)
    {
        using Process process = Start(arguments);
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = stdout.Result;
        return (process.ExitCode, stderr);
    }
}

/// <summary>
/// A fact that needs file permissions to hold for the child process: on Linux as a user they do; as root they do once
/// <c>setpriv</c> drops the capabilities that override them. Skipped elsewhere, with the reason.
/// </summary>
internal sealed class PermissionFactAttribute : FactAttribute
{
    /// <summary>Whether the tests run as root, so the child needs setpriv.</summary>
    public static bool NeedsSetpriv => OperatingSystem.IsLinux() && Environment.UserName == "root";

    private static readonly Lazy<bool> s_possible = new(() =>
        OperatingSystem.IsLinux() && (!NeedsSetpriv || FullDiskTests.Run("setpriv", "--bounding-set=-dac_override,-dac_read_search", "true") == 0));

    public PermissionFactAttribute()
    {
        if (!s_possible.Value)
        {
            Skip = "needs Linux, and as root util-linux's setpriv to drop CAP_DAC_OVERRIDE";
        }
    }
}
