using AzNormalize.Cli.Tests.Infrastructure;
using FluentAssertions;

namespace AzNormalize.Cli.Tests;

/// <summary>The command line itself: help, version, usage errors and their exit codes.</summary>
public sealed class ProgramTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("fix", "--help")]
    [InlineData("tokenize", "--help")]
    [InlineData("check", "--help")]
    public void Run_Help_ExitsZeroWithUsageOnStdout(params string[] args)
    {
        CliRun run = CliRun.Start(args);

        run.ExitCode.Should().Be((int)ExitCode.Success);
        run.StdoutText.Should().Contain("Usage:").And.Contain("aznorm");
        run.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Run_Help_ListsCommandsAndOptions()
    {
        CliRun.Start("--help").StdoutText.Should().Contain("fix").And.Contain("tokenize").And.Contain("check");
        CliRun.Start("fix", "--help").StdoutText.Should().Contain("--format").And.Contain("--replace-invalid");
        CliRun.Start("check", "--help").StdoutText.Should().Contain("--format").And.Contain("--replace-invalid").And.Contain("--min-confidence");
    }

    [Fact]
    public void Run_Version_PrintsInformationalVersion()
    {
        CliRun run = CliRun.Start("--version");

        run.ExitCode.Should().Be((int)ExitCode.Success);
        run.StdoutText.Should().Be(CliApplication.Version + Environment.NewLine);
        run.StdoutText.Should().StartWith("0.1.0");
        run.Stderr.Should().BeEmpty();
    }

    [Theory]
    [InlineData]
    [InlineData("bogus")]
    [InlineData("--bogus")]
    [InlineData("fix", "--bogus")]
    [InlineData("fix", "-x")]
    [InlineData("tokenize", "--format", "xml")]
    [InlineData("fix", "--format")]
    [InlineData("fix", "--version")]
    public void Run_UsageError_ExitsTwoWithMessageOnStderrOnly(params string[] args)
    {
        CliRun run = CliRun.Piped("salam", args);

        run.ExitCode.Should().Be((int)ExitCode.Usage);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().StartWith("aznorm: ").And.Contain("--help");
    }

    [Fact]
    public void Run_UnknownOption_NamesIt()
    {
        CliRun run = CliRun.Start("fix", "--frobnicate");

        run.Stderr.Should().Contain("'--frobnicate'");
    }

    [Fact]
    public void Run_FileNamedLikeOptionAfterDoubleDash_IsReadAsFile()
    {
        using var temp = new TempDirectory();
        string path = temp.File("-dash.txt", "salam");

        CliRun run = CliRun.Start("fix", "--", path);

        run.ExitCode.Should().Be((int)ExitCode.Success);
        run.StdoutText.Should().Be("salam");
    }

    [Fact]
    public void Run_AtSign_IsAFileNotAResponseFile()
    {
        CliRun run = CliRun.Start("fix", "@no-such-response-file");

        run.ExitCode.Should().Be((int)ExitCode.InputError);
        run.Stderr.Should().Contain("@no-such-response-file: no such file");
    }

    [Fact]
    public void Run_InterruptedBeforeOutput_Exits130WritingNothing()
    {
        var interrupts = new InterruptGate();
        interrupts.Interrupt().Should().BeTrue("nothing was written yet");

        CliRun run = CliRun.Piped("salam"u8.ToArray(), interrupts, "fix");

        run.ExitCode.Should().Be((int)ExitCode.Interrupted);
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void InterruptGate_InterruptWhileWriting_AsksToFinishOutput()
    {
        var interrupts = new InterruptGate();
        interrupts.TryBeginOutput().Should().BeTrue();

        interrupts.Interrupt().Should().BeFalse();
        interrupts.IsInterrupted.Should().BeTrue();
        interrupts.InterruptCount.Should().Be(1);
    }

    [Fact]
    public void ExitCode_Values_AreTheDocumentedNumbers()
    {
        ((int)ExitCode.Success).Should().Be(0);
        ((int)ExitCode.Findings).Should().Be(1);
        ((int)ExitCode.Usage).Should().Be(2);
        ((int)ExitCode.InputError).Should().Be(3);
        ((int)ExitCode.InternalError).Should().Be(70);
        ((int)ExitCode.OutputError).Should().Be(74);
        ((int)ExitCode.Interrupted).Should().Be(130);
    }

    [Fact]
    public void Run_StdoutFails_ExitsOutputErrorWithMessage()
    {
        using var input = new MemoryStream("salam"u8.ToArray());
        using var output = new FailingStream();
        using var error = new StringWriter();

        int exitCode = Program.Run(["fix"], input, output, error);

        exitCode.Should().Be((int)ExitCode.OutputError);
        error.ToString().Should().Contain("cannot write to standard output");
    }

    [Fact]
    public void Run_UnexpectedException_ExitsSeventyWithMessageOnStderrOnly()
    {
        using var input = new BrokenStream();
        using var output = new MemoryStream();
        using var error = new StringWriter();

        int exitCode = Program.Run(["fix"], input, output, error);

        exitCode.Should().Be((int)ExitCode.InternalError);
        output.Length.Should().Be(0);
        error.ToString().Should().StartWith("aznorm: internal error: System.InvalidOperationException: bug");
    }

    private sealed class BrokenStream : MemoryStream
    {
        public override int Read(Span<byte> buffer) => throw new InvalidOperationException("bug");

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("bug");
    }

    private sealed class FailingStream : MemoryStream
    {
        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("Broken pipe");

        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("Broken pipe");
    }

    [Fact]
    public void Run_UnknownCommand_SaysSoAndListsTheCommands()
    {
        CliRun run = CliRun.Start("fixx", "a.txt");

        run.ExitCode.Should().Be((int)ExitCode.Usage);
        run.Stderr.Should().Contain("unknown command 'fixx'").And.Contain("fix, check, tokenize, train").And.NotContain("Required command");
    }

    [Fact]
    public void Help_Jobs_ShowsOneDefault()
    {
        string help = CliRun.Start("fix", "--help").StdoutText;
        string jobs = help.Split('\n').Single(line => line.Contains("--jobs", StringComparison.Ordinal));

        jobs.Should().Contain("default: the number of processors").And.NotContain("[default:");
    }
}
