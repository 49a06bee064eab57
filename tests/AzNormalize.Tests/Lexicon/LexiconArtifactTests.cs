using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using AzNormalize.Lexicon;
using FluentAssertions;

namespace AzNormalize.Tests.Lexicon;

public sealed class LexiconArtifactTests
{
    private static byte[] Build(params string[] words)
    {
        var pairs = new List<KeyValuePair<string, WordAttributes>>();
        foreach (string word in words)
        {
            pairs.Add(new(word, WordAttributes.SeenLowercase));
        }

        using var stream = new MemoryStream();
        LexiconArtifact.Write(stream, pairs, "test source");
        return stream.ToArray();
    }

    /// <summary>An artifact written by hand, word by word as (letters shared with the word before, the rest), in the order given.</summary>
    private static byte[] Raw(params (int Shared, string Tail)[] words)
    {
        using var payload = new MemoryStream();
        foreach ((int shared, string tail) in words)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(tail);
            payload.WriteByte((byte)shared);
            payload.WriteByte((byte)bytes.Length);
            payload.Write(bytes);
            payload.WriteByte((byte)WordAttributes.SeenLowercase);
            payload.WriteByte(0);
        }

        payload.Write(new byte[4]); // no suffix chains
        byte[] raw = payload.ToArray();
        byte[] compressed = ArtifactPayload.Compress(raw);
        byte[] source = Encoding.UTF8.GetBytes("hand");
        var header = new byte[54];
        "AZLX"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(4), LexiconArtifact.FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8), words.Length);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(12), raw.Length);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(16), compressed.Length);
        SHA256.HashData(raw, header.AsSpan(20, 32));
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(52), (ushort)source.Length);
        return [.. header, .. source, .. compressed];
    }

    private static byte[] Embedded()
    {
        using Stream stream = typeof(AzLexicon).Assembly.GetManifestResourceStream(LexiconArtifact.ResourceName)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public void WriteThenLoad_RoundTripsWordsAndSource()
    {
        byte[] artifact = Build("qış", "qışda", "ılıq", "ictimai-siyasi", "zəfər");
        AzLexicon lexicon = AzLexicon.LoadArtifact(new MemoryStream(artifact), "test");

        lexicon.Source.Should().Be("test source");
        lexicon.Contains("QIŞDA").Should().BeTrue();
        lexicon.Contains("İctimai-Siyasi").Should().BeTrue();
        lexicon.Contains("zəfər").Should().BeTrue();
        lexicon.Count.Should().Be(5 + AzLexicon.ShortWords.Length + AzLexicon.WordsWithJ.Length + AzLexicon.Units.Length + AzLexicon.FunctionWords.Length);
    }

    [Fact]
    public void Write_SameWords_SameBytes()
    {
        Build("b", "a", "c").Should().Equal(Build("c", "b", "a"));
    }

    [Fact]
    public void Write_DuplicateWord_Throws()
    {
        Action act = () => Build("a", "a");
        act.Should().Throw<ArgumentException>().WithMessage("*twice*");
    }

    [Fact]
    public void Load_HandWrittenArtifact_InOrder_ReadsEveryWord()
    {
        // The helper writes what Write writes: a check that the tests below fail for the order alone.
        AzLexicon lexicon = AzLexicon.LoadArtifact(new MemoryStream(Raw((0, "qış"), (3, "da"), (3, "ı"))), "hand.lexicon");

        lexicon.Contains("qış").Should().BeTrue();
        lexicon.Contains("qışda").Should().BeTrue();
        lexicon.Contains("qışı").Should().BeTrue();
    }

    [Fact]
    public void Load_ARepeatedWord_FailsNamingIt()
    {
        Action act = () => AzLexicon.LoadArtifact(new MemoryStream(Raw((0, "qış"), (0, "qış"))), "twice.lexicon");
        act.Should().Throw<InvalidDataException>().WithMessage("The lexicon artifact 'twice.lexicon' is corrupt: word 1 of 2 ('qış') appears twice.");
    }

    [Fact]
    public void Load_WordsOutOfOrdinalOrder_FailsNamingBoth()
    {
        // The lexicon finds words by binary search: an artifact out of order would lose words without a word of warning.
        // Ordinal order is the order of UTF-16 code units: z (U+007A) before ş (U+015F).
        Action act = () => AzLexicon.LoadArtifact(new MemoryStream(Raw((0, "qış"), (2, "z"))), "order.lexicon");
        act.Should().Throw<InvalidDataException>().WithMessage("*order.lexicon*word 1 of 2 ('qız') comes before*('qış')*");

        Action shorter = () => AzLexicon.LoadArtifact(new MemoryStream(Raw((0, "qışda"), (3, ""))), "prefix.lexicon");
        shorter.Should().Throw<InvalidDataException>().WithMessage("*prefix.lexicon*word 1 of 2 ('qış') comes before*");
    }

    [Fact]
    public void Load_AWordCountThePayloadCannotHold_FailsBeforeSizingAnything()
    {
        byte[] artifact = Raw((0, "qış"), (3, "da"));
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(artifact.AsSpan(8), 200_000_000); // the count is outside the checksum
        Action act = () => AzLexicon.LoadArtifact(new MemoryStream(artifact), "count.lexicon");
        act.Should().Throw<InvalidDataException>().WithMessage("*count.lexicon*counts 200000000 words*");
    }

    [Fact]
    public void WriteThenLoad_LettersOfEveryUtf8Length_RoundTrip()
    {
        // Two-byte letters are decoded by the reader's own loop; one of three or four bytes sends the word to the framework's decoder.
        string[] words = ["abc", "ağac", "ağ€c", "ağ𝔞", "şəhər", "ж"];
        AzLexicon lexicon = AzLexicon.LoadArtifact(new MemoryStream(Build(words)), "test");

        lexicon.Words.Should().Contain(words);
        lexicon.Words.Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void Load_HandWrittenWords_MergeIntoTheArtifactsWords_KeepingItsCounts()
    {
        var words = new List<ArtifactWord>
        {
            new("aaaa", WordAttributes.SeenLowercase, CountCode.Encode(50)), // before every hand-written word
            new("bu", WordAttributes.SeenLowercase, CountCode.Encode(1000)), // a hand-written word the list has too
            new("lakin", WordAttributes.SeenCapitalized, 0), // a function word
            new("zzzz", WordAttributes.SeenLowercase, 0), // after every hand-written word
        };
        using var stream = new MemoryStream();
        LexiconArtifact.Write(stream, words, [], "test");
        AzLexicon lexicon = AzLexicon.LoadArtifact(new MemoryStream(stream.ToArray()), "test");

        lexicon.TryGetEntry("bu", out LexiconEntry bu).Should().BeTrue();
        bu.Attributes.Should().Be(WordAttributes.SeenLowercase | WordAttributes.HandWritten);
        bu.Count.Should().Be(CountCode.Decode(CountCode.Encode(1000)));
        lexicon.TryGetEntry("lakin", out LexiconEntry lakin).Should().BeTrue();
        lakin.Attributes.Should().Be(WordAttributes.SeenCapitalized | WordAttributes.HandWritten | WordAttributes.FunctionWord);
        lexicon.TryGetEntry("su", out LexiconEntry su).Should().BeTrue();
        su.Should().Be(new LexiconEntry(WordAttributes.HandWritten, 0));
        lexicon.Contains("aaaa").Should().BeTrue();
        lexicon.Contains("zzzz").Should().BeTrue();
        lexicon.Words.Should().BeInAscendingOrder(StringComparer.Ordinal).And.OnlyHaveUniqueItems();
        lexicon.Count.Should().Be(lexicon.Words.Count());
        lexicon.Count.Should().Be(2 + AzLexicon.ShortWords.Concat(AzLexicon.WordsWithJ).Concat(AzLexicon.Units).Concat(AzLexicon.FunctionWords).Distinct().Count());
    }

    [Fact]
    public void Load_FlippedPayloadByte_FailsWithChecksumMessage()
    {
        byte[] artifact = Embedded();
        artifact[^10] ^= 0x5A;
        Action act = () => AzLexicon.LoadArtifact(new MemoryStream(artifact), "flipped.lexicon");
        act.Should().Throw<InvalidDataException>().WithMessage("*flipped.lexicon*corrupt*");
    }

    [Fact]
    public void Load_Truncated_FailsLoudly()
    {
        byte[] artifact = Embedded()[..(Embedded().Length / 2)];
        Action act = () => AzLexicon.LoadArtifact(new MemoryStream(artifact), "half.lexicon");
        act.Should().Throw<InvalidDataException>().WithMessage("The lexicon artifact 'half.lexicon' is corrupt*");
    }

    [Fact]
    public void Load_ShorterThanHeader_FailsLoudly()
    {
        Action act = () => AzLexicon.LoadArtifact(new MemoryStream([0x41, 0x5A]), "tiny.lexicon");
        act.Should().Throw<InvalidDataException>().WithMessage("*tiny.lexicon*header*");
    }

    [Fact]
    public void Load_WrongMagic_FailsLoudly()
    {
        byte[] artifact = Embedded();
        artifact[0] = (byte)'X';
        Action act = () => AzLexicon.LoadArtifact(new MemoryStream(artifact), "magic.lexicon");
        act.Should().Throw<InvalidDataException>().WithMessage("*magic bytes 'AZLX'*");
    }

    [Fact]
    public void Load_OtherVersion_FailsNamingBothVersions()
    {
        byte[] artifact = Embedded();
        artifact[4] = 9;
        Action act = () => AzLexicon.LoadArtifact(new MemoryStream(artifact), "future.lexicon");
        act.Should().Throw<InvalidDataException>().WithMessage("*version is 9*reads version 2*");
    }

    [Fact]
    public void Load_ChecksumTampered_FailsWithSha256Message()
    {
        byte[] artifact = Embedded();
        artifact[25] ^= 0xFF; // inside the SHA-256 of the header
        Action act = () => AzLexicon.LoadArtifact(new MemoryStream(artifact), "sum.lexicon");
        act.Should().Throw<InvalidDataException>().WithMessage("*SHA-256*");
    }
}
