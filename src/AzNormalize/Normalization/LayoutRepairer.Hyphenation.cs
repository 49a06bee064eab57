using System.Collections.Concurrent;
using System.Globalization;
using AzNormalize.Lexicon;
using AzNormalize.Text;
using AzNormalize.Tokenization;

namespace AzNormalize.Normalization;

public sealed partial class LayoutRepairer
{
    /// <summary>Variants of a joined word are tried when it has at most this many confusable letters (pairs grow as its square).</summary>
    private const int MaxConfusablePositions = 14;

    /// <summary>Confidence of a join when neither reading is a known word.</summary>
    internal const double UnknownJoinConfidence = 0.4;

    /// <summary>What becomes of a word broken at a line end.</summary>
    internal enum BreakReading
    {
        /// <summary>One word: the hyphen goes.</summary>
        Join,

        /// <summary>A compound, or a number or abbreviation with its suffix: the hyphen stays.</summary>
        Hyphenated,

        /// <summary>Two words: the hyphen stays where it is (a dash, or OCR debris) and the line break becomes a space.</summary>
        Separate,
    }

    /// <summary>A decision about one broken word.</summary>
    internal readonly record struct BreakDecision(BreakReading Reading, double Confidence, string Reason);

    /// <summary>The most decisions a repairer keeps (<see cref="Decide"/>); when full, it forgets them all and starts again.</summary>
    private const int MaxDecisions = 1 << 13;

    /// <summary>The longest broken word (both halves) whose decision is kept.</summary>
    private const int MaxDecidedLength = 64;

    /// <summary>Decisions about broken words, by <c>left⏎right</c>: over an oracle that never changes, the same halves always read the same.</summary>
    private readonly ConcurrentDictionary<string, BreakDecision> _decisions = new(StringComparer.Ordinal);
    private int _decisionCount;

    /// <summary>Forgets every kept decision (benchmarks that measure a first reading).</summary>
    internal void ClearDecisions()
    {
        _decisions.Clear();
        Interlocked.Exchange(ref _decisionCount, 0);
    }

    /// <summary>
    /// Decides how the word broken as <paramref name="left"/><c>-⏎</c><paramref name="right"/> reads. Public for the
    /// evaluation and the tests through <see cref="DecideBreak(string, string)"/>. Over the embedded morphology or another
    /// immutable oracle (<see cref="AzMorphology"/>, <see cref="AzLexicon"/>), each pair of halves is decided once per
    /// repairer while its bounded memory keeps it (a text, or a run over many, repeats its broken words: Zipf).
    /// </summary>
    internal BreakDecision Decide(ReadOnlySpan<char> left, ReadOnlySpan<char> right, bool softHyphen)
    {
        int length = left.Length + 1 + right.Length;
        if (softHyphen || length > MaxDecidedLength || Oracle is not (AzMorphology or AzLexicon) || left.Contains('\n') || right.Contains('\n'))
        {
            return DecideAfresh(left, right, softHyphen);
        }

        // The halves hold no line break (a broken word's are letters, marks and joiners; DecideBreak's callers may pass
        // anything, and those with one are decided afresh), so left⏎right names the pair.
        Span<char> key = stackalloc char[MaxDecidedLength];
        left.CopyTo(key);
        key[left.Length] = '\n';
        right.CopyTo(key[(left.Length + 1)..]);
        key = key[..length];
        ConcurrentDictionary<string, BreakDecision>.AlternateLookup<ReadOnlySpan<char>> decisions = _decisions.GetAlternateLookup<ReadOnlySpan<char>>();
        if (decisions.TryGetValue(key, out BreakDecision decision))
        {
            return decision;
        }

        decision = DecideAfresh(left, right, softHyphen: false);
        if (Interlocked.Increment(ref _decisionCount) > MaxDecisions)
        {
            ClearDecisions();
        }

        decisions.TryAdd(key, decision);
        return decision;
    }

