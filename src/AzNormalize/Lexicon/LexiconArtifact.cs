using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace AzNormalize.Lexicon;

/// <summary>
/// The binary format of the embedded lexicon (<c>data/lexicon/az.azlex</c>), read by the library and written by
/// <c>tools/AzNormalize.LexiconBuilder</c> (which compiles this same file). data/README.md describes it for people.
/// </summary>
/// <remarks>
/// Layout, all integers little-endian:
/// <code>
/// offset size  field
///  0      4    magic "AZLX"
///  4      2    format version (1)
///  6      2    reserved, 0
///  8      4    word count
/// 12      4    payload length, uncompressed bytes
/// 16      4    payload length, compressed bytes
/// 20     32    SHA-256 of the uncompressed payload
/// 52      2    source description length in UTF-8 bytes (n)
/// 54      n    source description (package, version, sha256 of the traineddata)
/// 54+n    ...  payload, Brotli-compressed
/// </code>
/// The payload holds the words in ordinal (UTF-16 code unit) order, front-coded: for each word one byte with the
/// number of leading chars shared with the previous word, one byte with the length in UTF-8 bytes of the rest, those
/// bytes, and one byte of <see cref="WordAttributes"/>. Static and thread-safe.
/// </remarks>
internal static class LexiconArtifact
{
    /// <summary>The current format version.</summary>
    public const ushort FormatVersion = 1;

    /// <summary>The longest word the format can hold, in chars (every char of it may take up to 3 UTF-8 bytes in 255).</summary>
    public const int MaxWordLength = 85;

    /// <summary>The manifest name of the embedded artifact.</summary>
    public const string ResourceName = "AzNormalize.Lexicon.az.azlex";

    private const int HeaderLength = 54;
    private static ReadOnlySpan<byte> Magic => "AZLX"u8;

    /// <summary>Writes <paramref name="words"/> (lowercase, distinct) with their flags as an artifact.</summary>
    /// <param name="destination">Where the artifact goes.</param>
    /// <param name="words">The words and their flags; sorted ordinally here.</param>
    /// <param name="source">Where the words come from, kept in the header.</param>
    public static void Write(Stream destination, IReadOnlyList<KeyValuePair<string, WordAttributes>> words, string source)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(source);

        var sorted = new List<KeyValuePair<string, WordAttributes>>(words);
        sorted.Sort(static (left, right) => string.CompareOrdinal(left.Key, right.Key));

        using var payload = new MemoryStream();
        Span<byte> suffix = stackalloc byte[255];
        string previous = string.Empty;
        foreach (KeyValuePair<string, WordAttributes> pair in sorted)
        {
            string word = pair.Key;
            if (word.Length == 0 || word.Length > MaxWordLength)
            {
                throw new ArgumentException($"The word '{word}' is empty or longer than {MaxWordLength} chars.", nameof(words));
            }

            if (string.Equals(previous, word, StringComparison.Ordinal))
            {
                throw new ArgumentException($"The word '{word}' appears twice.", nameof(words));
            }

            int prefix = word.AsSpan().CommonPrefixLength(previous);
            if (prefix > 0 && char.IsHighSurrogate(word[prefix - 1]))
            {
                prefix--; // never split a surrogate pair between the shared prefix and the rest
            }

            int length = Encoding.UTF8.GetBytes(word.AsSpan(prefix), suffix);
            payload.WriteByte((byte)prefix);
            payload.WriteByte((byte)length);
            payload.Write(suffix[..length]);
            payload.WriteByte((byte)pair.Value);
            previous = word;
        }

        byte[] raw = payload.ToArray();
        using var compressed = new MemoryStream();
        using (var brotli = new BrotliStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            brotli.Write(raw);
        }

        byte[] sourceBytes = Encoding.UTF8.GetBytes(source);
        if (sourceBytes.Length > ushort.MaxValue)
        {
            throw new ArgumentException("The source description is too long.", nameof(source));
        }

