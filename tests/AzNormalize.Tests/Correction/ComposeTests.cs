using FluentAssertions;

namespace AzNormalize.Tests.Correction;

/// <summary>Spelling edits are made on the text the earlier stages produce and mapped back to the original.</summary>
public sealed class ComposeTests
{
    [Fact]
    public void CorrectionAfterALookAlike_BecomesOneEditOfTheOriginal()
    {
        const char CyrillicIe = '\u0435'; // Cyrillic е inside a Latin word
        string text = $"Bu valideynl{CyrillicIe}rimiz idi.";

        FixResult result = AzNormalizer.Default.Fix(text);

        result.Text.Should().Be("Bu valideynlərimiz idi.");
        Edit edit = result.Edits.Should().ContainSingle().Subject;
        edit.Original.Should().Be($"valideynl{CyrillicIe}rimiz");
        edit.Kind.Should().Be(EditKind.Diacritic);
        edit.Reason.Should().Contain("after:");
        EditList.Apply(text, result.Edits).Should().Be(result.Text);
    }

    [Fact]
    public void EditsClearOfEachOther_AreShiftedBack()
    {
        const string Original = "a\u00ADb cox";
        var first = new List<Edit> { new(1, 1, "\u00AD", string.Empty, EditKind.Invisible, 1, "soft hyphen") };
        string middle = EditList.Apply(Original, first); // "ab cox"
        var second = new List<Edit> { new(3, 3, "cox", "çox", EditKind.Diacritic, 0.9, "c→ç") };

        List<Edit> composed = AzNormalizer.Compose(Original, first, middle, second);

        composed.Should().HaveCount(2);
        composed[1].Start.Should().Be(4);
        EditList.Apply(Original, composed).Should().Be("ab çox");
    }

    [Fact]
    public void ACorrectionOverAHyphenJoin_TakesTheJoinIn()
    {
        const string Original = "ol-\nduqu yer";
        var first = new List<Edit> { new(2, 2, "-\n", string.Empty, EditKind.Hyphenation, 0.9, "joined") };
        string middle = EditList.Apply(Original, first); // "olduqu yer"
        var second = new List<Edit> { new(0, 6, "olduqu", "olduğu", EditKind.Diacritic, 0.95, "q→ğ") };

        List<Edit> composed = AzNormalizer.Compose(Original, first, middle, second);

        Edit edit = composed.Should().ContainSingle().Subject;
        edit.Should().BeEquivalentTo(new { Start = 0, Length = 8, Original = "ol-\nduqu", Replacement = "olduğu", Kind = EditKind.Diacritic, Confidence = 0.9 });
        edit.Reason.Should().Be("q→ğ (after: joined)");
    }
}
