using AzNormalize.Cli.Tests.Infrastructure;
using FluentAssertions;

namespace AzNormalize.Cli.Tests.Commands;

/// <summary>aznorm.json: found upward from the inputs, words, ignored paths, rules, threshold, layout; the command line wins.</summary>
public sealed class ProjectConfigTests
{
    private const string Article = "Bu qzxqerty və yzxqerty, Friman dedi. bölm\u04D9\n";

    private static TempDirectory Project(string config)
    {
        var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "art", "deep"));
        Directory.CreateDirectory(Path.Combine(temp.Path, "drafts"));
        temp.File("aznorm.json", config);
        temp.File("art/deep/a.txt", Article);
        temp.File("drafts/b.txt", Article);
        return temp;
    }

    [Fact]
    public void Check_ConfigAboveTheInput_AddsWordsIgnoresPathsAndSetsTheThreshold()
    {
        using TempDirectory temp = Project("""
            {
              // accepted words and ignored drafts
              "words": ["qzxqerty"],
              "ignore": ["drafts"],
              "minConfidence": 0.2,
            }
            """);

        CliRun run = CliRun.Start("check", temp.Path);

        run.ExitCode.Should().Be((int)ExitCode.Findings, run.Stderr);
        string[] lines = run.StdoutText.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(2);
        lines[0].Should().EndWith("a.txt:1:16: UnknownWord: yzxqerty (0.80); did you mean: qzxqerty", "the configuration's own word is a candidate too");
        lines[1].Should().EndWith("a.txt:1:26: UnknownName: Friman (0.30)");
    }

    [Fact]
    public void Check_CommandLineWinsAndNoConfigTurnsItOff()
    {
        using TempDirectory temp = Project("""{ "words": ["qzxqerty"], "minConfidence": 0.2 }""");
        string article = Path.Combine(temp.Path, "art", "deep", "a.txt");

        CliRun.Start("check", article, "--min-confidence", "0.5").StdoutText.Should().NotContain("Friman");
        CliRun.Start("check", article, "--no-config").StdoutText.Should().Contain("qzxqerty").And.NotContain("Friman");
    }

    [Fact]
    public void Fix_RulesOff_DropThoseEdits()
    {
        using TempDirectory temp = Project("""{ "rules": { "LookAlike": false } }""");

        CliRun run = CliRun.Start("fix", Path.Combine(temp.Path, "art", "deep", "a.txt"));

        run.ExitCode.Should().Be((int)ExitCode.Success, run.Stderr);
        run.StdoutText.Should().Be(Article);
    }

    private const string Broken = "Bu gün gücləndi-\nrilmesi vacibdir.\n";

    [Fact]
    public void Fix_DiacriticOff_KeepsTheJoinAndItsLineBreakTogether()
    {
        // The correction gücləndirilmesi → gücləndirilməsi covers the join; with Diacritic off the join stays, uncorrected,
        // and the line break it moved moves with it (filtering the composed edit afterwards left "gücləndi-⏎rilmesi⏎").
        using var temp = new TempDirectory();
        temp.File("aznorm.json", """{ "rules": { "Diacritic": false } }""");
        string path = temp.File("a.txt", Broken);

        CliRun run = CliRun.Start("fix", path);

        run.ExitCode.Should().Be((int)ExitCode.Success, run.Stderr);
        run.StdoutText.Should().Be("Bu gün gücləndirilmesi\nvacibdir.\n");
    }

    [Fact]
    public void Fix_HyphenationOff_LeavesTheBrokenWordBroken()
    {
        using var temp = new TempDirectory();
        temp.File("aznorm.json", """{ "rules": { "Hyphenation": false } }""");
        string path = temp.File("a.txt", Broken);

        CliRun run = CliRun.Start("fix", path);

        run.ExitCode.Should().Be((int)ExitCode.Success, run.Stderr);
        run.StdoutText.Should().StartWith("Bu gün gücləndi-\n");
    }

    [Fact]
    public void Fix_Stream_HonoursDisableNextLine()
    {
        CliRun run = CliRun.Piped("aznorm-disable-next-line\nbölm\u04D9\nbölm\u04D9\n", "fix", "--stream");

        run.ExitCode.Should().Be((int)ExitCode.Success, run.Stderr);
        run.StdoutText.Should().Be("aznorm-disable-next-line\nbölm\u04D9\nbölmə\n");
    }

    [Fact]
    public void Fix_ConfigLayoutAndWords_AreUsed()
    {
        using var temp = new TempDirectory();
        temp.File("aznorm.json", """{ "layout": "full", "words": ["zorbalıqetmə"] }""");
        string path = temp.File("a.txt", "Bu zorbalıq-\netmə idi.\n");

        CliRun run = CliRun.Start("fix", path);

        run.StdoutText.Should().Be("Bu zorbalıqetmə idi.\n", "full layout from the file, and its word decides the join");
        CliRun.Start("fix", path, "--layout", "none").StdoutText.Should().Be("Bu zorbalıq-\netmə idi.\n");
    }

    [Theory]
    [InlineData("""{ "wordz": [] }""", "unknown key \"wordz\"")]
    [InlineData("""{ "rules": { "Spelling": false } }""", "unknown rule \"Spelling\"")]
    [InlineData("""{ "minConfidence": 3 }""", "\"minConfidence\" must be a number from 0 to 1")]
    [InlineData("""{ "layout": "sometimes" }""", "\"layout\" must be")]
    [InlineData("""{ "words": "one" }""", "\"words\" must be an array of strings")]
    [InlineData("""{ "wordLists": ["missing.txt"] }""", "does not exist")]
    [InlineData("""{ "words": ["AzNorma ize"] }""", "\"words\" holds single words; \"AzNorma ize\" is not one")] // was exit 70 (found by fuzzing)
    public void Config_Invalid_ExitsThreeNamingTheFile(string config, string message)
    {
        using TempDirectory temp = Project(config);

        CliRun run = CliRun.Start("check", Path.Combine(temp.Path, "art"));

        run.ExitCode.Should().Be((int)ExitCode.InputError);
        run.Stderr.Should().Contain("aznorm.json: ").And.Contain(message);
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Config_WordListWithALineOfTwoWords_ExitsThreeBeforeReadingAnyInput()
    {
        using TempDirectory temp = Project("""{ "wordLists": ["names.txt"] }""");
        temp.File("names.txt", "Friman\nNew York\n");

        CliRun run = CliRun.Start("fix", Path.Combine(temp.Path, "art"));

        run.ExitCode.Should().Be((int)ExitCode.InputError, run.Stderr);
        run.Stderr.Should().Contain("aznorm.json: ").And.Contain("line 2 of ").And.Contain("names.txt").And.NotContain("Exception");
        run.Stdout.Should().BeEmpty();
    }

    [Theory]
    [InlineData("{ not json", 1, 3)]
    [InlineData("{\n  \"words\": [\"Əli\" \"Şəki\"]\n}", 2, 19)] // 19 characters, not 20 bytes, before the second string
    [InlineData("{\r\n  \"minConfidence\": 0.5,\r\n  \"layout\" \"full\"\r\n}", 3, 12)]
    [InlineData("{ \"words\": [", 1, 13)]
    public void Config_InvalidJson_NamesTheOneBasedLineAndColumnInPlainWords(string config, int line, int column)
    {
        using TempDirectory temp = Project(config);

        CliRun run = CliRun.Start("check", Path.Combine(temp.Path, "art"));

        run.ExitCode.Should().Be((int)ExitCode.InputError);
        run.Stderr.Should().StartWith($"aznorm: {Path.Combine(temp.Path, "aznorm.json")} line {line}, column {column}: not valid JSON: ");
        run.Stderr.Should().NotContain("LineNumber").And.NotContain("BytePositionInLine").And.NotContain("Exception");
        run.Stderr.TrimEnd('\n').Should().NotContain("\n", "one line");
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Config_ExplicitMissingFile_ExitsThree()
    {
        CliRun run = CliRun.Piped("söz", "check", "--config", "/nonexistent/aznorm.json");

        run.ExitCode.Should().Be((int)ExitCode.InputError);
        run.Stderr.Should().Contain("no such configuration file");
    }

    [Fact]
    public void Config_WordList_IsReadRelativeToTheFile()
    {
        using TempDirectory temp = Project("""{ "wordLists": ["names.txt"] }""");
        temp.File("names.txt", "qzxqerty\nyzxqerty\n");

        CliRun run = CliRun.Start("check", Path.Combine(temp.Path, "art"));

        run.ExitCode.Should().Be((int)ExitCode.Success, run.StdoutText + run.Stderr);
    }
}
