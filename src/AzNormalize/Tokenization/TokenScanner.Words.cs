using System.Globalization;

namespace AzNormalize.Tokenization;

internal static partial class TokenScanner
{
    /// <summary>The most initials read as one token (<c>A.B.C.D.</c>).</summary>
    private const int MaxInitials = 4;

    /// <summary>
    /// A word that starts at <paramref name="start"/> with a letter ending at <paramref name="index"/>; or a URL or an e-mail
    /// address that starts there; or initials or a dotted abbreviation.
    /// </summary>
    private static int ScanWordOrWeb(ReadOnlySpan<char> text, int start, int index, out TokenKind kind)
    {
        char first = text[start];
        if ((first | 0x20) is 'h' or 'w')
        {
            int urlEnd = TryScanUrl(text, start);
            if (urlEnd > 0)
            {
                kind = TokenKind.Url;
                return urlEnd;
            }
        }

        int end = ScanWordBody(text, index);
        return FinishWord(text, start, end, out kind);
    }

    /// <summary>
    /// Runs to the end of a word from <paramref name="index"/>, just past a letter, a digit or a mark of it: letters, ASCII
    /// digits, combining marks; invisible characters, apostrophes and hyphens when a letter follows them.
    /// </summary>
    private static int ScanWordBody(ReadOnlySpan<char> text, int index)
    {
        while (true)
        {
            int run = text.Slice(index).IndexOfAnyExcept(TokenChars.CommonWordChars);
            if (run < 0)
            {
                return text.Length;
            }

            index += run;
            char c = text[index];
            if (c < 0x80)
            {
                // A hyphen joins a compound (ictimai-siyasi, ABŞ-ın) only when a letter follows it, so a hyphen at a line
                // end stays out of the word; an apostrophe stays inside only between letters.
                if ((c == '-' || c == '\'') && TokenChars.IsLetterAt(text, index + 1))
                {
                    index++;
                    continue;
                }

                return index;
            }

            if (char.IsLetter(c))
            {
                index++;
                continue;
            }

            int next = ContinueWordSlow(text, index);
            if (next == index)
            {
                return index;
            }

            index = next;
        }
    }

    /// <summary>
    /// The word's continuation at a non-ASCII character that is not a BMP letter: past it when it belongs to the word,
    /// <paramref name="index"/> itself when the word ends there.
    /// </summary>
    private static int ContinueWordSlow(ReadOnlySpan<char> text, int index)
    {
        char c = text[index];
        if (TokenChars.IsWordInvisible(c))
        {
            // Soft hyphens and zero-width characters stay inside the word only between letters, where the normalizer
            // removes them; elsewhere they are tokens of their own.
            int after = index + 1;
            while (after < text.Length && TokenChars.IsWordInvisible(text[after]))
            {
                after++;
            }

            return TokenChars.IsLetterAt(text, after) ? after : index;
        }

        if (TokenChars.IsJoiningHyphen(c) || c == TokenChars.RightSingleQuote)
        {
            return TokenChars.IsLetterAt(text, index + 1) ? index + 1 : index;
        }

        UnicodeCategory category = TokenChars.GetCategoryAt(text, index, out int width);
        if (TokenChars.IsMark(category))
        {
            return index + width;
        }

        if (width == 2 && category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter)
        {
            return index + 2;
        }

        return index;
    }

    /// <summary>
    /// Decides what the word <c>[start, end)</c> is, looking at what follows it: an e-mail address, initials, a dotted
    /// abbreviation, a capital abbreviation or a word.
    /// </summary>
    private static int FinishWord(ReadOnlySpan<char> text, int start, int end, out TokenKind kind)
    {
        if (end < text.Length)
        {
            char stop = text[end];
            if (stop is '@' or '.' or '_' or '+' or '-' or '%')
            {
                if (stop == '@' || (end + 1 < text.Length && IsEmailLocalChar(text[end + 1])))
                {
                    int emailEnd = TryScanEmail(text, start);
                    if (emailEnd > 0)
                    {
                        kind = TokenKind.Email;
                        return emailEnd;
                    }
                }

                if (stop == '.' && end == start + 1)
                {
                    int dotted = TryScanDotted(text, start, out kind);
                    if (dotted > 0)
                    {
                        return dotted;
                    }
                }
            }
        }

        kind = IsCapitalAbbreviation(text, start, end) ? TokenKind.Abbreviation : TokenKind.Word;
        return end;
    }

    /// <summary>
    /// Capitals only, at least two of them, nothing else but combining marks: <c>ABŞ</c>, <c>NATO</c>, <c>Aİ</c>.
    /// A suffix (<c>ABŞ-ın</c>, <c>ABŞın</c>), a hyphen or a digit makes it a word.
    /// </summary>
    private static bool IsCapitalAbbreviation(ReadOnlySpan<char> text, int start, int end)
    {
        if (end - start < 2 || !char.IsUpper(text[start]))
        {
            return false;
        }

        int capitals = 0;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (char.IsUpper(c))
            {
                capitals++;
            }
            else if (c < 0x300 || !TokenChars.IsMark(CharUnicodeInfo.GetUnicodeCategory(c)))
            {
                return false;
            }
        }

        return capitals >= 2;
    }

    /// <summary>
    /// A one-letter word at <paramref name="start"/> followed by a dot: initials (<c>N.</c>, <c>N.Ə.</c>) when a capital
    /// follows, a lowercase dotted abbreviation (<c>e.ə.</c>, <c>b.e.ə.</c>), or <c>s.</c>/<c>b.</c> after <c>və</c>.
    /// </summary>
    /// <returns>The end of the token, or 0 when it is none of these.</returns>
    private static int TryScanDotted(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        char letter = text[start];
        int index = start + 2;
        if (char.IsUpper(letter))
        {
            // Initials: capital, dot, repeated without spaces (N.Ə.), then an optional space and a capitalised word or
            // another initial. A sentence that ends in a one-letter capital word followed by a capitalised sentence
            // ("vitamin C. Sonra") reads as initials too: the text does not tell them apart.
            // At most MaxInitials of them, so that a failed attempt on "A.B.C.…" costs little and the scan stays linear.
            int limit = Math.Min(text.Length - 1, start + (2 * MaxInitials));
            while (index < limit && char.IsUpper(text[index]) && text[index + 1] == '.')
            {
                index += 2;
            }

            int name = index;
            if (name < text.Length && text[name] is ' ' or TokenChars.NoBreakSpace)
            {
                name++;
            }

            if (name + 1 < text.Length && char.IsUpper(text[name]) && (char.IsLetter(text[name + 1]) || text[name + 1] == '.'))
            {
                kind = TokenKind.Initials;
                return index;
            }
        }
        else if (char.IsLower(letter))
        {
            // e.ə., b.e.ə., i.e.: single lowercase letters, each followed by a dot, at least two of them.
            while (index + 1 < text.Length && char.IsLower(text[index]) && text[index + 1] == '.')
            {
                index += 2;
            }

            if (index > start + 2 || (letter is 's' or 'b' && FollowsVe(text, start)))
            {
                kind = TokenKind.Abbreviation;
                return index;
            }
        }

        kind = TokenKind.Word;
        return 0;
    }

    /// <summary>Whether the word "və" and one space come just before <paramref name="start"/> (<c>və s.</c>, <c>və b.</c>).</summary>
    private static bool FollowsVe(ReadOnlySpan<char> text, int start) =>
        start >= 3
        && text[start - 1] is ' ' or TokenChars.NoBreakSpace
        && text[start - 2] == 'ə'
        && text[start - 3] == 'v'
        && (start == 3 || !char.IsLetter(text[start - 4]));
}
