using System.Collections.Concurrent;
using System.Buffers;
using AzNormalize.Lexicon.Morphology;
using AzNormalize.Normalization;
using AzNormalize.Text;

namespace AzNormalize.Lexicon;

/// <summary>
/// Knows Azerbaijani words the lexicon lists and the forms its stems make with suffixes: <c>ölkəmizdə</c>,
/// <c>görüşüb</c>, <c>olduğunu</c>, <c>kompüterləşdirilməsi</c>. Vowel harmony, buffer consonants and q/k → ğ/y
/// alternation are checked, so that misspellings (<c>olkemizde</c>, <c>olduqunu</c>, Turkish <c>-ler</c>) find no parse.
/// </summary>
/// <remarks>
/// <para>Stems come from the lexicon itself: a listed form whose commonest inflections are listed too (<c>ölkə</c>:
/// ölkələr, ölkənin, ölkəyə), a rarer listed word of four letters or more seen in lowercase that is no inflected form
/// itself (<c>sunami</c>, <c>bədəl</c>), or a hand-written short noun (<c>ev</c>, <c>iş</c>), can take nominal suffixes, and a form
/// whose infinitive is listed (<c>yaz</c>: the lexicon has <c>yazmaq</c>) can take verbal ones. A listed form that ends in q or k and has two or more vowels must
/// alternate before a vowel (<c>ayaq</c> → <c>ayağı</c>) unless the lexicon lists it unalternated (<c>fabriki</c>).</para>
/// <para>Hyphenated forms: a compound is known when the whole or every part is (<c>ictimai-siyasi</c>); a number or an
/// abbreviation takes suffixes after a hyphen by the harmony of how it is read (<c>2021-ci</c> "iyirmi bir", <c>5-də</c>
/// "beş", <c>BMT-nin</c> "be-em-te", <c>ABŞ-ın</c>).</para>
/// <para>Immutable and thread-safe. <see cref="IsKnown(ReadOnlySpan{char})"/> allocates nothing.</para>
/// </remarks>
public sealed partial class AzMorphology : IWordOracle
{
    private const int StackBufferLength = 128;

    /// <summary>A stem shorter than this must be a hand-written noun or adjective (<c>ev</c>, <c>iş</c>) to take nominal suffixes.</summary>
    private const int MinListedStemLength = 3;

    /// <summary>A listed word this long may be a stem without its inflections listed (see <see cref="IsListedStem"/>).</summary>
    private const int MinRareStemLength = 4;

    /// <summary>The commonest inflections of a noun: plural, genitive, dative, locative, ablative, third-person possessive.</summary>
    private static readonly Suffix[] s_coreInflections =
    [
        new("PL", "lAr", SuffixState.Plural),
        new("GEN", "(n)In", SuffixState.Case),
        new("DAT", "(y)A", SuffixState.Case),
        new("LOC", "dA", SuffixState.Case),
        new("ABL", "dAn", SuffixState.Case),
        new("P3", "(s)I", SuffixState.Possessive3),
    ];

    /// <summary>
    /// How many of the commonest inflections of <paramref name="stem"/> the lexicon lists, counting no further than
    /// <paramref name="limit"/>: a real noun or name has several (<c>ev</c>: evlər, evin, evə, evdə), a fragment of the
    /// source list that merely begins real words has none (<c>bağl</c>, <c>krit</c>).
    /// </summary>
    private int CountCoreInflections(ReadOnlySpan<char> stem, int limit)
    {
        char lastVowel = AzAlphabet.LastVowel(stem);
        if (lastVowel == '\0' || stem.Length + 8 > StackBufferLength)
        {
            return 0;
        }

        bool endsInVowel = AzAlphabet.IsVowel(stem[^1]);
        bool alternates = stem[^1] is 'q' or 'k' && CountVowels(stem) >= 2;
        Span<char> form = stackalloc char[StackBufferLength];
        stem.CopyTo(form);
        int count = 0;
        foreach (Suffix suffix in s_coreInflections)
        {
            int length = SuffixParser.Expand(suffix, endsInVowel, lastVowel, form[stem.Length..]);
            if (length <= 0)
            {
                continue;
            }

            form[stem.Length - 1] = alternates && AzAlphabet.IsVowel(form[stem.Length]) ? (stem[^1] == 'q' ? 'ğ' : 'y') : stem[^1];
            if (Lexicon.Contains(form[..(stem.Length + length)]) && ++count >= limit)
            {
                break;
            }
        }

        return count;
    }

