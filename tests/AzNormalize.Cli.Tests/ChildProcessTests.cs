using System.Diagnostics;
using System.Text;
using AzNormalize.Cli.Tests.Infrastructure;
using FluentAssertions;

namespace AzNormalize.Cli.Tests;

/// <summary>The built aznorm run as a real child process, under console locales that are not UTF-8 (LANG and LC_ALL set).</summary>
public sealed class ChildProcessTests
{
    [Theory]
    [InlineData("C")]
    [InlineData("en_US.ISO-8859-1")] // .NET would give Console.Out a Latin-1 encoding under this one.
    public async Task Fix_ChildProcessUnderNonUtf8Locale_RoundTripsUtf8ByteExact(string locale)
    {
        byte[] input = [0xEF, 0xBB, 0xBF, .. new UTF8Encoding(false).GetBytes(Samples.CleanAzerbaijani + Samples.AzerbaijaniLetters)];

        (int exitCode, byte[] stdout, string stderr) = await RunAsync(input, locale, "fix");

        exitCode.Should().Be((int)ExitCode.Success, stderr);
        stdout.Should().Equal(input[3..], "the byte order mark is dropped and nothing else changes");
        stderr.Should().BeEmpty();
    }

    [Fact]
    public async Task Fix_ChildProcessInvalidUtf8_ExitsThreeWithMessageOnStderr()
    {
        (int exitCode, byte[] stdout, string stderr) = await RunAsync([(byte)'a', 0xFF], "C", "fix");

        exitCode.Should().Be((int)ExitCode.InputError);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("<stdin>: invalid UTF-8 at byte 1 (0xFF)");
    }

    private static async Task<(int ExitCode, byte[] Stdout, string Stderr)> RunAsync(byte[] stdin, string locale, params string[] args)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "aznorm.dll");
        File.Exists(dll).Should().BeTrue($"the CLI is built next to the tests at {dll}");
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(dll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["LANG"] = locale;
        start.Environment["LC_ALL"] = locale;
        start.Environment.Remove("LANGUAGE");

        using var process = Process.Start(start)!;
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var stdout = new MemoryStream();
        Task readOut = process.StandardOutput.BaseStream.CopyToAsync(stdout, cancel.Token);
        Task<string> readErr = process.StandardError.ReadToEndAsync(cancel.Token);
        await process.StandardInput.BaseStream.WriteAsync(stdin, cancel.Token);
        process.StandardInput.Close();
        await readOut;
        string stderr = await readErr;
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, stdout.ToArray(), stderr);
    }
}
