using System.Buffers;
using System.Text;
using AzNormalize.Lexicon;
using AzNormalize.Text;

namespace AzNormalize.Normalization;

/// <summary>
/// Converts Azerbaijani written in Cyrillic script (1939–1991, and still in Russia and Dagestan) to the official Latin
/// alphabet, word by word, each converted word an <see cref="Edit"/> of kind <see cref="EditKind.Transliteration"/> with
/// offsets in the original. See docs/transliteration.md for the tables and rules.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. Never consults <see cref="System.Globalization.CultureInfo"/>.</para>
/// <para>The letters: the Azerbaijani Cyrillic alphabet (ә ғ ҝ һ ј ө ү ҹ ч ш ы …), the Russian letters its texts use for
/// loanwords and for Azerbaijani sounds (я ю ё е э ц щ й ъ ь), the older and font variants (ӧ ӱ, and a base letter with a
/// combining cedilla, breve, diaeresis or dot above: с̧ ҹ̧ ҝ̆ Ы̇, as tesseract's Azerbaijani Cyrillic data writes them),
/// and Latin look-alikes typed inside a Cyrillic word on a Russian keyboard (<c>h</c> for <c>һ</c>, <c>j</c> for
/// <c>ј</c>, <c>p</c> for <c>р</c>).</para>
/// <para>Where a letter has two readings (word-initial <c>е</c>: <c>e</c> or <c>ye</c>; <c>э</c>: <c>ə</c> or <c>e</c>;
/// <c>я</c>: <c>ya</c> or <c>yə</c>; <c>ц</c>: <c>s</c> or <c>ts</c>; a Latin <c>p</c>: <c>r</c> or <c>p</c>; an inner
/// apostrophe kept or dropped), the rule's reading is kept unless only another reading is a word the lexicon and
/// morphology know (<c>объект</c> → <c>obyekt</c>, <c>тә'сир</c> → <c>təsir</c>). A word with no such letter costs a
/// table lookup per letter and no lexicon lookup.</para>
/// <para>Capitals follow the word: <c>ЈАЗЫЧЫ</c> → <c>YAZIÇI</c>, <c>Ямаг</c> → <c>Yamaq</c>, <c>И</c> → <c>İ</c>,
/// <c>Ы</c> → <c>I</c>.</para>
/// </remarks>
public sealed class CyrillicTransliterator
{
    /// <summary>The most ambiguous letters of one word whose readings are tried against the lexicon (2^6 readings).</summary>
    private const int MaxAmbiguous = 6;

    /// <summary>The most Cyrillic words of a paragraph read against the lexicon to tell Azerbaijani from Russian.</summary>
    private const int DetectionSample = 40;

    private static readonly SearchValues<char> s_paragraphBreak = SearchValues.Create("\n\r");

    private static readonly SearchValues<char> s_ke = SearchValues.Create("ҝҜ");

    /// <summary>The Cyrillic letters the table converts, both cases.</summary>
    private static readonly SearchValues<char> s_converted = SearchValues.Create(
        "абвгғдеәжзиіыјйкҝлмнооөӧпрстуүӱфхһчҹшщцъьэюяё" + "АБВГҒДЕӘЖЗИІЫЈЙКҜЛМНОӨӦПРСТУҮӰФХҺЧҸШЩЦЪЬЭЮЯЁ");
    private static readonly SearchValues<char> s_schwa = SearchValues.Create("әӘ");
    private static readonly SearchValues<char> s_je = SearchValues.Create("јЈ");
    private static readonly SearchValues<char> s_ue = SearchValues.Create("үҮӱӰ");
    private static readonly SearchValues<char> s_oe = SearchValues.Create("өӨӧӦ");

    /// <summary>
    /// The letters a text's writer had, which settle the ambiguous ones: with ҝ in the text, г is q (not g typed for ҝ on a
    /// Russian keyboard); with ј, a word-initial е is e (ye would be је); with ә, э is e (not typed for ә).
    /// </summary>
    [Flags]
    private enum Alphabet
    {
        None = 0,
        Ke = 1,
        Schwa = 2,
        Je = 4,
        Ue = 8,
        Oe = 16,
    }

