using AzNormalize.Lexicon;
using FluentAssertions;

namespace AzNormalize.Tests.Lexicon;

/// <summary>
/// The morphology keeps what it learns about a listed stem beside the lexicon's word table (<see cref="StemFacts"/>): its
/// answers must be those it gives without them.
/// </summary>
public sealed class StemFactsTests
{
    /// <summary>A fresh copy of the embedded lexicon: its word table is not built yet, and no facts are kept.</summary>
    private static AzLexicon FreshLexicon()
    {
        using Stream stream = typeof(AzLexicon).Assembly.GetManifestResourceStream(LexiconArtifact.ResourceName)!;
        return AzLexicon.LoadArtifact(stream, LexiconArtifact.ResourceName);
    }

    /// <summary>Unlisted inflected forms and non-words whose analyses try many listed stems: the answers before the word table exists.</summary>
    private static List<string> Forms(AzLexicon lexicon)
    {
        string[] suffixes = ["lar", "lər", "ın", "in", "dan", "dən", "ları", "ləri", "sı", "si", "dakı", "dəki", "mız", "ımızın", "lıq", "çi", "dır", "dir", "mış", "ıb"];
        var forms = new List<string>();
        int i = 0;
        foreach (string word in lexicon.Words.Order(StringComparer.Ordinal))
        {
            if (i++ % 499 == 0 && word.Length is >= 3 and <= 12 && !word.Contains('-', StringComparison.Ordinal))
            {
                forms.Add(word + suffixes[i % suffixes.Length]);
                forms.Add(word[..^1] + suffixes[(i + 7) % suffixes.Length]);
            }
        }

        return forms;
    }

    [Fact]
    public void IsKnown_AnswersAlike_BeforeTheTable_AfterIt_AndWithFactsLearnt()
    {
        // Two morphologies (each its own cache of analyses) over one fresh lexicon: the first answers before the table is
        // built, the second after it, twice (learning the facts, then reading them).
        AzLexicon lexicon = FreshLexicon();
        List<string> forms = Forms(lexicon);
        forms.Count.Should().BeGreaterThan(500);

        var before = new AzMorphology(lexicon);
        int asked = 0;
        var expected = new List<bool>();
        foreach (string form in forms)
        {
            expected.Add(before.IsKnown(form));
        }

        expected.Should().Contain(true).And.Contain(false);
        lexicon.HasWordTable.Should().BeFalse("the first answers come from the sorted words alone");

        // Enough look-ups to build the word table (AzLexicon.FilterAfterLookups), then the same questions, twice, afresh.
        for (; asked < AzLexicon.FilterAfterLookups; asked++)
        {
            lexicon.Contains("ev");
        }

        lexicon.HasWordTable.Should().BeTrue();

        foreach (int round in new[] { 1, 2 })
        {
            var after = new AzMorphology(lexicon);
            for (int i = 0; i < forms.Count; i++)
            {
                after.IsKnown(forms[i]).Should().Be(expected[i], $"{forms[i]} in round {round}");
            }

            // The second round reads facts the first learnt: some were kept.
            lexicon.CountStemFacts().Should().BeGreaterThan(100, "the analyses learnt facts about the stems they tried");
        }
    }

    [Fact]
    public void Facts_AreKeptOnlyForAWordWrittenInLowercase()
    {
        AzLexicon lexicon = FreshLexicon();
        lexicon.TryGetEntry("ev", out _, out StemFacts before).Should().BeTrue();
        before.Value.Should().Be(0, "no table yet: nothing is kept");
        for (int i = 0; i < AzLexicon.FilterAfterLookups; i++)
        {
            lexicon.Contains("ev");
        }

        // A word written otherwise shares the lowercase word's entry, not its facts (computed from the letters as written).
        lexicon.TryGetEntry("Ev", out _, out StemFacts capitalised).Should().BeTrue();
        capitalised.Add(StemFacts.AttestedKnown | StemFacts.Attested);
        capitalised.Value.Should().Be(0);
        lexicon.TryGetEntry("ev", out _, out StemFacts lower).Should().BeTrue();
        lower.Value.Should().Be(0);

        lower.Add(StemFacts.AttestedKnown);
        lexicon.TryGetEntry("ev", out _, out StemFacts again).Should().BeTrue();
        again.Value.Should().Be(StemFacts.AttestedKnown);
        lexicon.ClearStemFacts();
        lexicon.CountStemFacts().Should().Be(0);
    }
}
