using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace AzNormalize.Lexicon;

/// <summary>
/// What the embedded artifacts (<see cref="LexiconArtifact"/>, <c>ContextArtifact</c>) share after their own headers: a
/// source description, then a Brotli-compressed payload whose SHA-256 the header holds. Static and thread-safe.
/// </summary>
internal static class ArtifactPayload
{
    /// <summary>The largest uncompressed payload a reader accepts.</summary>
    public const int MaxPayloadLength = 256 * 1024 * 1024;

    /// <summary><paramref name="raw"/> compressed with Brotli at its smallest setting.</summary>
    public static byte[] Compress(byte[] raw)
    {
        using var compressed = new MemoryStream();
        using (var brotli = new BrotliStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            brotli.Write(raw);
        }

        return compressed.ToArray();
    }

    /// <summary>The UTF-8 bytes of a source description, which a header gives two bytes of length.</summary>
    /// <exception cref="ArgumentException">It is longer than 65,535 bytes.</exception>
    public static byte[] SourceBytes(string source)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(source);
        return bytes.Length <= ushort.MaxValue ? bytes : throw new ArgumentException("The source description is too long.", nameof(source));
    }

    /// <summary>Reads the source description and the payload that follow a header, and checks the payload's SHA-256.</summary>
    /// <param name="stream">The artifact, just after its header.</param>
    /// <param name="sourceLength">The source description's length in bytes.</param>
    /// <param name="payloadLength">The uncompressed payload's length.</param>
    /// <param name="expectedHash">The SHA-256 the header holds.</param>
    /// <param name="kind">What the artifact is, for messages ("lexicon artifact").</param>
    /// <param name="name">The artifact's name, for messages.</param>
    /// <exception cref="InvalidDataException">The artifact ends early, its payload is not Brotli, or the checksum does not match.</exception>
    public static (string Source, byte[] Payload) Read(Stream stream, int sourceLength, int payloadLength, ReadOnlySpan<byte> expectedHash, string kind, string name)
    {
        byte[] sourceBytes = new byte[sourceLength];
        if (stream.ReadAtLeast(sourceBytes, sourceLength, throwOnEndOfStream: false) < sourceLength)
        {
            throw Corrupt(kind, name, "it ends inside its source description");
        }

        byte[] payload = new byte[payloadLength];
        try
        {
            using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
            if (brotli.ReadAtLeast(payload, payloadLength, throwOnEndOfStream: false) < payloadLength)
            {
                throw Corrupt(kind, name, $"its compressed payload holds fewer than the {payloadLength} bytes its header announces");
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException)
        {
            throw new InvalidDataException($"The {kind} '{name}' is corrupt: its payload is not valid Brotli data.", exception);
        }

        Span<byte> actualHash = stackalloc byte[32];
        SHA256.HashData(payload, actualHash);
        if (!actualHash.SequenceEqual(expectedHash))
        {
            throw Corrupt(kind, name, "the SHA-256 of its payload does not match its header");
        }

        return (Encoding.UTF8.GetString(sourceBytes), payload);
    }

    /// <summary>The exception for a corrupt artifact, naming it and the reason.</summary>
    public static InvalidDataException Corrupt(string kind, string name, string reason) => new($"The {kind} '{name}' is corrupt: {reason}.");
}
