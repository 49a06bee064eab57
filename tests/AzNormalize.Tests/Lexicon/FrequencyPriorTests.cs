using AzNormalize.Lexicon;
using FluentAssertions;

namespace AzNormalize.Tests.Lexicon;

/// <summary>The embedded counts and the estimates for forms without one (<see cref="AzMorphology.EstimateCount"/>).</summary>
public sealed class FrequencyPriorTests
{
    private static AzMorphology Default => AzMorphology.Default;

    [Fact]
    public void EstimateCount_CountedWord_IsItsCount()
    {
        Default.EstimateCount("dövlət").Should().Be(Default.GetCount("dövlət")).And.BeGreaterThan(10_000);
    }

    [Fact]
    public void EstimateCount_UnknownWord_IsZero()
    {
        Default.EstimateCount("qzxwv").Should().Be(0);
    }

    [Fact]
    public void EstimateCount_UncountedInflection_IsBelowTheCountsFloor_AndAboveZero()
    {
        // Known only through the morphology (kompüter+ləş+dir+il+mə+si): no count of its own.
        const string word = "kompüterləşdirilməsindən";
        Default.GetCount(word).Should().Be(0);
        Default.IsKnown(word).Should().BeTrue();

        double estimate = Default.EstimateCount(word);

        estimate.Should().BeGreaterThan(0).And.BeLessThanOrEqualTo(AzMorphology.UncountedCeiling);
    }

    [Fact]
    public void EstimateCount_CommonStemAndChain_OutweighsARareOne()
    {
        // Both are known only through the morphology; the commoner stem with a common chain is expected more often.
        Default.EstimateCount("dövlətlərimizdən").Should().BeGreaterThan(Default.EstimateCount("abajurlarımızdan"));
    }

    [Fact]
    public void Default_HasSuffixChainRatios()
    {
        AzLexicon.Default.ChainCount.Should().BeGreaterThan(100);
        AzLexicon.Default.TryGetChainCode("PL", out sbyte code).Should().BeTrue();
        code.Should().BeNegative("a plural is rarer than its stem");
    }
}
