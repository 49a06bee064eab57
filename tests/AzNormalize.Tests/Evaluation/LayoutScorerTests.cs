using AzNormalize.Evaluation.Layout;
using AzNormalize.Tests.Infrastructure;
using FluentAssertions;

namespace AzNormalize.Tests.Evaluation;

/// <summary>The layout scorer on hand-made cases, and a regression guard on the OCR documents.</summary>
public sealed class LayoutScorerTests
{
    [Fact]
    public void FindBreaks_FindsLineEndHyphensAfterALetter()
    {
        const string text = "onun parti-\nyasına görə\nbu - \ndə\nqəbul olundu-\n\nğu 2017-\nci";

        List<BreakSite> sites = LayoutScorer.FindBreaks(text);

        sites.Select(s => (s.Left, s.Right, s.AcrossBlank)).Should().Equal(
            ("parti", "yasına", false), ("olundu", "ğu", true), ("2017", "ci", false));
        text[sites[0].HyphenOffset].Should().Be('-');
    }

    [Fact]
    public void Classify_GoldDecides()
    {
        var gold = new HashSet<string>(["partiyasına", "ictimai-siyasi", "həyatı", "mənbənin"], StringComparer.Ordinal);

        LayoutScorer.Classify(new BreakSite(0, "parti", "yasına", false), gold).Should().Be(BreakTruth.Join);
        LayoutScorer.Classify(new BreakSite(0, "ictimai", "siyasi", false), gold).Should().Be(BreakTruth.Hyphen);
        LayoutScorer.Classify(new BreakSite(0, "men", "bənin", false), gold).Should().Be(BreakTruth.Join, "one OCR letter from a gold word");
        LayoutScorer.Classify(new BreakSite(0, "qzx", "ptv", false), gold).Should().Be(BreakTruth.Unknown);
    }

    [Fact]
    public void WordErrors_CountsFixesMissesSplitsAndMerges()
    {
        string[] gold = ["onun", "partiyasına", "görə", "bu"];

        LayoutScorer.WordErrors(gold, gold).Should().Be(0);
        LayoutScorer.WordErrors(["onun", "parti-", "yasına", "görə", "bu"], gold).Should().Be(2, "a split word: one substitution, one insertion");
        LayoutScorer.WordErrors(["onun", "partiyasına", "görəbu"], gold).Should().Be(2, "a merge: one substitution, one deletion");
        LayoutScorer.WordErrors(["onun", "partiyasina", "görə", "bu"], gold).Should().Be(1, "a wrong letter");
    }

    [Fact]
    public void Words_DropEdgePunctuationAndQuotes()
    {
        LayoutScorer.Words("\"Twp və Pwp\" kimi, “səslənir”.").Should().Equal("Twp", "və", "Pwp", "kimi", "səslənir");
    }

    [Fact]
    public void Paragraphs_CountsParagraphsAndInnerBreaks()
    {
        LayoutScorer.Paragraphs("Başlıq\n\nbir\niki\n\n\nüç\r\n").Should().Be((3, 1));
    }

    [Fact]
    public void Distance_IsLevenshteinWithACap()
    {
        LayoutScorer.Distance("kitab", "kitab", 3).Should().Be(0);
        LayoutScorer.Distance("kitab", "kitabı", 3).Should().Be(1);
        LayoutScorer.Distance("kitab", "qələm", 3).Should().Be(3);
    }

    [Fact]
    public void NaiveRepair_JoinsEveryBreakAndUnwrapsEveryLine()
    {
        (string text, HashSet<int> joined) = LayoutCommand.NaiveRepair("ictimai-\nsiyasi və\nparti-\nyasına\n\nson");

        text.Should().Be("ictimaisiyasi və partiyasına\n\nson");
        joined.Should().HaveCount(2);
    }

    /// <summary>
    /// A regression guard on the 80 OCR documents: thresholds sit just under what `layout` measured (98.3 % joined right,
    /// no wrong join, 5.4 % word errors) so that a change that makes layout repair worse fails here.
    /// </summary>
    [SharedDataFact("tesseract-ocr-ntrex-az/ocr")]
    public void Measure_OcrDocuments_StayAtTheMeasuredQuality()
    {
        List<(string Ocr, string Gold)> pairs = LayoutCommand.ReadPairs(SharedData.Root!);
        pairs.Should().HaveCountGreaterThan(50);

        LayoutCommand.Score score = LayoutCommand.Measure(pairs, [LayoutCommand.Systems()[3]])[0];

        score.System.Should().Contain("auto");
        ((double)score.JoinedRight / score.TruthJoin).Should().BeGreaterThanOrEqualTo(0.98);
        score.WrongJoins.Should().Be(0);
        ((double)score.WordErrors / score.GoldWords).Should().BeLessThan(0.056);
    }
}
