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
        const int AverageWordLength = 10; // the embedded list's words average 9.1 chars: room for them all at once

        // The hand-written words merge into the artifact's as it is read (both in ordinal order): no copy of the words after.
        KeyValuePair<string, WordAttributes>[] handWritten = HandWrittenWords();
        int next = 0;
        WordStore.Builder? builder = null;
        var chains = new Dictionary<string, sbyte>(StringComparer.Ordinal);
        string source = LexiconArtifact.Read(
            artifact,
            name,
            (word, flags, countCode) =>
            {
                for (; next < handWritten.Length && handWritten[next].Key.AsSpan().SequenceCompareTo(word) <= 0; next++)
                {
                    if (word.SequenceEqual(handWritten[next].Key))
                    {
                        flags |= handWritten[next].Value;
                    }
                    else
                    {
                        builder!.Add(handWritten[next].Key, new LexiconEntry(handWritten[next].Value, 0));
                    }
                }

                builder!.AddInOrder(word, new LexiconEntry(flags, CountCode.Decode(countCode))); // the reader checks the order
            },
            (chain, code) => chains[chain] = code,
            words => builder = new WordStore.Builder(words + handWritten.Length, (words + handWritten.Length) * AverageWordLength));
        for (; next < handWritten.Length; next++)
        {
            builder!.Add(handWritten[next].Key, new LexiconEntry(handWritten[next].Value, 0)); // Read calls begin before any word
        }

        return new AzLexicon(builder!.Build(), source, chains);
    }

    /// <summary>The hand-written words and what marks them, in ordinal order.</summary>
    private static KeyValuePair<string, WordAttributes>[] HandWrittenWords()
    {
        var words = new Dictionary<string, WordAttributes>(StringComparer.Ordinal);
        foreach (string word in ShortWords.Concat(WordsWithJ).Concat(Units))
        {
            words[word] = words.GetValueOrDefault(word) | WordAttributes.HandWritten;
        }

        foreach (string word in FunctionWords)
        {
            words[word] = words.GetValueOrDefault(word) | WordAttributes.HandWritten | WordAttributes.FunctionWord;
        }

        KeyValuePair<string, WordAttributes>[] sorted = [.. words];
        Array.Sort(sorted, static (left, right) => string.CompareOrdinal(left.Key, right.Key));
        return sorted;
    }

    private static AzLexicon LoadDefault()
    {
        Assembly assembly = typeof(AzLexicon).Assembly;
        using Stream stream = assembly.GetManifestResourceStream(LexiconArtifact.ResourceName)
            ?? throw new InvalidDataException($"The embedded lexicon '{LexiconArtifact.ResourceName}' is missing from {assembly.GetName().Name}: the build did not embed data/lexicon/az.azlex.");
        return LoadArtifact(stream, LexiconArtifact.ResourceName);
    }
}
