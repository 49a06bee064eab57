using FluentAssertions;

namespace AzNormalize.Tests.Reliability;

/// <summary>Kinds switched off and protected spans are honoured inside every stage, not filtered afterwards.</summary>
public sealed class RuleSwitchTests
{
    private const string CyrillicSchwa = "\u04D9";

    [Fact]
    public void DisabledKind_IsNeverMade()
    {
        var pipeline = new AzNormalizer(new AzNormalizerOptions { DisabledKinds = new HashSet<EditKind> { EditKind.LookAlike } });

        pipeline.Fix($"bölm{CyrillicSchwa} tərəﬁndən").Text.Should().Be($"bölm{CyrillicSchwa} tərəfindən");
    }

    [Fact]
    public void HyphenationOff_TheHalvesAreNotJoinedNorCorrectedAsOneWord()
    {
        var pipeline = new AzNormalizer(new AzNormalizerOptions { DisabledKinds = new HashSet<EditKind> { EditKind.Hyphenation } });

        FixResult result = pipeline.Fix("Bu gün gücləndi-\nrilmesi vacibdir.");

        result.Text.Should().StartWith("Bu gün gücləndi-\n");
        result.Edits.Should().NotContain(edit => edit.Original.Contains('\n'));
    }

    [Fact]
    public void ProtectedSpan_IsLeftAsWritten_AfterAnEditThatChangesTheLength()
    {
        // The ligature before the span becomes two letters (the text grows by one): the span still covers the second word.
        string text = $"tərəﬁndən bölm{CyrillicSchwa} bölm{CyrillicSchwa}";
        int second = text.IndexOf("bölm", StringComparison.Ordinal);

        FixResult result = AzNormalizer.Default.Fix(text, [new TextSpan(second, 5)]);

        result.Text.Should().Be($"tərəfindən bölm{CyrillicSchwa} bölmə");
        result.Edits.Should().NotContain(edit => edit.Start < second + 5 && second < edit.Start + edit.Length);
    }

    [Fact]
    public void ProtectedSpan_OverALineEndHyphen_KeepsTheBreak()
    {
        string text = "Bu gün gücləndi-\nrilməsi vacibdir, gücləndi-\nrilməsi.";
        int first = text.IndexOf('-', StringComparison.Ordinal);

        FixResult result = AzNormalizer.Default.Fix(text, [new TextSpan(first, 2)]);

        result.Text.Should().StartWith("Bu gün gücləndi-\nrilməsi").And.EndWith("gücləndirilməsi.");
    }

    [Fact]
    public void ProtectedSpan_OutsideTheText_IsRefused()
    {
        Action fix = () => AzNormalizer.Default.Fix("söz", [new TextSpan(2, 5)]);

        fix.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*outside the text*");
    }

    [Fact]
    public void ReadmeExample_CodeSpanAndHyphenationOff()
    {
        var careful = new AzNormalizer(new AzNormalizerOptions { DisabledKinds = new HashSet<EditKind> { EditKind.Hyphenation } });
        careful.Fix("gücləndi-\nrilməsi").Text.Should().Be("gücləndi-\nrilməsi");

        string code = $"bölm{CyrillicSchwa} `bölm{CyrillicSchwa}`";
        AzNormalizer.Default.Fix(code, [new TextSpan(6, 7)]).Text.Should().Be($"bölmə `bölm{CyrillicSchwa}`");
    }

    [Fact]
    public void ProtectedCharacterEdit_BeforeALayoutRepair_KeepsTheOffsetsRight()
    {
        // The only character edit (the ligature ﬁ, which grows the text by one) is protected; layout repair, which reads
        // the text without it, still joins the break after it at the right place.
        string text = "tərəﬁndən gücləndi-\nrilməsi";

        FixResult result = AzNormalizer.Default.Fix(text, [new TextSpan(0, 8)]);

        result.Text.Should().Be("tərəﬁndən gücləndirilməsi");
    }
}