    private static Alphabet AlphabetOf(ReadOnlySpan<char> text) =>
        (text.ContainsAny(s_ke) ? Alphabet.Ke : Alphabet.None)
        | (text.ContainsAny(s_schwa) ? Alphabet.Schwa : Alphabet.None)
        | (text.ContainsAny(s_je) ? Alphabet.Je : Alphabet.None)
        | (text.ContainsAny(s_ue) ? Alphabet.Ue : Alphabet.None)
        | (text.ContainsAny(s_oe) ? Alphabet.Oe : Alphabet.None);

    /// <summary>
    /// The fast path's table over U+0400–U+04FF: the Latin letter of a Cyrillic letter with one reading whatever its
    /// neighbours (lowercase; '\0' for the others: they take the general path), whether it is a capital, whether only
    /// Azerbaijani Cyrillic has it.
    /// </summary>
    private static readonly (char Latin, bool Upper, bool Azerbaijani)[] s_simple = BuildSimple();

    private static (char Latin, bool Upper, bool Azerbaijani)[] BuildSimple()
    {
        var table = new (char, bool, bool)[256];
        for (int i = 0; i < 256; i++)
        {
            char c = (char)(0x400 + i);
            char lower = char.ToLowerInvariant(c);
            if (lower is 'г' or 'е' or 'э' or 'с' or 'о' or 'у' or < '\u0400' or > '\u04FF')
            {
                continue; // context or alphabet decides (Convert's fast path handles г and е itself)
            }

            (string rule, string? other, bool azerbaijani) = CyrillicLetter([lower], 0, lower, Alphabet.None);
            if (other is null && rule.Length == 1 && rule[0] < '\u0400')
            {
                table[i] = (rule[0], lower != c, azerbaijani);
            }
        }

        return table;
    }

    /// <summary>
    /// Converts a word of Cyrillic letters that each have one reading (most of Azerbaijani Cyrillic text) into
    /// <paramref name="destination"/>; -1 when a letter needs the general path (context, two readings, a Latin letter, a mark).
    /// </summary>
    private static int ConvertSimple(ReadOnlySpan<char> word, Alphabet alphabet, Span<char> destination, out bool azerbaijani)
    {
        azerbaijani = false;
        (char Latin, bool Upper, bool Azerbaijani)[] table = s_simple;
        for (int i = 0; i < word.Length; i++)
        {
            int index = word[i] - 0x400;
            if ((uint)index >= 256)
            {
                return -1;
            }

            (char latin, bool upper, bool az) = table[index];
            if (latin == '\0')
            {
                // г with ҝ in the text is q; е with ј in the text is e (not after ъ ь, which take the general path); с is s.
                char lower = word[i] is >= 'А' and <= 'Я' ? (char)(word[i] + 0x20) : word[i];
                latin = lower switch
                {
                    'г' when (alphabet & Alphabet.Ke) != 0 => 'q',
                    'е' when (alphabet & Alphabet.Je) != 0 => 'e',
                    'о' when (alphabet & Alphabet.Oe) != 0 => 'o',
                    'у' when (alphabet & Alphabet.Ue) != 0 => 'u',
                    'с' => 's',
                    _ => '\0',
                };
                if (latin == '\0')
                {
                    return -1;
                }

                upper = lower != word[i];
            }

            azerbaijani |= az;
            destination[i] = upper ? AzCasing.ToUpper(latin) : latin;
        }

        return word.Length;
    }

    private readonly IWordOracle? _oracle;
    private readonly AzMorphology? _counts;

    /// <summary>Creates a transliterator.</summary>
    /// <param name="oracle">
    /// Tells the readings of an ambiguous word apart, and Azerbaijani paragraphs from Russian ones in
    /// <see cref="ScriptMode.Auto"/>; when it is an <see cref="AzMorphology"/> its counts break ties. Null: the rules alone
    /// (and <see cref="ScriptMode.Auto"/> converts only paragraphs with Azerbaijani-only letters).
    /// </param>
    public CyrillicTransliterator(IWordOracle? oracle)
    {
        _oracle = oracle;
        _counts = oracle as AzMorphology;
    }

    /// <summary>A transliterator over the embedded lexicon and morphology (<see cref="AzMorphology.Default"/>).</summary>
    public static CyrillicTransliterator Default => s_default.Value;

    private static readonly Lazy<CyrillicTransliterator> s_default = new(() => new CyrillicTransliterator(AzMorphology.Default));

