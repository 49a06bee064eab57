using AzNormalize.Cli.Tests.Infrastructure;
using FluentAssertions;

namespace AzNormalize.Cli.Tests.Commands;

/// <summary><c>--dictionary FILE</c> and aznorm.json's <c>"dictionaries"</c>: a user's words reach every stage of fix and check.</summary>
public sealed class DictionaryTests
{
    private const string Text = "Biz dikkətə layiq Frimanla görüşdük.\n";

    [Fact]
    public void Check_DictionaryWordList_MakesItsWordsKnown()
    {
        using var temp = new TempDirectory();
        string input = temp.File("a.txt", Text);
        string names = temp.File("names.txt", "Friman\ndikkət\n");

        CliRun before = CliRun.Start("check", input);
        CliRun after = CliRun.Start("check", "--dictionary", names, input);

        before.ExitCode.Should().Be((int)ExitCode.Findings);
        before.StdoutText.Should().Contain("dikkətə");
        after.ExitCode.Should().Be((int)ExitCode.Success, after.StdoutText + after.Stderr);
    }

    [Fact]
    public void Fix_DictionaryCountList_DetectedOrDeclared_KeepsItsWords()
    {
        using var temp = new TempDirectory();
        string input = temp.File("a.txt", Text);
        string counts = temp.File("counts.txt", "dikkət 900\nfriman 40\n");

        CliRun.Start("fix", input).StdoutText.Should().Contain("diqqətə");
        CliRun.Start("fix", "--dictionary", counts, input).StdoutText.Should().Be(Text);
        CliRun.Start("fix", "--dictionary", "counts:" + counts, input).StdoutText.Should().Be(Text);
    }

    [Fact]
    public void Fix_DictionaryDeclaredCountsButWords_IsAnInputErrorNamingTheLine()
    {
        using var temp = new TempDirectory();
        string input = temp.File("a.txt", Text);
        string words = temp.File("words.txt", "dikkət\n");

        CliRun run = CliRun.Start("fix", "--dictionary", "counts:" + words, input);

        run.ExitCode.Should().Be((int)ExitCode.InputError);
        run.Stderr.Should().Contain("line 1").And.Contain("words.txt").And.NotContain("Exception");
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Fix_DictionaryMissing_IsAnInputError()
    {
        CliRun run = CliRun.Piped(Text, "fix", "--dictionary", "/nonexistent/names.txt");

        run.ExitCode.Should().Be((int)ExitCode.InputError);
        run.Stderr.Should().Contain("--dictionary: /nonexistent/names.txt: no such file");
    }

    [Fact]
    public void Config_Dictionaries_AreReadRelativeToTheFile_AndJsonLinesUsesTheOptionToo()
    {
        using var temp = new TempDirectory();
        temp.File("aznorm.json", """{ "dictionaries": ["lists/names.txt"] }""");
        Directory.CreateDirectory(Path.Combine(temp.Path, "lists"));
        string names = temp.File("lists/names.txt", "dikkət\n");
        string input = temp.File("a.txt", Text);

        CliRun.Start("fix", input).StdoutText.Should().Be(Text);
        CliRun.Piped("{\"text\":\"Biz dikkətə layiq\"}\n", "fix", "--input-format", "jsonl", "--dictionary", names)
            .StdoutText.Should().Be("{\"text\":\"Biz dikkətə layiq\",\"edits\":[]}\n");
    }
}
