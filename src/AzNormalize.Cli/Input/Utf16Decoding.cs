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
        ReadOnlySpan<byte> body = bytes[skipped..];
        var chars = new char[(body.Length / 2) + 2];
        int count = new Chunked(encoding == TextEncoding.Utf16BigEndian, replaceInvalid, source).Decode(body, skipped, final: true, chars);
        return new string(chars, 0, count);
    }

    /// <summary>The error for an unpaired surrogate <paramref name="unit"/> at byte <paramref name="offset"/> of the input.</summary>
    internal static InputException UnpairedSurrogate(InputSource source, long offset, char unit) => new(string.Create(CultureInfo.InvariantCulture,
        $"{source.DisplayName}: invalid UTF-16 at byte {offset} (an unpaired surrogate, 0x{(int)unit:X4}); use --replace-invalid to replace it with U+FFFD"));

    /// <summary>The error for a last byte at <paramref name="offset"/> that makes no whole UTF-16 unit.</summary>
    internal static InputException OddByte(InputSource source, long offset) => new(string.Create(CultureInfo.InvariantCulture,
        $"{source.DisplayName}: invalid UTF-16 at byte {offset} (an odd byte at the end of the input); use --replace-invalid to replace it with U+FFFD"));

    /// <summary>
    /// Decodes UTF-16 after its byte order mark, whole (<see cref="Decode"/>) or read in pieces (the streaming modes), to the
    /// same characters and the same first error at the same offset: an unpaired surrogate, or an odd last byte. A unit cut
    /// between two pieces, and a high surrogate that ends a piece, wait for the next.
    /// </summary>
    internal sealed class Chunked(bool bigEndian, bool replaceInvalid, InputSource source)
    {
        private int _oddByte = -1; // the first byte of a unit whose second byte is in the next piece
        private long _oddOffset;
        private int _high = -1; // a high surrogate whose low one may start the next piece
        private long _highOffset;

        /// <summary>
        /// Decodes <paramref name="bytes"/>, which begin at byte <paramref name="offset"/> of the input, into <paramref name="chars"/>
        /// (room for half the bytes and two more); <paramref name="final"/> at the end of the input. Returns the chars written.
        /// </summary>
        /// <exception cref="InputException">Invalid UTF-16 and replacement is off: the message of a whole run.</exception>
        public int Decode(ReadOnlySpan<byte> bytes, long offset, bool final, Span<char> chars)
        {
            int written = 0;
            int k = 0;
            if (_oddByte >= 0 && bytes.Length > 0)
            {
                written = Take(Unit((byte)_oddByte, bytes[0]), _oddOffset, chars, written);
                _oddByte = -1;
                k = 1;
            }

            for (; k + 1 < bytes.Length; k += 2)
            {
                written = Take(Unit(bytes[k], bytes[k + 1]), offset + k, chars, written);
            }

            if (k < bytes.Length)
            {
                (_oddByte, _oddOffset) = (bytes[k], offset + k);
            }

            if (final)
            {
                if (_high >= 0)
                {
                    written = Unpaired(chars, written);
                }

                if (_oddByte >= 0)
                {
                    chars[written++] = replaceInvalid ? '\uFFFD' : throw OddByte(source, _oddOffset);
                    _oddByte = -1;
                }
            }

            return written;
        }

        private char Unit(byte first, byte second) => (char)(bigEndian ? (first << 8) | second : (second << 8) | first);

        private int Take(char unit, long unitOffset, Span<char> chars, int written)
        {
            if (_high >= 0)
            {
                if (char.IsLowSurrogate(unit))
                {
                    chars[written++] = (char)_high;
                    chars[written++] = unit;
                    _high = -1;
                    return written;
                }

                written = Unpaired(chars, written);
            }

            if (char.IsHighSurrogate(unit))
            {
                (_high, _highOffset) = (unit, unitOffset);
            }
            else
            {
                chars[written++] = !char.IsLowSurrogate(unit) ? unit : replaceInvalid ? '\uFFFD' : throw UnpairedSurrogate(source, unitOffset, unit);
            }

            return written;
        }

        private int Unpaired(Span<char> chars, int written)
        {
            chars[written++] = replaceInvalid ? '\uFFFD' : throw UnpairedSurrogate(source, _highOffset, (char)_high);
            _high = -1;
            return written;
        }
    }
}
