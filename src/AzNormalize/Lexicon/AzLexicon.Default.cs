using System.Reflection;

namespace AzNormalize.Lexicon;

public sealed partial class AzLexicon
{
    private static readonly Lazy<AzLexicon> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The embedded lexicon: about 160,000 word forms cleaned from Debian's <c>tesseract-ocr-aze</c> word list
    /// (Apache-2.0), and the short words the project lists by hand. Loaded on first use, once, thread-safely.
    /// </summary>
    /// <exception cref="InvalidDataException">The embedded artifact is missing or corrupt (a broken build).</exception>
    public static AzLexicon Default => s_default.Value;

    /// <summary>
    /// The one- and two-letter words of Azerbaijani, written by hand by the project (they are too short for the
    /// embedded list's cleaning rules to tell from initials, abbreviations and Turkish words). Pronouns and particles
    /// (o, bu, ki, da, də, ya, nə), interjections (a, ə, ah, ay, ey, hə, ha, of), and common stems and imperatives that
    /// are words on their own (ad, al, at, ev, əl, iş, su, de "say!", ye "eat!", yu "wash!").
    /// </summary>
    internal static readonly string[] ShortWords =
    [
        // One letter.
        "a", "ə", "i", "o",

        // Two letters: pronouns, conjunctions, particles (the question particle written apart: gəldin mi?).
        "bu", "da", "də", "ki", "nə", "ya", "ha", "hə", "mi", "mı", "mu", "mü",

        // Two letters: interjections.
        "ah", "ay", "ey", "of", "oh", "uf",

        // Two letters: nouns, adjectives, numerals and verb stems (imperatives).
        "ac", "ad", "ağ", "al", "an", "ar", "as", "at", "ax", "az", "aş",
        "de", "el", "en", "ev",
        "ək", "əl", "ən", "ər", "əs", "ət", "əy", "əz",
        "iç", "il", "in", "ip", "is", "it", "iz", "iş",
        "od", "ol", "on", "ot", "ov", "ox",
        "öd", "öl", "ön", "öp", "ör", "öt", "öz",
        "qu", "su",
        "uc", "un", "ur", "us", "uç",
        "üz", "üç",
        "ye", "yu",
    ];

    /// <summary>
    /// Units and number words written in lowercase without a vowel, by hand: 5 km, 3 kq, 2 mln. The source list has them
    /// only in capitals, and its no-vowel rule cannot tell them from noise.
    /// </summary>
    internal static readonly string[] Units = ["km", "sm", "mm", "kq", "mq", "qr", "ml", "mln", "mlrd", "kvt", "mvt"];

    /// <summary>
    /// Closed-class words of three letters or more, written by hand by the project: conjunctions, particles and
    /// postpositions that every text uses and that the embedded list's cleaning rules must never cost (<c>lakin</c> looks
    /// like an ASCII-typed <c>lak+ın</c>). Always known; they take suffixes only as far as the lexicon shows.
    /// </summary>
    internal static readonly string[] FunctionWords =
    [
        // Conjunctions.
        "amma", "ancaq", "lakin", "çünki", "əgər", "yaxud", "yoxsa", "həm", "həmçinin", "habelə", "hətta", "yəni", "isə",
        "nəinki", "madam", "halbuki", "həmin", "bəs",

        // Postpositions.
        "ilə", "üçün", "kimi", "qədər", "görə", "sonra", "əvvəl", "qarşı", "doğru", "başqa", "savayı", "barədə",
        "haqqında", "tərəfindən", "əsasən", "ərzində", "zamanı", "boyu", "dək",

        // Particles and adverbs of degree.
        "axı", "bəlkə", "bəli", "xeyr", "yox", "var", "deyil", "belə", "elə", "hələ", "artıq", "daha", "lap", "yalnız",
        "təkcə", "sanki", "guya", "məgər", "əlbəttə", "yəqin", "heç", "hər", "bütün", "bəzi", "digər",
    ];

    /// <summary>Reads an artifact (the embedded one, or a test's) and adds the hand-written short words.</summary>
    /// <param name="artifact">The artifact stream.</param>
    /// <param name="name">Its name for error messages.</param>
    /// <exception cref="InvalidDataException">The artifact is corrupt.</exception>
    internal static AzLexicon LoadArtifact(Stream artifact, string name)
    {
        var entries = new Dictionary<string, LexiconEntry>(200_000, StringComparer.Ordinal);
        var sorted = new List<string>(200_000);
        var chains = new Dictionary<string, sbyte>(StringComparer.Ordinal);
        string source = LexiconArtifact.Read(artifact, name, (word, flags, countCode) =>
        {
            if (!entries.TryAdd(word, new LexiconEntry(flags, CountCode.Decode(countCode))))
            {
                throw new InvalidDataException($"The lexicon artifact '{name}' is corrupt: the word '{word}' appears twice.");
            }

            sorted.Add(word); // the artifact stores words in ordinal order
        }, (chain, code) => chains[chain] = code);

        var added = new List<string>();
        foreach (string word in ShortWords.Concat(WordsWithJ).Concat(Units))
        {
            AddHandWritten(entries, added, word, WordAttributes.HandWritten);
        }

        foreach (string word in FunctionWords)
        {
            AddHandWritten(entries, added, word, WordAttributes.HandWritten | WordAttributes.FunctionWord);
        }

        return new AzLexicon(entries, source, MergeSorted(sorted, added), chains);
    }

    private static void AddHandWritten(Dictionary<string, LexiconEntry> entries, List<string> added, string word, WordAttributes attributes)
    {
        ref LexiconEntry entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(entries, word, out bool exists);
        entry = entry with { Attributes = entry.Attributes | attributes };
        if (!exists)
        {
            added.Add(word);
        }
    }

    /// <summary>The artifact's words (already in ordinal order) with the few hand-written ones merged in, for prefix counts.</summary>
    private static string[] MergeSorted(List<string> sorted, List<string> added)
    {
        added.Sort(StringComparer.Ordinal);
        var merged = new string[sorted.Count + added.Count];
        int i = 0;
        int j = 0;
        for (int k = 0; k < merged.Length; k++)
        {
            merged[k] = j == added.Count || (i < sorted.Count && string.CompareOrdinal(sorted[i], added[j]) < 0) ? sorted[i++] : added[j++];
        }

        return merged;
    }

    private static AzLexicon LoadDefault()
    {
        Assembly assembly = typeof(AzLexicon).Assembly;
        using Stream stream = assembly.GetManifestResourceStream(LexiconArtifact.ResourceName)
            ?? throw new InvalidDataException($"The embedded lexicon '{LexiconArtifact.ResourceName}' is missing from {assembly.GetName().Name}: the build did not embed data/lexicon/az.azlex.");
        return LoadArtifact(stream, LexiconArtifact.ResourceName);
    }
}
