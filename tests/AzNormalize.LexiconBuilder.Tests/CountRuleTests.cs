using AzNormalize.Lexicon;
using FluentAssertions;

namespace AzNormalize.LexiconBuilder.Tests;

/// <summary>Rule 21 and the prior's estimates (data/README.md) on small lists the tests control.</summary>
public sealed class CountRuleTests
{
    private const string Source = "test source";

    [Fact]
    public void CountedTwin_RemovesAFormItsTwinOutnumbersAHundredfold()
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal) { ["və"] = 18_000_000, ["ve"] = 14_000, ["gol"] = 9_000, ["göl"] = 30_000 };

        List<KeyValuePair<string, string>> removed = CountRules.RemoveCountedTwins(counts);

        removed.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, string>("ve", "və"));
        counts.Should().ContainKey("gol", "göl is only three times as frequent: both are words");
    }

    [Fact]
    public void CountedTwin_NeedsTenThousandCountsOfTheTwin()
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal) { ["sac"] = 20, ["saç"] = 9_000 };

        CountRules.RemoveCountedTwins(counts).Should().BeEmpty();
    }

    [Fact]
    public void UncountedTwin_RemovesAListedFormTheCountsNeverSaw_ButNotAHeadword()
    {
        var kept = new Dictionary<string, WordAttributes>(StringComparer.Ordinal)
        {
            ["insanin"] = WordAttributes.SeenLowercase,
            ["insanın"] = WordAttributes.SeenLowercase,
            ["basmaq"] = WordAttributes.SeenLowercase,
            ["başmaq"] = WordAttributes.SeenLowercase,
            ["Ceyhun"] = WordAttributes.SeenCapitalized,
        };
        var counts = new Dictionary<string, long>(StringComparer.Ordinal) { ["insanın"] = 121_701, ["başmaq"] = 50_000 };

        List<KeyValuePair<string, string>> removed = CountRules.RemoveUncountedTwins(kept, counts, ["basmaq"]);

        removed.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, string>("insanin", "insanın"));
        kept.Should().ContainKey("basmaq", "a headword is protected").And.ContainKey("insanın");
    }

    [Fact]
    public void EstimateFromRanks_FitsZipfAndCapsBelowTheCountsFloor()
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int rank = 1; rank <= 1000; rank++)
        {
            string word = "w" + rank.ToString(System.Globalization.CultureInfo.InvariantCulture);
            ranks[word] = rank;
            counts[word] = 1_000_000 / rank; // count = 10⁶ / rank
        }

        ranks["deep"] = 100_000;
        ranks["shallow"] = 10;

        (Dictionary<string, long> estimates, double intercept, double slope, _) = CountRules.EstimateFromRanks(["deep", "shallow", "w5"], counts, ranks);

        slope.Should().BeApproximately(-1, 0.01);
        intercept.Should().BeApproximately(6, 0.05);
        estimates["deep"].Should().BeInRange(9, 11, "10⁶ / 10⁵");
        estimates["shallow"].Should().Be((long)AzMorphology.UncountedCeiling, "a form the counts lack was seen fewer than 410 times");
        estimates.Should().NotContainKey("w5", "a counted form keeps its count");
    }

    [Fact]
    public void ChainCodes_AverageTheFormToStemRatioPerSuffixChain()
    {
        string[] stems = ["kitab", "qələm", "dəftər", "masa", "otaq", "şəhər"];
        var kept = new Dictionary<string, WordAttributes>(StringComparer.Ordinal);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (string stem in stems)
        {
            bool back = stem is "kitab" or "masa" or "otaq";
            string plural = stem + (back ? "lar" : "lər");
            string locative = stem + (back ? "da" : "də");
            string dative = stem + (back ? "a" : "ə");
            foreach (string form in new[] { stem, plural, locative, dative, stem + (back ? "dan" : "dən") })
            {
                kept[form] = WordAttributes.SeenLowercase;
            }

            counts[stem] = 10_000;
            counts[plural] = 1_000; // a tenth of the stem: -16 in 16ths
        }

        AzMorphology morphology = RuleSupport.Morphology(kept, Source);
        List<KeyValuePair<string, sbyte>> codes = CountRules.ChainCodes(morphology, counts);

        codes.Should().ContainSingle().Which.Value.Should().Be(-16);
    }
}
