using System.Buffers.Binary;
using System.Globalization;

namespace AzNormalize.Cli.Input;

/// <summary>
/// Decodes an input that starts with a UTF-16 byte order mark (FF FE little-endian, FE FF big-endian), as Windows tools
/// write "Unicode" text. Without the mark UTF-16 is not guessed: its NUL bytes make it binary.
/// </summary>
internal static class Utf16Decoding
{
    /// <summary>The encoding a UTF-16 byte order mark at the start of <paramref name="bytes"/> names, or null.</summary>
    public static TextEncoding? Detect(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xFE, ..] => TextEncoding.Utf16LittleEndian,
        [0xFE, 0xFF, ..] => TextEncoding.Utf16BigEndian,
        _ => null,
    };

    /// <summary>Decodes <paramref name="bytes"/>, byte order mark first, which is dropped.</summary>
    /// <param name="bytes">The whole input.</param>
    /// <param name="encoding">What <see cref="Detect"/> said.</param>
    /// <param name="source">The input's name, for the message.</param>
    /// <param name="replaceInvalid">Replace an unpaired surrogate or an odd last byte with U+FFFD instead of failing.</param>
    /// <exception cref="InputException">Invalid UTF-16 and <paramref name="replaceInvalid"/> is off; the message gives the
    /// byte offset (from the start of the input, byte order mark included).</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, TextEncoding encoding, InputSource source, bool replaceInvalid)
    {
        const int skipped = 2;
        bool bigEndian = encoding == TextEncoding.Utf16BigEndian;
        ReadOnlySpan<byte> body = bytes[skipped..];
        var chars = new char[(body.Length + 1) / 2];
        int count = body.Length / 2;
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> unit = body.Slice(2 * i, 2);
            chars[i] = (char)(bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(unit) : BinaryPrimitives.ReadUInt16LittleEndian(unit));
        }

        for (int i = 0; i < count; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < count && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = replaceInvalid ? '\uFFFD' : throw new InputException(string.Create(CultureInfo.InvariantCulture,
                    $"{source.DisplayName}: invalid UTF-16 at byte {skipped + (2 * i)} (an unpaired surrogate, 0x{(int)chars[i]:X4}); use --replace-invalid to replace it with U+FFFD"));
            }
        }

        if (body.Length % 2 == 1)
        {
            chars[count] = replaceInvalid ? '\uFFFD' : throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"{source.DisplayName}: invalid UTF-16 at byte {skipped + body.Length - 1} (an odd byte at the end of the input); use --replace-invalid to replace it with U+FFFD"));
        }

        return new string(chars);
    }
}
