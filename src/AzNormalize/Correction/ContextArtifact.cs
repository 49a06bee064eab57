using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using AzNormalize.Lexicon;

namespace AzNormalize.Correction;

/// <summary>
/// The binary format of the embedded context model (<c>data/context/az.azctx</c>), written by
/// <c>tools/AzNormalize.ContextBuilder</c>; data/README.md describes it for people.
/// </summary>
/// <remarks>
/// Layout, all integers little-endian:
/// <code>
/// offset size  field
///  0      4    magic "AZCX"
///  4      2    format version (1)
///  6      2    reserved, 0
///  8      4    word count
/// 12      4    pair count
/// 16      4    payload length, uncompressed bytes
/// 20      4    payload length, compressed bytes
/// 24     32    SHA-256 of the uncompressed payload
/// 56      2    source description length in UTF-8 bytes (n)
/// 58      n    source description
/// 58+n    ...  payload, Brotli-compressed
/// </code>
/// The payload holds the words in ordinal order, front-coded (one byte of chars shared with the previous word, one byte
/// of UTF-8 length, the bytes) each followed by its count as a LEB128 varint; then the pairs in order of (left, right)
/// word index, each as three varints: the left index's increase over the previous pair's, the right index (its increase
/// when the left index is the same), the count. Static and thread-safe.
/// </remarks>
internal static class ContextArtifact
{
    /// <summary>The current format version.</summary>
    public const ushort FormatVersion = 1;

    private const int HeaderLength = 58;
    private const int MaxWordLength = 85;
    private static ReadOnlySpan<byte> Magic => "AZCX"u8;

    /// <summary>Writes <paramref name="model"/> with <paramref name="source"/> in its header.</summary>
    public static void Write(Stream destination, ContextModel model, string source)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(source);
        (string[] words, int[] unigrams, long[] keys, int[] counts) = model.ToArrays();

        using var payload = new MemoryStream();
        Span<byte> bytes = stackalloc byte[255];
        string previous = string.Empty;
        for (int i = 0; i < words.Length; i++)
        {
            string word = words[i];
            if (word.Length == 0 || word.Length > MaxWordLength)
            {
                throw new ArgumentException($"The word '{word}' is empty or longer than {MaxWordLength} chars.", nameof(model));
            }

            int prefix = Math.Min(word.AsSpan().CommonPrefixLength(previous), 255);
            if (prefix > 0 && char.IsHighSurrogate(word[prefix - 1]))
            {
                prefix--;
            }

            int length = Encoding.UTF8.GetBytes(word.AsSpan(prefix), bytes);
            payload.WriteByte((byte)prefix);
            payload.WriteByte((byte)length);
            payload.Write(bytes[..length]);
            WriteVarint(payload, (uint)unigrams[i]);
            previous = word;
        }

