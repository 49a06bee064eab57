using AzNormalize.Text;
using AzNormalize.Tokenization;

namespace AzNormalize.Checking;

public sealed partial class WordChecker
{
    /// <summary>The longest suffix accepted after a numeral's digits (<c>2021-ci</c>, <c>5-dən</c>, <c>10-cudan</c>).</summary>
    private const int MaxNumeralSuffixLength = 6;

    /// <summary>The shortest run of capitals taken for an abbreviation without asking the oracle (<c>Aİ</c>).</summary>
    private const int MinAbbreviationLength = 2;

    /// <summary>The longest run of capitals taken for an abbreviation without asking the oracle (<c>NATO</c>); longer ones must be known.</summary>
    private const int MaxAbbreviationLength = 6;

    /// <summary>The longest lowercase suffix taken right after an abbreviation without a hyphen (<c>ABŞın</c>, <c>BMTnin</c>).</summary>
    private const int MaxAbbreviationSuffixLength = 6;

    /// <summary>Judges one <see cref="TokenKind.Word"/> token's text.</summary>
    private Verdict Judge(ReadOnlySpan<char> word)
    {
        if (TokenChars.IsDigit(word[0]))
        {
            return IsNumeralWithSuffix(word) ? Verdict.Known : Verdict.NotJudged;
        }

        int firstHyphen = -1;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (AzAlphabet.IsLetter(c) || TokenChars.IsApostrophe(c))
            {
                continue;
            }

            if (TokenChars.IsJoiningHyphen(c))
            {
                if (firstHyphen < 0)
                {
                    firstHyphen = i;
                }

                continue;
            }

            if (c == AzCasing.CombiningDotAbove && i > 0 && word[i - 1] is 'i' or 'I')
            {
                continue; // i + U+0307, İ lowered by a Turkic-unaware tool: AzCasing folds it, so the oracle can judge it.
            }

            return Verdict.NotJudged;
        }

        if (_oracle.IsKnown(word))
        {
            return Verdict.Known;
        }

        if (firstHyphen < 0)
        {
            return JudgeAbbreviationWithSuffix(word, AbbreviationHeadLength(word));
        }

        ReadOnlySpan<char> head = word[..firstHyphen];
        ReadOnlySpan<char> suffix = word[(firstHyphen + 1)..];
        if (AzCasing.GetShape(head) == CaseShape.Upper && IsLowercaseSuffix(suffix))
        {
            // ABŞ-ın, BMT-nin, NATO-ya: the abbreviation is judged, the suffix is not.
            return IsKnownAbbreviation(head) ? Verdict.Known : Verdict.UnknownAbbreviation;
        }

        return AreAllPartsKnown(word) ? Verdict.Known : Verdict.Unknown;
    }

    /// <summary>
    /// Digits (with <c>.</c>, <c>,</c> or <c>:</c> between digits), an optional joining hyphen, and one to
    /// <see cref="MaxNumeralSuffixLength"/> Azerbaijani letters: <c>2021-ci</c>, <c>5-də</c>, <c>1.000-dən</c>, <c>2021ci</c>.
    /// </summary>
    private static bool IsNumeralWithSuffix(ReadOnlySpan<char> word)
    {
        int i = 0;
        while (i < word.Length
            && (TokenChars.IsDigit(word[i])
                || (word[i] is '.' or ',' or ':' && i > 0 && i + 1 < word.Length && TokenChars.IsDigit(word[i + 1]))))
        {
            i++;
        }

        if (i < word.Length && TokenChars.IsJoiningHyphen(word[i]))
        {
            i++;
        }

        ReadOnlySpan<char> suffix = word[i..];
        if (suffix.IsEmpty || suffix.Length > MaxNumeralSuffixLength)
        {
            return false;
        }

        foreach (char c in suffix)
        {
            if (!AzAlphabet.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A word without a hyphen that the oracle does not know: known when it is an abbreviation with a lowercase suffix written
    /// without the hyphen (<c>ABŞın</c>), unknown otherwise.
    /// </summary>
    /// <param name="word">The word.</param>
    /// <param name="headLength">The length of its leading run of capitals.</param>
    private Verdict JudgeAbbreviationWithSuffix(ReadOnlySpan<char> word, int headLength)
    {
        if (headLength < MinAbbreviationLength || headLength == word.Length)
        {
            return Verdict.Unknown;
        }

        ReadOnlySpan<char> suffix = word[headLength..];
        return suffix.Length <= MaxAbbreviationSuffixLength && IsLowercaseSuffix(suffix) && IsKnownAbbreviation(word[..headLength])
            ? Verdict.Known
            : Verdict.Unknown;
    }

    /// <summary>The length of the run of capitals <paramref name="word"/> starts with.</summary>
    private static int AbbreviationHeadLength(ReadOnlySpan<char> word)
    {
        int length = 0;
        while (length < word.Length && IsUpper(word[length]))
        {
            length++;
        }

        return length;
    }

    /// <summary>Known to the oracle, or <see cref="MinAbbreviationLength"/> to <see cref="MaxAbbreviationLength"/> characters (capitals).</summary>
    private bool IsKnownAbbreviation(ReadOnlySpan<char> capitals) =>
        capitals.Length is >= MinAbbreviationLength and <= MaxAbbreviationLength || _oracle.IsKnown(capitals);

    /// <summary>Lowercase Azerbaijani letters only (no hyphen, no capital): a suffix.</summary>
    private static bool IsLowercaseSuffix(ReadOnlySpan<char> suffix)
    {
        if (suffix.IsEmpty)
        {
            return false;
        }

        foreach (char c in suffix)
        {
            if (!AzAlphabet.IsLetter(c) || IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the oracle knows every part of a hyphenated compound (<c>ictimai-siyasi</c>).</summary>
    private bool AreAllPartsKnown(ReadOnlySpan<char> word)
    {
        while (true)
        {
            int hyphen = word.IndexOfAny('-', TokenChars.Hyphen, TokenChars.NonBreakingHyphen);
            ReadOnlySpan<char> part = hyphen < 0 ? word : word[..hyphen];
            if (part.IsEmpty || !_oracle.IsKnown(part))
            {
                return false;
            }

            if (hyphen < 0)
            {
                return true;
            }

            word = word[(hyphen + 1)..];
        }
    }

    /// <summary>What the checker makes of one word.</summary>
    private enum Verdict
    {
        /// <summary>Known: nothing to report.</summary>
        Known,

        /// <summary>Not judged (digits, letters from outside the alphabet): nothing to report.</summary>
        NotJudged,

        /// <summary>Unknown: reported by its capitals and its place in the sentence.</summary>
        Unknown,

        /// <summary>An unknown abbreviation with a suffix (<c>ABCDEFGH-ın</c>): reported as an abbreviation.</summary>
        UnknownAbbreviation,
    }
}
