using System.Globalization;
using AzNormalize.Text;

namespace AzNormalize.Normalization;

public sealed partial class LayoutRepairer
{
    /// <summary>A debris line (a page number) is at most this long.</summary>
    private const int MaxDebrisLength = 16;

    /// <summary>
    /// A first line of a paragraph shorter than this share of the paragraph's longest line, with no final punctuation and a
    /// capital after it, is a heading. So is such a line at the start of the text, whatever its length (a headline).
    /// </summary>
    private const double HeadingShare = 0.8;

    /// <summary>A line that ends a sentence and is shorter than this share of its paragraph's longest line ends the paragraph.</summary>
    private const double ParagraphEndShare = 0.75;

    /// <summary>
    /// Whether line <paramref name="line"/> ends a sentence (<see cref="SentenceBoundaries.IsSentenceEnd"/>: <c>. ! ? …</c>) or a
    /// lead-in (<c>:</c> or <c>;</c>, before a list or a quotation: its line break stays as well), maybe before closing
    /// quotes, brackets or Markdown emphasis.
    /// </summary>
    private static bool EndsSentence(ReadOnlySpan<char> text, Line line)
    {
        int i = line.ContentEnd - 1;
        while (i > line.ContentStart && IsClosing(text[i]))
        {
            i--;
        }

        return i >= line.ContentStart && (SentenceBoundaries.IsSentenceEnd(text[i]) || text[i] is ':' or ';');
    }

    /// <summary>Whether the line's last character (before closing quotes) is a comma or a semicolon: the clause goes on.</summary>
    private static bool EndsWithClauseMark(ReadOnlySpan<char> text, Line line)
    {
        int i = line.ContentEnd - 1;
        while (i > line.ContentStart && IsClosing(text[i]))
        {
            i--;
        }

        return i >= line.ContentStart && text[i] is ',' or ';';
    }

    private static bool IsClosing(char c) => SentenceBoundaries.IsClosingMark(c) || c is '*' or '_';

    private static bool IsDash(char c) => c is '-' or '–' or '—' or '\u2010' or '\u2212';

    /// <summary>
    /// Whether the line starts a list item (<c>- </c>, <c>• </c>, <c>1. </c>, <c>2) </c>, <c>a) </c>), a dialogue line (a dash),
    /// or a structural Markdown line (<c>#</c>, <c>&gt;</c>, <c>|</c>, a code fence): its line break before it stays.
    /// </summary>
    private static bool StartsListItemOrDialogue(ReadOnlySpan<char> text, Line line)
    {
        ReadOnlySpan<char> content = text[line.ContentStart..line.ContentEnd];
        if (content.IsEmpty)
        {
            return false;
        }

        char first = content[0];
        if (first is '#' or '>' or '|' or '`' or '~')
        {
            return true;
        }

        if ((IsDash(first) || first is '•' or '*' or '·' or '▪' or '►' or '‣' or '◦' or '+') && content.Length > 1 && char.IsWhiteSpace(content[1]))
        {
            return true;
        }

        // A dash glued to a capital or a quote opens dialogue too ("—Bəli, dedi.").
        if (first is '—' or '–' && content.Length > 1 && (char.IsUpper(content[1]) || content[1] is '"' or '«' or '“'))
        {
            return true;
        }

        int i = 0;
        while (i < content.Length && i < 3 && char.IsAsciiDigit(content[i]))
        {
            i++;
        }

        if (i == 0 && content.Length > 1 && char.IsLetter(content[0]) && content[1] == ')')
        {
            i = 1;
        }

        return i > 0 && i < content.Length - 1 && content[i] is '.' or ')' && char.IsWhiteSpace(content[i + 1]);
    }

    /// <summary>A short line of digits and dashes next to a blank line or a page break: a page number left by the layout.</summary>
    private static bool LooksLikeDebris(ReadOnlySpan<char> text, Line line)
    {
        if (line.IsBlank || line.ContentLength > MaxDebrisLength)
        {
            return false;
        }

        bool digit = false;
        foreach (char c in text[line.ContentStart..line.ContentEnd])
        {
            if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else if (!(IsDash(c) || c is ' ' or '.' or '/' or '|'))
            {
                return false;
            }
        }

        return digit;
    }

    /// <summary>Whether the first letter-or-digit of the line is an uppercase letter or a digit, or the line opens with a quote.</summary>
    private static bool StartsCapitalised(ReadOnlySpan<char> text, Line line)
    {
        for (int i = line.ContentStart; i < line.ContentEnd; i++)
        {
            char c = text[i];
            if (char.IsLetter(c))
            {
                return char.IsUpper(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter;
            }

            if (char.IsDigit(c))
            {
                return true;
            }

            if (c is not ('"' or '«' or '“' or '„' or '\'' or '(' or '['))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the line's first character is a lowercase letter.</summary>
    private static bool StartsLowercase(ReadOnlySpan<char> text, Line line) =>
        !line.IsBlank && char.IsLower(text[line.ContentStart]);

    /// <summary>Leading white space of a line, in characters (a tab counts as four).</summary>
    private static int Indent(ReadOnlySpan<char> text, Line line)
    {
        int indent = 0;
        for (int i = line.Start; i < line.ContentStart; i++)
        {
            indent += text[i] == '\t' ? 4 : text[i] == '\f' ? 0 : 1;
        }

        return indent;
    }
}