    private static readonly Lazy<AzMorphology> s_default = new(() => new AzMorphology(AzLexicon.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The most unlisted forms whose analysis <see cref="IsKnown(ReadOnlySpan{char})"/> keeps (then it starts again).</summary>
    private const int MaxAnalysed = 1 << 17;

    private readonly ConcurrentDictionary<string, bool> _analysed = new(StringComparer.Ordinal);
    private int _analysedCount;

    /// <summary>Creates a morphology over <paramref name="lexicon"/>.</summary>
    /// <param name="lexicon">Where stems come from.</param>
    public AzMorphology(AzLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
    }

    /// <summary>The morphology over <see cref="AzLexicon.Default"/>, loaded on first use.</summary>
    public static AzMorphology Default => s_default.Value;

    /// <summary>The lexicon stems come from.</summary>
    public AzLexicon Lexicon { get; }

    /// <summary>
    /// Whether <paramref name="word"/> is a known Azerbaijani word form: listed in the lexicon, or a listed stem with valid
    /// suffixes, in any Azerbaijani casing, except that a word the source wrote only as a name or an abbreviation
    /// (<see cref="LexiconEntry.IsLikelyName"/>, <see cref="LexiconEntry.IsLikelyAbbreviation"/>) is not known written in
    /// lowercase. Allocates nothing, but the first time it analyses an unlisted form (which it keeps in a bounded cache).
    /// </summary>
    /// <param name="word">One word, NFC, as written.</param>
    public bool IsKnown(ReadOnlySpan<char> word) => IsKnown(word, null);

    /// <summary>
    /// As <see cref="IsKnown(ReadOnlySpan{char})"/>; an analysis takes what <paramref name="prefixes"/> already knows about
    /// the word's prefixes as stems, when the word is written in lowercase and is the first letters of its buffer.
    /// </summary>
    internal bool IsKnown(ReadOnlySpan<char> word, PrefixStems? prefixes)
    {
        if (word.IsEmpty || word.Length > 4 * StackBufferLength)
        {
            return false;
        }

        if (Lexicon.TryGetEntry(word, out LexiconEntry entry) && !IsNameWrittenLowercase(word, entry))
        {
            return true;
        }

        char[]? rented = null;
        Span<char> lower = word.Length <= StackBufferLength
            ? stackalloc char[StackBufferLength]
            : (rented = ArrayPool<char>.Shared.Rent(word.Length));
        try
        {
            int length = AzCasing.ToLower(word, lower);
            if (word.Contains('-'))
            {
                return IsKnownHyphenated(word, lower[..length]);
            }

            return HasAnalysis(lower[..length], prefixes is not null && prefixes.Holds(lower[..length]) ? prefixes : null);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Forgets every analysis <see cref="IsKnown(ReadOnlySpan{char})"/> kept, and the facts learnt about listed stems (<see cref="StemFacts"/>):
    /// benchmarks measure a process's first reading of a text with it.
    /// </summary>
    internal void ClearAnalyses()
    {
        _analysed.Clear();
        Interlocked.Exchange(ref _analysedCount, 0);
        Lexicon.ClearStemFacts();
    }

    /// <summary>
    /// Whether a word the lexicon knows only as a name or an abbreviation (its source never wrote it in lowercase:
    /// <c>Meclisin</c>, <c>BMT</c>) is written here in lowercase, where it is no word: <c>meclisin</c>, <c>bmt</c>.
    /// </summary>
    private static bool IsNameWrittenLowercase(ReadOnlySpan<char> word, LexiconEntry entry) =>
        (entry.IsLikelyName || entry.IsLikelyAbbreviation) && AzCasing.GetShape(word) == CaseShape.Lower;

    /// <summary>
    /// Analyses <paramref name="word"/> into a stem from the lexicon and suffixes, preferring the shortest stem (the
    /// deepest analysis: <c>kompüter+ləş+dir+il+mə+si</c>). A listed word that does not decompose is its own stem.
    /// </summary>
    /// <param name="word">One word without hyphens, NFC, any Azerbaijani casing.</param>
    /// <param name="analysis">The analysis, or null.</param>
    /// <returns>Whether the word is known.</returns>
    public bool TryAnalyze(ReadOnlySpan<char> word, out WordAnalysis? analysis)
    {
        analysis = null;
        if (word.IsEmpty || word.Contains('-'))
        {
            return false;
        }

        string lower = AzCasing.ToLower(word.ToString());
        analysis = Decompose(lower, new List<AzSuffix>(), shortestStemFirst: true);
        if (analysis is null && Lexicon.Contains(lower))
        {
            analysis = new WordAnalysis(lower, lower, IsVerbStem(lower), []);
        }

        return analysis is not null;
    }

    /// <summary>
    /// Whether <paramref name="word"/> (lowercase, no hyphen) is a listed stem with at least one valid suffix, whether or
    /// not the lexicon lists the word itself. The lexicon builder uses it to tell a misspelled twin in the source list.
    /// </summary>
    /// <param name="word">One lowercase word.</param>
    internal bool HasSuffixes(ReadOnlySpan<char> word) => !word.IsEmpty && Decompose(word, null) is not null;

    /// <summary>
    /// Whether <paramref name="suffixes"/> is a valid sequence of nominal suffixes after <paramref name="stem"/>, read as it
    /// is written, whether or not the stem is known: <c>Pyongyang</c> + <c>ı</c>, <c>Ibrox</c> + <c>un</c>. Layout repair asks
    /// it of a name broken at a line end before its suffix.
    /// </summary>
    /// <param name="stem">The stem, any casing, no hyphen.</param>
    /// <param name="suffixes">The suffixes, any casing.</param>
    internal bool IsSuffixSequenceAfter(ReadOnlySpan<char> stem, ReadOnlySpan<char> suffixes)
    {
        if (stem.IsEmpty || suffixes.IsEmpty || stem.Length + suffixes.Length > StackBufferLength || AzAlphabet.LastVowel(stem) == '\0')
        {
            return false;
        }

        Span<char> buffer = stackalloc char[StackBufferLength];
        int stemLength = AzCasing.ToLower(stem, buffer);
        int length = stemLength + AzCasing.ToLower(suffixes, buffer[stemLength..]);
        var parser = new SuffixParser(buffer[..length], null);
        return parser.Parse(stemLength, SuffixState.Noun, Follow.Any);
    }

    /// <summary>The count the lexicon holds for <paramref name="word"/> (any casing); 0 when it has none.</summary>
    /// <param name="word">One word, NFC.</param>
    public long GetCount(ReadOnlySpan<char> word) => Lexicon.GetCount(word);

    /// <summary>
    /// The highest count <see cref="EstimateCount"/> gives a form the lexicon has no count for: the embedded counts list
    /// every form seen at least 410 times in its corpus, so a form it lacks was seen fewer times.
    /// </summary>
    public const double UncountedCeiling = 400;

    /// <summary>What a stem without a count of its own is taken to have been seen (an estimate's floor).</summary>
    internal const double UncountedStem = 1;

    /// <summary>16·log₁₀ of the ratio for a suffix chain the lexicon has no ratio for (one form in a thousand of its stem).</summary>
    internal const sbyte UnseenChainCode = -48;

    /// <summary>
    /// How often <paramref name="word"/> is expected in a corpus like the lexicon's counts: its own count when it has one;
    /// for a form only the morphology knows, its stem's count times how common that suffix chain is against its stem
    /// (estimated by the data builder from counted forms), at most <see cref="UncountedCeiling"/>; 0 for an unknown word.
    /// </summary>
    /// <param name="word">One word, NFC, any casing.</param>
    public double EstimateCount(ReadOnlySpan<char> word)
    {
        long count = Lexicon.GetCount(word);
        if (count > 0)
        {
            return count;
        }

        if (!TryAnalyze(word, out WordAnalysis? analysis) || analysis is null)
        {
            return 0;
        }

        if (analysis.Suffixes.Count == 0)
        {
            return UncountedStem; // listed without a count
        }

        double stem = Math.Max(UncountedStem, Lexicon.GetCount(analysis.Stem));
        string chain = ChainKey(analysis.Suffixes);
        sbyte code = Lexicon.TryGetChainCode(chain, out sbyte found) ? found : UnseenChainCode;
        return Math.Clamp(stem * Math.Pow(10, code / 16.0), UncountedStem / 10, UncountedCeiling);
    }

    /// <summary>The suffix tags of an analysis joined by <c>+</c>: the key of the lexicon's suffix-chain ratios.</summary>
    internal static string ChainKey(IReadOnlyList<AzSuffix> suffixes)
    {
        if (suffixes.Count == 1)
        {
            return suffixes[0].Tag;
        }

        var builder = new System.Text.StringBuilder();
        for (int i = 0; i < suffixes.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('+');
            }

            builder.Append(suffixes[i].Tag);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Whether the unlisted lowercase form <paramref name="key"/> (no hyphen) is a listed stem with valid suffixes
    /// (<see cref="Decompose"/>), analysed once per process (a bounded cache): text repeats its inflected words, and the
    /// analysis costs microseconds where a listed word costs one hash lookup.
    /// </summary>
    private bool HasAnalysis(ReadOnlySpan<char> key, PrefixStems? prefixes = null)
    {
        ConcurrentDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> analysed = _analysed.GetAlternateLookup<ReadOnlySpan<char>>();
        if (analysed.TryGetValue(key, out bool known))
        {
            return known;
        }

        known = Decompose(key, null, prefixes: prefixes) is not null;
        if (Interlocked.Increment(ref _analysedCount) > MaxAnalysed)
        {
            _analysed.Clear();
            Interlocked.Exchange(ref _analysedCount, 0);
        }

        analysed.TryAdd(key, known);
        return known;
    }

    private bool IsKnownHyphenated(ReadOnlySpan<char> word, ReadOnlySpan<char> lower)
    {
        int hyphen = lower.IndexOf('-');
        ReadOnlySpan<char> head = word[..hyphen];
        ReadOnlySpan<char> tail = lower[(hyphen + 1)..];
        if (!tail.IsEmpty && !tail.Contains('-') && IsSuffixOfReading(head, lower[..hyphen], tail))
        {
            return true;
        }

        // A compound: every part is a word.
        ReadOnlySpan<char> rest = lower;
        while (true)
        {
            int next = rest.IndexOf('-');
            ReadOnlySpan<char> piece = next < 0 ? rest : rest[..next];

            // A part of one or two letters is more often a stray suffix (cnn-de, brexit-den) than a word. A part's analysis
            // is kept as a word's is.
            if (piece.Length < MinListedStemLength || (!Lexicon.Contains(piece) && !HasAnalysis(piece)))
            {
                return false;
            }

            if (next < 0)
            {
                return true;
            }

            rest = rest[(next + 1)..];
        }
    }

    /// <summary>Whether <paramref name="tail"/> is a suffix sequence after a number or an abbreviation written as <paramref name="head"/>.</summary>
    private bool IsSuffixOfReading(ReadOnlySpan<char> head, ReadOnlySpan<char> lowerHead, ReadOnlySpan<char> tail)
    {
        Span<char> buffer = stackalloc char[StackBufferLength];
        ReadOnlySpan<char> reading;
        bool? endsInVowel = null;
        char vowel = '\0';
        if (head.Length is > 0 and <= 18 && IsAsciiDigits(head))
        {
            reading = NumberReading.LastWord(NumberReading.Parse(head));

            // Ordinals after digits are written -cı/-ci/-cu/-cü: 2021-ci, 1990-cı.
            char ordinalVowel = SuffixParser.FourWay(AzAlphabet.LastVowel(reading));
            if (tail.Length >= 2 && tail[0] == 'c' && tail[1] == ordinalVowel)
            {
                if (tail.Length == 2)
                {
                    return true;
                }

                tail = tail[2..];
                reading = ordinalVowel switch { 'ı' => "ıncı", 'u' => "uncu", 'ü' => "üncü", _ => "inci" };
            }
        }
        else if (head.Length >= 2 && AzCasing.GetShape(head) == CaseShape.Upper)
        {
            reading = lowerHead;
            if (AzAlphabet.LastVowel(lowerHead) == '\0')
            {
                // Read letter by letter: the last letter's name gives the vowel (be, em, te; ka).
                char last = lowerHead[^1];
                vowel = last == 'k' ? 'a' : 'e';
                endsInVowel = last is not ('f' or 'l' or 'm' or 'n' or 'r' or 's');
            }
        }
        else
        {
            return false;
        }

        if (reading.Length + tail.Length > buffer.Length)
        {
            return false;
        }

        reading.CopyTo(buffer);
        tail.CopyTo(buffer[reading.Length..]);
        var parser = new SuffixParser(buffer[..(reading.Length + tail.Length)], null);
        return parser.Parse(reading.Length, SuffixState.Noun, Follow.Any, vowel, endsInVowel);
    }

    /// <summary>
    /// Finds a stem and suffixes for a lowercase word, or null. Longest stem first unless asked otherwise. What a prefix is
    /// as a stem comes from <paramref name="prefixes"/> when given (its buffer starts with the word).
    /// </summary>
    private WordAnalysis? Decompose(ReadOnlySpan<char> word, List<AzSuffix>? path, bool shortestStemFirst = false, PrefixStems? prefixes = null)
    {
        int first = shortestStemFirst ? 2 : word.Length - 1;
        int step = shortestStemFirst ? 1 : -1;
        Span<char> candidate = stackalloc char[StackBufferLength + 4];
        if (word.Length + 4 > candidate.Length)
        {
            return null;
        }

        for (int end = first; end >= 2 && end < word.Length; end += step)
        {
            if (TryStemAt(word, end, path, candidate, prefixes) is { } analysis)
            {
                return analysis;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="word"/> (lowercase, no hyphen) parses as the listed stem <c>word[..stemLength]</c> (or its
    /// q/k, t form before a vowel) with valid suffixes. The lexicon builder asks it to compare a form with its twin stem by stem.
    /// </summary>
    internal bool ParsesWithStem(ReadOnlySpan<char> word, int stemLength)
    {
        Span<char> candidate = stackalloc char[StackBufferLength + 4];
        return stemLength >= 2 && stemLength < word.Length && word.Length + 4 <= candidate.Length
            && TryStemAt(word, stemLength, null, candidate) is not null;
    }

    private WordAnalysis? TryStemAt(ReadOnlySpan<char> word, int end, List<AzSuffix>? path, Span<char> candidate, PrefixStems? prefixes = null)
    {
        ReadOnlySpan<char> stem = word[..end];
        char lastVowel = AzAlphabet.LastVowel(stem);
        if (lastVowel == '\0')
        {
            return null;
        }

        var parser = new SuffixParser(word, path);

        // A stem whose infinitive is listed takes verbal suffixes (tried first: gəldik is gəl+di+k, a verb).
        if ((prefixes?.IsVerbStem(end) ?? IsVerbStem(stem)) && parser.Parse(end, SuffixState.Verb, Follow.Any))
        {
            return Result(word, stem, isVerb: true, path);
        }

        // A listed stem takes nominal suffixes.
        if (prefixes?.IsListedStem(end) ?? IsListedStem(stem))
        {
            Follow follow = MustAlternate(stem, lastVowel) ? Follow.Consonant : Follow.Any;
            if (parser.Parse(end, SuffixState.Noun, follow))
            {
                return Result(word, stem, isVerb: false, path);
            }
        }

        // The stems below change their last letter only before a vowel, so their parse must start with one: when the next
        // letter is not a vowel (or there is none), it fails, and the lexicon need not be asked.
        if (end == word.Length || !AzAlphabet.IsVowel(word[end]))
        {
            return null;
        }

        // A stem ending in q or k, written ğ or y before a vowel: ayağı, gələcəyi.
        char last = stem[^1];
        if ((last == 'ğ' || last == 'y') && CountVowels(stem) >= 2)
        {
            stem.CopyTo(candidate);
            candidate[end - 1] = last == 'ğ' ? 'q' : 'k';
            ReadOnlySpan<char> restored = candidate[..end];
            if (Lexicon.Contains(restored) && parser.Parse(end, SuffixState.Noun, Follow.Vowel))
            {
                return Result(word, restored, isVerb: false, path);
            }
        }

        // A verb stem ending in vowel + t, written d before a vowel: et → edir, get → gedən, bənzət → bənzədildi.
        // Monosyllabic stems other than et and get keep t (atır, satır, itir).
        if (last == 'd' && end >= 2 && AzAlphabet.IsVowel(stem[^2])
            && (CountVowels(stem) >= 2 || stem is "ed" or "ged"))
        {
            stem.CopyTo(candidate);
            candidate[end - 1] = 't';
            ReadOnlySpan<char> restored = candidate[..end];
            if (IsVerbStem(restored) && parser.Parse(end, SuffixState.Verb, Follow.Vowel))
            {
                return Result(word, restored, isVerb: true, path);
            }
        }

        return null;
    }

    private static WordAnalysis? Result(ReadOnlySpan<char> word, ReadOnlySpan<char> stem, bool isVerb, List<AzSuffix>? path)
    {
        if (path is null)
        {
            // IsKnown needs only the answer; the shared instance stands for "known" without allocating.
            return KnownMarker;
        }

        path.Reverse();
        return new WordAnalysis(word.ToString(), stem.ToString(), isVerb, path.ToArray());
    }

    private static WordAnalysis KnownMarker { get; } = new(string.Empty, string.Empty, false, []);

    /// <summary>
    /// Whether a listed form may take suffixes: one the user listed; a hand-written word (two-letter ones only when they
    /// are nouns or adjectives); or a form of three letters or more, not marked <see cref="WordAttributes.NotAStem"/>, whose
    /// commonest inflections the lexicon lists (three of plural, genitive, dative, locative, ablative, possessive for
    /// stems of up to 4 letters, two up to 6, one beyond: <c>ölkə</c> has ölkələr, ölkənin, ölkəyə…). The last rule keeps
    /// the source list's stray forms and fragments (<c>müxtəlf</c>, <c>bağl</c>) from lending suffixed forms to misspellings.
    /// </summary>
    private bool IsListedStem(ReadOnlySpan<char> stem, bool allowRare = true)
    {
        if (!Lexicon.TryGetEntry(stem, out LexiconEntry entry, out StemFacts facts))
        {
            return false;
        }

        if ((entry.Attributes & WordAttributes.UserSupplied) != 0)
        {
            return true;
        }

        if (stem.Length < MinListedStemLength)
        {
            // Two-letter stems take nominal suffixes only when they are nouns or adjectives (ev+lər, iş+çi, su+yu);
            // the hand-written verbs (al, ol, de, ye) take verbal ones through their infinitives.
            return (entry.Attributes & WordAttributes.HandWritten) != 0 && IsShortNominalStem(stem);
        }

        if ((entry.Attributes & (WordAttributes.HandWritten | WordAttributes.FunctionWord)) == WordAttributes.HandWritten)
        {
            return true;
        }

        if ((entry.Attributes & (WordAttributes.NotAStem | WordAttributes.Inflected)) != 0)
        {
            return false;
        }

        // Both facts below depend on the stem alone: each is learnt once per lexicon's word table, for a stem written in
        // lowercase (StemFacts; none are kept before the table is built).
        byte known = facts.Value;
        if ((known & StemFacts.AttestedKnown) == 0)
        {
            int needed = stem.Length switch { <= 4 => 3, <= 6 => 2, _ => 1 };
            known = CountCoreInflections(stem, needed) >= needed ? (byte)(StemFacts.AttestedKnown | StemFacts.Attested) : StemFacts.AttestedKnown;
            facts.Add(known);
        }

        if ((known & StemFacts.Attested) != 0)
        {
            return true;
        }

        // A word of four letters or more the source wrote in lowercase is a stem even when the list lacks its inflections
        // (sunami, hilə, bədəl), unless the builder marked it (rule 20: a piece or a twin of another word) or it is itself
        // an inflected form of a shorter stem (arxası = arxa+sı takes no -da, only -nda).
        if (!allowRare || stem.Length < MinRareStemLength
            || (entry.Attributes & (WordAttributes.SeenLowercase | WordAttributes.FunctionWord)) != WordAttributes.SeenLowercase)
        {
            return false;
        }

        known = facts.Value;
        if ((known & StemFacts.InflectedKnown) == 0)
        {
            known = IsInflectedForm(stem) ? (byte)(StemFacts.InflectedKnown | StemFacts.Inflected) : StemFacts.InflectedKnown;
            facts.Add(known);
        }

        return (known & StemFacts.Inflected) == 0;
    }

    /// <summary>Whether <paramref name="stem"/> is a listed stem with its commonest inflections listed (the builder's rule 20 asks).</summary>
    internal bool IsWellAttestedStem(ReadOnlySpan<char> stem) => IsListedStem(stem, allowRare: false);

    /// <summary>
    /// Whether <paramref name="word"/> is a shorter listed stem (one with its inflections listed) plus suffixes that end in
    /// an inflection: <c>arxası</c> (arxa+sı), <c>meclisin</c>; not <c>işçi</c> (iş+çi, a derivation).
    /// </summary>
    private bool IsInflectedForm(ReadOnlySpan<char> word)
    {
        Span<byte> lastKind = stackalloc byte[1];
        for (int end = word.Length - 1; end >= MinListedStemLength; end--)
        {
            ReadOnlySpan<char> stem = word[..end];
            lastKind[0] = 0;
            var parser = SuffixParser.ReportingLast(word, lastKind);
            if (IsListedStem(stem, allowRare: false) && parser.Parse(end, SuffixState.Noun, Follow.Any))
            {
                return lastKind[0] == 1;
            }

            if (IsVerbStem(stem) && parser.Parse(end, SuffixState.Verb, Follow.Any))
            {
                return lastKind[0] == 1;
            }
        }

        return false;
    }

    /// <summary>Whether the lexicon lists the infinitive of <paramref name="stem"/> (stem + -maq/-mək).</summary>
    private bool IsVerbStem(ReadOnlySpan<char> stem)
    {
        char lastVowel = AzAlphabet.LastVowel(stem);
        if (lastVowel == '\0' || stem.Length + 3 > StackBufferLength)
        {
            return false;
        }

        // Two-letter verbs are few and listed by hand: the source list's rare or foreign infinitives (ilmək, ırmaq, oymaq)
        // would otherwise lend verb endings to a word that lost its first letter (bildi → ildi, qırır → ırır).
        if (stem.Length < MinListedStemLength && !IsShortVerbStem(stem))
        {
            return false;
        }

        Span<char> infinitive = stackalloc char[StackBufferLength];
        stem.CopyTo(infinitive);
        bool back = AzAlphabet.IsBackVowel(lastVowel);
        infinitive[stem.Length] = 'm';
        infinitive[stem.Length + 1] = back ? 'a' : 'ə';
        infinitive[stem.Length + 2] = back ? 'q' : 'k';
        return Lexicon.TryGetEntry(infinitive[..(stem.Length + 3)], out LexiconEntry entry)
            && (entry.Attributes & WordAttributes.NotAStem) == 0
            && !(Lexicon.TryGetEntry(stem, out LexiconEntry stemEntry) && (stemEntry.Attributes & WordAttributes.NotAStem) != 0);
    }

    /// <summary>
    /// Whether a listed stem ending in q or k must change it before a vowel: it has two or more vowels and the lexicon
    /// does not list it unalternated with a vowel after (<c>fabriki</c>).
    /// </summary>
    private bool MustAlternate(ReadOnlySpan<char> stem, char lastVowel)
    {
        char last = stem[^1];
        if ((last != 'q' && last != 'k') || CountVowels(stem) < 2 || stem.Length + 1 > StackBufferLength)
        {
            return false;
        }

        Span<char> withVowel = stackalloc char[StackBufferLength];
        stem.CopyTo(withVowel);
        withVowel[stem.Length] = SuffixParser.FourWay(lastVowel);
        return !Lexicon.Contains(withVowel[..(stem.Length + 1)]);
    }

    /// <summary>The two-letter verb stems of Azerbaijani that take verbal suffixes: al "take", aç "open", ol "be", de "say"…</summary>
    private static bool IsShortVerbStem(ReadOnlySpan<char> stem) => stem switch
    {
        "aç" or "al" or "an" or "as" or "at" or "ax" or "aş" or "de" or "ək" or "əs" or "əz" or "et" or "iç" or "it" or "ol" or "ov"
            or "öl" or "öp" or "öt" or "uç" or "uy" or "üz" or "ye" or "yu" => true,
        _ => false,
    };

    /// <summary>The two-letter nouns and adjectives of the hand-written short words.</summary>
    private static bool IsShortNominalStem(ReadOnlySpan<char> stem) => stem switch
    {
        "ac" or "ad" or "ağ" or "ar" or "at" or "ay" or "az" or "ev" or "əl" or "ər" or "ət" or "il" or "ip" or "it" or "iz"
            or "iş" or "od" or "ot" or "ov" or "ox" or "öd" or "ön" or "öz" or "qu" or "su" or "uc" or "un" or "üz" or "üç" or "on" => true,
        _ => false,
    };

    private static bool IsAsciiDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountVowels(ReadOnlySpan<char> word)
    {
        int count = 0;
        foreach (char c in word)
        {
            count += AzAlphabet.IsVowel(c) ? 1 : 0;
        }

        return count;
    }
}
