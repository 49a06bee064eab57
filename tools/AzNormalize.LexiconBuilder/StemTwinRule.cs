using AzNormalize.Lexicon;

namespace AzNormalize.LexiconBuilder;

/// <summary>
/// Rule 19, run after rule 18 (the two repeat until they settle): a form seen in lowercase with a restored twin
/// (<see cref="TwinLetters"/>) that is listed and seen in lowercase is the twin typed without its letters, and removed,
/// when (a) it has no valid suffixes of its own (now that rule 15 has marked the ASCII-typed stems, <c>tenqid</c>,
/// <c>dövlet</c>, no longer lend them) while the twin has valid suffixes and begins at least as many listed words:
/// <c>tenqidi</c> (tənqid+i), <c>dövletin</c>, <c>gelmiş</c> (gəl+miş); or (b) rule 15 marked it and it is typed with ASCII
/// letters only (<c>qiymet</c>, <c>hazir</c>); or (c) it is a bare word of five ASCII letters or more with no valid
/// suffixes beside a twin with as large a family (<c>derhal</c>, <c>berbad</c>), an o read as ə not counting (<c>fosil</c>
/// beside <c>fəsil</c> stays). The adjective -i beside the possessive -ı stays (<c>həyati</c>).
/// </summary>
internal static class StemTwinRule
{
    public const string Id = "19 stem-twin";

    public const string Description = "removed: seen lowercase, a restored twin listed and seen lowercase, and (a) no valid suffixes while the twin has them and as large a family (`tenqidi`, `gelmiş`), or (b) marked by rule 15 and ASCII-only (`qiymet`), or (c) a bare ASCII word of 5+ letters beside a twin with as large a family (`derhal`)";

    private const int MinLength = 4;

    /// <summary>An ASCII-only bare word this long is condemned by any listed twin with as large a family.</summary>
    private const int MinAsciiBareWordLength = 5;

    /// <summary>The letters an ASCII keyboard lacks.</summary>
    private static readonly System.Buffers.SearchValues<char> AzerbaijaniOnlyLetters = System.Buffers.SearchValues.Create(AzNormalize.Text.AzAlphabet.SpecialLowercase);

    private const int MaxPositions = 10;

    private const int FamilyLimit = 5000;

    /// <summary>Removes the condemned forms from <paramref name="kept"/>; returns them with their twins.</summary>
    public static List<KeyValuePair<string, string>> Apply(Dictionary<string, WordAttributes> kept, string source)
    {
        AzMorphology morphology = RuleSupport.Morphology(kept, source);
        AzLexicon lexicon = morphology.Lexicon;

        var removed = new List<KeyValuePair<string, string>>();
        var positions = new List<int>();
        foreach (KeyValuePair<string, WordAttributes> pair in kept)
        {
            string word = pair.Key;
            if (word.Length < MinLength || (pair.Value & WordAttributes.SeenLowercase) == 0 || word.Contains('-', StringComparison.Ordinal))
            {
                continue;
            }

            // A form rule 15 found to be a noisy stem goes as a word too when it is typed in ASCII letters only (qiymet,
            // dunya, hazir); one with ə ı ö ü ş ç ğ of its own is as often a real word beside its twin (səhər, acılı) and stays.
            bool ascii = word.AsSpan().IndexOfAny(AzerbaijaniOnlyLetters) < 0;
            bool noisyStem = (pair.Value & WordAttributes.NotAStem) != 0 && ascii;
            if (!noisyStem && morphology.HasSuffixes(word))
            {
                continue;
            }

            // A bare word of five letters or more typed in ASCII letters only beside a listed twin is the twin typed on an
            // ASCII keyboard (tehvil, bərbad, derhal); shorter ones are often both words (gol, göl; sac, saç; duz, düz). An
            // o read for ə does not count here: fosil and fəsil are both words.
            bool asciiBareWord = ascii && word.Length >= MinAsciiBareWordLength;

            if (!RuleSupport.FindRestorable(word, positions, MaxPositions))
            {
                continue;
            }

            int family = lexicon.CountWithPrefix(word, FamilyLimit);
            foreach ((string twin, int _, bool readsOAsSchwa) in TwinLetters.Twins(word, positions))
            {
                // The invariant adjective suffix -i beside the possessive -ı: əxlaqi beside əxlaqı, həyati beside həyatı.
                if (MisspelledTwinRule.IsAdjectiveBesidePossessive(word, twin))
                {
                    continue;
                }

                if (kept.TryGetValue(twin, out WordAttributes twinAttributes) && (twinAttributes & WordAttributes.SeenLowercase) != 0 && (noisyStem || (((asciiBareWord && !readsOAsSchwa) || morphology.HasSuffixes(twin)) && lexicon.CountWithPrefix(twin, FamilyLimit) >= family)))
                {
                    removed.Add(new KeyValuePair<string, string>(word, twin));
                    break;
                }
            }
        }

        return RuleSupport.Remove(kept, removed);
    }
}
