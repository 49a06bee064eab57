using System.Globalization;
using System.Text;
using AzNormalize.Tokenization;

namespace AzNormalize.Tests.Tokenization;

/// <summary>Helpers for tokenizer tests: escaping invisible characters and describing token sequences.</summary>
internal static class TokenTestText
{
    /// <summary>Undoes <see cref="Escape"/> and the escapes of Data/tokens.txt: \s \t \n \r \f \\ \uXXXX.</summary>
    public static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '\\' || i + 1 == text.Length)
            {
                builder.Append(c);
                continue;
            }

            char escape = text[++i];
            switch (escape)
            {
                case 's':
                    builder.Append(' ');
                    break;
                case 't':
                    builder.Append('\t');
                    break;
                case 'n':
                    builder.Append('\n');
                    break;
                case 'r':
                    builder.Append('\r');
                    break;
                case 'f':
                    builder.Append('\f');
                    break;
                case '\\':
                    builder.Append('\\');
                    break;
                case 'u':
                    builder.Append((char)int.Parse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default:
                    throw new FormatException($"Unknown escape \\{escape} in '{text}'.");
            }
        }

        return builder.ToString();
    }

    /// <summary>The text with spaces, controls, invisible characters, marks and surrogates escaped, so a failure is readable.</summary>
    public static string Escape(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            switch (c)
            {
                case ' ':
                    builder.Append("\\s");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                default:
                    UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
                    if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                        or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                        or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>One line per token, "Kind&lt;TAB&gt;escaped text".</summary>
    public static List<string> Describe(string text)
    {
        var lines = new List<string>();
        foreach (Token token in Tokenizer.Tokenize(text))
        {
            lines.Add(Describe(token.Kind, token.GetText(text)));
        }

        return lines;
    }

    public static string Describe(TokenKind kind, ReadOnlySpan<char> text) =>
        kind.ToString() + "\t" + Escape(text);

    /// <summary>Checks the invariants every tokenization must keep; returns the first violation or null.</summary>
    public static string? FindViolation(string text)
    {
        int expectedStart = 0;
        var rebuilt = new StringBuilder(text.Length);
        TokenEnumerator enumerator = Tokenizer.Tokenize(text);
        while (enumerator.MoveNext())
        {
            Token token = enumerator.Current;
            if (token.Start != expectedStart)
            {
                return $"token {token} starts at {token.Start}, expected {expectedStart}";
            }

            if (token.Length < 1 || token.End > text.Length)
            {
                return $"token {token} has a bad length for a text of {text.Length}";
            }

            if (!Enum.IsDefined(token.Kind))
            {
                return $"token {token} has an undefined kind";
            }

            if (token.Start > 0 && char.IsHighSurrogate(text[token.Start - 1]) && char.IsLowSurrogate(text[token.Start]))
            {
                return $"token {token} splits a surrogate pair";
            }

            if (!enumerator.CurrentText.SequenceEqual(text.AsSpan(token.Start, token.Length)))
            {
                return $"CurrentText of {token} differs from its span";
            }

            rebuilt.Append(enumerator.CurrentText);
            expectedStart = token.End;
        }

        if (expectedStart != text.Length)
        {
            return $"tokens end at {expectedStart}, text at {text.Length}";
        }

        return rebuilt.ToString() == text ? null : "the tokens do not concatenate to the input";
    }
}