        Span<byte> header = stackalloc byte[HeaderLength];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], FormatVersion);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], 0);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], sorted.Count);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], raw.Length);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], checked((int)compressed.Length));
        SHA256.HashData(raw, header[20..52]);
        BinaryPrimitives.WriteUInt16LittleEndian(header[52..], (ushort)sourceBytes.Length);
        destination.Write(header);
        destination.Write(sourceBytes);
        compressed.Position = 0;
        compressed.CopyTo(destination);
    }

    /// <summary>Reads an artifact, calling <paramref name="add"/> for every word in order.</summary>
    /// <param name="stream">The artifact.</param>
    /// <param name="name">The artifact's name for error messages.</param>
    /// <param name="add">Receives each word and its flags.</param>
    /// <returns>The source description from the header.</returns>
    /// <exception cref="InvalidDataException">The artifact is truncated, of another format or version, or its checksum does not match.</exception>
    public static string Read(Stream stream, string name, Action<string, WordAttributes> add)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(add);

        Span<byte> header = stackalloc byte[HeaderLength];
        if (stream.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false) < HeaderLength)
        {
            throw Corrupt(name, "it is shorter than its 54-byte header");
        }

        if (!header[..4].SequenceEqual(Magic))
        {
            throw Corrupt(name, "it does not start with the magic bytes 'AZLX'");
        }

        ushort version = BinaryPrimitives.ReadUInt16LittleEndian(header[4..]);
        if (version != FormatVersion)
        {
            throw Corrupt(name, $"its format version is {version}; this library reads version {FormatVersion}");
        }

        int count = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        int payloadLength = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        int compressedLength = BinaryPrimitives.ReadInt32LittleEndian(header[16..]);
        byte[] expectedHash = header[20..52].ToArray();
        int sourceLength = BinaryPrimitives.ReadUInt16LittleEndian(header[52..]);
        if (count < 0 || payloadLength < 0 || compressedLength < 0 || payloadLength > 64 * 1024 * 1024)
        {
            throw Corrupt(name, "its header holds impossible lengths");
        }

        byte[] sourceBytes = new byte[sourceLength];
        if (stream.ReadAtLeast(sourceBytes, sourceLength, throwOnEndOfStream: false) < sourceLength)
        {
            throw Corrupt(name, "it ends inside its source description");
        }

        byte[] payload = new byte[payloadLength];
        try
        {
            using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
            if (brotli.ReadAtLeast(payload, payloadLength, throwOnEndOfStream: false) < payloadLength)
            {
                throw Corrupt(name, $"its compressed payload holds fewer than the {payloadLength} bytes its header announces");
            }
        }
        catch (InvalidOperationException exception)
        {
            throw new InvalidDataException($"The lexicon artifact '{name}' is corrupt: its payload is not valid Brotli data.", exception);
        }
        catch (IOException exception)
        {
            throw new InvalidDataException($"The lexicon artifact '{name}' is corrupt: its payload is not valid Brotli data.", exception);
        }

        Span<byte> actualHash = stackalloc byte[32];
        SHA256.HashData(payload, actualHash);
        if (!actualHash.SequenceEqual(expectedHash))
        {
            throw Corrupt(name, "the SHA-256 of its payload does not match its header");
        }

        Decode(payload, count, name, add);
        return Encoding.UTF8.GetString(sourceBytes);
    }

    private static void Decode(ReadOnlySpan<byte> payload, int count, string name, Action<string, WordAttributes> add)
    {
        Span<char> word = stackalloc char[MaxWordLength + 1];
        int wordLength = 0;
        int position = 0;
        for (int i = 0; i < count; i++)
        {
            if (position + 2 > payload.Length)
            {
                throw Corrupt(name, $"its payload ends at word {i} of {count}");
            }

            int prefix = payload[position];
            int length = payload[position + 1];
            position += 2;
            if (prefix > wordLength || position + length + 1 > payload.Length)
            {
                throw Corrupt(name, $"word {i} of {count} is malformed");
            }

            ReadOnlySpan<byte> suffix = payload.Slice(position, length);
            if (Encoding.UTF8.GetCharCount(suffix) + prefix > MaxWordLength)
            {
                throw Corrupt(name, $"word {i} of {count} is longer than {MaxWordLength} chars");
            }

            wordLength = prefix + Encoding.UTF8.GetChars(suffix, word[prefix..]);
            position += length;
            var flags = (WordAttributes)payload[position++];
            add(new string(word[..wordLength]), flags);
        }

        if (position != payload.Length)
        {
            throw Corrupt(name, $"{payload.Length - position} bytes follow its last word");
        }
    }

    private static InvalidDataException Corrupt(string name, string reason) =>
        new($"The lexicon artifact '{name}' is corrupt: {reason}.");
}