    private BreakDecision DecideAfresh(ReadOnlySpan<char> left, ReadOnlySpan<char> right, bool softHyphen)
    {
        if (softHyphen)
        {
            return new(BreakReading.Join, 0.99, "a soft hyphen at a line end marks where the word was broken");
        }

        if (ContainsDigit(left))
        {
            return new(BreakReading.Hyphenated, 0.95, "a number takes its suffix after a hyphen");
        }

        if (IsAllCaps(left) && char.IsLower(right[0]))
        {
            return new(BreakReading.Hyphenated, 0.9, "an abbreviation takes its suffix after a hyphen");
        }

        if (char.IsLower(left[^1]) && char.IsUpper(right[0]))
        {
            // OCR misreads case too (sonun-⏎Cu for sonuncu): a joined word with the capital lowered still wins.
            string lowered = Clean(string.Concat(left, AzCasing.ToLower(right.ToString())));
            if (!IsAllCaps(right) && Oracle.IsKnown(lowered))
            {
                return new(BreakReading.Join, 0.6, $"'{lowered}' is a word once the capital after the hyphen is read as a small letter");
            }

            string compound = Clean(string.Concat(left, "-", right));
            return char.IsUpper(left[0]) || Oracle.IsKnown(compound)
                ? new(BreakReading.Hyphenated, 0.85, $"'{compound}' is a compound of names (or of words with a capitalised second part)")
                : new(BreakReading.Separate, 0.6, $"a capital follows the hyphen after a lowercase word and '{compound}' is no compound: two words (the hyphen a dash or OCR debris)");
        }

        string joined = Clean(string.Concat(left, right));
        string hyphenated = Clean(string.Concat(left, "-", right));
        IWordOracle oracle = Oracle;

        // The word counts know compounds (elmi-texniki, sosial-iqtisadi): one they saw often, whose joined form they never
        // saw, keeps its hyphen whatever the morphology makes of the joined form.
        long hyphenatedCount = Count(oracle, hyphenated);
        if (hyphenatedCount >= MinCompoundCount && Count(oracle, joined) == 0)
        {
            return new(BreakReading.Hyphenated, 0.9, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the word counts saw '{hyphenated}' {hyphenatedCount:N0} times and '{joined}' never"));
        }

        bool joinedKnown = oracle.IsKnown(joined);
        bool hyphenatedKnown = oracle.IsKnown(hyphenated);
        if (joinedKnown && hyphenatedKnown)
        {
            return IsListed(oracle, hyphenated) && !IsListed(oracle, joined)
                ? new(BreakReading.Hyphenated, 0.7, $"both '{joined}' and '{hyphenated}' are words; the lexicon lists the compound")
                : new(BreakReading.Join, 0.8, $"both '{joined}' and '{hyphenated}' are words; a line-end hyphen splits a word more often than it ends a compound's part");
        }

        if (joinedKnown)
        {
            return new(BreakReading.Join, 0.95, $"'{joined}' is a word");
        }

        if (char.IsLower(left[0]) && oracle is AzMorphology suffixes && suffixes.IsSuffixSequenceAfter(left, right))
        {
            return new(BreakReading.Join, 0.7, $"'{right.ToString()}' is a suffix sequence after '{left.ToString()}'");
        }

        string? variant = KnownVariant(oracle, joined);
        if (hyphenatedKnown)
        {
            if (IsListed(oracle, hyphenated))
            {
                return new(BreakReading.Hyphenated, 0.9, $"the lexicon lists '{hyphenated}' and '{joined}' is not a word");
            }

            return variant is not null
                ? new(BreakReading.Join, 0.6, $"'{joined}' is one or two misread letters from the word '{variant}', and '{hyphenated}' is a word only part by part")
                : new(BreakReading.Hyphenated, 0.75, $"every part of '{hyphenated}' is a word and '{joined}' is not");
        }

        if (AzAlphabet.IsConsonant(AzCasing.ToLower(left[^1])) && AzAlphabet.IsVowel(AzCasing.ToLower(right[0])))
        {
            // Azerbaijani breaks a word between syllables, and a syllable takes the consonant before its vowel (ki-tab-ı
            // is kita-bı): a break between a consonant and a vowel is no syllable break, so the hyphen was written.
            return new(BreakReading.Hyphenated, 0.6, $"'{left.ToString()}-{right.ToString()}' is not split between syllables, so its hyphen is the writer's ('{joined}' is not a word)");
        }

        if (variant is not null)
        {
            return new(BreakReading.Join, 0.6, $"'{joined}' is one or two misread letters from the word '{variant}'");
        }

        return new(BreakReading.Join, UnknownJoinConfidence,
            $"neither '{joined}' nor '{hyphenated}' is a known word (a misspelling or a name?); joined, as a line-end hyphen splits a word more often than it ends a compound's part");
    }

    /// <summary>
    /// A known word that <paramref name="word"/> becomes when one or two of its letters are read as their Azerbaijani
    /// look-alike (e↔ə, i↔ı, u↔ü, o↔ö, s↔ş, c↔ç, g↔ğ, o→ə): the usual losses of keyboards and OCR. Null when none is.
    /// </summary>
    private static string? KnownVariant(IWordOracle oracle, string word)
    {
        char[] letters = AzCasing.ToLower(word).ToCharArray();
        var positions = new List<int>();
        for (int i = 0; i < letters.Length; i++)
        {
            if (Confusions(letters[i]).Length > 0)
            {
                positions.Add(i);
            }
        }

        if (positions.Count == 0 || positions.Count > MaxConfusablePositions)
        {
            return null;
        }

        foreach (int i in positions)
        {
            char original = letters[i];
            foreach (char replacement in Confusions(original))
            {
                letters[i] = replacement;
                if (oracle.IsKnown(letters))
                {
                    return new string(letters);
                }
            }

            letters[i] = original;
        }

        for (int a = 0; a < positions.Count; a++)
        {
            int i = positions[a];
            char first = letters[i];
            foreach (char firstReplacement in Confusions(first))
            {
                letters[i] = firstReplacement;
                for (int b = a + 1; b < positions.Count; b++)
                {
                    int j = positions[b];
                    char second = letters[j];
                    foreach (char secondReplacement in Confusions(second))
                    {
                        letters[j] = secondReplacement;
                        if (oracle.IsKnown(letters))
                        {
                            return new string(letters);
                        }
                    }

                    letters[j] = second;
                }
            }

            letters[i] = first;
        }

        return null;
    }

    private static ReadOnlySpan<char> Confusions(char c)
    {
        if (c == 'o')
        {
            return "öə"; // its twin, then the OCR misreading of ə
        }

        // A letter and its ASCII twin, either way round (AzAlphabet): e↔ə, i↔ı, s↔ş, c↔ç, g↔ğ, u↔ü, ö→o.
        int index = AzAlphabet.AsciiTwins.IndexOf(c, StringComparison.Ordinal);
        if (index >= 0)
        {
            return AzAlphabet.SpecialLowercase.AsSpan(index, 1);
        }

        index = AzAlphabet.SpecialLowercase.IndexOf(c, StringComparison.Ordinal);
        return index < 0 ? [] : AzAlphabet.AsciiTwins.AsSpan(index, 1);
    }

    /// <summary>How the word broken as <c>left-⏎right</c> reads: joined (<c>true</c>) or hyphenated, with the confidence and reason.</summary>
    /// <param name="left">The part before the line-end hyphen.</param>
    /// <param name="right">The part after the line break.</param>
    /// <returns>Whether the parts join into one word, how sure the repairer is, and why.</returns>
    /// <remarks>Neither joined nor a compound: a capitalised word after a hyphen that makes no compound stays a separate word.</remarks>
    public (bool Joined, double Confidence, string Reason) DecideBreak(string left, string right)
    {
        ArgumentException.ThrowIfNullOrEmpty(left);
        ArgumentException.ThrowIfNullOrEmpty(right);
        BreakDecision decision = Decide(left, right, softHyphen: false);
        return (decision.Reading == BreakReading.Join, decision.Confidence, decision.Reason);
    }

    /// <summary>How often the word counts must have seen a hyphenated compound to keep its hyphen at a line end.</summary>
    internal const long MinCompoundCount = 1_000;

    /// <summary>The oracle's count of <paramref name="word"/>: 0 for an oracle without counts.</summary>
    private static long Count(IWordOracle oracle, string word) => oracle switch
    {
        AzMorphology morphology => morphology.GetCount(word),
        AzLexicon lexicon => lexicon.GetCount(word),
        _ => 0,
    };

    private static bool IsListed(IWordOracle oracle, string word) => oracle switch
    {
        AzMorphology morphology => morphology.Lexicon.Contains(word),
        AzLexicon lexicon => lexicon.Contains(word),
        _ => oracle.IsKnown(word),
    };

    /// <summary>The word as the lexicon sees it: look-alikes, ligatures and invisible characters folded.</summary>
    private static string Clean(string word) => TextNormalizer.Default.Normalize(word).Text;

    private static bool ContainsDigit(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 1;
    }

    /// <summary>An invisible character a broken word may hold: soft hyphen, zero-width space or joiner, word joiner.</summary>
    private static bool IsInvisibleInWord(char c) =>
        c is TokenChars.SoftHyphen or TokenChars.ZeroWidthSpace or TokenChars.ZeroWidthJoiner or TokenChars.WordJoiner;

    /// <summary>A character of the word before a line-end hyphen: letters, digits, marks, inner hyphens, apostrophes, invisibles.</summary>
    private static bool IsLeftPart(char c) =>
        char.IsLetterOrDigit(c) || TokenChars.IsJoiningHyphen(c) || TokenChars.IsApostrophe(c) || IsInvisibleInWord(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>A character of the word after the line break: letters, marks, invisibles (it stops at a hyphen or punctuation).</summary>
    private static bool IsRightPart(char c) =>
        char.IsLetter(c) || IsInvisibleInWord(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
