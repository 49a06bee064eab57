using AzNormalize.Lexicon;
using FluentAssertions;

namespace AzNormalize.Tests.Lexicon;

public sealed class WordFilterTests
{
    [Fact]
    public void MayContain_EveryWordOfTheEmbeddedLexicon_IsNeverDenied()
    {
        var filter = new WordFilter(AzLexicon.Default.Count);
        foreach (string word in AzLexicon.Default.Words)
        {
            filter.Add(word);
        }

        AzLexicon.Default.Words.Where(word => !filter.MayContain(word)).Should().BeEmpty("a Bloom filter has no false negatives");
    }

    [Fact]
    public void MayContain_StringsThatAreNoWord_AreMostlyDenied()
    {
        var filter = new WordFilter(AzLexicon.Default.Count);
        foreach (string word in AzLexicon.Default.Words)
        {
            filter.Add(word);
        }

        // Each listed word with a letter appended or its last letter doubled: almost none of these is a word.
        string[] probes = AzLexicon.Default.Words.Take(50_000).SelectMany(word => new[] { word + "q", word + word[^1] + "x" })
            .Where(probe => !AzLexicon.Default.Contains(probe)).ToArray();
        int admitted = probes.Count(probe => filter.MayContain(probe));
        ((double)admitted / probes.Length).Should().BeLessThan(0.05, "about ten bits a word give a false positive rate near 2 %");
    }

    [Fact]
    public void Lexicon_WithTheFilter_KnowsWhatItKnew()
    {
        AzLexicon.Default.Contains("Azərbaycan").Should().BeTrue();
        AzLexicon.Default.Contains("AZƏRBAYCAN").Should().BeTrue();
        AzLexicon.Default.Contains("azerbaycanq").Should().BeFalse();
        AzLexicon.Default.Contains(string.Empty).Should().BeFalse();
    }
}
