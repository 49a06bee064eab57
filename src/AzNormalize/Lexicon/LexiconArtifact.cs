using System.Buffers.Binary;
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
///  4      2    format version (2)
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
/// bytes, one byte of <see cref="WordAttributes"/> and one byte of quantized count (<see cref="CountCode"/>; 0: none).
/// After the words: a 4-byte count of suffix chains, then per chain one byte with its length in UTF-8 bytes, the chain
/// (suffix tags joined by <c>+</c>) and one signed byte, 16·log₁₀ of how common a form with that chain is against its stem
/// (<see cref="AzMorphology.EstimateCount"/>). Static and thread-safe.
/// </remarks>
internal static class LexiconArtifact
{
    /// <summary>The current format version.</summary>
    public const ushort FormatVersion = 2;

    /// <summary>The longest word the format can hold, in chars (every char of it may take up to 3 UTF-8 bytes in 255).</summary>
    public const int MaxWordLength = 85;

    /// <summary>The manifest name of the embedded artifact.</summary>
    public const string ResourceName = "AzNormalize.Lexicon.az.azlex";

    private const int HeaderLength = 54;
    private static ReadOnlySpan<byte> Magic => "AZLX"u8;

    /// <summary>Writes <paramref name="words"/> (lowercase, distinct) with their flags and no counts as an artifact.</summary>
    /// <param name="destination">Where the artifact goes.</param>
    /// <param name="words">The words and their flags; sorted ordinally here.</param>
    /// <param name="source">Where the words come from, kept in the header.</param>
    public static void Write(Stream destination, IReadOnlyList<KeyValuePair<string, WordAttributes>> words, string source)
    {
        ArgumentNullException.ThrowIfNull(words);
        var records = new List<ArtifactWord>(words.Count);
        foreach (KeyValuePair<string, WordAttributes> pair in words)
        {
            records.Add(new ArtifactWord(pair.Key, pair.Value, 0));
        }

        Write(destination, records, [], source);
    }

    /// <summary>Writes <paramref name="words"/> (lowercase, distinct) with their flags and counts, and the suffix-chain table, as an artifact.</summary>
    /// <param name="destination">Where the artifact goes.</param>
    /// <param name="words">The words, flags and count codes; sorted ordinally here.</param>
    /// <param name="chains">Suffix chains (tags joined by <c>+</c>) and their codes (16·log₁₀ form/stem), in any order; written sorted.</param>
    /// <param name="source">Where the words come from, kept in the header.</param>
    public static void Write(Stream destination, IReadOnlyList<ArtifactWord> words, IReadOnlyList<KeyValuePair<string, sbyte>> chains, string source)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(chains);
        ArgumentNullException.ThrowIfNull(source);

        var sorted = new List<ArtifactWord>(words);
        sorted.Sort(static (left, right) => string.CompareOrdinal(left.Word, right.Word));

        using var payload = new MemoryStream();
        Span<byte> suffix = stackalloc byte[255];
        string previous = string.Empty;
        foreach (ArtifactWord record in sorted)
        {
            string word = record.Word;
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
            payload.WriteByte((byte)record.Attributes);
            payload.WriteByte(record.CountCode);
            previous = word;
        }

        var sortedChains = new List<KeyValuePair<string, sbyte>>(chains);
        sortedChains.Sort(static (left, right) => string.CompareOrdinal(left.Key, right.Key));
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(number, sortedChains.Count);
        payload.Write(number);
        foreach ((string chain, sbyte code) in sortedChains)
        {
            int length = Encoding.UTF8.GetBytes(chain, suffix);
            payload.WriteByte((byte)length);
            payload.Write(suffix[..length]);
            payload.WriteByte(unchecked((byte)code));
        }

        byte[] raw = payload.ToArray();
        byte[] compressed = ArtifactPayload.Compress(raw);
        byte[] sourceBytes = ArtifactPayload.SourceBytes(source);

