using AzNormalize.Cli.Tests.Infrastructure;
using AzNormalize.Correction;
using FluentAssertions;

namespace AzNormalize.Cli.Tests.Commands;

/// <summary><c>fix --spelling</c>, <c>--context-model</c>, <c>--real-words</c>, and <c>aznorm train</c>, which makes the model.</summary>
public sealed class SpellingCommandTests
{
    [Fact]
    public void Fix_RestoresLostLettersByDefault_AndNotWithSpellingOff()
    {
        CliRun.Piped("Biz dikkətə layiq olduq.", "fix").StdoutText.Should().Be("Biz diqqətə layiq olduq.");
        CliRun.Piped("Biz dikkətə layiq olduq.", "fix", "--spelling", "off").StdoutText.Should().Be("Biz dikkətə layiq olduq.");
    }

    [Fact]
    public void Fix_SpellingEdits_UndoesTypingSlips()
    {
        CliRun.Piped("müxtəlfi ölkələr", "fix").StdoutText.Should().Be("müxtəlfi ölkələr");

        CliRun run = CliRun.Piped("müxtəlfi ölkələr", "fix", "--spelling", "edits");

        run.ExitCode.Should().Be((int)ExitCode.Success);
        run.StdoutText.Should().Be("müxtəlif ölkələr");
    }

    [Fact]
    public void Train_WritesAModel_ThatFixUses()
    {
        using var temp = new TempDirectory();
        string corpus = temp.File("corpus.txt", string.Concat(Enumerable.Repeat("Bu şəhər böyükdür. Şəhər gözəldir.\n", 5)));

        CliRun train = CliRun.Piped("ignored", "train", corpus);

        train.ExitCode.Should().Be((int)ExitCode.Success);
        ContextModel model = ContextModel.Load(new StringReader(train.StdoutText), "stdout");
        model.GetPairCount("bu", "şəhər").Should().Be(5);
        string modelPath = temp.File("model.azctx", train.StdoutText);
        CliRun.Piped("bu sehər böyükdür", "fix").StdoutText.Should().Be("bu sehər böyükdür", "without context the two twins are too close");
        CliRun.Piped("bu sehər böyükdür", "fix", "--context-model", modelPath).StdoutText.Should().Be("bu şəhər böyükdür");
    }

    [Fact]
    public void Fix_BadModel_IsAnInputErrorNamingTheLine()
    {
        using var temp = new TempDirectory();
        string path = temp.File("bad.azctx", "azctx 1\nşəhər\n");

        CliRun run = CliRun.Piped("bu", "fix", "--context-model", path);

        run.ExitCode.Should().Be((int)ExitCode.InputError);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain($"line 2 of {path}: expected 'word<TAB>count'");
    }

    [Theory]
    [InlineData("--real-words")]
    [InlineData("--spelling", "off", "--context-model", "model.azctx")]
    public void Fix_ContradictorySpellingOptions_AreUsageErrors(params string[] options)
    {
        CliRun run = CliRun.Piped("bu", ["fix", .. options]);

        run.ExitCode.Should().Be((int)ExitCode.Usage);
    }
    [Fact]
    public void Check_SuggestsWordsForUnknownWords_InTextAndJson()
    {
        CliRun text = CliRun.Piped("Biz dikkətə layiq olduq, zqxbtr.", "check");
        CliRun json = CliRun.Piped("Biz dikkətə layiq olduq.", "check", "--format", "json");

        text.StdoutLines.Should().Equal("-:1:5: UnknownWord: dikkətə (0.80); did you mean: diqqətə", "-:1:26: UnknownWord: zqxbtr (0.80)");
        Json.ParseLines(json.StdoutLines).Single().GetProperty("suggestions").EnumerateArray().Select(e => e.GetString()).Should().Equal("diqqətə");
    }
}
