namespace AzNormalize.Text;

/// <summary>
/// Azerbaijani casing that never consults <see cref="System.Globalization.CultureInfo"/>: I↔ı, İ↔i, and
/// <c>I</c>/<c>i</c> followed by a combining dot above (U+0307, what a Turkic-unaware tool makes of İ) folded to
/// <c>i</c>/<c>İ</c>. Every other character is mapped by the invariant (Unicode simple) case mapping.
/// </summary>
/// <remarks>
/// Static and thread-safe; the same results under every culture and under invariant globalization.
/// The span methods never write more characters than they read.
/// </remarks>
public static class AzCasing
{
    /// <summary>U+0307 COMBINING DOT ABOVE: <c>i</c> + U+0307 is how <c>İ</c> arrives after a Turkic-unaware lowercase.</summary>
    public const char CombiningDotAbove = '\u0307';

    /// <summary>The Azerbaijani lowercase of <paramref name="c"/>: <c>I</c>→<c>ı</c>, <c>İ</c>→<c>i</c>.</summary>
    public static char ToLower(char c) => c < TableLength ? s_lower[c] : char.ToLowerInvariant(c);

    /// <summary>The Azerbaijani capital of <paramref name="c"/>: <c>i</c>→<c>İ</c>, <c>ı</c>→<c>I</c>.</summary>
    public static char ToUpper(char c) => c < TableLength ? s_upper[c] : char.ToUpperInvariant(c);

    /// <summary>
    /// The characters whose case the tables hold: Latin (with the extended blocks and IPA), Greek and Cyrillic, U+0000 to
    /// U+052F. Outside the ASCII range the runtime's invariant mapping asks ICU for every character (a platform call each,
    /// most of the time of a word check before the tables), so the tables ask it once per character, on first use.
    /// </summary>
    private const int TableLength = 0x0530;

    private static readonly char[] s_lower = BuildTable(upper: false);
    private static readonly char[] s_upper = BuildTable(upper: true);

    private static char[] BuildTable(bool upper)
    {
        char[] table = new char[TableLength];
        for (int i = 0; i < TableLength; i++)
        {
            char c = (char)i;
            table[i] = upper
                ? c switch
                {
                    'i' => 'İ',
                    'ı' => 'I',
                    < '\u0080' => char.IsAsciiLetterLower(c) ? (char)(c & ~0x20) : c,
                    _ => char.ToUpperInvariant(c),
                }
                : c switch
                {
                    'I' => 'ı',
                    'İ' => 'i',
                    < '\u0080' => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c,
                    _ => char.ToLowerInvariant(c),
                };
        }

        return table;
    }

    /// <summary>Writes the Azerbaijani lowercase of <paramref name="source"/> to <paramref name="destination"/>.</summary>
    /// <param name="source">The text to lower.</param>
    /// <param name="destination">At least as long as <paramref name="source"/>; may be the same memory.</param>
    /// <returns>The number of characters written: less than the source's length where a dot above was folded.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="source"/>.</exception>
    public static int ToLower(ReadOnlySpan<char> source, Span<char> destination) => Map(source, destination, upper: false);

    /// <summary>Writes the Azerbaijani capitals of <paramref name="source"/> to <paramref name="destination"/>.</summary>
    /// <param name="source">The text to raise.</param>
    /// <param name="destination">At least as long as <paramref name="source"/>; may be the same memory.</param>
    /// <returns>The number of characters written: less than the source's length where a dot above was folded.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="source"/>.</exception>
    public static int ToUpper(ReadOnlySpan<char> source, Span<char> destination) => Map(source, destination, upper: true);

    /// <summary>The Azerbaijani lowercase of <paramref name="text"/>; the same instance when nothing changes.</summary>
    public static string ToLower(string text) => MapString(text, upper: false);

    /// <summary>The Azerbaijani capitals of <paramref name="text"/> (<c>diqqət</c> → <c>DİQQƏT</c>); the same instance when nothing changes.</summary>
    public static string ToUpper(string text) => MapString(text, upper: true);