        Span<byte> header = stackalloc byte[HeaderLength];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], FormatVersion);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], 0);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], sorted.Count);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], raw.Length);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], compressed.Length);
        SHA256.HashData(raw, header[20..52]);
        BinaryPrimitives.WriteUInt16LittleEndian(header[52..], (ushort)sourceBytes.Length);
        destination.Write(header);
        destination.Write(sourceBytes);
        destination.Write(compressed);
    }

    /// <summary>Reads an artifact, calling <paramref name="add"/> for every word in order and <paramref name="addChain"/> for every suffix chain.</summary>
    /// <param name="stream">The artifact.</param>
    /// <param name="name">The artifact's name for error messages.</param>
    /// <param name="add">Receives each word, its flags and its count code.</param>
    /// <param name="addChain">Receives each suffix chain and its code; null to skip them.</param>
    /// <param name="begin">Receives the number of words before the first word (to size what holds them); null to skip.</param>
    /// <returns>The source description from the header.</returns>
    /// <exception cref="InvalidDataException">The artifact is truncated, of another format or version, or its checksum does not match.</exception>
    public static string Read(Stream stream, string name, WordReader add, Action<string, sbyte>? addChain = null, Action<int>? begin = null)
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
        if (count < 0 || payloadLength < 0 || compressedLength < 0 || payloadLength > ArtifactPayload.MaxPayloadLength)
        {
            throw Corrupt(name, "its header holds impossible lengths");
        }

        // Every word takes at least four bytes of the payload; the header's count is not under the checksum, and a reader sizes
        // its arrays by it.
        if (count > payloadLength / 4)
        {
            throw Corrupt(name, $"its header counts {count} words, more than its payload of {payloadLength} bytes can hold");
        }

        (string source, byte[] payload) = ArtifactPayload.Read(stream, sourceLength, payloadLength, expectedHash, Kind, name);
        begin?.Invoke(count);
        Decode(payload, count, name, add, addChain);
        return source;
    }

    private static void Decode(ReadOnlySpan<byte> payload, int count, string name, WordReader add, Action<string, sbyte>? addChain)
    {
        // Two buffers, the word and the one before it, taking turns: a word repeats the first letters of the one before.
        Span<char> word = stackalloc char[MaxWordLength];
        Span<char> previous = stackalloc char[MaxWordLength];
        int previousLength = 0;
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
            if (prefix > previousLength || position + length + 2 > payload.Length)
            {
                throw Corrupt(name, $"word {i} of {count} is malformed");
            }

            previous[..prefix].CopyTo(word);
            int tail = DecodeTail(payload.Slice(position, length), word[prefix..]);
            if (tail < 0)
            {
                throw Corrupt(name, $"word {i} of {count} is longer than {MaxWordLength} chars");
            }

            int wordLength = prefix + tail;

            // Words come in strictly ascending ordinal order (the lexicon finds them by binary search): they share the first
            // `prefix` letters, so the rest decides.
            int order = tail > 0 && prefix < previousLength ? word[prefix] - previous[prefix] : 0;
            if (order == 0)
            {
                order = word[prefix..wordLength].SequenceCompareTo(previous[prefix..previousLength]);
            }

            if (i > 0 && order <= 0)
            {
                throw Corrupt(name, order == 0
                    ? $"word {i} of {count} ('{word[..wordLength]}') appears twice"
                    : $"word {i} of {count} ('{word[..wordLength]}') comes before the word ahead of it ('{previous[..previousLength]}') in ordinal order");
            }

            position += length;
            var flags = (WordAttributes)payload[position++];
            byte countCode = payload[position++];
            add(word[..wordLength], flags, countCode);
            Span<char> swap = previous;
            previous = word;
            word = swap;
            previousLength = wordLength;
        }

        if (position + 4 > payload.Length)
        {
            throw Corrupt(name, "its payload ends before the suffix-chain table");
        }

        int chains = BinaryPrimitives.ReadInt32LittleEndian(payload[position..]);
        position += 4;
        if (chains < 0)
        {
            throw Corrupt(name, "its suffix-chain table has a negative length");
        }

        for (int i = 0; i < chains; i++)
        {
            int length = position < payload.Length ? payload[position] : -1;
            if (length < 0 || position + 1 + length + 1 > payload.Length)
            {
                throw Corrupt(name, $"suffix chain {i} of {chains} is malformed");
            }

            string chain = Encoding.UTF8.GetString(payload.Slice(position + 1, length));
            sbyte code = unchecked((sbyte)payload[position + 1 + length]);
            position += length + 2;
            addChain?.Invoke(chain, code);
        }

        if (position != payload.Length)
        {
            throw Corrupt(name, $"{payload.Length - position} bytes follow its suffix-chain table");
        }
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/> (UTF-8) into <paramref name="destination"/>: ASCII and two-byte sequences (every
    /// Azerbaijani letter) here, anything else by <see cref="Encoding.UTF8"/> (which replaces a malformed sequence with
    /// U+FFFD). Returns the chars written, or -1 when they do not fit.
    /// </summary>
    private static int DecodeTail(ReadOnlySpan<byte> bytes, Span<char> destination)
    {
        int written = 0;
        for (int k = 0; k < bytes.Length; k++)
        {
            if (written == destination.Length)
            {
                return -1;
            }

            byte b = bytes[k];
            if (b < 0x80)
            {
                destination[written++] = (char)b;
            }
            else if (b is >= 0xC2 and <= 0xDF && k + 1 < bytes.Length && (bytes[k + 1] & 0xC0) == 0x80)
            {
                destination[written++] = (char)(((b & 0x1F) << 6) | (bytes[++k] & 0x3F));
            }
            else
            {
                return Encoding.UTF8.GetCharCount(bytes) > destination.Length ? -1 : Encoding.UTF8.GetChars(bytes, destination);
            }
        }

        return written;
    }

    private const string Kind = "lexicon artifact";

    private static InvalidDataException Corrupt(string name, string reason) => ArtifactPayload.Corrupt(Kind, name, reason);
}

