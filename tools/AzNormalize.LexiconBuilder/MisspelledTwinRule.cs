using AzNormalize.Lexicon;

namespace AzNormalize.LexiconBuilder;

/// <summary>
/// Rule 14, run after the others with the library's own morphology: a form is a misspelled twin when it has no valid
/// suffixes of its own while restoring Azerbaijani letters lost to an ASCII keyboard (e→ə, i→ı, o→ö, u→ü, s→ş, c→ç,
/// g→ğ, k→q; one or several at once) gives a listed form that is a listed stem with valid suffixes: <c>adamlari</c>
/// (adamları = adam+lar+ı), <c>adamin</c> (adamın), <c>gelir</c> (gəlir), <c>ile</c> (ilə), <c>olduqunu</c> is caught by
/// morphology itself. A bare stem is never the twin that condemns a form (<c>gol</c> stays beside <c>göl</c>), so real
/// pairs of stems both stay.
/// </summary>
internal static class MisspelledTwinRule
{
    /// <summary>More restorable letters than this and only single restorations are tried (2^n twins otherwise).</summary>
    private const int MaxPositionsForAllCombinations = 10;

    /// <summary>A twin's stem that begins at least this many listed words is well attested.</summary>
    private const int StrongFamily = 20;

    /// <summary>A word whose prefix of the stem's length begins at most this many listed words is poorly attested.</summary>
    private const int WeakFamily = 2;

    public const string Id = "14 misspelled-twin";

    public const string Description = "no valid suffixes, but restoring ə ı ö ü ş ç ğ q gives a listed form that has valid suffixes (`adamlari`, `gelir`, `ile`)";

    /// <summary>The forms of <paramref name="kept"/> to remove, each with the twin that condemned it.</summary>
    public static List<KeyValuePair<string, string>> Find(IReadOnlyDictionary<string, WordAttributes> kept, string source)
    {
        var words = new List<KeyValuePair<string, WordAttributes>>(kept);
        var stream = new MemoryStream();
        LexiconArtifact.Write(stream, words, source);
        stream.Position = 0;
        AzLexicon lexicon = AzLexicon.LoadArtifact(stream, "in-memory");
        var morphology = new AzMorphology(lexicon);

        var removed = new List<KeyValuePair<string, string>>();
        var positions = new List<int>();
        foreach (string word in kept.Keys)
        {
            positions.Clear();
            for (int i = 0; i < word.Length; i++)
            {
                if (Restore(word[i]) != '\0')
                {
                    positions.Add(i);
                }
            }

            if (positions.Count == 0 || word.Contains('-', StringComparison.Ordinal))
            {
                continue;
            }

            // Names (never seen in lowercase) are often foreign spellings: Abbasi, Abisova.
            if ((kept[word] & WordAttributes.SeenLowercase) == 0)
            {
                continue;
            }

            string? twin = FindTwin(word, positions, kept, morphology);
            if (twin is not null && !morphology.HasSuffixes(word) && Condemns(word, twin, lexicon, morphology))
            {
                removed.Add(new KeyValuePair<string, string>(word, twin));
            }
        }

        removed.Sort(static (left, right) => string.CompareOrdinal(left.Key, right.Key));
        return removed;
    }

    /// <summary>
    /// Whether <paramref name="twin"/> is strong enough evidence against <paramref name="word"/>. When the letters differ
    /// only in the twin's suffixes (adamlari / adam+lar+ı), the word's suffixes are misspelled. When they differ in the
    /// stem, the source list may hold a noisy twin of a good word (abunə / abünə): then the twin's stem must begin
    /// many listed words and the word's own prefix of the same length almost none.
    /// </summary>
    private static bool Condemns(string word, string twin, AzLexicon lexicon, AzMorphology morphology)
    {
        if (!morphology.TryAnalyze(twin, out WordAnalysis? analysis) || analysis is null || analysis.Suffixes.Count == 0)
        {
            return false;
        }

        int stemLength = twin.Length - analysis.Suffixes.Sum(static suffix => suffix.Surface.Length);
        int firstDifference = 0;
        while (word[firstDifference] == twin[firstDifference])
        {
            firstDifference++;
        }

        if (firstDifference >= stemLength)
        {
            return true;
        }

        return lexicon.CountWithPrefix(twin.AsSpan(0, stemLength), StrongFamily) >= StrongFamily
            && lexicon.CountWithPrefix(word.AsSpan(0, stemLength), WeakFamily + 1) <= WeakFamily;
    }

    private static string? FindTwin(string word, List<int> positions, IReadOnlyDictionary<string, WordAttributes> kept, AzMorphology morphology)
    {
        char[] buffer = word.ToCharArray();
        if (positions.Count <= MaxPositionsForAllCombinations)
        {
            int combinations = 1 << positions.Count;
            for (int mask = 1; mask < combinations; mask++)
            {
                for (int bit = 0; bit < positions.Count; bit++)
                {
                    int position = positions[bit];
                    buffer[position] = (mask & (1 << bit)) != 0 ? Restore(word[position]) : word[position];
                }

                string candidate = new(buffer);
                if (kept.ContainsKey(candidate) && morphology.HasSuffixes(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }

        foreach (int position in positions)
        {
            buffer[position] = Restore(word[position]);
            string candidate = new(buffer);
            buffer[position] = word[position];
            if (kept.ContainsKey(candidate) && morphology.HasSuffixes(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The Azerbaijani letter an ASCII keyboard or a Turkish habit writes as <paramref name="c"/>, or '\0'.</summary>
    private static char Restore(char c) => c switch
    {
        'e' => 'ə',
        'i' => 'ı',
        'o' => 'ö',
        'u' => 'ü',
        's' => 'ş',
        'c' => 'ç',
        'g' => 'ğ',
        'k' => 'q',
        _ => '\0',
    };
}
