using System.Globalization;

namespace AzNormalize.Tokenization;

internal static partial class TokenScanner
{
    private const int MaxEmailLocalLength = 64;
    private const int MaxEmailLabelLength = 63;
    private const int MaxEmailDomainLength = 255;

    /// <summary>
    /// A URL at <paramref name="start"/>: <c>http://</c>, <c>https://</c> (any case) or <c>www.</c> and a letter or digit,
    /// then everything up to white space, a control, a quotation mark or angle bracket. Trailing <c>.,;:!?</c> and quotes
    /// are sentence punctuation, not part of it, and so is a <c>)</c> or <c>]</c> the URL does not open.
    /// </summary>
    /// <returns>The end of the URL, or 0 when there is none.</returns>
    private static int TryScanUrl(ReadOnlySpan<char> text, int start)
    {
        ReadOnlySpan<char> rest = text.Slice(start);
        int prefix;
        if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            prefix = 8;
        }
        else if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            prefix = 7;
        }
        else if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && char.IsLetterOrDigit(rest[4]))
        {
            prefix = 4;
        }
        else
        {
            return 0;
        }

        int end = prefix;
        int parentheses = 0;
        int brackets = 0;
        while (end < rest.Length && IsUrlChar(rest[end]))
        {
            switch (rest[end])
            {
                case '(':
                    parentheses++;
                    break;
                case ')':
                    parentheses--;
                    break;
                case '[':
                    brackets++;
                    break;
                case ']':
                    brackets--;
                    break;
            }

            end++;
        }

        while (end > prefix)
        {
            char last = rest[end - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or TokenChars.RightSingleQuote)
            {
                end--;
            }
            else if (last == ')' && parentheses < 0)
            {
                parentheses++;
                end--;
            }
            else if (last == ']' && brackets < 0)
            {
                brackets++;
                end--;
            }
            else
            {
                break;
            }
        }

        return end > prefix ? start + end : 0;
    }

    private static bool IsUrlChar(char c)
    {
        if (c < 0x80)
        {
            return c > ' ' && c != '\x7F' && c is not ('"' or '<' or '>' or '`' or '{' or '}' or '|' or '\\' or '^');
        }

        if (c is '«' or '»' or '“' or '”' or '„' or '‹' or '›' || TokenChars.IsLineBreak(c))
        {
            return false;
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is not (UnicodeCategory.SpaceSeparator or UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.Surrogate);
    }

    /// <summary>
    /// An e-mail address at <paramref name="start"/>: letters, digits and <c>._%+-</c>, then <c>@</c>, then at least two
    /// dot-separated labels of letters, digits and inner hyphens, the last starting with a letter and at least two long.
    /// The lengths are bounded as in RFC 5321 (local part 64, label 63, domain 255), which also keeps a failed attempt
    /// cheap: the tokenizer stays linear on text like <c>ab.ab.ab.…</c>.
    /// </summary>
    /// <returns>The end of the address, or 0 when there is none.</returns>
    private static int TryScanEmail(ReadOnlySpan<char> text, int start)
    {
        int index = start;
        int localEnd = Math.Min(text.Length, start + MaxEmailLocalLength + 1);
        while (index < localEnd && IsEmailLocalChar(text[index]))
        {
            index++;
        }

        if (index == start || index >= localEnd || text[index] != '@' || text[index - 1] == '.')
        {
            return 0;
        }

        index++;
        int domainEnd = Math.Min(text.Length, index + MaxEmailDomainLength);
        int labels = 0;
        int end = 0;
        int lastLabelStart = 0;
        while (true)
        {
            int labelStart = index;
            int labelEnd = Math.Min(domainEnd, index + MaxEmailLabelLength + 1);
            while (index < labelEnd && (char.IsLetterOrDigit(text[index]) || text[index] == '-'))
            {
                index++;
            }

            if (index == labelStart || index - labelStart > MaxEmailLabelLength || text[labelStart] == '-' || text[index - 1] == '-')
            {
                break;
            }

            labels++;
            end = index;
            lastLabelStart = labelStart;
            if (index + 1 < domainEnd && text[index] == '.')
            {
                index++;
                continue;
            }

            break;
        }

        return labels >= 2 && end - lastLabelStart >= 2 && char.IsLetter(text[lastLabelStart]) ? end : 0;
    }

    private static bool IsEmailLocalChar(char c) =>
        c < 0x80 ? char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-' : char.IsLetter(c);

    /// <summary>
    /// <c>@name</c> or <c>#söz</c>: the sign and a run of letters, digits, <c>_</c> and combining marks (a hashtag needs a
    /// letter among them). Without a name the sign is punctuation.
    /// </summary>
    private static int ScanMentionOrHashtag(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        int index = start + 1;
        bool hasLetter = false;
        while (index < text.Length)
        {
            char c = text[index];
            if (c < 0x80)
            {
                if (char.IsAsciiLetter(c))
                {
                    hasLetter = true;
                }
                else if (!char.IsAsciiDigit(c) && c != '_')
                {
                    break;
                }
            }
            else if (char.IsLetter(c))
            {
                hasLetter = true;
            }
            else if (!char.IsDigit(c) && (index == start + 1 || !TokenChars.IsMark(CharUnicodeInfo.GetUnicodeCategory(c))))
            {
                break;
            }

            index++;
        }

        if (text[start] == '@' ? index > start + 1 : hasLetter)
        {
            kind = text[start] == '@' ? TokenKind.Mention : TokenKind.Hashtag;
            return index;
        }

        kind = TokenKind.Punctuation;
        return ScanSameRun(text, start);
    }
}