/// <summary>Takes one word of an artifact as it is read: the word (valid only during the call), its flags and its count code.</summary>
/// <param name="word">The word, lowercase; the span is reused for the next word.</param>
/// <param name="flags">How the sources wrote it.</param>
/// <param name="countCode">Its quantized count (<see cref="CountCode"/>); 0 when it has none.</param>
internal delegate void WordReader(ReadOnlySpan<char> word, WordAttributes flags, byte countCode);

/// <summary>One word of a lexicon artifact: the word, its flags and its quantized count (<see cref="CountCode"/>).</summary>
/// <param name="Word">The word, lowercase.</param>
/// <param name="Attributes">How the sources wrote it.</param>
/// <param name="CountCode">Its count, quantized by <see cref="CountCode.Encode(long)"/>; 0 when it has none.</param>
internal readonly record struct ArtifactWord(string Word, WordAttributes Attributes, byte CountCode);

/// <summary>
/// Word counts quantized to one byte: 0 for none, else 1 + round(16·log₁₀ count), so a decoded count is within 7.5 % of the
/// true one, from 1 to about 10¹⁵.
/// </summary>
internal static class CountCode
{
    /// <summary>Steps per power of ten.</summary>
    public const double StepsPerDecade = 16;

    /// <summary>The code of <paramref name="count"/>; 0 for a count below 1.</summary>
    public static byte Encode(long count) =>
        count < 1 ? (byte)0 : (byte)Math.Clamp(Math.Round(StepsPerDecade * Math.Log10(count)) + 1, 1, 255);

    /// <summary>The count each code stands for (a power per code, computed once: a lexicon decodes one per word).</summary>
    private static readonly long[] s_counts = BuildCounts();

    /// <summary>The count a code stands for; 0 for code 0.</summary>
    public static long Decode(byte code) => s_counts[code];

    private static long[] BuildCounts()
    {
        var counts = new long[256];
        for (int code = 1; code < counts.Length; code++)
        {
            counts[code] = (long)Math.Round(Math.Pow(10, (code - 1) / StepsPerDecade));
        }

        return counts;
    }
}