    /// <summary>Converts every Cyrillic word of <paramref name="text"/> (<see cref="ScriptMode.Latin"/>) and returns the text.</summary>
    /// <param name="text">The input.</param>
    /// <returns>The converted text; <paramref name="text"/> itself when it has no Cyrillic word.</returns>
    /// <example>
    /// <code>
    /// string latin = CyrillicTransliterator.Default.ToLatin("Азәрбајҹан Республикасы");
    /// // latin == "Azərbaycan Respublikası"
    /// </code>
    /// </example>
    public string ToLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int first = text.AsSpan().IndexOfAnyInRange('\u0400', '\u04FF');
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        int paragraphStart = 0;
        int paragraphEnd = -1;
        Alphabet alphabet = Alphabet.None;
        var decided = new Dictionary<string, (Alphabet Alphabet, Converted Word)>(StringComparer.Ordinal);
        int copied = 0;
        char[] scratch = ArrayPool<char>.Shared.Rent(64);
        try
        {
            int position = first;
            int floor = 0; // the end of the last word: the next one starts no earlier
            while (position < text.Length)
            {
                int next = text.AsSpan(position).IndexOfAnyInRange('\u0400', '\u04FF');
                if (next < 0)
                {
                    break;
                }

                (int start, int end) = WordAround(text, position + next, floor);
                position = end;
                floor = end;
                while (start > paragraphEnd)
                {
                    // The letters a paragraph's writer had decide its ambiguous ones, as in FindEdits.
                    paragraphStart = paragraphEnd + 1;
                    paragraphEnd = ParagraphEnd(text, paragraphStart);
                    alphabet = AlphabetOf(text.AsSpan(paragraphStart, paragraphEnd - paragraphStart));
                }

                if (!IsCyrillicWord(text.AsSpan(start, end - start)))
                {
                    continue;
                }

                Converted word = Convert(text.AsSpan(start, end - start), alphabet, decided, ref scratch);
                builder.Append(text, copied, start - copied);
                if (word.Text is null)
                {
                    builder.Append(scratch, 0, word.Length);
                }
                else
                {
                    builder.Append(word.Text);
                }
                copied = end;
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(scratch);
        }

        builder.Append(text, copied, text.Length - copied);
        return builder.ToString();
    }

    /// <summary>Converts <paramref name="text"/> as <paramref name="mode"/> says, with an edit for every word converted.</summary>
    /// <param name="text">The input.</param>
    /// <param name="mode">Which paragraphs to convert.</param>
    /// <returns>The result; its <see cref="FixResult.Text"/> is <paramref name="text"/> itself when nothing changed.</returns>
    public FixResult Transliterate(string text, ScriptMode mode = ScriptMode.Auto)
    {
        ArgumentNullException.ThrowIfNull(text);
        var edits = new List<Edit>();
        FindEdits(text, mode, edits);
        return new FixResult(text, edits);
    }

