using AzNormalize.Correction;
using AzNormalize.Lexicon;
using FluentAssertions;

namespace AzNormalize.Tests.Lexicon;

/// <summary>
/// The corrector's restorations keep what the prefixes of their buffer are as stems (<see cref="AzMorphology.PrefixStems"/>)
/// while they change its later letters: an analysis that takes those facts must answer as one that looks every stem up.
/// </summary>
public sealed class PrefixStemsTests
{
    /// <summary>Inflected forms and non-words in sorted order, so that neighbours share long prefixes.</summary>
    private static List<string> SortedForms()
    {
        string[] suffixes = ["lar", "lər", "ın", "in", "dan", "dən", "ları", "ləri", "sı", "si", "dakı", "dəki", "mız", "dır", "mış", "ıb", "ir", "dı", "di"];
        var forms = new SortedSet<string>(StringComparer.Ordinal);
        int i = 0;
        foreach (string word in AzLexicon.Default.Words.Order(StringComparer.Ordinal))
        {
            if (i++ % 97 == 0 && word.Length is >= 3 and <= 12 && !word.Contains('-', StringComparison.Ordinal) && !word.Contains('\'', StringComparison.Ordinal))
            {
                forms.Add(word + suffixes[i % suffixes.Length]);
                forms.Add(word + suffixes[(i + 5) % suffixes.Length]);
                forms.Add(word[..^1] + suffixes[(i + 7) % suffixes.Length]);
            }
        }

        return [.. forms];
    }

    [Fact]
    public void IsKnown_WithPrefixFacts_AnswersAsWithout_WhenTheBufferChangesBehindItsPrefix()
    {
        // Each form overwrites the buffer after the prefix it shares with the one before, as a restoration does, and tells
        // the facts so: they must describe the new letters, not the last form's.
        List<string> forms = SortedForms();
        forms.Count.Should().BeGreaterThan(1000);
        var withFacts = new AzMorphology(AzLexicon.Default); // each morphology keeps its own analyses
        var without = new AzMorphology(AzLexicon.Default);
        char[] buffer = new char[64];
        var prefixes = new AzMorphology.PrefixStems(withFacts, buffer);
        string previous = string.Empty;
        var differing = new List<string>();
        int known = 0;
        foreach (string form in forms)
        {
            int shared = 0;
            while (shared < Math.Min(previous.Length, form.Length) && previous[shared] == form[shared])
            {
                shared++;
            }

            prefixes.Forget(shared);
            form.AsSpan(shared).CopyTo(buffer.AsSpan(shared));
            bool expected = without.IsKnown(form);
            known += expected ? 1 : 0;
            if (withFacts.IsKnown(buffer.AsSpan(0, form.Length), prefixes) != expected)
            {
                differing.Add(form);
            }

            previous = form;
        }

        differing.Should().BeEmpty();
        known.Should().BeGreaterThan(forms.Count / 10, "the forms must include known ones").And.BeLessThan(forms.Count, "and unknown ones");
    }

    [Fact]
    public void Holds_OnlyTheBuffersFirstLetters()
    {
        char[] buffer = "kitablar".ToCharArray();
        var prefixes = new AzMorphology.PrefixStems(AzMorphology.Default, buffer);
        prefixes.Holds("kitab").Should().BeTrue();
        prefixes.Holds("kitablar").Should().BeTrue();
        prefixes.Holds("kitabın").Should().BeFalse();
        prefixes.Holds("kitablarımız").Should().BeFalse("longer than the buffer's letters");
    }

    [Fact]
    public void Suggest_WithPrefixFacts_FindsWhatTheSearchFindsWithout()
    {
        // Words with several Azerbaijani letters typed without them: their restorations share prefixes, and the search
        // rewrites letters at every depth. Each corrector has a morphology of its own, so no analysis is shared.
        var words = new List<string>();
        int i = 0;
        foreach (string word in AzLexicon.Default.Words.Order(StringComparer.Ordinal))
        {
            if (i++ % 53 == 0 && word.Length is >= 6 and <= 16 && word.Count(c => "əıöüşçğ".Contains(c, StringComparison.Ordinal)) >= 2 && word.All(char.IsLetter))
            {
                words.Add(Fold(word));
            }
        }

        words.Count.Should().BeGreaterThan(300);
        var withFacts = new SpellingCorrector(new SpellingOptions { Morphology = new AzMorphology(AzLexicon.Default) });
        var without = new SpellingCorrector(new SpellingOptions { Morphology = new AzMorphology(AzLexicon.Default) }) { PrefixFacts = false };
        var differing = new List<string>();
        int found = 0;
        foreach (string word in words)
        {
            string expected = string.Join(", ", without.Suggest(word, 20).Select(s => $"{s.Word} {s.Score:R}"));
            found += expected.Length > 0 ? 1 : 0;
            if (string.Join(", ", withFacts.Suggest(word, 20).Select(s => $"{s.Word} {s.Score:R}")) != expected)
            {
                differing.Add(word);
            }
        }

        differing.Should().BeEmpty();
        found.Should().BeGreaterThan(words.Count / 2, "most folded words have their own word among the candidates");
    }

    private static string Fold(string word) => string.Concat(word.Select(c => c switch
    {
        'ə' => 'e',
        'ı' => 'i',
        'ö' => 'o',
        'ü' => 'u',
        'ş' => 's',
        'ç' => 'c',
        'ğ' => 'g',
        _ => c,
    }));
}
