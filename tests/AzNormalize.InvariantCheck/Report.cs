using System.Globalization;
using System.Text;
using AzNormalize.Normalization;
using AzNormalize.Text;

namespace AzNormalize.InvariantCheck;

/// <summary>The report format, shared (as a linked source file) with the test that reads it.</summary>
internal static class Report
{
    /// <summary>The first line of the output.</summary>
    public static string Header(bool invariant) => "invariant-globalization=" + (invariant ? "true" : "false");

    /// <summary>One input line's report: lower, upper, title, normalized text, edits, tab-separated and escaped.</summary>
    public static string Line(string text)
    {
        FixResult result = TextNormalizer.Default.Normalize(text);
        var edits = new StringBuilder();
        foreach (Edit edit in result.Edits)
        {
            edits.Append(CultureInfo.InvariantCulture, $"{edit.Start}:{edit.Length}:{edit.Kind}:{edit.Confidence:R}:{Escape(edit.Replacement)};");
        }

        return string.Join('\t', Escape(AzCasing.ToLower(text)), Escape(AzCasing.ToUpper(text)), Escape(AzCasing.ToTitle(text)), Escape(result.Text), edits.ToString());
    }

    /// <summary>Escapes every character outside printable ASCII as \uXXXX, and the backslash, so that lines survive any pipe.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is >= ' ' and <= '~' and not '\\')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return builder.ToString();
    }

    /// <summary>Reverses <see cref="Escape"/>.</summary>
    public static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 5 < text.Length && text[i + 1] == 'u')
            {
                builder.Append((char)int.Parse(text.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 5;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