    /// <summary>The word with its first letter capital and the rest lowercase (<c>iyun</c> → <c>İyun</c>).</summary>
    public static string ToTitle(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        string lower = ToLower(word);
        if (lower.Length == 0 || ToUpper(lower[0]) == lower[0])
        {
            return lower;
        }

        return string.Create(lower.Length, lower, static (span, value) =>
        {
            value.AsSpan().CopyTo(span);
            span[0] = ToUpper(span[0]);
        });
    }

    /// <summary>Whether two texts are equal ignoring Azerbaijani case (I≠i: <c>I</c> matches <c>ı</c>, <c>İ</c> matches <c>i</c>).</summary>
    public static bool EqualsIgnoreCase(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (int i = 0; i < left.Length; i++)
        {
            if (left[i] != right[i] && ToLower(left[i]) != ToLower(right[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The capitalisation pattern of <paramref name="word"/>.</summary>
    public static CaseShape GetShape(ReadOnlySpan<char> word)
    {
        int upper = 0;
        int lower = 0;
        bool firstIsUpper = false;
        bool seenCased = false;
        foreach (char c in word)
        {
            bool isUpper = ToLower(c) != c;
            bool isLower = ToUpper(c) != c;
            if (!isUpper && !isLower)
            {
                continue;
            }

            if (!seenCased)
            {
                firstIsUpper = isUpper;
                seenCased = true;
            }

            if (isUpper)
            {
                upper++;
            }
            else
            {
                lower++;
            }
        }

        return (upper, lower) switch
        {
            (0, 0) => CaseShape.None,
            (0, _) => CaseShape.Lower,
            (1, _) when firstIsUpper && lower > 0 => CaseShape.Title,
            (_, 0) when upper >= 2 => CaseShape.Upper,
            (1, 0) => CaseShape.Title,
            _ => CaseShape.Mixed,
        };
    }

    /// <summary>
    /// Writes <paramref name="word"/> with the capitalisation <paramref name="shape"/> to <paramref name="destination"/>
    /// (for carrying a misspelling's case to its correction). <see cref="CaseShape.Mixed"/> and <see cref="CaseShape.None"/>
    /// copy the word as it is.
    /// </summary>
    /// <returns>The number of characters written.</returns>
    public static int ApplyShape(ReadOnlySpan<char> word, CaseShape shape, Span<char> destination)
    {
        switch (shape)
        {
            case CaseShape.Lower:
                return ToLower(word, destination);
            case CaseShape.Upper:
                return ToUpper(word, destination);
            case CaseShape.Title:
                int written = ToLower(word, destination);
                if (written > 0)
                {
                    destination[0] = ToUpper(destination[0]);
                }

                return written;
            default:
                if (destination.Length < word.Length)
                {
                    throw new ArgumentException("The destination is shorter than the source.", nameof(destination));
                }

                word.CopyTo(destination);
                return word.Length;
        }
    }

    private static int Map(ReadOnlySpan<char> source, Span<char> destination, bool upper)
    {
        if (destination.Length < source.Length)
        {
            throw new ArgumentException("The destination is shorter than the source.", nameof(destination));
        }

        int written = 0;
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if (c is 'I' or 'i' && i + 1 < source.Length && source[i + 1] == CombiningDotAbove)
            {
                // I + U+0307 and i + U+0307 are both a dotted i that lost its precomposed form.
                destination[written++] = upper ? 'İ' : 'i';
                i++;
                continue;
            }

            destination[written++] = upper ? ToUpper(c) : ToLower(c);
        }

        return written;
    }

    private static string MapString(string text, bool upper)
    {
        ArgumentNullException.ThrowIfNull(text);
        int i = 0;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if ((upper ? ToUpper(c) : ToLower(c)) != c || c == CombiningDotAbove)
            {
                break;
            }
        }

        if (i == text.Length)
        {
            return text;
        }

        char[] buffer = new char[text.Length];
        int written = Map(text, buffer, upper);
        return new string(buffer, 0, written);
    }
}
