using AzNormalize.Correction;
using AzNormalize.Tests.Infrastructure;
using AzNormalize.Text;
using AzNormalize.Tokenization;
using FluentAssertions;

namespace AzNormalize.Training.Tests;

/// <summary>The trainer: the noise keeps each token's gold, the same data and seed give the same file, bad input is refused.</summary>
public sealed class TrainerTests
{
    private const string Legal = "az-legal-codes/text";

    private const string Paragraph =
        "Azərbaycan Respublikasının qanunvericiliyi mülki hüquqların həyata keçirilməsini tənzimləyir. Fiziki və hüquqi "
        + "şəxslər özlərinə mənsub hüquqlardan istifadə edərkən başqa şəxslərin qanuni maraqlarını pozmamalıdırlar. "
        + "Məhkəmə bu məsələyə diqqətlə baxır və qərarını açıq elan edir.";

    [Theory]
    [InlineData("Clean")]
    [InlineData("DiacriticLoss")]
    [InlineData("TurkishHabit")]
    [InlineData("KeyboardSlip")]
    [InlineData("OcrConfusion")]
    [InlineData("NoAzerbaijaniLetters")]
    [InlineData("Mixed")]
    public void Noiser_EveryNoisyWordTokenHasItsGold_AndTheGoldsSpellTheText(string noise)
    {
        TrainingNoise kind = Enum.Parse<TrainingNoise>(noise);
        int damaged = 0;
        for (int seed = 0; seed < 30; seed++)
        {
            (string noisy, Dictionary<int, GoldWord> gold) = Noiser.Apply(Paragraph, kind, new Random(seed));
            damaged += gold.Values.Count(g => g.Damaged);

            var golds = new List<string>();
            int skip = 0;
            foreach (Token token in Tokenizer.Tokenize(noisy))
            {
                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                if (skip > 0)
                {
                    skip--; // the second half of a word split in two
                    gold.Should().NotContainKey(token.Start);
                    continue;
                }

                gold.Should().ContainKey(token.Start, $"seed {seed}: '{token.GetText(noisy).ToString()}' in '{noisy}'");
                GoldWord g = gold[token.Start];
                golds.Add(g.Gold);
                skip = g.Span - 1;
            }

            var expected = new List<string>();
            foreach (Token token in Tokenizer.Tokenize(Paragraph))
            {
                if (token.Kind == TokenKind.Word)
                {
                    expected.Add(AzCasing.ToLower(token.GetText(Paragraph).ToString()));
                }
            }

            string.Join(' ', golds).Should().Be(string.Join(' ', expected), $"seed {seed}, noisy: {noisy}");
            if (kind == TrainingNoise.Clean)
            {
                noisy.Should().Be(Paragraph);
            }
        }

        if (kind != TrainingNoise.Clean)
        {
            damaged.Should().BeGreaterThan(10, "the noise must damage words");
        }
    }

    [SharedDataFact(Legal)]
    public void Train_SameDataAndSeed_GiveTheSameFile_WhichLoads()
    {
        string text = SharedData.PathOf(Legal)!;
        string first = Path.Combine(Path.GetTempPath(), $"aznorm-train-{Guid.NewGuid():N}.azw");
        string second = Path.Combine(Path.GetTempPath(), $"aznorm-train-{Guid.NewGuid():N}.azw");
        string[] Args(string output) =>
            ["--text", text, "--output", output, "--max-documents", "120", "--fit-documents", "20", "--calibration-documents", "16", "--seed", "5"];
        try
        {
            Program.Run(Args(first)).Should().Be(0);
            Program.Run(Args(second)).Should().Be(0);

            File.ReadAllBytes(second).Should().Equal(File.ReadAllBytes(first));
            CorrectionWeights weights = CorrectionWeights.Load(first);
            weights.IsLearned.Should().BeTrue();
            weights.Source.Should().Contain("seed 5").And.Contain("20 documents fitted");
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Fact]
    public void Train_WithoutOutput_IsAUsageError()
    {
        Program.Run(["--text", "somewhere"]).Should().Be(2);
    }

    [Fact]
    public void Train_MissingInput_IsAnInputError()
    {
        Program.Run(["--text", "/no/such/folder", "--output", "x.azw"]).Should().Be(3);
    }

    [Fact]
    public void Train_TooLittleText_IsAnInputErrorAndWritesNothing()
    {
        string input = Path.Combine(Path.GetTempPath(), $"aznorm-small-{Guid.NewGuid():N}.txt");
        string output = input + ".azw";
        File.WriteAllText(input, Paragraph);
        try
        {
            Program.Run(["--text", input, "--output", output]).Should().Be(3);
            File.Exists(output).Should().BeFalse();
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public void OcrAligner_LinesUpMisreadSplitRunTogetherAndExtraWords()
    {
        const string Gold = "Bu gün prezident və bu məsələni gücləndirilməsi barədə danışdı.";
        const string Ocr = "Bu gün prezdent vəbu məsələni gücləndi rilməsi ~~~ barədə danışdı.";

        Dictionary<int, GoldWord> gold = OcrAligner.Align(Ocr, Gold);

        GoldWord At(string word) => gold[Ocr.IndexOf(word, StringComparison.Ordinal)];
        At("Bu").Should().Be(new GoldWord("bu", 1, false));
        At("prezdent").Should().Be(new GoldWord("prezident", 1, true));
        At("vəbu").Should().Be(new GoldWord("və bu", 1, true));
        At("gücləndi").Should().Be(new GoldWord("gücləndirilməsi", 2, true));
        gold.Should().NotContainKey(Ocr.IndexOf("rilməsi", StringComparison.Ordinal));
        At("danışdı").Should().Be(new GoldWord("danışdı", 1, false));
    }
}
