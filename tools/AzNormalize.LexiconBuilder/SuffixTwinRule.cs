using AzNormalize.Lexicon;

namespace AzNormalize.LexiconBuilder;

/// <summary>
/// Rule 18, run after rules 14–16 with the library's own morphology: a form is an ASCII-typed inflection when restoring
/// Azerbaijani letters (<see cref="TwinLetters"/>) only in its ending gives a listed form, seen in lowercase, that is a
/// listed stem with valid suffixes, while the form's own ending is no valid suffix sequence after that same stem:
/// <c>adamin</c> (adam+ın), <c>arasinda</c> (ara+sı+nda), <c>oldugunu</c> (ol+duğ+u+nu), <c>insanin</c>. Unlike rule 14 it
/// does not ask whether the form parses some other way, because the source list's ASCII families parse each other
/// (<c>adami</c>+<c>n</c>); it asks only about the stem the twin proves. A form ending in the invariant adjective suffix
/// <c>-i</c> right after the stem (<c>kitabi</c>, <c>qanuni</c>, <c>iqtisadi</c>) stays, and so does a form that begins
/// more listed words than its twin.
/// </summary>
internal static class SuffixTwinRule
{
    public const string Id = "18 suffix-twin";

    public const string Description = "removed: restoring ə ı ö ü ş ç ğ q x (ə for an OCR o) only after a listed stem gives a listed form, seen lowercase, that is that stem with valid suffixes, while the form's own ending is not valid after that stem and the form parses from no longer stem; the adjective -i (`kitabi`) and forms with the larger family stay";

    private const int MinStemLength = 2;

    private const int MaxPositions = 10;

    private const int FamilyLimit = 5000;

    /// <summary>Removes the condemned forms from <paramref name="kept"/>; returns them with their twins.</summary>
    public static List<KeyValuePair<string, string>> Apply(Dictionary<string, WordAttributes> kept, string source)
    {
        AzMorphology morphology = RuleSupport.Morphology(kept, source);
        AzLexicon lexicon = morphology.Lexicon;

        var removed = new List<KeyValuePair<string, string>>();
        var positions = new List<int>();
        foreach (string word in kept.Keys)
        {
            if (word.Length <= MinStemLength || word.Contains('-', StringComparison.Ordinal))
            {
                continue;
            }

            if (!RuleSupport.FindRestorable(word, positions, MaxPositions, from: MinStemLength))
            {
                continue;
            }

            string? twin = FindCondemningTwin(word, positions, kept, lexicon, morphology);
            if (twin is not null)
            {
                removed.Add(new KeyValuePair<string, string>(word, twin));
            }
        }

        return RuleSupport.Remove(kept, removed);
    }

    private static string? FindCondemningTwin(string word, List<int> positions, Dictionary<string, WordAttributes> kept, AzLexicon lexicon, AzMorphology morphology)
    {
        int family = -1;
        foreach ((string twin, int firstChange, bool _) in TwinLetters.Twins(word, positions))
        {
            // Only a twin the source wrote in lowercase speaks against a lowercase form (sunamı is a name there; sunami stays).
            if (!kept.TryGetValue(twin, out WordAttributes twinAttributes) || (twinAttributes & WordAttributes.SeenLowercase) == 0)
            {
                continue;
            }

            for (int stem = MinStemLength; stem <= firstChange && stem < twin.Length; stem++)
            {
                if (!morphology.ParsesWithStem(twin, stem) || ParsesWithStemFrom(morphology, word, stem))
                {
                    continue;
                }

                // The invariant adjective suffix -i: kitabi, qanuni, iqtisadi, hüquqi.
                if (word.Length == stem + 1 && word[stem] == 'i')
                {
                    continue;
                }

                if (family < 0)
                {
                    family = lexicon.CountWithPrefix(word, FamilyLimit);
                }

                if (family <= lexicon.CountWithPrefix(twin, FamilyLimit))
                {
                    return twin;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="word"/> parses with the stem of length <paramref name="shortest"/> or a longer listed stem
    /// (<c>yarısı</c> is yarı+sı, whatever <c>yarışı</c> says about <c>yar</c>).
    /// </summary>
    private static bool ParsesWithStemFrom(AzMorphology morphology, string word, int shortest)
    {
        for (int stem = shortest; stem < word.Length; stem++)
        {
            if (morphology.ParsesWithStem(word, stem))
            {
                return true;
            }
        }

        return false;
    }
}
