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
        (edit.Start, edit.Length, edit.Original, edit.Replacement, edit.Kind)
            .Should().Be((3, 15, $"valideynl{CyrillicIe}rimiz", "valideynlərimiz", EditKind.Diacritic));
        edit.Reason.Should().Contain("after:").And.Contain("U+0435");
    }

    [Fact]
    public void TwoEditsInsideOneEarlierEdit_BecomeOneEditWithBoth()
    {
        // A transliterated word in which normalization then folds two look-alikes: one edit of the original, never two
        // overlapping ones (found by fuzzing: the second edit was shifted back into the first's span).
        const string Original = "ӨЅxӨЅ!";
        var first = new List<Edit> { new(0, 5, "ӨЅxӨЅ", "ÖЅxÖЅ", EditKind.Transliteration, 0.99, "Cyrillic") };
        const string Middle = "ÖЅxÖЅ!";
        var second = new List<Edit>
        {
            new(1, 1, "Ѕ", "S", EditKind.LookAlike, 0.9, "dze 1"),
            new(4, 1, "Ѕ", "S", EditKind.LookAlike, 0.8, "dze 2"),
        };

        List<Edit> composed = AzNormalizer.Compose(Original, first, Middle, second);

        composed.Should().Equal(new Edit(0, 5, "ӨЅxӨЅ", "ÖSxÖS", EditKind.LookAlike, 0.8, "dze 1; dze 2 (after: Cyrillic)"));
        EditList.Apply(Original, composed).Should().Be("ÖSxÖS!");
    }

    [Fact]
    public void EditsClearOfEachOther_AreShiftedBack()
    {
        const string Original = "a\u00ADb cox";
        var softHyphen = new Edit(1, 1, "\u00AD", string.Empty, EditKind.Invisible, 1, "soft hyphen");
        var first = new List<Edit> { softHyphen };
        const string Middle = "ab cox"; // what the first edits make of Original
        var second = new List<Edit> { new(3, 3, "cox", "çox", EditKind.Diacritic, 0.9, "c→ç") };

        List<Edit> composed = AzNormalizer.Compose(Original, first, Middle, second);

        composed.Should().Equal(
            softHyphen,
            new Edit(4, 3, "cox", "çox", EditKind.Diacritic, 0.9, "c→ç"));
    }

    [Fact]
    public void ACorrectionOverAHyphenJoin_TakesTheJoinIn()
    {
        const string Original = "ol-\nduqu yer";
        var first = new List<Edit> { new(2, 2, "-\n", string.Empty, EditKind.Hyphenation, 0.9, "joined") };
        const string Middle = "olduqu yer"; // what the first edits make of Original
        var second = new List<Edit> { new(0, 6, "olduqu", "olduğu", EditKind.Diacritic, 0.95, "q→ğ") };

        List<Edit> composed = AzNormalizer.Compose(Original, first, Middle, second);

        Edit edit = composed.Should().ContainSingle().Subject;
        edit.Should().BeEquivalentTo(new { Start = 0, Length = 8, Original = "ol-\nduqu", Replacement = "olduğu", Kind = EditKind.Diacritic, Confidence = 0.9 });
        edit.Reason.Should().Be("q→ğ (after: joined)");
    }
}
