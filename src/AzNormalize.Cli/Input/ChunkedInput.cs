using System.Text;

namespace AzNormalize.Cli.Input;

/// <summary>
/// Reads one input in pieces of 64 KiB and decodes them as the whole-input reader would (UTF-8, or UTF-16 after its byte
/// order mark; a UTF-8 byte order mark is dropped), handing each decoded piece on: the streaming modes of <c>fix</c> and
/// <c>check</c>.
/// </summary>
internal static class ChunkedInput
{
    /// <summary>Reads <paramref name="source"/> to its end, handing every decoded piece to <paramref name="write"/>, then calls <paramref name="complete"/>.</summary>
    /// <param name="source">The input.</param>
    /// <param name="context">Standard input, and where errors go.</param>
    /// <param name="replaceInvalid">Replace invalid bytes with U+FFFD instead of failing.</param>
    /// <param name="write">Receives the decoded text, piece by piece; it may write to standard output.</param>
    /// <param name="complete">Called once the input is read whole.</param>
    /// <returns>
    /// <see cref="ExitCode.Success"/>; <see cref="ExitCode.InputError"/> when the input cannot be opened, has invalid bytes
    /// (said on standard error, with the byte's offset), or is a file that looks binary (a NUL near its start); <see cref="ExitCode.OutputError"/> when writing to standard output failed.
    /// </returns>
    public static ExitCode Read(InputSource source, CliContext context, bool replaceInvalid, Action<ReadOnlySpan<char>> write, Action complete)
    {
        if (!InputReader.TryOpen(source, context, out Stream stream))
        {
            return ExitCode.InputError;
        }

        using (source.IsStdin ? null : stream)
        {
            Decoder decoder = new UTF8Encoding(false, throwOnInvalidBytes: !replaceInvalid).GetDecoder();
            Utf16Decoding.Chunked? utf16Decoder = null;
            string encodingName = "UTF-8";
            var bytes = new byte[1 << 16];
            var chars = new char[bytes.Length + 1];
            long offset = 0;
            bool first = true;
            while (true)
            {
                // The first read waits for three bytes (a pipe may give fewer), enough to see a byte order mark.
                int read = first ? stream.ReadAtLeast(bytes, 3, throwOnEndOfStream: false) : stream.Read(bytes, 0, bytes.Length);
                int start = 0;
                if (first && read >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
                {
                    start = 3;
                }
                else if (first && Utf16Decoding.Detect(bytes.AsSpan(0, read)) is { } utf16)
                {
                    start = 2; // as in whole-input mode, a UTF-16 byte order mark names the encoding
                    utf16Decoder = new Utf16Decoding.Chunked(utf16 == TextEncoding.Utf16BigEndian, replaceInvalid, source);
                    encodingName = "UTF-16";
                }

                int decoded;
                try
                {
                    decoded = utf16Decoder is not null
                        ? utf16Decoder.Decode(bytes.AsSpan(start, read - start), offset + start, final: read == 0, chars)
                        : decoder.GetChars(bytes, start, read - start, chars, 0, flush: read == 0);
                }
                catch (DecoderFallbackException e)
                {
                    context.Error(DescribeInvalidUtf8(e, bytes.AsSpan(start, read - start), offset + start, read == 0 ? -1 : stream.ReadByte(), source));
                    return ExitCode.InputError;
                }
                catch (InputException e)
                {
                    context.Error(e.Message); // invalid UTF-16, said as a whole run says it
                    return ExitCode.InputError;
                }

                // A file with a NUL is binary, as in whole-input mode: in the first 8 KiB of UTF-8, the first 4,096 characters of UTF-16.
                if (first && source.Path is not null
                    && (encodingName == "UTF-8" ? InputReader.LooksBinary(bytes.AsSpan(0, read)) : chars.AsSpan(0, Math.Min(decoded, 4096)).Contains('\0')))
                {
                    context.Error($"{source.DisplayName}: looks like a binary file (it has a NUL {(encodingName == "UTF-8" ? "byte" : "character")}), not {encodingName} text");
                    return ExitCode.InputError;
                }

                first = false;
                offset += read;
                try
                {
                    write(chars.AsSpan(0, decoded));
                    if (read == 0)
                    {
                        complete();
                        return ExitCode.Success;
                    }
                }
                catch (IOException e)
                {
                    context.Error($"cannot write to standard output: {e.Message}");
                    return ExitCode.OutputError;
                }
            }
        }
    }

    /// <summary>
    /// The message for the invalid UTF-8 <paramref name="e"/> reports, the whole-input reader's
    /// (<see cref="Utf8Decoding.DescribeInvalid"/>) over the invalid bytes and the byte after them, which may be in the
    /// next read.
    /// </summary>
    /// <param name="e">What the decoder reported (its index is in <paramref name="piece"/>; below 0 when the bytes began in the piece before).</param>
    /// <param name="piece">The bytes the decoder was given.</param>
    /// <param name="pieceOffset">Where <paramref name="piece"/> begins in the input.</param>
    /// <param name="nextByte">The input's byte after <paramref name="piece"/>; -1 at the end of the input.</param>
    /// <param name="source">The input.</param>
    private static string DescribeInvalidUtf8(DecoderFallbackException e, ReadOnlySpan<byte> piece, long pieceOffset, int nextByte, InputSource source)
    {
        byte[] unknown = e.BytesUnknown ?? [];
        long at = Math.Max(0, pieceOffset + e.Index);
        if (unknown.Length == 0)
        {
            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{source.DisplayName}: invalid UTF-8 at byte {at}; use --replace-invalid to replace such bytes with U+FFFD");
        }

        int after = e.Index + unknown.Length;
        int next = after >= 0 && after < piece.Length ? piece[after] : after == piece.Length ? nextByte : -1;
        return Utf8Decoding.DescribeInvalid(next >= 0 ? [.. unknown, (byte)next] : unknown, 0, at, source);
    }
}
