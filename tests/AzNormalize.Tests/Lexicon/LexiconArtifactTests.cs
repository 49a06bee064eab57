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
