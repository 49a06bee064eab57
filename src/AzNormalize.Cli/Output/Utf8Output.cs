using System.Buffers;
using System.Globalization;
using System.Text;

namespace AzNormalize.Cli.Output;

/// <summary>Writes text as UTF-8 (no byte order mark) to a byte buffer: the only way <c>aznorm</c> writes data.</summary>
internal static class Utf8Output
{
    /// <summary>UTF-8 that replaces an unpaired surrogate with U+FFFD rather than throwing.</summary>
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Writes <paramref name="text"/> encoded as UTF-8.</summary>
    public static void Write(IBufferWriter<byte> output, ReadOnlySpan<char> text)
    {
        if (!text.IsEmpty)
        {
            s_utf8.GetBytes(text, output);
        }
    }

    /// <summary>Writes bytes as they are (ASCII or already UTF-8).</summary>
    public static void WriteBytes(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes) => output.Write(bytes);

    /// <summary>Writes one byte (an ASCII character).</summary>
    public static void WriteByte(IBufferWriter<byte> output, byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }

    /// <summary>Writes <paramref name="value"/> in invariant decimal digits.</summary>
    public static void WriteInt(IBufferWriter<byte> output, int value)
    {
        Span<byte> span = output.GetSpan(11);
        if (!value.TryFormat(span, out int written, default, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("An int did not fit in 11 bytes.");
        }

        output.Advance(written);
    }

    /// <summary>Writes <paramref name="value"/> with a fixed number of decimals (<c>0.80</c>), invariant.</summary>
    /// <param name="output">Receives the digits.</param>
    /// <param name="value">A finite number of moderate size (a confidence).</param>
    /// <param name="format">A standard or custom numeric format, e.g. <c>0.00</c>.</param>
    public static void WriteDouble(IBufferWriter<byte> output, double value, string format)
    {
        Span<byte> span = output.GetSpan(32);
        if (!value.TryFormat(span, out int written, format, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"The number {value.ToString(CultureInfo.InvariantCulture)} did not fit in 32 bytes.");
        }

        output.Advance(written);
    }
}
