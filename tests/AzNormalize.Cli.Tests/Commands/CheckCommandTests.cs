using System.Globalization;
using System.Text.Json;
using AzNormalize.Checking;
using AzNormalize.Cli.Tests.Infrastructure;
using FluentAssertions;

namespace AzNormalize.Cli.Tests.Commands;

/// <summary>
/// <c>aznorm check</c>, over the real default checker. The words are chosen to hold whatever the default oracle becomes:
/// clean common words, and Latin-letter nonsense that no Azerbaijani lexicon or morphology knows.
/// </summary>
public sealed class CheckCommandTests
{
    /// <summary>Every word known (also to a plain word list).</summary>
    private const string Clean = "Bu gün hava çox yaxşı idi.\n";

    /// <summary>One unknown lowercase word (0.8) at line 1, column 28.</summary>
    private const string OneUnknownWord = "Bu gün hava çox yaxşı idi, zqxbtr.\n";

    /// <summary>An unknown capitalised word at a sentence start (0.6), then one inside the sentence (a name, 0.3).</summary>
    private const string StartAndName = "Zqxbtr gün idi. Bu gün Qzxbtr gəldi.\n";

    [Fact]
    public void Check_CleanText_ExitsZeroWithEmptyStdout()
    {
        CliRun run = CliRun.Piped(Clean, "check");

        run.ExitCode.Should().Be((int)ExitCode.Success);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t\n\r\n  ")]
    public void Check_EmptyOrWhitespace_ExitsZero(string input)
    {
        CliRun run = CliRun.Piped(input, "check");

        run.ExitCode.Should().Be((int)ExitCode.Success);
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Check_UnknownWordOnStdin_ExitsOneWithTextFinding()
    {
        CliRun run = CliRun.Piped(OneUnknownWord, "check");

        run.ExitCode.Should().Be((int)ExitCode.Findings);
        run.StdoutText.Should().Be("-:1:28: UnknownWord: zqxbtr (0.80)\n");
        run.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Check_Dash_ReadsStdin()
    {
        CliRun run = CliRun.Piped(OneUnknownWord, "check", "-");

        run.ExitCode.Should().Be((int)ExitCode.Findings);
        run.StdoutText.Should().Be("-:1:28: UnknownWord: zqxbtr (0.80)\n");
    }

    [Fact]
    public void Check_File_TextNamesThePath()
    {
        using var temp = new TempDirectory();
        string path = temp.File("a.txt", OneUnknownWord);

        CliRun run = CliRun.Piped("ignored stdin zzzqqq", "check", path);

        run.ExitCode.Should().Be((int)ExitCode.Findings);
        run.StdoutText.Should().Be($"{path}:1:28: UnknownWord: zqxbtr (0.80)\n");
    }

    [Fact]
    public void Check_SeveralInputs_FindingsInInputOrderAndExitOneIfAnyHasFindings()
    {
        using var temp = new TempDirectory();
        string clean = temp.File("clean.txt", Clean);
        string dirty = temp.File("dirty.txt", OneUnknownWord);

        CliRun run = CliRun.Piped("zqxbtr", "check", clean, dirty, "-");

        run.ExitCode.Should().Be((int)ExitCode.Findings);
        run.StdoutLines.Should().Equal($"{dirty}:1:28: UnknownWord: zqxbtr (0.80)", "-:1:1: UnknownWord: zqxbtr (0.80)");
    }

    [Fact]
    public void Check_MultiLineInput_LineAndColumnCountLinesAndTextElements()
    {
        // \r\n, \n and \r all end a line; 😀 (a surrogate pair) and i + U+0307 are one column each.
        const string input = "Bu gün\r\nhava zqxbtr.\n😀 zqxbtr\rçox i\u0307 zqxbtr";

        CliRun run = CliRun.Piped(input, "check", "--format", "json");

        run.ExitCode.Should().Be((int)ExitCode.Findings);
        List<JsonElement> findings = Json.ParseLines(run.StdoutLines);
        findings.Select(f => (f.GetProperty("line").GetInt32(), f.GetProperty("column").GetInt32()))
            .Should().Equal((2, 6), (3, 3), (4, 7));
        findings.Select(f => f.GetProperty("start").GetInt32())
            .Should().Equal(input.IndexOf("zqxbtr", StringComparison.Ordinal), input.IndexOf("😀", StringComparison.Ordinal) + 3, input.LastIndexOf("zqxbtr", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_Json_OneObjectPerFindingWithEveryField()
    {
        CliRun run = CliRun.Piped(OneUnknownWord, "check", "--format", "json");

        run.ExitCode.Should().Be((int)ExitCode.Findings);
        run.StdoutText.Should().Be(
            "{\"path\":null,\"line\":1,\"column\":28,\"start\":27,\"length\":6,\"word\":\"zqxbtr\",\"kind\":\"UnknownWord\","
            + "\"confidence\":0.8,\"message\":\"unknown word\"}\n");
    }

    [Fact]
    public void Check_JsonSeveralInputs_EveryLineParsesAndNamesItsPath()
    {
        using var temp = new TempDirectory();
        string path = temp.File("ş.txt", StartAndName);

        CliRun run = CliRun.Piped(OneUnknownWord, "check", "--format", "json", "--min-confidence", "0", "-", path);

        run.ExitCode.Should().Be((int)ExitCode.Findings);
        List<JsonElement> findings = Json.ParseLines(run.StdoutLines);
        findings.Should().HaveCount(3);
        findings[0].GetProperty("path").ValueKind.Should().Be(JsonValueKind.Null);
        findings[1].GetProperty("path").GetString().Should().Be(path);
        findings[2].GetProperty("path").GetString().Should().Be(path);
        findings.Select(f => f.GetProperty("kind").GetString())
            .Should().Equal(nameof(FindingKind.UnknownWord), nameof(FindingKind.UnknownWord), nameof(FindingKind.UnknownName));
        findings.Select(f => f.GetProperty("confidence").GetDouble()).Should().Equal(0.8, 0.6, 0.3);
        foreach (JsonElement finding in findings)
        {
            string input = finding.GetProperty("path").ValueKind == JsonValueKind.Null ? OneUnknownWord : StartAndName;
            string word = finding.GetProperty("word").GetString()!;
            input.Substring(finding.GetProperty("start").GetInt32(), finding.GetProperty("length").GetInt32()).Should().Be(word);
            finding.GetProperty("message").GetString().Should().NotBeNullOrEmpty();
        }
    }

    [Fact]
    public void Check_DefaultMinConfidence_HidesNamesButShowsSentenceStarts()
    {
        CliRun run = CliRun.Piped(StartAndName, "check");

        run.ExitCode.Should().Be((int)ExitCode.Findings);
        run.StdoutText.Should().Be("-:1:1: UnknownWord: Zqxbtr (0.60)\n");
    }

    [Fact]
    public void Check_OnlyNamesBelowTheDefault_ExitsZero()
    {
        CliRun run = CliRun.Piped("Bu gün Qzxbtr gəldi.", "check");

        run.ExitCode.Should().Be((int)ExitCode.Success);
        run.Stdout.Should().BeEmpty();
    }

    [Theory]
    [InlineData("0", 2)]
    [InlineData("0.3", 2)] // at the threshold counts
    [InlineData("0.31", 1)]
    [InlineData(".6", 1)]
    [InlineData("0.61", 0)]
    [InlineData("1", 0)]
    public void Check_MinConfidence_ReportsAndCountsOnlyFindingsAtOrAboveIt(string minConfidence, int expected)
    {
        CliRun run = CliRun.Piped(StartAndName, "check", "--min-confidence", minConfidence);

        run.StdoutLines.Should().HaveCount(expected);
        run.ExitCode.Should().Be(expected > 0 ? (int)ExitCode.Findings : (int)ExitCode.Success);
    }

    [Fact]
    public void Check_MinConfidenceUnderCommaDecimalCulture_ParsedAndPrintedInvariant()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        CliRun run;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("az-Latn-AZ");
            run = CliRun.Piped(OneUnknownWord + StartAndName, "check", "--min-confidence", "0.7");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        run.ExitCode.Should().Be((int)ExitCode.Findings);
        run.StdoutText.Should().Be("-:1:28: UnknownWord: zqxbtr (0.80)\n");
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("abc")]
    [InlineData("0,5")]
    [InlineData("NaN")]
    [InlineData("")]
    public void Check_BadMinConfidence_ExitsTwoWithNothingOnStdout(string value)
    {
        CliRun run = CliRun.Piped(OneUnknownWord, "check", "--min-confidence", value);

        run.ExitCode.Should().Be((int)ExitCode.Usage);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().StartWith("aznorm: ").And.Contain("--min-confidence").And.Contain("aznorm check --help");
    }

    [Theory]
    [InlineData("check", "--min-confidence")]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--bogus")]
    public void Check_UsageError_ExitsTwo(params string[] args)
    {
        CliRun run = CliRun.Piped(OneUnknownWord, args);

        run.ExitCode.Should().Be((int)ExitCode.Usage);
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Check_InvalidUtf8_ExitsThreeWithNothingOnStdout()
    {
        CliRun run = CliRun.Piped([(byte)'z', (byte)'q', 0xC3, 0x28], "check");

        run.ExitCode.Should().Be((int)ExitCode.InputError);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain("<stdin>: invalid UTF-8 at byte 2");
    }

    [Fact]
    public void Check_ReplaceInvalid_GoesOn()
    {
        CliRun run = CliRun.Piped([.. "zqxbtr "u8, 0xFF], "check", "--replace-invalid");

        run.ExitCode.Should().Be((int)ExitCode.Findings);
        run.StdoutText.Should().Be("-:1:1: UnknownWord: zqxbtr (0.80)\n");
    }

    [Fact]
    public void Check_MissingFileAfterOneWithFindings_ExitsThreeWithNothingOnStdout()
    {
        using var temp = new TempDirectory();
        string dirty = temp.File("dirty.txt", OneUnknownWord);
        string missing = Path.Combine(temp.Path, "missing.txt");

        CliRun run = CliRun.Piped(string.Empty, "check", dirty, missing);

        run.ExitCode.Should().Be((int)ExitCode.InputError);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain(missing);
    }

    [Fact]
    public void Check_UrlsMentionsNumbersAndAbbreviations_NotReported()
    {
        CliRun run = CliRun.Piped("Bu gün https://zqxbtr.az/qzx @zqxbtr #zqxbtr 2021-ci ABŞ-ın QZXBT idi.", "check", "--min-confidence", "0");

        run.ExitCode.Should().Be((int)ExitCode.Success);
        run.Stdout.Should().BeEmpty();
    }
}
