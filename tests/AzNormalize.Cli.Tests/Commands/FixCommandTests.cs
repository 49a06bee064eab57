using System.Text;
using System.Text.Json;
using AzNormalize.Cli.Tests.Infrastructure;
using FluentAssertions;

namespace AzNormalize.Cli.Tests.Commands;

/// <summary>
/// <c>aznorm fix</c>. Outputs are compared with texts and edits written in the test; clean text must pass unchanged.
/// </summary>
public sealed class FixCommandTests
{
    [Fact]
    public void Fix_Stdin_WritesLibraryResult()
    {
        CliRun run = CliRun.Piped(Samples.CleanAzerbaijani, "fix");

        run.ExitCode.Should().Be((int)ExitCode.Success);
        run.StdoutText.Should().Be(AzNormalizer.Default.Fix(Samples.CleanAzerbaijani).Text);
        run.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Fix_CleanAzerbaijani_PassesThroughByteExact()
    {
        byte[] input = new UTF8Encoding(false).GetBytes(Samples.CleanAzerbaijani + Samples.AzerbaijaniLetters);

        CliRun run = CliRun.Piped(input, "fix");

        run.ExitCode.Should().Be((int)ExitCode.Success);
        run.Stdout.Should().Equal(input);
    }

    [Fact]
    public void Fix_Dash_ReadsStdin()
    {
        CliRun run = CliRun.Piped(Samples.AzerbaijaniLetters, "fix", "-");

        run.ExitCode.Should().Be((int)ExitCode.Success);
        run.StdoutText.Should().Be(Samples.AzerbaijaniLetters);
    }

    [Fact]
    public void Fix_File_WritesItsText()
    {
        using var temp = new TempDirectory();
        string path = temp.File("a.txt", Samples.CleanAzerbaijani);

        CliRun run = CliRun.Piped("ignored stdin", "fix", path);

        run.ExitCode.Should().Be((int)ExitCode.Success);
        run.StdoutText.Should().Be(Samples.CleanAzerbaijani);
    }

    [Fact]
    public void Fix_SeveralFilesAndStdin_ConcatenatesInOrder()
    {
        using var temp = new TempDirectory();
        string first = temp.File("1.txt", "Birinci sətir.\n");
        string second = temp.File("2.txt", "İkinci, üçüncü");

        CliRun run = CliRun.Piped("stdin: ağ\n", "fix", second, "-", first);

        run.ExitCode.Should().Be((int)ExitCode.Success);
        run.StdoutText.Should().Be("İkinci, üçüncüstdin: ağ\nBirinci sətir.\n");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t\n\r\n  ")]
    public void Fix_EmptyOrWhitespace_PassesThrough(string input)
    {
        CliRun run = CliRun.Piped(input, "fix");

        run.ExitCode.Should().Be((int)ExitCode.Success);
        run.StdoutText.Should().Be(input);
    }

    [Fact]
    public void Fix_MegabyteLine_PassesThrough()
    {
        string line = string.Concat(Enumerable.Repeat("şəhər ", 200_000));

        CliRun run = CliRun.Piped(line, "fix");

        run.ExitCode.Should().Be((int)ExitCode.Success);
        run.StdoutText.Should().Be(line);
    }

    [Fact]
    public void Fix_Json_OneObjectPerInputWithPathTextAndEdits()
    {
        using var temp = new TempDirectory();
        string path = temp.File("a.txt", Samples.CleanAzerbaijani);

        CliRun run = CliRun.Piped(Samples.AzerbaijaniLetters, "fix", "--format", "json", "-", path);

        run.ExitCode.Should().Be((int)ExitCode.Success);
        List<JsonElement> objects = Json.ParseLines(run.StdoutLines);
        objects.Should().HaveCount(2);
        objects[0].GetProperty("path").ValueKind.Should().Be(JsonValueKind.Null);
        objects[1].GetProperty("path").GetString().Should().Be(path);
        AssertFixObject(objects[0], Samples.AzerbaijaniLetters);
        AssertFixObject(objects[1], Samples.CleanAzerbaijani);
    }

    [Fact]
    public void Fix_Json_KeepsAzerbaijaniLettersReadable()
    {
        CliRun run = CliRun.Piped(Samples.AzerbaijaniLetters, "fix", "--format", "json");

        run.StdoutText.Should().Contain(Samples.AzerbaijaniLetters);
    }

    [Fact]
    public void Fix_JsonStdin_PathIsNull()
    {
        CliRun run = CliRun.Piped("salam", "fix", "--format", "json");

        run.StdoutText.Should().StartWith("{\"path\":null,\"text\":\"salam\",\"edits\":[");
    }

    [Fact]
    public void Fix_CyrillicSchwaInLatinWord_BecomesLatinSchwa()
    {
        string input = "Bu bölm" + Samples.CyrillicSchwa;

        CliRun text = CliRun.Piped(input, "fix");
        CliRun json = CliRun.Piped(input, "fix", "--format", "json");

        text.ExitCode.Should().Be((int)ExitCode.Success);
        text.StdoutText.Should().Be("Bu bölmə");
        JsonElement fix = Json.ParseLines(json.StdoutLines)[0];
        AssertFixObject(fix, "Bu bölmə", (7, 1, Samples.CyrillicSchwa.ToString(), "ə", EditKind.LookAlike));
        JsonElement edit = fix.GetProperty("edits")[0];
        edit.GetProperty("original").GetString().Should().Contain(Samples.CyrillicSchwa.ToString());
        edit.GetProperty("kind").GetString().Should().Be(nameof(EditKind.LookAlike));
        edit.GetProperty("line").GetInt32().Should().Be(1);

        // One line of precomposed letters: the column (in text elements) is the UTF-16 offset + 1.
        edit.GetProperty("column").GetInt32().Should().Be(edit.GetProperty("start").GetInt32() + 1);
    }

    /// <summary>Checks one JSON object against the text and edits (start, length, original, replacement, kind) the test expects.</summary>
    private static void AssertFixObject(JsonElement fix, string expectedText, params (int Start, int Length, string Original, string Replacement, EditKind Kind)[] expectedEdits)
    {
        var edits = new List<(int, int, string, string, EditKind)>();
        foreach (JsonElement edit in fix.GetProperty("edits").EnumerateArray())
        {
            edit.GetProperty("line").GetInt32().Should().BePositive();
            edit.GetProperty("column").GetInt32().Should().BePositive();
            edit.GetProperty("confidence").GetDouble().Should().BeInRange(0, 1);
            edit.GetProperty("reason").GetString().Should().NotBeNull();
            edits.Add((
                edit.GetProperty("start").GetInt32(),
                edit.GetProperty("length").GetInt32(),
                edit.GetProperty("original").GetString()!,
                edit.GetProperty("replacement").GetString()!,
                Enum.Parse<EditKind>(edit.GetProperty("kind").GetString()!)));
        }

        fix.GetProperty("text").GetString().Should().Be(expectedText);
        edits.Should().Equal(expectedEdits);
    }

    [Theory]
    [InlineData("auto", "Məclisin gücləndirilməsi\nvacibdir.\n")]
    [InlineData("lines", "Məclisin gücləndirilməsi\nvacibdir.\n")]
    [InlineData("full", "Məclisin gücləndirilməsi vacibdir.\n")]
    [InlineData("none", "Məclisin gücləndi-\nrilməsi vacibdir.\n")]
    public void Fix_Layout_ChoosesTheRepair(string layout, string expected)
    {
        CliRun run = CliRun.Piped("Məclisin gücləndi-\nrilməsi vacibdir.\n", "fix", "--layout", layout);

        run.ExitCode.Should().Be((int)ExitCode.Success);
        run.StdoutText.Should().Be(expected);
    }

    [Fact]
    public void Fix_LayoutJson_ReportsHyphenationEdits()
    {
        CliRun run = CliRun.Piped("gücləndi-\nrilməsi\n", "fix", "--format", "json", "--layout", "full");

        run.ExitCode.Should().Be((int)ExitCode.Success);
        using JsonDocument document = JsonDocument.Parse(run.StdoutText);
        JsonElement edit = document.RootElement.GetProperty("edits")[0];
        edit.GetProperty("kind").GetString().Should().Be("Hyphenation");
        edit.GetProperty("original").GetString().Should().Be("-\n");
        edit.GetProperty("line").GetInt32().Should().Be(1);
        edit.GetProperty("column").GetInt32().Should().Be(9);
    }

    [Fact]
    public void Fix_UnknownLayout_IsAUsageError()
    {
        CliRun run = CliRun.Piped("söz", "fix", "--layout", "sometimes");

        run.ExitCode.Should().Be((int)ExitCode.Usage);
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Fix_DecoderSentenceWithEdits_FixesATypingSlip()
    {
        CliRun run = CliRun.Piped("Bu gün prezdent çıxış etdi.\n", "fix", "--decoder", "sentence", "--spelling", "edits");

        run.ExitCode.Should().Be(0);
        run.StdoutText.Should().Be("Bu gün prezident çıxış etdi.\n");
    }

    [Fact]
    public void Fix_MinConfidenceAboveEveryEdit_ChangesNoWord()
    {
        CliRun run = CliRun.Piped("Biz dikkətə layiq olduq.\n", "fix", "--min-confidence", "1");

        run.ExitCode.Should().Be(0);
        run.StdoutText.Should().Be("Biz dikkətə layiq olduq.\n");
    }

    [Theory]
    [InlineData("--min-confidence", "1.5")]
    [InlineData("--min-confidence", "-0.1")]
    [InlineData("--decoder", "viterbi")]
    public void Fix_BadDecoderOrConfidence_IsAUsageError(string option, string value)
    {
        CliRun run = CliRun.Piped("söz", "fix", option, value);

        run.ExitCode.Should().Be((int)ExitCode.Usage);
        run.Stdout.Should().BeEmpty();
    }

    [Theory]
    [InlineData("learned")]
    [InlineData("hand-set")]
    public void Fix_NamedWeights_FixesATypingSlip(string weights)
    {
        CliRun run = CliRun.Piped("Bu gün prezdent çıxış etdi.\n", "fix", "--spelling", "edits", "--weights", weights);

        run.ExitCode.Should().Be(0);
        run.StdoutText.Should().Be("Bu gün prezident çıxış etdi.\n");
    }

    [Fact]
    public void Fix_WeightsFileMissing_IsAnInputErrorNamingIt()
    {
        CliRun run = CliRun.Piped("söz", "fix", "--spelling", "edits", "--weights", "no-such-weights.azw");

        run.ExitCode.Should().Be((int)ExitCode.InputError);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain("--weights").And.Contain("no-such-weights.azw");
    }

    [Fact]
    public void Fix_WeightsFileCorrupt_IsAnInputErrorNamingTheLine()
    {
        string path = Path.Combine(Path.GetTempPath(), $"aznorm-corrupt-{Guid.NewGuid():N}.azw");
        File.WriteAllText(path, "azweights 1\nfeature Diacritic -0.5\nfeature Nonsense 1\n");
        try
        {
            CliRun run = CliRun.Piped("söz", "fix", "--spelling", "edits", "--weights", path);

            run.ExitCode.Should().Be((int)ExitCode.InputError);
            run.Stdout.Should().BeEmpty();
            run.Stderr.Should().Contain("line 3").And.Contain("Nonsense");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
