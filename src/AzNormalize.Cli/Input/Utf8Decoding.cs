using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace AzNormalize.Cli.Input;

/// <summary>
/// Decodes input bytes as UTF-8 ourselves, so that the console's locale and encoding never matter.
/// A UTF-8 byte order mark (EF BB BF) at the very start is dropped; anywhere else it is text (U+FEFF) like any other.
/// </summary>
internal static class Utf8Decoding
{
    /// <summary>The UTF-8 byte order mark.</summary>
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The whole input.</param>
    /// <param name="source">The input's name, for the message.</param>
    /// <param name="replaceInvalid">Replace each invalid sequence with U+FFFD instead of failing.</param>
    /// <returns>The text, without a leading byte order mark.</returns>
    /// <exception cref="InputException">The bytes are not valid UTF-8 and <paramref name="replaceInvalid"/> is off; the
    /// message gives the byte offset (counted from the start of the input, byte order mark included) of the first invalid sequence.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, InputSource source, bool replaceInvalid)
    {
        int skipped = bytes.StartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0;
        ReadOnlySpan<byte> body = bytes[skipped..];
        if (body.IsEmpty)
        {
            return string.Empty;
        }

        // UTF-8 never needs more UTF-16 code units than bytes, replacement characters included.
        char[] buffer = ArrayPool<char>.Shared.Rent(body.Length);
        try
        {
            OperationStatus status = Utf8.ToUtf16(body, buffer, out int bytesRead, out int charsWritten, replaceInvalidSequences: replaceInvalid, isFinalBlock: true);
            if (status != OperationStatus.Done)
            {
                // With isFinalBlock, an incomplete sequence at the end is InvalidData too; a too-small buffer cannot happen.
                throw new InputException(DescribeInvalid(body, bytesRead, skipped, source));
            }

            return new string(buffer, 0, charsWritten);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The message for an invalid sequence at <paramref name="offset"/> of <paramref name="body"/>, which begins at byte
    /// <paramref name="skipped"/> of the input: where, the sequence, and the byte after it if <paramref name="body"/> has one.
    /// </summary>
    internal static string DescribeInvalid(ReadOnlySpan<byte> body, int offset, long skipped, InputSource source)
    {
        // The maximal invalid subsequence (1 to 3 bytes), and the byte after it that made it invalid, if any.
        OperationStatus status = Rune.DecodeFromUtf8(body[offset..], out _, out int invalidLength);
        int shown = Math.Min(invalidLength + 1, body.Length - offset);
        var message = new StringBuilder();
        message.Append(CultureInfo.InvariantCulture, $"{source.DisplayName}: invalid UTF-8 at byte {offset + skipped} (");
        for (int i = 0; i < shown; i++)
        {
            message.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? string.Empty : " ")}0x{body[offset + i]:X2}");
        }

        message.Append(status == OperationStatus.NeedMoreData ? " at the end of the input" : string.Empty);
        message.Append("); use --replace-invalid to replace such bytes with U+FFFD");
        return message.ToString();
    }
}
