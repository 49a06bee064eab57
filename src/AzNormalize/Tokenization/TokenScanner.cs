using System.Globalization;

namespace AzNormalize.Tokenization;

/// <summary>
/// Reads one token at a time. Every method takes the whole input and a start offset and returns the offset just past the
/// token, always greater than the start, so the tokens are contiguous and cover the input.
/// </summary>
/// <remarks>Static and thread-safe; allocates nothing.</remarks>
internal static partial class TokenScanner
{
    /// <summary>Reads the token that starts at <paramref name="start"/> (&lt; the text's length).</summary>
    /// <returns>The offset just past the token.</returns>
    public static int Next(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        char c = text[start];
        if (c < 0x80)
        {
            switch (TokenChars.GetAsciiClass(c))
            {
                case AsciiClass.Letter:
                    return ScanWordOrWeb(text, start, start + 1, out kind);
                case AsciiClass.Space:
                    kind = TokenKind.Whitespace;
                    return ScanSpace(text, start + 1);
                case AsciiClass.Digit:
                    return ScanNumber(text, start, out kind);
                case AsciiClass.Punctuation:
                    kind = TokenKind.Punctuation;
                    return ScanSameRun(text, start);
                case AsciiClass.LineBreak:
                    kind = TokenKind.LineBreak;
                    return c == '\r' && start + 1 < text.Length && text[start + 1] == '\n' ? start + 2 : start + 1;
                case AsciiClass.MentionOrHashtag:
                    return ScanMentionOrHashtag(text, start, out kind);
                case AsciiClass.Symbol:
                    kind = TokenKind.Symbol;
                    return ScanSymbol(text, start, 1);
                default:
                    kind = TokenKind.Other;
                    return start + 1;
            }
        }

        return NextNonAscii(text, start, out kind);
    }

    private static int NextNonAscii(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        char c = text[start];
        if (char.IsLetter(c))
        {
            return ScanWordOrWeb(text, start, start + 1, out kind);
        }

        if (TokenChars.IsLineBreak(c))
        {
            kind = TokenKind.LineBreak;
            return start + 1;
        }

        if (c is TokenChars.PerMille or TokenChars.PerTenThousand)
        {
            kind = TokenKind.Symbol;
            return ScanSymbol(text, start, 1);
        }

        UnicodeCategory category = TokenChars.GetCategoryAt(text, start, out int width);
        switch (category)
        {
            case UnicodeCategory.SpaceSeparator:
                kind = TokenKind.Whitespace;
                return ScanSpace(text, start + 1);
            case UnicodeCategory.DecimalDigitNumber when width == 1:
                return ScanNumber(text, start, out kind);
            case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter:
                // A letter outside the BMP (the BMP ones were handled above).
                return ScanWordOrWeb(text, start, start + width, out kind);
            case UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation:
                kind = TokenKind.Punctuation;
                return width == 1 ? ScanSameRun(text, start) : start + width;
            case UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                or UnicodeCategory.OtherSymbol:
                kind = TokenKind.Symbol;
                return ScanSymbol(text, start, width);
            default:
                // Controls, lone marks, lone invisible characters, the BOM, unpaired surrogates, private use, unassigned;
                // a valid surrogate pair stays whole.
                kind = TokenKind.Other;
                return start + width;
        }
    }

    /// <summary>A run of spaces, tabs and other space separators, from <paramref name="index"/> on.</summary>
    private static int ScanSpace(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && TokenChars.IsHorizontalSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>A run of the character at <paramref name="start"/> (<c>...</c>, <c>!!</c>, <c>--</c>).</summary>
    private static int ScanSameRun(ReadOnlySpan<char> text, int start)
    {
        char c = text[start];
        int index = start + 1;
        while (index < text.Length && text[index] == c)
        {
            index++;
        }

        return index;
    }

    /// <summary>
    /// A symbol of <paramref name="width"/> code units with what belongs to it: combining marks and variation selectors,
    /// emoji skin-tone modifiers, and further symbols joined by U+200D (an emoji ZWJ sequence).
    /// </summary>
    private static int ScanSymbol(ReadOnlySpan<char> text, int start, int width)
    {
        int index = start + width;
        while (index < text.Length)
        {
            char c = text[index];
            if (c < 0x300)
            {
                break;
            }

            if (c == TokenChars.ZeroWidthJoiner)
            {
                if (index + 1 < text.Length && IsSymbolCategory(TokenChars.GetCategoryAt(text, index + 1, out int joined)))
                {
                    index += 1 + joined;
                    continue;
                }

                break;
            }

            UnicodeCategory category = TokenChars.GetCategoryAt(text, index, out int next);
            if (TokenChars.IsMark(category) || (next == 2 && category == UnicodeCategory.ModifierSymbol))
            {
                // Marks (U+FE0F, U+20E3 …) and the emoji modifiers U+1F3FB–U+1F3FF (Sk) stay with their base.
                index += next;
                continue;
            }

            break;
        }

        return index;
    }

    private static bool IsSymbolCategory(UnicodeCategory category) =>
        category is UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
            or UnicodeCategory.OtherSymbol;
}
