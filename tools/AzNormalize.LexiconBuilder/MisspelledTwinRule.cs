using AzNormalize.Lexicon;
using AzNormalize.Lexicon.Morphology;
using AzNormalize.Text;

namespace AzNormalize.LexiconBuilder;

/// <summary>
/// Rule 14, run after the others with the library's own morphology: a form is a misspelled twin when it has no valid
/// suffixes of its own while restoring Azerbaijani letters lost to an ASCII keyboard (e→ə, i→ı, o→ö, u→ü, s→ş, c→ç,
/// g→ğ, k→q; one or several at once) gives a listed form that is a listed stem with valid suffixes: <c>adamlari</c>
/// (adamları = adam+lar+ı), <c>adamin</c> (adamın), <c>gelir</c> (gəlir), <c>ile</c> (ilə), <c>olduqunu</c> is caught by
/// morphology itself. A form that begins more than two listed words (<c>siyasi</c>: siyasilər, siyasiləşmə; <c>qalib</c>:
/// qalibiyyət) is a word in its own right and stays, and so do names. A bare stem is never the twin that condemns a form (<c>gol</c> stays beside <c>göl</c>), so real
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

    /// <summary>A stem is noisy when a restored twin begins this many times as many listed words.</summary>
    private const int NoisyStemRatio = 3;

    /// <summary>A twin that condemns a stem must itself begin at least this many listed words.</summary>
    private const int MinTwinFamily = 6;

    /// <summary>Families are counted up to here.</summary>
    private const int FamilyLimit = 5000;

    /// <summary>A twin whose stem is shorter than this is too easily an accident (lak+ın beside lakin).</summary>
    private const int MinTwinStemLength = 4;

    public const string Id = "14 misspelled-twin";

    public const string NoisyStemId = "15 noisy-stem";

    public const string AsciiFamilyId = "16 ascii-family";

    public const string InflectedId = "17 inflected";

    public const string InflectedDescription = "marked, not removed: a shorter listed stem plus suffixes ending in an inflection (`baxımında`); takes no further suffixes as a stem";

    public const string AsciiFamilyDescription = "4+ letters, seen lowercase, begins at most 10 listed words, and a restored twin (ə ı ö ü ş ç ğ q) begins 5 times as many and 10 or more (`dunya`, `diqqet`)";

    /// <summary>Rule 16 judges only forms that begin at most this many listed words.</summary>
    private const int SmallFamily = 10;

    public const string NoisyStemDescription = "marked, not removed: begins listed words, but a restored twin (ə ı ö ü ş ç ğ q) begins at least 3 times as many and 6 or more (`siyaset`, `kisi`; an infinitive is judged by its stem: `gostərmək`); such a form takes no suffixes";

    public const string Description = "no valid suffixes, but restoring ə ı ö ü ş ç ğ q gives a listed form that has valid suffixes (`adamlari`, `gelir`, `ile`)";

    /// <summary>The forms of <paramref name="kept"/> to remove, each with the twin that condemned it.</summary>
    public static List<KeyValuePair<string, string>> Find(IReadOnlyDictionary<string, WordAttributes> kept, string source)
    {
        AzMorphology morphology = RuleSupport.Morphology(kept, source);
        AzLexicon lexicon = morphology.Lexicon;

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

            // A form other listed words are built on is a word in its own right (siyasi: siyasilər, siyasiləşmə).
            if (lexicon.CountWithPrefix(word, WeakFamily + 1) > WeakFamily)
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
        if (stemLength < MinTwinStemLength)
        {
            return false; // lakın = lak+ın says nothing against lakin
        }

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

    /// <summary>
    /// Rule 15: marks <see cref="WordAttributes.NotAStem"/> on forms that begin listed words but have a restored twin
    /// (ə ı ö ü ş ç ğ q) that begins at least <see cref="NoisyStemRatio"/> times as many (an infinitive: its stem): <c>siyaset</c> (siyasət),
    /// <c>kisi</c> (kişi), <c>cenub</c> (cənub). They stay known as listed, but take no suffixes, so that the ASCII-typed
    /// families of the source list do not multiply into accepted misspellings.
    /// </summary>
    /// <returns>The marked forms with their twins.</returns>
    public static List<KeyValuePair<string, string>> MarkNoisyStems(Dictionary<string, WordAttributes> kept, string source)
    {
        AzLexicon lexicon = RuleSupport.Morphology(kept, source).Lexicon;

        var marked = new List<KeyValuePair<string, string>>();
        var positions = new List<int>();
        foreach (string word in lexicon.Words)
        {
            // An infinitive is judged by its stem's family: gostərmək by gostər (gostərir, gostərdi…) against göstər.
            int stemLength = word.Length > 4 && (word.EndsWith("maq", StringComparison.Ordinal) || word.EndsWith("mək", StringComparison.Ordinal))
                ? word.Length - 3
                : word.Length;
            int family = lexicon.CountWithPrefix(word.AsSpan(0, stemLength), FamilyLimit);
            if (family < 2 || word.Length < 3 || word.Contains('-', StringComparison.Ordinal))
            {
                continue; // not a stem anyway
            }

            if (!RuleSupport.FindRestorable(word, positions, MaxPositionsForAllCombinations))
            {
                continue;
            }

            foreach ((string twin, int _, bool _) in TwinLetters.Twins(word, positions))
            {
                if (kept.ContainsKey(twin) && lexicon.CountWithPrefix(twin.AsSpan(0, stemLength), FamilyLimit) >= Math.Max(NoisyStemRatio * family, MinTwinFamily))
                {
                    marked.Add(new KeyValuePair<string, string>(word, twin));
                    break;
                }
            }
        }

        foreach (KeyValuePair<string, string> pair in marked)
        {
            if (kept.TryGetValue(pair.Key, out WordAttributes attributes))
            {
                kept[pair.Key] = attributes | WordAttributes.NotAStem;
            }
        }

        marked.Sort(static (left, right) => string.CompareOrdinal(left.Key, right.Key));
        return marked;
    }

    /// <summary>
    /// Rule 16: removes small families of ASCII-typed forms that the others miss because the good twin is a bare word or
    /// the noise has its own small family: a form of four letters or more, seen in lowercase, that begins at most
    /// <see cref="SmallFamily"/> listed words while a restored twin begins five times as many and at least ten
    /// (<c>dunya</c> beside <c>dünya</c>, <c>diqqet</c> beside <c>diqqət</c>). A word with a large family of its own stays
    /// whatever its twin (<c>səhər</c> beside <c>şəhər</c>).
    /// </summary>
    /// <returns>The removed forms with their twins.</returns>
    public static List<KeyValuePair<string, string>> RemoveAsciiFamilies(Dictionary<string, WordAttributes> kept, string source)
    {
        AzLexicon lexicon = RuleSupport.Morphology(kept, source).Lexicon;

        var removed = new List<KeyValuePair<string, string>>();
        var positions = new List<int>();
        foreach (KeyValuePair<string, WordAttributes> pair in kept)
        {
            string word = pair.Key;
            if (word.Length < 4 || (pair.Value & WordAttributes.SeenLowercase) == 0 || word.Contains('-', StringComparison.Ordinal))
            {
                continue;
            }

            int family = lexicon.CountWithPrefix(word, SmallFamily + 1);
            if (family > SmallFamily)
            {
                continue;
            }

            positions.Clear();
            for (int i = 0; i < word.Length; i++)
            {
                if (Restore(word[i]) != '\0')
                {
                    positions.Add(i);
                }
            }

            if (positions.Count is 0 or > MaxPositionsForAllCombinations)
            {
                continue;
            }

            char[] buffer = word.ToCharArray();
            int combinations = 1 << positions.Count;
            for (int mask = 1; mask < combinations; mask++)
            {
                for (int bit = 0; bit < positions.Count; bit++)
                {
                    int position = positions[bit];
                    buffer[position] = (mask & (1 << bit)) != 0 ? Restore(word[position]) : word[position];
                }

                string twin = new(buffer);

                // The invariant adjective suffix -i beside the possessive -ı: həyati beside həyatı.
                if (IsAdjectiveBesidePossessive(word, twin))
                {
                    continue;
                }

                if (kept.ContainsKey(twin) && lexicon.CountWithPrefix(twin, FamilyLimit) >= Math.Max(5 * family, 10))
                {
                    removed.Add(new KeyValuePair<string, string>(word, twin));
                    break;
                }
            }
        }

        foreach (KeyValuePair<string, string> pair in removed)
        {
            kept.Remove(pair.Key);
        }

        removed.Sort(static (left, right) => string.CompareOrdinal(left.Key, right.Key));
        return removed;
    }

    /// <summary>
    /// Rule 17: marks <see cref="WordAttributes.Inflected"/> on forms that are a shorter listed stem plus suffixes ending
    /// in an inflection (plural, possessive, case, person, tense: <c>baxımında</c>, <c>oluğu</c>), so that morphology
    /// reaches their further forms only from the shorter stem, where the suffix order is checked. Forms whose last suffix
    /// derives a new word (<c>alma</c> al+ma, <c>qızıl</c>, <c>işçi</c>) stay stems.
    /// </summary>
    /// <returns>How many forms were marked.</returns>
    public static int MarkInflected(Dictionary<string, WordAttributes> kept, string source)
    {
        AzMorphology morphology = RuleSupport.Morphology(kept, source);

        var inflected = new List<string>();
        foreach (string word in kept.Keys)
        {
            if (!word.Contains('-', StringComparison.Ordinal)
                && morphology.TryAnalyze(word, out WordAnalysis? analysis)
                && analysis is { Suffixes.Count: > 0 }
                && SuffixParser.IsInflection(analysis.Suffixes[^1].Tag))
            {
                inflected.Add(word);
            }
        }

        foreach (string word in inflected)
        {
            kept[word] |= WordAttributes.Inflected;
        }

        return inflected.Count;
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

    /// <summary>
    /// Whether <paramref name="word"/> ends in the invariant adjective suffix -i where <paramref name="twin"/> has the
    /// possessive -ı, and they differ nowhere else: <c>həyati</c> "vital" beside <c>həyatı</c> "his life".
    /// </summary>
    internal static bool IsAdjectiveBesidePossessive(string word, string twin) =>
        word.Length == twin.Length && word[^1] == 'i' && twin[^1] == 'ı' && word.AsSpan(0, word.Length - 1).SequenceEqual(twin.AsSpan(0, twin.Length - 1));

    /// <summary>The Azerbaijani letter an ASCII keyboard or a Turkish habit writes as <paramref name="c"/>, or '\0'.</summary>
    private static char Restore(char c) => c == 'k' ? 'q' : AzAlphabet.FromAsciiTwin(c);
}
