using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace AzNormalize.Tokenization;

/// <summary>Character classes of the tokenizer. Static and thread-safe.</summary>
internal static class TokenChars
{
    /// <summary>U+00AD SOFT HYPHEN: invisible, kept inside a word when letters follow it.</summary>
    public const char SoftHyphen = '\u00AD';

    /// <summary>U+200B ZERO WIDTH SPACE.</summary>
    public const char ZeroWidthSpace = '\u200B';

    /// <summary>U+200C ZERO WIDTH NON-JOINER.</summary>
    public const char ZeroWidthNonJoiner = '\u200C';

    /// <summary>U+200D ZERO WIDTH JOINER: inside a word before a letter, or inside an emoji sequence.</summary>
    public const char ZeroWidthJoiner = '\u200D';

    /// <summary>U+2060 WORD JOINER.</summary>
    public const char WordJoiner = '\u2060';

    /// <summary>U+2010 HYPHEN.</summary>
    public const char Hyphen = '\u2010';

    /// <summary>U+2011 NON-BREAKING HYPHEN.</summary>
    public const char NonBreakingHyphen = '\u2011';

    /// <summary>U+2019 RIGHT SINGLE QUOTATION MARK, the typographic apostrophe.</summary>
    public const char RightSingleQuote = '\u2019';

    /// <summary>U+02BC MODIFIER LETTER APOSTROPHE (a letter by its Unicode category).</summary>
    public const char ModifierApostrophe = '\u02BC';

    /// <summary>U+00A0 NO-BREAK SPACE.</summary>
    public const char NoBreakSpace = '\u00A0';

    /// <summary>U+2030 PER MILLE SIGN (Po, read as a symbol like <c>%</c>).</summary>
    public const char PerMille = '\u2030';

    /// <summary>U+2031 PER TEN THOUSAND SIGN (Po, read as a symbol like <c>%</c>).</summary>
    public const char PerTenThousand = '\u2031';

    /// <summary>U+0085 NEXT LINE.</summary>
    public const char NextLine = '\u0085';

    /// <summary>U+2028 LINE SEPARATOR.</summary>
    public const char LineSeparator = '\u2028';

    /// <summary>U+2029 PARAGRAPH SEPARATOR.</summary>
    public const char ParagraphSeparator = '\u2029';

    /// <summary>
    /// The characters a word is made of most of the time: ASCII letters and digits and the Azerbaijani letters outside ASCII.
    /// A word runs over them with one vectorized search; anything else takes the slow path.
    /// </summary>
    public static readonly SearchValues<char> CommonWordChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789əƏıİşŞçÇğĞöÖüÜ");

    private static readonly AsciiClass[] s_ascii = BuildAsciiClasses();

    /// <summary>The class of an ASCII character (<paramref name="c"/> &lt; 128).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static AsciiClass GetAsciiClass(char c) => s_ascii[c];

    /// <summary>A hyphen that joins a compound or a numeral and its suffix: <c>-</c>, U+2010, U+2011.</summary>
    public static bool IsJoiningHyphen(char c) => c is '-' or Hyphen or NonBreakingHyphen;

    /// <summary>An apostrophe kept between two letters of a word: <c>'</c>, U+2019, U+02BC.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or RightSingleQuote or ModifierApostrophe;

    /// <summary>An invisible character kept inside a word when a letter follows it.</summary>
    public static bool IsWordInvisible(char c) => c is SoftHyphen or ZeroWidthSpace or ZeroWidthNonJoiner or ZeroWidthJoiner or WordJoiner;

    /// <summary>A character that ends a line on its own: <c>\n</c>, <c>\r</c>, form feed, U+0085, U+2028, U+2029.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\f' or NextLine or LineSeparator or ParagraphSeparator;

    /// <summary>The characters of <see cref="IsLineBreak"/>, to search a span for any of them.</summary>
    internal static readonly SearchValues<char> LineBreaks = SearchValues.Create(['\n', '\r', '\f', NextLine, LineSeparator, ParagraphSeparator]);

    /// <summary>
    /// Whether a line starts at <paramref name="position"/> of <paramref name="text"/>: right after a line break, which the
    /// tokenizer reads as a token of its own (so not between the two characters of <c>\r\n</c>).
    /// </summary>
    internal static bool IsLineStart(ReadOnlySpan<char> text, int position) =>
        position > 0 && position <= text.Length && IsLineBreak(text[position - 1])
        && !(text[position - 1] == '\r' && position < text.Length && text[position] == '\n');

