using AzNormalize.Correction;
using FluentAssertions;

namespace AzNormalize.Tests.Correction;

public sealed class ContextArtifactTests
{
    private static readonly ContextModel s_model = ContextModel.Train(["Bu şəhər böyükdür. Bu şəhər gözəldir; bu kənd kiçikdir.", "Şəhər\nböyükdür"]);

    private static byte[] Written(ContextModel model)
    {
        var stream = new MemoryStream();
        ContextArtifact.Write(stream, model, "test source");
        return stream.ToArray();
    }

    [Fact]
    public void WriteAndRead_RoundTrip_SameCountsAndProbabilities()
    {
        ContextModel read = ContextArtifact.Read(new MemoryStream(Written(s_model)), "test.azctx");

        read.Source.Should().Be("test source");
        read.VocabularySize.Should().Be(s_model.VocabularySize);
        read.PairCount.Should().Be(s_model.PairCount);
        read.GetCount("şəhər").Should().Be(3);
        read.GetPairCount("bu", "şəhər").Should().Be(2);
        read.GetPairCount("bu", "kənd").Should().Be(1);
        read.LogProbability("bu", "kənd").Should().Be(s_model.LogProbability("bu", "kənd"));
        read.Followers("bu").Should().BeEquivalentTo(["kənd", "şəhər"]);
    }

    [Fact]
    public void Write_SameModel_SameBytes()
    {
        Written(s_model).Should().Equal(Written(ContextModel.Train(["Bu şəhər böyükdür. Bu şəhər gözəldir; bu kənd kiçikdir.", "Şəhər\nböyükdür"])));
    }

    [Theory]
    [InlineData(10, "it ends inside its source description.")]
    [InlineData(40, "it is shorter than its 58-byte header.")]
    public void Read_Truncated_FailsNamingTheArtifact(int cut, string message)
    {
        byte[] artifact = Written(s_model);
        int length = cut == 40 ? 40 : 58 + 5;
        Action read = () => ContextArtifact.Read(new MemoryStream(artifact[..length]), "cut.azctx");

        read.Should().Throw<InvalidDataException>().WithMessage("The context model artifact 'cut.azctx' is corrupt: " + message);
    }

    [Fact]
    public void Read_TruncatedPayload_Fails()
    {
        byte[] artifact = Written(s_model);
        Action read = () => ContextArtifact.Read(new MemoryStream(artifact[..^4]), "short.azctx");

        read.Should().Throw<InvalidDataException>().WithMessage("*short.azctx*corrupt*");
    }

    [Fact]
    public void Read_FlippedPayloadByte_FailsWithTheChecksum()
    {
        byte[] artifact = Written(s_model);
        artifact[30] ^= 0xFF; // inside the header's SHA-256
        Action read = () => ContextArtifact.Read(new MemoryStream(artifact), "sum.azctx");

        read.Should().Throw<InvalidDataException>().WithMessage("*sum.azctx*SHA-256*");
    }

    [Fact]
    public void Read_WrongMagicOrVersion_Fails()
    {
        byte[] artifact = Written(s_model);
        byte[] magic = (byte[])artifact.Clone();
        magic[0] = (byte)'X';
        byte[] version = (byte[])artifact.Clone();
        version[4] = 7;

        ((Action)(() => ContextArtifact.Read(new MemoryStream(magic), "m.azctx"))).Should().Throw<InvalidDataException>().WithMessage("*magic bytes 'AZCX'*");
        ((Action)(() => ContextArtifact.Read(new MemoryStream(version), "v.azctx"))).Should().Throw<InvalidDataException>().WithMessage("*version is 7*reads version 1*");
    }

    [Fact]
    public void Read_LengthsThePayloadCannotHold_FailWithoutAllocating()
    {
        byte[] artifact = Written(s_model);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(artifact.AsSpan(12), int.MaxValue); // pair count
        Action read = () => ContextArtifact.Read(new MemoryStream(artifact), "huge.azctx");

        read.Should().Throw<InvalidDataException>().WithMessage("*huge.azctx*impossible lengths*");
    }

    [Fact]
    public void Default_IsEmbedded_AndKnowsCommonPairs()
    {
        ContextModel model = ContextModel.Default;

        model.Should().BeSameAs(ContextModel.Default);
        model.Source.Should().Contain("legal codes").And.Contain("Tatoeba");
        model.PairCount.Should().BeGreaterThan(50_000);
        model.GetPairCount("azərbaycan", "respublikasının").Should().BeGreaterThan(100);
        model.LogProbability("azərbaycan", "respublikasının").Should().BeGreaterThan(model.LogProbability("azərbaycan", "respublikasinin"));
    }

    [Fact]
    public void Combine_InterpolatesProbabilities_AndAddsCounts()
    {
        ContextModel other = ContextModel.Train(["bu kənd kiçikdir", "bu kənd"]);
        ContextModel combined = ContextModel.Combine(s_model, other, 0.5);

        double expected = Math.Log10((0.5 * Math.Pow(10, s_model.LogProbability("bu", "kənd"))) + (0.5 * Math.Pow(10, other.LogProbability("bu", "kənd"))));
        combined.LogProbability("bu", "kənd").Should().BeApproximately(expected, 1e-12);
        combined.GetPairCount("bu", "kənd").Should().Be(3);
        combined.Followers("bu").Should().BeEquivalentTo(["kənd", "şəhər"]);
        ((Action)(() => combined.Save(new StringWriter()))).Should().Throw<InvalidOperationException>();
    }
}
