using AzNormalize.Cli.Tests.Infrastructure;
using FluentAssertions;

namespace AzNormalize.Cli.Tests.Commands;

/// <summary>Small frictions a new user met (issue 16): each behaves as such a user would expect.</summary>
public sealed class FrictionTests
{
    [Fact]
    public void Jsonl_Summary_CountsRecordsWordsAndEdits()
    {
        CliRun run = CliRun.Piped("{\"text\":\"bölmә\"}\n\n\"salam dünya\"\n", "fix", "--input-format", "jsonl", "--summary");

        run.ExitCode.Should().Be((int)ExitCode.Success, run.Stderr);
        run.StdoutLines.Should().HaveCount(3);
        run.Stderr.Should().MatchRegex(@"^aznorm: 2 records \(1 changed\), 3 words, 1 edit \(LookAlike 1\) in \d+\.\d s\s*$");
    }

    [Fact]
    public void Jsonl_Folder_IsReadWithoutInclude()
    {
        using var temp = new TempDirectory();
        temp.File("b.jsonl", "\"bölmә\"\n");
        temp.File("a.ndjson", "\"salam\"\n");
        temp.File("notes.txt", "not a record\n");

        CliRun run = CliRun.Start("fix", "--input-format", "jsonl", temp.Path);

        run.ExitCode.Should().Be((int)ExitCode.Success, run.Stderr);
        run.StdoutLines.Should().Equal("{\"text\":\"salam\",\"edits\":[]}", StartsWith(run.StdoutLines[1], "{\"text\":\"bölmə\""));
    }

    [Fact]
    public void Fix_OutputInsideTheInputFolder_IsNotReadBackOnTheNextRun()
    {
        using var temp = new TempDirectory();
        temp.File("a.txt", "bölmә\n");
        string output = Path.Combine(temp.Path, "cleaned");

        CliRun first = CliRun.Start("fix", "--output", output, temp.Path);
        CliRun second = CliRun.Start("fix", "--output", output, temp.Path);

        first.ExitCode.Should().Be((int)ExitCode.Success, first.Stderr);
        second.ExitCode.Should().Be((int)ExitCode.Success, second.Stderr);
        second.Stderr.Should().Contain("1 file (");
        Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Should().Equal("a.txt");
        File.ReadAllText(Path.Combine(output, "a.txt")).Should().Be("bölmə\n");
    }

    [Fact]
    public void Fix_OutputFolderAboveTheInputFolder_StillReadsEveryInput()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "raw"));
        temp.File("raw/a.txt", "bölmә\n");

        CliRun run = CliRun.Start("fix", Path.Combine(temp.Path, "raw"), "--output", temp.Path);

        run.ExitCode.Should().Be((int)ExitCode.Success, run.Stderr);
        run.Stderr.Should().Contain("1 file (1 changed)");
        File.ReadAllText(Path.Combine(temp.Path, "a.txt")).Should().Be("bölmə\n");
    }

    [Fact]
    public void Jsonl_SummaryOfARunStoppedByABadLine_CountsOnlyTheRecordsWritten()
    {
        CliRun run = CliRun.Piped("\"bölmә\"\n{bad\n\"bir\"\n\"iki\"\n", "fix", "--input-format", "jsonl", "--summary");

        run.ExitCode.Should().Be((int)ExitCode.InputError);
        run.StdoutLines.Should().HaveCount(1);
        run.Stderr.Should().Contain("aznorm: 1 record (1 changed)");
    }

    [Fact]
    public void Html_TextStartingWithALineBreak_KeepsIt()
    {
        CliRun run = CliRun.Piped("\nbölmә\n", "fix", "--format", "html");

        run.StdoutText.Should().Contain("<pre class=\"text\">\n\nbölm<mark", "the parser drops the first line break after <pre>, so one is added");
    }

    [Fact]
    public void Train_Help_ListsOnlyTheOptionsItHonours()
    {
        CliRun help = CliRun.Start("train", "--help");

        help.StdoutText.Should().Contain("--include").And.Contain("--jobs").And.Contain("--replace-invalid");
        help.StdoutText.Should().NotContain("--format").And.NotContain("--markdown").And.NotContain("--config").And.NotContain("--dictionary");
        CliRun.Piped("Bu gün.\n", "train", "--format", "json").ExitCode.Should().Be((int)ExitCode.Usage);
    }

    private static string StartsWith(string actual, string prefix) => actual.StartsWith(prefix, StringComparison.Ordinal) ? actual : prefix + "…";
}