    /// <summary>The start of the line <paramref name="position"/> is in (<see cref="IsLineStart"/>).</summary>
    internal static int LineStart(ReadOnlySpan<char> text, int position)
    {
        while (position > 0 && !IsLineStart(text, position))
        {
            position--;
        }

        return position;
    }

    /// <summary>The start of the next line after <paramref name="position"/> (or the text's end): the end of its own.</summary>
    internal static int LineEnd(ReadOnlySpan<char> text, int position)
    {
        position++;
        while (position < text.Length && !IsLineStart(text, position))
        {
            position++;
        }

        return Math.Min(position, text.Length);
    }

    /// <summary>Space on one line: space, tab, and every other Unicode space separator (Zs, which includes U+00A0).</summary>
    public static bool IsHorizontalSpace(char c) =>
        c < 0x80 ? c is ' ' or '\t' : CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;

    /// <summary>An ASCII digit or another decimal digit (Nd).</summary>
    public static bool IsDigit(char c) => c < 0x80 ? char.IsAsciiDigit(c) : char.IsDigit(c);

    /// <summary>A combining mark: Mn, Mc or Me.</summary>
    public static bool IsMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Whether a letter starts at <paramref name="index"/>: a BMP letter or a surrogate pair whose code point is a letter.</summary>
    public static bool IsLetterAt(ReadOnlySpan<char> text, int index)
    {
        if ((uint)index >= (uint)text.Length)
        {
            return false;
        }

        char c = text[index];
        if (c < 0x80)
        {
            return char.IsAsciiLetter(c);
        }

        if (char.IsHighSurrogate(c))
        {
            return IsLetterPairAt(text, index);
        }

        return char.IsLetter(c);
    }

    /// <summary>Whether a valid surrogate pair whose code point is a letter starts at <paramref name="index"/>.</summary>
    public static bool IsLetterPairAt(ReadOnlySpan<char> text, int index) =>
        index + 1 < text.Length
        && char.IsSurrogatePair(text[index], text[index + 1])
        && Rune.IsLetter(new Rune(text[index], text[index + 1]));

    /// <summary>The Unicode category of the code point at <paramref name="index"/>; <paramref name="width"/> is 2 for a valid surrogate pair.</summary>
    public static UnicodeCategory GetCategoryAt(ReadOnlySpan<char> text, int index, out int width)
    {
        char c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            return Rune.GetUnicodeCategory(new Rune(c, text[index + 1]));
        }

        width = 1;
        return CharUnicodeInfo.GetUnicodeCategory(c);
    }

    private static AsciiClass[] BuildAsciiClasses()
    {
        var classes = new AsciiClass[128];
        for (int i = 0; i < classes.Length; i++)
        {
            char c = (char)i;
            classes[i] = c switch
            {
                _ when char.IsAsciiLetter(c) => AsciiClass.Letter,
                _ when char.IsAsciiDigit(c) => AsciiClass.Digit,
                ' ' or '\t' => AsciiClass.Space,
                '\n' or '\r' or '\f' => AsciiClass.LineBreak,
                '@' or '#' => AsciiClass.MentionOrHashtag,
                '%' => AsciiClass.Symbol, // Po in Unicode, but a unit sign like $ and № to a reader.
                _ when char.IsPunctuation(c) => AsciiClass.Punctuation,
                _ when char.IsSymbol(c) => AsciiClass.Symbol,
                _ => AsciiClass.Other,
            };
        }

        return classes;
    }
}

/// <summary>The class of an ASCII character, for the tokenizer's first dispatch.</summary>
internal enum AsciiClass : byte
{
    /// <summary>Controls other than tab, line feed, carriage return and form feed.</summary>
    Other,

    /// <summary>A–Z, a–z.</summary>
    Letter,

    /// <summary>0–9.</summary>
    Digit,

    /// <summary>Space and tab.</summary>
    Space,

    /// <summary>Line feed, carriage return, form feed.</summary>
    LineBreak,

    /// <summary>Punctuation other than <c>@</c> and <c>#</c>.</summary>
    Punctuation,

    /// <summary><c>@</c> and <c>#</c>: a mention or a hashtag when a name follows, punctuation otherwise.</summary>
    MentionOrHashtag,

    /// <summary><c>$ % + &lt; = &gt; ^ ` | ~</c>.</summary>
    Symbol,
}