    /// <summary>Appends to <paramref name="edits"/>, in order, an edit for every word <paramref name="mode"/> converts.</summary>
    internal void FindEdits(string text, ScriptMode mode, List<Edit> edits)
    {
        if (mode == ScriptMode.Keep)
        {
            return;
        }

        int first = text.AsSpan().IndexOfAnyInRange('\u0400', '\u04FF');
        if (first < 0)
        {
            return;
        }

        char[] scratch = ArrayPool<char>.Shared.Rent(64);
        var paragraph = new List<(int Start, int End, Converted Word)>();
        var decided = new Dictionary<string, (Alphabet Alphabet, Converted Word)>(StringComparer.Ordinal);
        try
        {
            // Paragraphs end at a blank line; each with a Cyrillic letter is judged and converted whole.
            int paragraphStart = 0;
            while (paragraphStart < text.Length)
            {
                int paragraphEnd = ParagraphEnd(text, paragraphStart);
                if (paragraphEnd > first && text.AsSpan(paragraphStart, paragraphEnd - paragraphStart).ContainsAnyInRange('\u0400', '\u04FF'))
                {
                    paragraph.Clear();
                    int letterWords = CollectWords(text, paragraphStart, paragraphEnd, paragraph, decided, ref scratch);
                    if (paragraph.Count > 0 && (mode == ScriptMode.Latin || IsAzerbaijani(text, paragraph, letterWords)))
                    {
                        foreach ((int start, int end, Converted word) in paragraph)
                        {
                            string original = text[start..end];
                            if (!string.Equals(original, word.Text, StringComparison.Ordinal))
                            {
                                edits.Add(new Edit(start, end - start, original, word.Text!, EditKind.Transliteration, word.Confidence, word.Reason));
                            }
                        }
                    }
                }

                paragraphStart = paragraphEnd + 1;
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(scratch);
        }
    }

    /// <summary>
    /// Whether a paragraph is surely Azerbaijani Cyrillic: most of its words are Cyrillic, and a fifth of those have an
    /// Azerbaijani-only letter, or three in five of (up to <see cref="DetectionSample"/> of) them are known once converted.
    /// </summary>
    private bool IsAzerbaijani(string text, List<(int Start, int End, Converted Word)> words, int letterWords)
    {
        if (2 * words.Count < letterWords)
        {
            return false;
        }

        int azerbaijani = 0;
        foreach ((_, _, Converted word) in words)
        {
            azerbaijani += word.HasAzerbaijaniLetter ? 1 : 0;
        }

        if (5 * azerbaijani >= words.Count)
        {
            return true;
        }

        // Russian: a fifth of the words are frequent Russian words or have Russian endings (а вот, сказал это, образования).
        int russian = 0;
        foreach ((int start, int end, _) in words)
        {
            russian += RussianWords.Looks(text.AsSpan(start, end - start)) ? 1 : 0;
        }

        if (5 * russian >= words.Count)
        {
            return false;
        }

        if (_oracle is null)
        {
            return false;
        }

        int sampled = 0;
        int known = 0;
        foreach ((_, _, Converted word) in words)
        {
            if (sampled == DetectionSample)
            {
                break;
            }

            sampled++;
            known += word.Known ?? _oracle.IsKnown(word.Text) ? 1 : 0;
        }

        return 5 * known >= 3 * sampled;
    }

    /// <summary>Converts each Cyrillic word between <paramref name="start"/> and <paramref name="end"/>; returns how many words (of any script) there are.</summary>
    private int CollectWords(string text, int start, int end, List<(int Start, int End, Converted Word)> words, Dictionary<string, (Alphabet Alphabet, Converted Word)> decided, ref char[] scratch)
    {
        Alphabet alphabet = AlphabetOf(text.AsSpan(start, end - start));
        int letterWords = 0;
        int position = start;
        while (position < end)
        {
            int offset = IndexOfLetter(text.AsSpan(position, end - position));
            if (offset < 0)
            {
                break;
            }

            (int wordStart, int wordEnd) = WordAround(text, position + offset, position);
            wordEnd = Math.Min(wordEnd, end);
            position = wordEnd;
            letterWords++;
            ReadOnlySpan<char> word = text.AsSpan(wordStart, wordEnd - wordStart);
            if (!IsCyrillicWord(word))
            {
                continue;
            }

            Converted converted = Convert(word, alphabet, decided, ref scratch);
            converted.Text ??= new string(scratch, 0, converted.Length);
            words.Add((wordStart, wordEnd, converted));
        }

        return letterWords;
    }

    private static int IndexOfLetter(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Where the paragraph starting at <paramref name="start"/> ends: at the next blank line, or the text's end.</summary>
    private static int ParagraphEnd(string text, int start)
    {
        int position = start;
        while (position < text.Length)
        {
            int newline = text.AsSpan(position).IndexOfAny(s_paragraphBreak);
            if (newline < 0)
            {
                return text.Length;
            }

            newline += position;
            int lineStart = newline + (text[newline] == '\r' && newline + 1 < text.Length && text[newline + 1] == '\n' ? 2 : 1);
            int nextBreak = text.AsSpan(lineStart).IndexOfAny(s_paragraphBreak);
            int lineEnd = nextBreak < 0 ? text.Length : lineStart + nextBreak;
            if (text.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace())
            {
                return newline;
            }

            position = lineStart;
        }

        return text.Length;
    }

    /// <summary>
    /// The word around <paramref name="index"/>, not starting before <paramref name="floor"/> (the end of the word before):
    /// letters, combining marks, and apostrophes with a letter or mark on both sides (the same test both ways, so two words
    /// never overlap).
    /// </summary>
    private static (int Start, int End) WordAround(string text, int index, int floor)
    {
        int start = index;
        while (start > floor && (IsWordChar(text[start - 1]) || (IsApostrophe(text[start - 1]) && start - 1 > floor && IsWordChar(text[start - 2]))))
        {
            start--;
        }

        int end = index + 1;
        while (end < text.Length && (IsWordChar(text[end]) || (IsApostrophe(text[end]) && end + 1 < text.Length && IsWordChar(text[end + 1]))))
        {
            end++;
        }

        return (start, end);
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || c is >= '\u0300' and <= '\u036F';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>Whether a word is Cyrillic: more Cyrillic letters than Latin ones (the normalizer folds a stray Cyrillic letter in a Latin word).</summary>
    private static bool IsCyrillicWord(ReadOnlySpan<char> word)
    {
        int cyrillic = 0;
        int other = 0;
        foreach (char c in word)
        {
            if (s_converted.Contains(c))
            {
                cyrillic++; // a letter of other Cyrillic alphabets (Kazakh қ ұ) is kept as it is, so it counts as other
            }
            else if (char.IsLetter(c))
            {
                other++;
            }
        }

        return cyrillic > other;
    }

    /// <summary>One converted word.</summary>
    private struct Converted
    {
        /// <summary>The Latin word, when it was not left in the scratch buffer.</summary>
        public string? Text;

        /// <summary>Its length in the scratch buffer.</summary>
        public int Length;

        public double Confidence;

        public string Reason;

        /// <summary>Whether the lexicon knows it, when that was asked.</summary>
        public bool? Known;

        /// <summary>Whether the word has a letter only Azerbaijani Cyrillic has.</summary>
        public bool HasAzerbaijaniLetter;
    }

    /// <summary>Converts one Cyrillic word, into <paramref name="scratch"/> when it has one reading.</summary>
    private Converted Convert(ReadOnlySpan<char> word, Alphabet alphabet, Dictionary<string, (Alphabet Alphabet, Converted Word)> decided, ref char[] scratch)
    {
        if (scratch.Length < (3 * word.Length) + 4)
        {
            ArrayPool<char>.Shared.Return(scratch);
            scratch = ArrayPool<char>.Shared.Rent((3 * word.Length) + 4);
        }

        int simple = ConvertSimple(word, alphabet, scratch, out bool simpleAzerbaijani);
        if (simple >= 0)
        {
            return new Converted { Length = simple, Confidence = 0.99, Reason = Reason, HasAzerbaijaniLetter = simpleAzerbaijani };
        }

        bool allCaps = IsAllCaps(word);

        // First the rule's reading, noting where another reading is possible.
        Span<(int Source, int At, int Length)> ambiguous = stackalloc (int, int, int)[MaxAmbiguous];
        int ambiguousCount = 0;
        bool azerbaijani = false;
        int length = 0;
        for (int i = 0; i < word.Length; i++)
        {
            int before = length;
            length = WriteLetter(word, i, allCaps, alphabet, scratch, length, preferAlternative: false, ref azerbaijani, out bool hasAlternative);
            if (hasAlternative && ambiguousCount < MaxAmbiguous)
            {
                ambiguous[ambiguousCount++] = (i, before, length - before);
            }
        }

        if (ambiguousCount == 0)
        {
            return new Converted { Length = length, Confidence = 0.99, Reason = Reason, HasAzerbaijaniLetter = azerbaijani };
        }

        string rule = new(scratch, 0, length);
        if (_oracle is null)
        {
            return new Converted { Text = rule, Confidence = 0.7, Reason = Reason, HasAzerbaijaniLetter = azerbaijani };
        }

        // A word with two readings is decided once per call (and per alphabet): text repeats its words.
        Dictionary<string, (Alphabet Alphabet, Converted Word)>.AlternateLookup<ReadOnlySpan<char>> lookup = decided.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out (Alphabet Alphabet, Converted Word) earlier) && earlier.Alphabet == alphabet)
        {
            return earlier.Word;
        }

        Converted result = Decide(word, rule, allCaps, alphabet, ambiguous[..ambiguousCount], azerbaijani, ref scratch);
        if (decided.Count >= MaxDecided)
        {
            decided.Clear();
        }

        lookup[word] = (alphabet, result);
        return result;
    }

    /// <summary>The most decisions of ambiguous words one call keeps.</summary>
    private const int MaxDecided = 1 << 14;

    /// <summary>The rule's reading when it is a known word, else the known reading with fewest changes, else the rule's.</summary>
    private Converted Decide(ReadOnlySpan<char> word, string rule, bool allCaps, Alphabet alphabet, ReadOnlySpan<(int Source, int At, int Length)> ambiguous, bool azerbaijani, ref char[] scratch)
    {
        int ambiguousCount = ambiguous.Length;
        if (_oracle!.IsKnown(rule))
        {
            return new Converted { Text = rule, Confidence = 0.95, Reason = Reason, Known = true, HasAzerbaijaniLetter = azerbaijani };
        }

        // Other readings, fewest changes from the rule first; the first known one (the most frequent of its rank) wins.
        string? best = null;
        double bestCount = -1;
        for (int changes = 1; changes <= ambiguousCount && best is null; changes++)
        {
            for (int mask = 1; mask < 1 << ambiguousCount; mask++)
            {
                if (System.Numerics.BitOperations.PopCount((uint)mask) != changes)
                {
                    continue;
                }

                string candidate = Reading(word, allCaps, alphabet, ambiguous, mask, ref scratch);
                if (!_oracle.IsKnown(candidate))
                {
                    continue;
                }

                double count = _counts?.EstimateCount(candidate) ?? 0;
                if (count > bestCount)
                {
                    (best, bestCount) = (candidate, count);
                }
            }
        }

        return best is null
            ? new Converted { Text = rule, Confidence = 0.7, Reason = Reason + "; an ambiguous letter read by rule (no reading is a known word)", Known = false, HasAzerbaijaniLetter = azerbaijani }
            : new Converted { Text = best, Confidence = 0.95, Reason = Reason + "; an ambiguous letter read as the known word has it", Known = true, HasAzerbaijaniLetter = azerbaijani };
    }

    private const string Reason = "Cyrillic script to the Latin alphabet";

    /// <summary>The reading that takes the other reading at the ambiguous letters <paramref name="mask"/> names.</summary>
    private static string Reading(ReadOnlySpan<char> word, bool allCaps, Alphabet alphabet, ReadOnlySpan<(int Source, int At, int Length)> ambiguous, int mask, ref char[] scratch)
    {
        int length = 0;
        bool azerbaijani = false;
        for (int i = 0; i < word.Length; i++)
        {
            bool alternative = false;
            for (int a = 0; a < ambiguous.Length; a++)
            {
                if (ambiguous[a].Source == i)
                {
                    alternative = (mask & (1 << a)) != 0;
                    break;
                }
            }

            length = WriteLetter(word, i, allCaps, alphabet, scratch, length, alternative, ref azerbaijani, out _);
        }

        return new string(scratch, 0, length);
    }

    /// <summary>Whether a word is written in capitals: at least two letters, none lowercase.</summary>
    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        int upper = 0;
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            upper += char.IsUpper(c) ? 1 : 0;
        }

