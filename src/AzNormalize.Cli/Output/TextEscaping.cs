using System.Buffers;

namespace AzNormalize.Cli.Output;

/// <summary>
/// Escapes text for the tab-separated text format, so that one record stays on one line:
/// <c>\</c> becomes <c>\\</c>; tab, line feed and carriage return become <c>\t</c>, <c>\n</c>, <c>\r</c>;
/// every other control character (C0, DEL, C1 including U+0085), U+2028, U+2029 and any unpaired surrogate
/// becomes <c>\uXXXX</c> (four upper-case hex digits). Everything else is written as UTF-8, unchanged.
/// </summary>
internal static class TextEscaping
{
    /// <summary>Writes <paramref name="text"/>, escaped, as UTF-8.</summary>
    public static void WriteEscaped(IBufferWriter<byte> output, ReadOnlySpan<char> text)
    {
        int runStart = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!NeedsEscape(text, i))
            {
                if (char.IsHighSurrogate(c))
                {
                    i++; // NeedsEscape checked that the pair is whole.
                }

                continue;
            }

            Utf8Output.Write(output, text[runStart..i]);
            WriteEscape(output, c);
            runStart = i + 1;
        }

        Utf8Output.Write(output, text[runStart..]);
    }

    private static bool NeedsEscape(ReadOnlySpan<char> text, int index)
    {
        char c = text[index];
        if (c == '\\' || char.IsControl(c) || c is '\u2028' or '\u2029')
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        return char.IsLowSurrogate(c);
    }

    private static void WriteEscape(IBufferWriter<byte> output, char c)
    {
        ReadOnlySpan<byte> simple = c switch
        {
            '\\' => "\\\\"u8,
            '\t' => "\\t"u8,
            '\n' => "\\n"u8,
            '\r' => "\\r"u8,
            _ => default,
        };
        if (!simple.IsEmpty)
        {
            Utf8Output.WriteBytes(output, simple);
            return;
        }

        Span<byte> escape = output.GetSpan(6);
        escape[0] = (byte)'\\';
        escape[1] = (byte)'u';
        _ = ((int)c).TryFormat(escape[2..6], out _, "X4", System.Globalization.CultureInfo.InvariantCulture);
        output.Advance(6);
    }
}
