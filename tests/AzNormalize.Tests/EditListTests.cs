using FluentAssertions;

namespace AzNormalize.Tests;

public sealed class EditListTests
{
    [Fact]
    public void Apply_NoEdits_ReturnsSameInstance()
    {
        string text = "salam";
        EditList.Apply(text, []).Should().BeSameAs(text);
    }

    [Fact]
    public void Apply_ReplacementsDeletionsAndInsertions_ProducesText()
    {
        string text = "abc def";
        Edit[] edits =
        [
            new(0, 1, "a", "ə", EditKind.Diacritic, 0.9, "test"),
            new(3, 1, " ", "", EditKind.Invisible, 1, "test"),
            new(7, 0, "", "!", EditKind.Rejoin, 1, "test"),
        ];
        EditList.Apply(text, edits).Should().Be("əbcdef!");
    }

    [Fact]
    public void Apply_OverlappingEdits_Throws()
    {
        Edit[] edits =
        [
            new(0, 2, "ab", "x", EditKind.Keyboard, 1, "test"),
            new(1, 1, "b", "y", EditKind.Keyboard, 1, "test"),
        ];
        FluentActions.Invoking(() => EditList.Apply("abc", edits)).Should().Throw<ArgumentException>().WithMessage("*overlap*");
    }

    [Fact]
    public void Apply_WrongOriginal_Throws()
    {
        Edit[] edits = [new(0, 1, "x", "y", EditKind.Keyboard, 1, "test")];
        FluentActions.Invoking(() => EditList.Apply("abc", edits)).Should().Throw<ArgumentException>().WithMessage("*\"x\"*\"a\"*");
    }

    [Fact]
    public void Apply_OutsideText_Throws()
    {
        Edit[] edits = [new(2, 5, "c", "y", EditKind.Keyboard, 1, "test")];
        FluentActions.Invoking(() => EditList.Apply("abc", edits)).Should().Throw<ArgumentException>().WithMessage("*outside*");
    }
}
