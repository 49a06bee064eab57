namespace AzNormalize.Tokenization;

internal static partial class TokenScanner
{
    /// <summary>
    /// A number that starts with the digit at <paramref name="start"/>: digits with <c>.</c>, <c>,</c> or <c>:</c> between
    /// digits (<c>1.000.000</c>, <c>3,5</c>, <c>12:30</c>). A hyphenated suffix makes it a word (<c>2021-ci</c>, <c>5-də</c>),
    /// and so do letters right after plain digits (<c>2021ci</c>, <c>mp3</c> is a word from its first letter on).
    /// </summary>
    private static int ScanNumber(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        int index = ScanDigits(text, start + 1);
        bool separated = false;
        while (index + 1 < text.Length && text[index] is '.' or ',' or ':' && TokenChars.IsDigit(text[index + 1]))
        {
            separated = true;
            index = ScanDigits(text, index + 2);
        }

        if (index < text.Length)
        {
            char c = text[index];
            if ((c == '-' || (c >= 0x80 && TokenChars.IsJoiningHyphen(c))) && TokenChars.IsLetterAt(text, index + 1))
            {
                return FinishWord(text, start, ScanWordBody(text, index + 1), out kind);
            }

            if (!separated && TokenChars.IsLetterAt(text, index))
            {
                return FinishWord(text, start, ScanWordBody(text, index), out kind);
            }

            if (c is '@' or '.' or '_' or '+' or '-' or '%'
                && (c == '@' || (index + 1 < text.Length && IsEmailLocalChar(text[index + 1]))))
            {
                int emailEnd = TryScanEmail(text, start);
                if (emailEnd > 0)
                {
                    kind = TokenKind.Email;
                    return emailEnd;
                }
            }
        }

        kind = TokenKind.Number;
        return index;
    }

    private static int ScanDigits(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && TokenChars.IsDigit(text[index]))
        {
            index++;
        }

        return index;
    }
}
