using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AzNormalize.Cli.Output;

/// <summary>Writes JSON Lines with <see cref="Utf8JsonWriter"/>: no reflection, so it trims and compiles ahead of time.</summary>
internal static class JsonLines
{
    /// <summary>
    /// Compact output that keeps Azerbaijani letters readable instead of <c>\u0259</c>. "Relaxed" only means it does not
    /// guard against the output being pasted into HTML, which JSON Lines on stdout is not meant for.
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Creates a writer over <paramref name="output"/>.</summary>
    public static Utf8JsonWriter CreateWriter(IBufferWriter<byte> output) => new(output, WriterOptions);

    /// <summary>Ends the object just written: flushes it, writes the line feed, and readies the writer for the next line.</summary>
    public static void EndLine(Utf8JsonWriter writer, IBufferWriter<byte> output)
    {
        writer.Flush();
        Utf8Output.WriteByte(output, (byte)'\n');
        writer.Reset(output);
    }

    /// <summary>Encodes a property name once, for reuse on every line.</summary>
    public static JsonEncodedText Name(string name) => JsonEncodedText.Encode(name, WriterOptions.Encoder);

    /// <summary>
    /// Writes <c>"name": "value"</c>. A value with an unpaired surrogate (which <see cref="Utf8JsonWriter"/> refuses) keeps
    /// it as a <c>\uXXXX</c> escape, as it came in; see <see cref="WriteStringLiteral"/>.
    /// </summary>
    public static void WriteString(Utf8JsonWriter json, JsonEncodedText name, string value)
    {
        if (IndexOfUnpairedSurrogate(value) < 0)
        {
            json.WriteString(name, value);
            return;
        }

        var literal = new ArrayBufferWriter<byte>(value.Length + 8);
        WriteStringLiteral(literal, value);
        json.WritePropertyName(name);
        json.WriteRawValue(literal.WrittenSpan, skipInputValidation: true);
    }

    /// <summary>
    /// Writes <paramref name="value"/> as a quoted JSON string, escaped as <see cref="WriterOptions"/> escapes, except that
    /// an unpaired surrogate (legal in JSON as <c>\ud800</c>, impossible in UTF-8) is written as <c>\uXXXX</c>, upper-case
    /// hex, instead of failing.
    /// </summary>
    public static void WriteStringLiteral(IBufferWriter<byte> output, ReadOnlySpan<char> value)
    {
        Utf8Output.WriteByte(output, (byte)'"');
        while (!value.IsEmpty)
        {
            int unpaired = IndexOfUnpairedSurrogate(value);
            ReadOnlySpan<char> run = unpaired < 0 ? value : value[..unpaired];
            if (!run.IsEmpty)
            {
                Utf8Output.WriteBytes(output, JsonEncodedText.Encode(run, WriterOptions.Encoder).EncodedUtf8Bytes);
            }

            if (unpaired < 0)
            {
                break;
            }

            Utf8Output.WriteBytes(output, "\\u"u8);
            Span<byte> hex = output.GetSpan(4);
            ((int)value[unpaired]).TryFormat(hex, out _, "X4", CultureInfo.InvariantCulture);
            output.Advance(4);
            value = value[(unpaired + 1)..];
        }

        Utf8Output.WriteByte(output, (byte)'"');
    }

    /// <summary>The index of the first surrogate that is not half of a pair, or -1.</summary>
    public static int IndexOfUnpairedSurrogate(ReadOnlySpan<char> text)
    {
        int i = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (i >= 0 && i < text.Length)
        {
            if (!char.IsHighSurrogate(text[i]) || i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                return i;
            }

            int next = text[(i + 2)..].IndexOfAnyInRange('\uD800', '\uDFFF');
            i = next < 0 ? -1 : i + 2 + next;
        }

        return -1;
    }
}