        return upper >= 2;
    }

    /// <summary>
    /// Writes the Latin reading of <c>word[i]</c> at <paramref name="at"/> in <paramref name="destination"/> and returns the
    /// new length: the rule's reading, or with <paramref name="preferAlternative"/> the other one.
    /// </summary>
    private static int WriteLetter(ReadOnlySpan<char> word, int i, bool allCaps, Alphabet alphabet, char[] destination, int at, bool preferAlternative, ref bool azerbaijani, out bool hasAlternative)
    {
        char c = word[i];
        hasAlternative = false;

        // A combining mark composes with the Latin letter just written where Azerbaijani has the pair (с̧ → ş, ҝ̆ → ğ, Ы̇ → İ).
        if (c is >= '\u0300' and <= '\u036F')
        {
            if (at > 0 && Compose(destination[at - 1], c) is { } composed and not '\0')
            {
                destination[at - 1] = composed;
                azerbaijani |= c is '\u0327' or '\u0306' or '\u0308';
                return at;
            }

            destination[at] = c;
            return at + 1;
        }

        if (IsApostrophe(c))
        {
            // Older spelling marked a glottal stop (тә'сир); today's usually drops it (təsir): the lexicon decides. After a
            // name (Ри'нин) or before a capital (д'Ор) it stays.
            hasAlternative = !char.IsUpper(word[0]) && i + 1 < word.Length && !char.IsUpper(word[i + 1]);
            if (preferAlternative && hasAlternative)
            {
                return at;
            }

            destination[at] = c;
            return at + 1;
        }

        bool upper = char.IsUpper(c);
        char lower = upper ? char.ToLowerInvariant(c) : c;
        string reading;
        if (lower is >= '\u0400' and <= '\u04FF')
        {
            (string rule, string? other, bool azerbaijaniLetter) = CyrillicLetter(word, i, lower, alphabet);
            azerbaijani |= azerbaijaniLetter;
            hasAlternative = other is not null;
            reading = preferAlternative && other is not null ? other : rule;
        }
        else if (LatinLookAlike(lower, upper) is { } cyrillicReading)
        {
            // A Latin letter typed inside a Cyrillic word: read as the Cyrillic letter it looks like (p → р → r), or as itself.
            hasAlternative = true;
            reading = preferAlternative ? lower.ToString() : cyrillicReading;
        }
        else
        {
            destination[at] = c;
            return at + 1;
        }

        if (reading.Length == 0)
        {
            return at;
        }

        if (!upper)
        {
            reading.CopyTo(destination.AsSpan(at));
            return at + reading.Length;
        }

        // A capital: the whole reading in capitals in a word in capitals (ЯЗЫ → YAZI), else only its first letter (Я → Ya).
        for (int k = 0; k < reading.Length; k++)
        {
            destination[at + k] = k == 0 || allCaps ? AzCasing.ToUpper(reading[k]) : reading[k];
        }

        return at + reading.Length;
    }

    /// <summary>The Latin letter a Cyrillic letter and a combining mark make, or '\0'.</summary>
    private static char Compose(char latin, char mark) => (latin, mark) switch
    {
        ('s', '\u0327') => 'ş',
        ('S', '\u0327') => 'Ş',
        ('c', '\u0327') => 'ç',
        ('C', '\u0327') => 'Ç',
        ('g', '\u0306') => 'ğ',
        ('G', '\u0306') => 'Ğ',
        ('u', '\u0308') => 'ü',
        ('U', '\u0308') => 'Ü',
        ('o', '\u0308') => 'ö',
        ('O', '\u0308') => 'Ö',
        ('ı', '\u0307') => 'i',
        ('I', '\u0307') => 'İ',
        _ => '\0',
    };

    /// <summary>
    /// The Latin reading of a Latin letter that looks like a Cyrillic one, read inside a Cyrillic word: <c>p</c> as <c>р</c>
    /// (<c>r</c>); null for a letter that looks like none, or that reads the same either way (<c>a</c>, <c>h</c> for
    /// <c>һ</c>).
    /// </summary>
    private static string? LatinLookAlike(char lower, bool upper) => (lower, upper) switch
    {
        ('p', _) => "r",
        ('c', _) => "s",
        ('y', _) => "u",
        ('j', false) => "y",
        ('b', true) => "v",
        ('h', true) => "n",
        _ => null,
    };

    /// <summary>The rule's Latin reading of a lowercase Cyrillic letter, its other reading (or null), and whether only Azerbaijani Cyrillic has the letter.</summary>
    private static (string Rule, string? Other, bool Azerbaijani) CyrillicLetter(ReadOnlySpan<char> word, int i, char c, Alphabet alphabet)
    {
        switch (c)
        {
            case 'а': return ("a", null, false);
            case 'б': return ("b", null, false);
            case 'в': return ("v", null, false);
            case 'г': return (alphabet & Alphabet.Ke) != 0 ? ("q", null, false) : ("q", "g", false); // Russian keyboards have no ҝ: г is typed for both
            case 'ғ': return ("ğ", null, true);
            case 'д': return ("d", null, false);
            case 'е':
                {
                    // After a hard or soft sign е reads ye (объект → obyekt); at a word's start or after a vowel it may.
                    char previous = PreviousLetter(word, i);
                    if (previous is 'ъ' or 'ь')
                    {
                        return ("ye", "e", false);
                    }

                    return (previous == '\0' || IsCyrillicVowel(previous)) && (alphabet & Alphabet.Je) == 0 ? ("e", "ye", false) : ("e", null, false);
                }

            case 'ә': return ("ə", null, true);
            case 'ж': return ("j", null, false);
            case 'з': return ("z", null, false);
            case 'и': return ("i", null, false);
            case 'і': return ("i", null, false);
            case 'ы': return ("ı", null, false);
            case 'ј': return ("y", null, true);
            case 'й': return ("y", null, false);
            case 'к': return ("k", null, false);
            case 'ҝ': return ("g", null, true);
            case 'л': return ("l", null, false);
            case 'м': return ("m", null, false);
            case 'н': return ("n", null, false);
            case 'о': return (alphabet & Alphabet.Oe) != 0 ? ("o", null, false) : ("o", "ö", false); // no ө key: о typed for both
            case 'ө': return ("ö", null, true);
            case 'ӧ': return ("ö", null, true);
            case 'п': return ("p", null, false);
            case 'р': return ("r", null, false);
            case 'с': return PreviousLetter(word, i) == 'ц' ? (string.Empty, "s", false) : ("s", null, false); // Цсентр: ц already reads s
            case 'т': return ("t", null, false);
            case 'у': return (alphabet & Alphabet.Ue) != 0 ? ("u", null, false) : ("u", "ü", false); // no ү key: у typed for both
            case 'ү': return ("ü", null, true);
            case 'ӱ': return ("ü", null, true);
            case 'ф': return ("f", null, false);
            case 'х': return ("x", null, false);
            case 'һ': return ("h", null, true);
            case 'ч': return ("ç", null, false);
            case 'ҹ': return ("c", null, true);
            case 'ш': return ("ş", null, false);
            case 'щ': return ("şç", "ş", false);
            case 'ц': return ("s", "ts", false);
            case 'ъ': return (string.Empty, null, false);
            case 'ь': return (string.Empty, null, false);
            case 'э': return (alphabet & Alphabet.Schwa) != 0 ? ("e", null, false) : ("ə", "e", false); // typed for ә on a Russian keyboard; e in Russian loanwords (электрик)
            case 'ю': return ("yu", "yü", false);
            case 'я': return ("ya", "yə", false);
            case 'ё': return ("yo", "yö", false);
            default: return (c.ToString(), null, false); // a Cyrillic letter of another language: kept
        }
    }

    private static char PreviousLetter(ReadOnlySpan<char> word, int i)
    {
        for (int k = i - 1; k >= 0; k--)
        {
            if (char.IsLetter(word[k]))
            {
                return char.ToLowerInvariant(word[k]);
            }
        }

        return '\0';
    }

    private static bool IsCyrillicVowel(char c) => c is 'а' or 'е' or 'ә' or 'и' or 'ы' or 'о' or 'ө' or 'ӧ' or 'у' or 'ү' or 'ӱ' or 'э' or 'ю' or 'я' or 'ё' or 'і'
        or 'a' or 'e' or 'o';

    /// <summary>
    /// Writes Azerbaijani Latin text in the Azerbaijani Cyrillic alphabet of 1958–1991 (ə → ә, ç → ч, c → ҹ, g → ҝ, ğ → ғ,
    /// q → г, y → ј, ı → ы, İ → И …), letter by letter; other characters are kept. The inverse of <see cref="ToLatin"/> on
    /// Azerbaijani words.
    /// </summary>
    /// <param name="latin">Azerbaijani in the Latin alphabet.</param>
    /// <returns>The same text in Cyrillic.</returns>
    public static string ToCyrillic(string latin)
    {
        ArgumentNullException.ThrowIfNull(latin);
        return string.Create(latin.Length, latin, static (destination, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                char c = source[i];
                char lower = AzCasing.ToLower(c);
                char cyrillic = lower switch
                {
                    'a' => 'а',
                    'b' => 'б',
                    'c' => 'ҹ',
                    'ç' => 'ч',
                    'd' => 'д',
                    'e' => 'е',
                    'ə' => 'ә',
                    'f' => 'ф',
                    'g' => 'ҝ',
                    'ğ' => 'ғ',
                    'h' => 'һ',
                    'x' => 'х',
                    'ı' => 'ы',
                    'i' => 'и',
                    'j' => 'ж',
                    'k' => 'к',
                    'q' => 'г',
                    'l' => 'л',
                    'm' => 'м',
                    'n' => 'н',
                    'o' => 'о',
                    'ö' => 'ө',
                    'p' => 'п',
                    'r' => 'р',
                    's' => 'с',
                    'ş' => 'ш',
                    't' => 'т',
                    'u' => 'у',
                    'ü' => 'ү',
                    'v' => 'в',
                    'y' => 'ј',
                    'z' => 'з',
                    _ => '\0',
                };
                destination[i] = cyrillic == '\0' ? c : c == lower ? cyrillic : char.ToUpperInvariant(cyrillic);
            }
        });
    }
}
