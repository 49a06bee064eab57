using System.Globalization;

namespace AzNormalize.Text;

/// <summary>
/// Where Azerbaijani sentences end and where the context of a word breaks: the marks the checker, the corrector's context
/// model, layout repair and the CLI's streaming agree on.
/// </summary>
/// <remarks>
/// <para>Static and thread-safe.</para>
/// <para>A sentence ends with <c>.</c>, <c>!</c>, <c>?</c> or <c>…</c>. A colon does not end one: Azerbaijani goes on in
/// lowercase after it (an explanation, a list), and the capital of direct speech after it is normally written inside
/// quotation marks or after a dash.</para>
/// </remarks>
public static class SentenceBoundaries
{
    /// <summary>The horizontal ellipsis (U+2026), one character for <c>...</c>.</summary>
    private const char Ellipsis = '\u2026';

    /// <summary>Whether <paramref name="c"/> ends a sentence: <c>.</c> <c>!</c> <c>?</c> <c>…</c>.</summary>
    public static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or Ellipsis;

    /// <summary>
    /// Whether no pair of neighbouring words is counted across <paramref name="c"/>: a sentence end
    /// (<see cref="IsSentenceEnd"/>), a colon or semicolon, a round or square bracket. Line breaks break context too; they are
    /// tokens of their own and not tested here.
    /// </summary>
    public static bool IsContextBreak(char c) => IsSentenceEnd(c) || c is ';' or ':' or '(' or ')' or '[' or ']';

    /// <summary>
    /// Whether <paramref name="text"/> ends a sentence: its last character other than white space (line breaks excepted)
    /// and closing marks (<c>" ' ) ] » ” ’</c>) is a sentence end (<see cref="IsSentenceEnd"/>).
    /// </summary>
    /// <example><c>Gəldi.»</c> and <c>(Bakı, 2020.)</c> end a sentence; <c>Gəldi,</c> and <c>Qeyd:</c> do not.</example>
    public static bool EndsSentence(ReadOnlySpan<char> text)
    {
        int i = text.Length - 1;
        while (i >= 0 && ((char.IsWhiteSpace(text[i]) && text[i] is not '\n' and not '\u2028' and not '\u2029') || IsClosingMark(text[i])))
        {
            i--;
        }

        return i >= 0 && IsSentenceEnd(text[i]);
    }

    /// <summary>Whether <paramref name="c"/> closes a quotation or a bracket after a sentence end: <c>" ' ) ] » ” ’</c>.</summary>
    internal static bool IsClosingMark(char c) => c is '"' or '\'' or ')' or ']' or '»' or '”' or '’';

    /// <summary>
    /// Whether <paramref name="c"/> leaves the start of a sentence as it was: a quotation mark, a bracket or a dash
    /// (<c>"Salam</c>, <c>«Salam</c>, <c>— Salam</c>, <c>(Salam</c>).
    /// </summary>
    internal static bool IsTransparent(char c) => c is '"' or '\'' || char.GetUnicodeCategory(c) is
        UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OpenPunctuation
        or UnicodeCategory.ClosePunctuation or UnicodeCategory.DashPunctuation;

    /// <summary>
    /// Whether a word after the punctuation token <paramref name="mark"/> (a run of one mark) starts a sentence: yes after a
    /// sentence end, as before after a transparent mark (<see cref="IsTransparent"/>), no after any other mark.
    /// </summary>
    /// <param name="mark">The punctuation token's text; only its first character is read.</param>
    /// <param name="atSentenceStart">Whether a sentence started just before <paramref name="mark"/>.</param>
    internal static bool StartsSentenceAfter(ReadOnlySpan<char> mark, bool atSentenceStart)
    {
        if (mark.IsEmpty)
        {
            return atSentenceStart;
        }

        return IsSentenceEnd(mark[0]) || (atSentenceStart && IsTransparent(mark[0]));
    }
}