        long previousLeft = 0;
        long previousRight = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            long left = keys[i] >>> 32;
            long right = keys[i] & 0xFFFF_FFFF;
            WriteVarint(payload, (uint)(left - previousLeft));
            WriteVarint(payload, (uint)(left == previousLeft && i > 0 ? right - previousRight : right));
            WriteVarint(payload, (uint)counts[i]);
            (previousLeft, previousRight) = (left, right);
        }

        byte[] raw = payload.ToArray();
        byte[] compressed = ArtifactPayload.Compress(raw);
        byte[] sourceBytes = ArtifactPayload.SourceBytes(source);

        Span<byte> header = stackalloc byte[HeaderLength];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], FormatVersion);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], 0);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], words.Length);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], keys.Length);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], raw.Length);
        BinaryPrimitives.WriteInt32LittleEndian(header[20..], compressed.Length);
        SHA256.HashData(raw, header[24..56]);
        BinaryPrimitives.WriteUInt16LittleEndian(header[56..], (ushort)sourceBytes.Length);
        destination.Write(header);
        destination.Write(sourceBytes);
        destination.Write(compressed);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The artifact is truncated, of another format or version, or its checksum does not match; the message names it and the reason.</exception>
    public static ContextModel Read(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> header = stackalloc byte[HeaderLength];
        if (stream.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false) < HeaderLength)
        {
            throw Corrupt(name, $"it is shorter than its {HeaderLength}-byte header");
        }

        if (!header[..4].SequenceEqual(Magic))
        {
            throw Corrupt(name, "it does not start with the magic bytes 'AZCX'");
        }

        ushort version = BinaryPrimitives.ReadUInt16LittleEndian(header[4..]);
        if (version != FormatVersion)
        {
            throw Corrupt(name, $"its format version is {version}; this library reads version {FormatVersion}");
        }

        int wordCount = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        int pairCount = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        int payloadLength = BinaryPrimitives.ReadInt32LittleEndian(header[16..]);
        int compressedLength = BinaryPrimitives.ReadInt32LittleEndian(header[20..]);
        byte[] expectedHash = header[24..56].ToArray();
        int sourceLength = BinaryPrimitives.ReadUInt16LittleEndian(header[56..]);
        if (wordCount < 0 || pairCount < 0 || payloadLength < 0 || compressedLength < 0 || payloadLength > ArtifactPayload.MaxPayloadLength
            || (3L * wordCount) + (3L * pairCount) > payloadLength)
        {
            throw Corrupt(name, "its header holds impossible lengths");
        }

        (string source, byte[] payload) = ArtifactPayload.Read(stream, sourceLength, payloadLength, expectedHash, Kind, name);
        return Decode(payload, wordCount, pairCount, name, source);
    }

    private static ContextModel Decode(byte[] payload, int wordCount, int pairCount, string name, string source)
    {
        var words = new string[wordCount];
        var unigrams = new int[wordCount];
        Span<char> word = stackalloc char[MaxWordLength + 1];
        int wordLength = 0;
        int position = 0;
        for (int i = 0; i < wordCount; i++)
        {
            if (position + 2 > payload.Length)
            {
                throw Corrupt(name, $"its payload ends at word {i} of {wordCount}");
            }

            int prefix = payload[position];
            int length = payload[position + 1];
            position += 2;
            if (prefix > wordLength || position + length > payload.Length
                || Encoding.UTF8.GetCharCount(payload.AsSpan(position, length)) + prefix > MaxWordLength)
            {
                throw Corrupt(name, $"word {i} of {wordCount} is malformed");
            }

            wordLength = prefix + Encoding.UTF8.GetChars(payload.AsSpan(position, length), word[prefix..]);
            position += length;
            words[i] = new string(word[..wordLength]);
            if (i > 0 && string.CompareOrdinal(words[i - 1], words[i]) >= 0)
            {
                throw Corrupt(name, $"word {i} of {wordCount} is out of order");
            }

            unigrams[i] = ReadVarint(payload, ref position, name);
        }

        var keys = new long[pairCount];
        var counts = new int[pairCount];
        long left = 0;
        long right = 0;
        for (int i = 0; i < pairCount; i++)
        {
            int leftStep = ReadVarint(payload, ref position, name);
            int rightValue = ReadVarint(payload, ref position, name);
            left += leftStep;
            right = leftStep == 0 && i > 0 ? right + rightValue : rightValue;
            if (left >= wordCount || right >= wordCount || (i > 0 && leftStep == 0 && rightValue == 0))
            {
                throw Corrupt(name, $"pair {i} of {pairCount} is malformed");
            }

            keys[i] = (left << 32) | right;
            counts[i] = ReadVarint(payload, ref position, name);
        }

        if (position != payload.Length)
        {
            throw Corrupt(name, $"{payload.Length - position} bytes follow its last pair");
        }

        return ContextModel.FromArrays(words, unigrams, keys, counts, source);
    }

    private static void WriteVarint(Stream stream, uint value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        stream.WriteByte((byte)value);
    }

    private static int ReadVarint(byte[] payload, ref int position, string name)
    {
        uint value = 0;
        for (int shift = 0; shift < 32; shift += 7)
        {
            if (position >= payload.Length)
            {
                throw Corrupt(name, "its payload ends inside a number");
            }

            byte b = payload[position++];
            if (shift == 28 && b > 0x07)
            {
                throw Corrupt(name, "a number is out of range");
            }

            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value > int.MaxValue ? throw Corrupt(name, "a number is out of range") : (int)value;
            }
        }

        throw Corrupt(name, "a number is longer than five bytes");
    }

    private const string Kind = "context model artifact";

    private static InvalidDataException Corrupt(string name, string reason) => ArtifactPayload.Corrupt(Kind, name, reason);
}
