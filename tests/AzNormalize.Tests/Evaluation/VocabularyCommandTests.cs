using System.Text.Json;
using AzNormalize.Evaluation;
using AzNormalize.Evaluation.Infrastructure;
using AzNormalize.Evaluation.Vocabulary;
using FluentAssertions;

namespace AzNormalize.Tests.Evaluation;

/// <summary>The vocabulary command end to end on a small data folder written by the test (no ../shared needed).</summary>
public sealed class VocabularyCommandTests : IDisposable
{
    private const string News = "Bakı gözəl şəhərdir. Məktəb yeni binada açılıb!\nUşaqlar məktəbə gedirlər, müəllimlər onları gözləyir.\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("aznorm-vocabulary-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Data => Path.Combine(_folder, "data");

    private void WriteData(bool withFrequencyList)
    {
        Directory.CreateDirectory(Path.Combine(Data, "ntrex-128"));
        Directory.CreateDirectory(Path.Combine(Data, "tesseract-ocr-ntrex-az", "gt"));
        File.WriteAllText(Path.Combine(Data, VocabularyCommand.NewsFile), News);
        File.WriteAllText(Path.Combine(Data, VocabularyCommand.GoldFolder, "001_test.gt.txt"), News);
        if (withFrequencyList)
        {
            Directory.CreateDirectory(Path.Combine(Data, "localdoc-symspell-az"));
            File.WriteAllText(Path.Combine(Data, Oracles.LocalDocFrequencyList), "məktəb 10\ngözləyir 3\n");
        }
    }

    private static (ExitCode Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        ExitCode code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Run_SmallData_WritesMarkdownSectionAndJson()
    {
        WriteData(withFrequencyList: true);
        string markdown = Path.Combine(_folder, "docs", "quality.md");
        string json = Path.Combine(_folder, "vocabulary.json");

        (ExitCode code, string output, string error) = Run("vocabulary", "--data", Data, "--markdown", markdown, "--json", json);

        code.Should().Be(ExitCode.Success, error);
        output.Should().Contain("embedded lexicon").And.Contain("diacritic loss");
        error.Should().Contain("mozillaz-hunspell-az", "the hunspell dictionary is absent, so that oracle is skipped with a note");

        string document = File.ReadAllText(markdown);
        document.Should().StartWith("# Quality\n");
        document.Should().Contain(VocabularyCommand.Heading + "\n");
        document.Should().Contain("| embedded lexicon | ntrex-128 newstest2019-ref.aze-Latn | 13 |");
        document.Should().Contain("embedded + LocalDoc frequency list");
        document.Should().Contain("`dotnet run -c Release --project benchmarks/AzNormalize.Evaluation -- vocabulary --data ");

        using JsonDocument parsed = JsonDocument.Parse(File.ReadAllBytes(json));
        parsed.RootElement.GetProperty("oracles").GetArrayLength().Should().Be(4, "embedded, embedded + morphology, and both again with the LocalDoc list; hunspell is absent");
        JsonElement set = parsed.RootElement.GetProperty("cleanText")[0];
        set.GetProperty("judgedTokens").GetInt32().Should().Be(13);
        set.GetProperty("oracles")[0].GetProperty("byClass").GetProperty("lowercase").GetProperty("tokens").GetInt32().Should().Be(10);
        parsed.RootElement.GetProperty("misspellings").GetProperty("sourceWords").GetInt32().Should().Be(10);

        // A second run replaces the section instead of adding one.
        Run("vocabulary", "--data", Data, "--markdown", markdown).Code.Should().Be(ExitCode.Success);
        File.ReadAllText(markdown).Split(VocabularyCommand.Heading).Should().HaveCount(2);
    }

    [Fact]
    public void Run_NoTextInData_Skipped()
    {
        Directory.CreateDirectory(Data);

        (ExitCode code, string output, string error) = Run("vocabulary", "--data", Data, "--no-markdown");

        code.Should().Be(ExitCode.Success);
        output.Should().Be("skipped" + Environment.NewLine);
        error.Should().Contain("skipped");
    }

    [Fact]
    public void Run_MissingDataFolder_DataError() =>
        Run("vocabulary", "--data", Path.Combine(_folder, "missing")).Code.Should().Be(ExitCode.DataError);

    [Theory]
    [InlineData("vocabulary", "--bogus")]
    [InlineData("vocabulary", "--data")]
    [InlineData("vocabulary", "--markdown", "x.md", "--no-markdown")]
    [InlineData("layout", "--dump", "out")] // only vocabulary writes a dump
    [InlineData("pairs", "--dump", "out")]
    [InlineData("vocabulary", "--set", "OCR")] // only pairs has data sets to choose
    [InlineData("layout", "--set", "OCR")]
    [InlineData("pairs", "--set", "OCR", "--markdown", "x.md")] // a part never rewrites Markdown
    [InlineData("layout", "--misses", "misses.tsv")] // only pairs lists words
    [InlineData("pairs", "--misses")]
    [InlineData("nonsense")]
    public void Run_BadCommandLine_Usage(params string[] args)
    {
        (ExitCode code, string output, string error) = Run(args);

        code.Should().Be(ExitCode.Usage);
        output.Should().BeEmpty();
        error.Should().Contain("Usage:");
    }

    [Fact]
    public void Run_MissesInsideTheRepository_Refused()
    {
        string repository = RepositoryInfo.FindRoot() ?? throw new InvalidOperationException("the tests run inside the repository");

        (ExitCode code, string output, string error) = Run("pairs", "--misses", Path.Combine(repository, "misses.tsv"));

        code.Should().Be(ExitCode.Usage);
        output.Should().BeEmpty();
        error.Should().Contain("inside the repository");
        File.Exists(Path.Combine(repository, "misses.tsv")).Should().BeFalse();
    }

    [Fact]
    public void Run_Help_UsageOnStdout()
    {
        (ExitCode code, string output, _) = Run("vocabulary", "--help");

        code.Should().Be(ExitCode.Success);
        output.Should().Contain("--data <dir>").And.Contain("AZNORM_SHARED_DATA");
    }
}
