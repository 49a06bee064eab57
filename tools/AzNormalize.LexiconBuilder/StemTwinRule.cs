using AzNormalize.Lexicon;

namespace AzNormalize.LexiconBuilder;

/// <summary>
/// Rule 19, run last: a form seen in lowercase that has no valid suffixes of its own (now that rule 15 has marked the
/// ASCII-typed stems, <c>tenqid</c>, <c>dövlet</c>, no longer lend their suffixes) and whose restored twin (ə ı ö ü ş ç ğ q)
/// is listed with valid suffixes and begins at least as many listed words is the twin typed without its letters:
/// <c>tenqidi</c> (tənqid+i), <c>dövletin</c>, <c>gelmiş</c> (gəl+miş).
/// </summary>
internal static class StemTwinRule
{
    public const string Id = "19 stem-twin";

    public const string Description = "removed: seen lowercase, no valid suffixes once rule 15 has marked the noisy stems, and a restored twin (ə ı ö ü ş ç ğ q) is listed with valid suffixes and begins at least as many listed words (`tenqidi`, `dövletin`, `gelmiş`)";

    private const int MinLength = 4;

    /// <summary>An ASCII-only bare word this long is condemned by any listed twin with as large a family.</summary>
    private const int MinAsciiBareWordLength = 5;

    /// <summary>The letters an ASCII keyboard lacks.</summary>
    private static readonly System.Buffers.SearchValues<char> AzerbaijaniOnlyLetters = System.Buffers.SearchValues.Create("əıöüşçğ");

    private const int MaxPositions = 10;

    private const int FamilyLimit = 5000;

    /// <summary>Removes the condemned forms from <paramref name="kept"/>; returns them with their twins.</summary>
    public static List<KeyValuePair<string, string>> Apply(Dictionary<string, WordAttributes> kept, string source)
    {
        var stream = new MemoryStream();
        LexiconArtifact.Write(stream, new List<KeyValuePair<string, WordAttributes>>(kept), source);
        stream.Position = 0;
        AzLexicon lexicon = AzLexicon.LoadArtifact(stream, "in-memory");
        var morphology = new AzMorphology(lexicon);

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
            // ASCII keyboard (tehvil, bərbad, derhal); shorter ones are often both words (gol, göl; sac, saç; duz, düz).
            bool asciiBareWord = ascii && word.Length >= MinAsciiBareWordLength;

            positions.Clear();
            for (int i = 0; i < word.Length; i++)
            {
                if (TwinLetters.Restore(word[i]) != '\0')
                {
                    positions.Add(i);
                }
            }

            if (positions.Count is 0 or > MaxPositions)
            {
                continue;
            }

            int family = lexicon.CountWithPrefix(word, FamilyLimit);
            foreach (string twin in TwinLetters.Twins(word, positions))
            {
                // The invariant adjective suffix -i beside the possessive -ı: əxlaqi beside əxlaqı, həyati beside həyatı.
                if (MisspelledTwinRule.IsAdjectiveBesidePossessive(word, twin))
                {
                    continue;
                }

                if (kept.TryGetValue(twin, out WordAttributes twinAttributes) && (twinAttributes & WordAttributes.SeenLowercase) != 0 && (noisyStem || ((asciiBareWord || morphology.HasSuffixes(twin)) && lexicon.CountWithPrefix(twin, FamilyLimit) >= family)))
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
}

/// <summary>The letters an ASCII keyboard or a Turkish habit loses, and the twins of a form with some of them restored.</summary>
internal static class TwinLetters
{
    /// <summary>The Azerbaijani letter an ASCII keyboard or a Turkish habit writes as <paramref name="c"/>, or '\0'.</summary>
    public static char Restore(char c) => c switch
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

    /// <summary>Every form of <paramref name="word"/> with a non-empty subset of <paramref name="positions"/> restored.</summary>
    public static IEnumerable<string> Twins(string word, List<int> positions)
    {
        char[] buffer = word.ToCharArray();
        int combinations = 1 << positions.Count;
        for (int mask = 1; mask < combinations; mask++)
        {
            for (int bit = 0; bit < positions.Count; bit++)
            {
                int position = positions[bit];
                buffer[position] = (mask & (1 << bit)) != 0 ? Restore(word[position]) : word[position];
            }

            yield return new string(buffer);
        }
    }
}
