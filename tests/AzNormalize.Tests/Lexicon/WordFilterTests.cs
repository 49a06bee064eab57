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
    public void DefaultLexicon_WithItsFilterBuilt_KnowsEveryListedWordInBothCases()
    {
        // The first pass asks more than the 50,000 questions after which the filter is built; the second goes through it.
        foreach (string word in AzLexicon.Default.Words)
        {
            AzLexicon.Default.Contains(word).Should().BeTrue();
        }

        AzLexicon.Default.Words.Where(word => !AzLexicon.Default.Contains(word) || !AzLexicon.Default.Contains(AzNormalize.Text.AzCasing.ToUpper(word)))
            .Should().BeEmpty();
    }

    [Fact]
    public void Lexicon_OnceItsFilterIsBuilt_AnswersAsBefore()
    {
        // A lexicon of its own (the filter is built after 50,000 look-ups): 60,000 questions, half words, half not, asked
        // before the filter exists and again after, get the same answers.
        AzLexicon lexicon = AzLexicon.Default.WithWordList(new StringReader("zzzzqa\n"), "test");
        string[] probes = lexicon.Words.Take(30_000).SelectMany(word => new[] { AzNormalize.Text.AzCasing.ToUpper(word), word + "q" }).ToArray();
        bool[] before = probes.Select(probe => lexicon.Contains(probe.AsSpan())).ToArray();
        bool[] after = probes.Select(probe => lexicon.Contains(probe.AsSpan())).ToArray();

        after.Should().Equal(before);
        before.Count(known => known).Should().BeGreaterThanOrEqualTo(29_000);
        lexicon.Contains("Zzzzqa").Should().BeTrue();
        lexicon.Contains(string.Empty).Should().BeFalse();
    }
}
