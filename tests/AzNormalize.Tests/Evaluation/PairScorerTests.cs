using AzNormalize.Evaluation.Layout;
using AzNormalize.Evaluation.Pairs;
using AzNormalize.Tests.Infrastructure;
using FluentAssertions;

namespace AzNormalize.Tests.Evaluation;

/// <summary>The word-by-word pair scorer on hand-made cases, the text noiser, and a regression slice of the OCR documents.</summary>
public sealed class PairScorerTests
{
    private const string Gold = "Onun partiyasına görə bu gün hava yaxşıdır.";

    [Fact]
    public void Score_Fix_CountsOneFixedError()
    {
        PairScore score = PairScorer.Score("Onun partiyasina görə bu gün hava yaxşıdır.", Gold, Gold);

        score.GoldWords.Should().Be(7);
        score.SourceErrors.Should().Be(1);
        score.Fixed.Should().Be(1);
        (score.Missed, score.WrongFixes, score.Damaged).Should().Be((0, 0, 0));
    }

    [Fact]
    public void Score_Miss_WrongFixAndDamage()
    {
        const string source = "Onun partiyasina görə bu gün hava yaxşıdır.";

        PairScorer.Score(source, source, Gold).Missed.Should().Be(1);
        PairScore wrong = PairScorer.Score(source, "Onun partiyasinə görə bu gün hava yaxşıdır.", Gold);
        wrong.WrongFixes.Should().Be(1);
        wrong.Fixed.Should().Be(0);
        PairScore damage = PairScorer.Score(Gold, "Onun partiyasına görə bu gün hava yaxşidir.", Gold);
        damage.SourceErrors.Should().Be(0);
        damage.Damaged.Should().Be(1);
    }

    [Fact]
    public void Compare_ListsEachSourceErrorAndDamagedWord_WithAlignedTokensAndContext()
    {
        const string source = "Onun parti- yasina gore bu gün hava yaxşıdır.";
        const string output = "Onun partiyasına gore bu gün hava yaxşidir.";

        List<WordResult> results = PairScorer.Compare(source, output, Gold);

        results.Select(r => (r.Outcome, r.Gold, r.Source, r.Output)).Should().Equal(
            (WordOutcome.Fixed, "partiyasına", "parti yasina", "partiyasına"),
            (WordOutcome.Missed, "görə", "gore", "gore"),
            (WordOutcome.Damaged, "yaxşıdır", "yaxşıdır", "yaxşidir"));
        results[1].Context().Should().Be("Onun partiyasına [görə] bu gün hava");
        PairScore score = PairScorer.Score(source, output, Gold);
        (score.Fixed, score.Missed, score.WrongFixes, score.Damaged).Should().Be((1, 1, 0, 1));
    }

    [Fact]
    public void WriteMisses_WritesOneTabSeparatedLinePerWord()
    {
        var writer = new StringWriter();

        PairsCommand.WriteMisses(writer, "set", "system", 3, PairScorer.Compare("Onun partiyasina görə", "Onun partiyasinə görə", "Onun partiyasına görə"));

        writer.ToString().Should().Be("set\tsystem\t3\twrong\tpartiyasına\tpartiyasina\tpartiyasinə\tOnun [partiyasına] görə\n");
    }

    [Fact]
    public void Score_HyphenJoin_IsOneErrorFixed()
    {
        PairScore score = PairScorer.Score("Onun parti-\nyasına görə bu gün hava yaxşıdır.", Gold, Gold);

        score.SourceErrors.Should().Be(1, "a word split by a line-end hyphen is one error, not three");
        score.Fixed.Should().Be(1);
    }

    [Fact]
    public void Score_SplitAndMerge_AreOneErrorEach()
    {
        PairScore split = PairScorer.Score("Onun parti yasına görə bu gün hava yaxşıdır.", Gold, Gold);
        PairScore merge = PairScorer.Score("Onun partiyasına görə bugün hava yaxşıdır.", Gold, Gold);

        split.SourceErrors.Should().Be(1);
        merge.SourceErrors.Should().Be(2, "both gold words the merged token stands for are wrong");
        merge.Fixed.Should().Be(2);
        merge.OutputInsertions.Should().Be(0);
    }

    [Fact]
    public void Score_QuoteStyles_AreNoErrors()
    {
        PairScorer.Score("“Twp” və «Pwp» dedi.", "\"Twp\" və \"Pwp\" dedi.", "\"Twp\" və \"Pwp\" dedi.").SourceErrors.Should().Be(0);
    }

