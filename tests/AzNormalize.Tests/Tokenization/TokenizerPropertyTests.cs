using System.Text;
using AzNormalize.Tokenization;
using FluentAssertions;

namespace AzNormalize.Tests.Tokenization;

public sealed class TokenizerPropertyTests
{
    // Pieces random inputs are made of: Azerbaijani letters of both cases, Cyrillic look-alikes, ligatures, digits,
    // separators, hyphens, apostrophes, line breaks, spaces, invisibles, marks, surrogates (paired and not), and the
    // prefixes that start URLs, e-mails, mentions and hashtags.
    private static readonly string[] s_pieces =
    [
        "a", "ə", "Ə", "ı", "I", "İ", "i", "ş", "Ş", "ç", "ğ", "ö", "Ü", "q", "x", "N", "B", "s", "v", "və ",
        "һ", "ә", "Ә", "о", "ﬁ", "ﬆ", "ä",
        "0", "1", "9", "2021", ".", ",", ":", ";", "!", "?", "...", "…", "(", ")", "[", "]", "\"", "«", "»", "“", "”",
        "-", "\u2010", "\u2011", "–", "—", "'", "’", "ʼ", "@", "#", "%", "$", "+", "=", "/", "_", "№", "₼",
        " ", "  ", "\t", "\u00A0", "\u2009", "\u3000", "\n", "\r", "\r\n", "\f", "\u0085", "\u2028", "\u2029", "\v", "\0",
        "\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u0307", "\u0327", "\u0301", "\uFE0F", "\u20E3",
        "\uD83D\uDE00", "\uD83C\uDFFD", "\uD835\uDC00", "\uD800", "\uDC00", "\uDBFF", "\uDFFF",
        "http://", "https://", "www.", "HTTP://", "@mail.az", ".az", "e.ə.", "ABŞ", "-ın", "5-də",
    ];

    public static TheoryData<int> Seeds => new() { 1, 2, 3, 42, 2024, 31337, 65537, 987654321 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Tokenize_RandomMixedInputs_AreLosslessContiguousAndConsistent(int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder();
        for (int i = 0; i < 500; i++)
        {
            builder.Clear();
            int pieces = random.Next(0, 60);
            for (int p = 0; p < pieces; p++)
            {
                builder.Append(s_pieces[random.Next(s_pieces.Length)]);
            }

            string text = builder.ToString();

            string? violation = TokenTestText.FindViolation(text) ?? FindKindViolation(text);

            violation.Should().BeNull("input \"{0}\" (seed {1}, case {2})", TokenTestText.Escape(text), seed, i);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Tokenize_RandomCodeUnits_AreLosslessContiguousAndConsistent(int seed)
    {
        // Any UTF-16 sequence at all, surrogates and unassigned code points included.
        var random = new Random(seed);
        char[] buffer = new char[256];
        for (int i = 0; i < 500; i++)
        {
            int length = random.Next(buffer.Length + 1);
            for (int c = 0; c < length; c++)
            {
                buffer[c] = random.Next(4) == 0 ? (char)random.Next(0x80) : (char)random.Next(0x10000);
            }

            string text = new(buffer, 0, length);

            string? violation = TokenTestText.FindViolation(text) ?? FindKindViolation(text);

            violation.Should().BeNull("input \"{0}\" (seed {1}, case {2})", TokenTestText.Escape(text), seed, i);
        }
    }

    /// <summary>What each kind may hold: white space only in Whitespace, one break per LineBreak, words that start with a
    /// letter or digit, punctuation runs of one mark.</summary>
    private static string? FindKindViolation(string text)
    {
        foreach (Token token in Tokenizer.Tokenize(text))
        {
            ReadOnlySpan<char> span = token.GetText(text);
            bool ok = token.Kind switch
            {
                TokenKind.Whitespace => AllHorizontalSpace(span),
                TokenKind.LineBreak => span is "\r\n" || (span.Length == 1 && span[0] is '\n' or '\r' or '\f' or '\u0085' or '\u2028' or '\u2029'),
                TokenKind.Word or TokenKind.Abbreviation or TokenKind.Initials or TokenKind.Number =>
                    (char.IsLetterOrDigit(span[0]) || char.IsSurrogatePair(text, token.Start)) && NoSpaceOrBreak(span),
                TokenKind.Url or TokenKind.Email or TokenKind.Mention or TokenKind.Hashtag => NoSpaceOrBreak(span),
                TokenKind.Punctuation => span.Length == 1 || span.Trim(span[0]).IsEmpty,
                _ => true,
            };

            if (!ok)
            {
                return $"{token.Kind} token \"{TokenTestText.Escape(span)}\" at {token.Start} breaks its kind's rules";
            }
        }

        return null;
    }

    private static bool AllHorizontalSpace(ReadOnlySpan<char> span)
    {
        foreach (char c in span)
        {
            if (!char.IsWhiteSpace(c) || c is '\n' or '\r' or '\f' or '\v' or '\u0085' or '\u2028' or '\u2029')
            {
                return false;
            }
        }

        return true;
    }

    private static bool NoSpaceOrBreak(ReadOnlySpan<char> span)
    {
        foreach (char c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}
