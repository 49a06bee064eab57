using System.Buffers;
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
}