    [Fact]
    public void Score_Paragraphs_AreComparedWordForWord()
    {
        PairScore score = PairScorer.Score("Bir iki.\n\nÜç\ndörd.", "Bir iki.\n\nÜç dörd.", "Bir iki.\n\nÜç dörd.");

        (score.GoldParagraphs, score.ParagraphsEqual).Should().Be((2, 2));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Noiser_WordKinds_DamageSomeWordsReproducibly(int kindNumber)
    {
        var kind = (NoiseKind)kindNumber;
        string text = string.Join(' ', Enumerable.Repeat("Məclis üzvləri ölkənin qərarından narahatdırlar.", 40));

        string noisy = TextNoiser.Apply(text, kind, seed: 7);

        noisy.Should().NotBe(text).And.Be(TextNoiser.Apply(text, kind, seed: 7));
        PairScore score = PairScorer.Score(noisy, noisy, text);
        ((double)score.SourceErrors / score.GoldWords).Should().BeInRange(0.03, 0.3);
    }

    [Fact]
    public void Noiser_NoAzerbaijaniLettersAndHyphens()
    {
        TextNoiser.Apply("Şəhər İçərişəhər ğ ö ü ç ı", NoiseKind.NoAzerbaijaniLetters, 1).Should().Be("Seher Iceriseher g o u c i");
        string wrapped = TextNoiser.Apply(string.Join(' ', Enumerable.Repeat("gücləndirilməsi vacibdir", 20)), NoiseKind.LineEndHyphens, 1);
        wrapped.Split('\n').Should().OnlyContain(line => line.Length <= TextNoiser.WrapColumn);
        wrapped.Should().Contain("-\n");
        LayoutScorer.Words(wrapped.Replace("-\n", string.Empty, StringComparison.Ordinal).Replace('\n', ' ')).Should().HaveCount(40);
    }

    /// <summary>
    /// A regression guard: the first 10 OCR documents through the default pipeline, with thresholds from the measured
    /// values (no damaged word, 106 of 230 source errors fixed with spelling correction, 103 without; 15 of 59 paragraphs equal).
    /// </summary>
    [SharedDataFact("tesseract-ocr-ntrex-az/ocr")]
    public void Measure_FirstOcrDocuments_StayAtTheMeasuredQuality()
    {
        List<(string Ocr, string Gold)> documents = LayoutCommand.ReadPairs(SharedData.Root!).Take(10).ToList();

        List<PairsCommand.Row> rows = PairsCommand.Measure([new PairsCommand.DataSet("OCR", documents)], [PairsCommand.Systems().Single(s => s.Name == PairsCommand.DefaultName)]);

        PairScore score = rows.Should().ContainSingle().Subject.Score;
        score.Damaged.Should().Be(0);
        ((double)score.Fixed / score.SourceErrors).Should().BeGreaterThanOrEqualTo(0.46, "measured: 106 of 230; now {0} of {1}", score.Fixed, score.SourceErrors);
        score.ParagraphsEqual.Should().BeGreaterThanOrEqualTo(15, "measured: 15 of 59");
    }
    /// <summary>
    /// A regression guard on the corrector: the first 10 documents' gold with seeded diacritic loss through the default
    /// pipeline, with thresholds from the measured values (155 of 189 source errors fixed, no damaged word).
    /// </summary>
    [SharedDataFact("tesseract-ocr-ntrex-az/ocr")]
    public void Measure_SeededDiacriticLoss_StaysAtTheMeasuredQuality()
    {
        List<(string Ocr, string Gold)> documents = LayoutCommand.ReadPairs(SharedData.Root!).Take(10).ToList();
        PairsCommand.DataSet set = PairsCommand.Sets(documents).Single(s => s.Name.Contains("diacritic", StringComparison.Ordinal));

        List<PairsCommand.Row> rows = PairsCommand.Measure([set], [PairsCommand.Systems().Single(s => s.Name == PairsCommand.DefaultName)]);

        PairScore score = rows.Should().ContainSingle().Subject.Score;
        score.Damaged.Should().Be(0, "measured: 0");
        ((double)score.Fixed / score.SourceErrors).Should().BeGreaterThanOrEqualTo(0.82, "measured: 155 of 189; now {0} of {1}", score.Fixed, score.SourceErrors);
    }
}
