using AzNormalize.Text;
using FluentAssertions;

namespace AzNormalize.Tests.Text;

public sealed class SentenceBoundariesTests
{
    [Theory]
    [InlineData('.')]
    [InlineData('!')]
    [InlineData('?')]
    [InlineData('\u2026')] // …
    public void IsSentenceEnd_SentenceEnd_True(char c)
    {
        SentenceBoundaries.IsSentenceEnd(c).Should().BeTrue();
        SentenceBoundaries.IsContextBreak(c).Should().BeTrue("a sentence end breaks context too");
    }

    [Theory]
    [InlineData(':')] // Azerbaijani goes on in lowercase after a colon
    [InlineData(';')]
    [InlineData(',')]
    [InlineData('-')]
    [InlineData('»')]
    [InlineData('a')]
    [InlineData(' ')]
    public void IsSentenceEnd_OtherCharacter_False(char c) =>
        SentenceBoundaries.IsSentenceEnd(c).Should().BeFalse();

    [Theory]
    [InlineData(':', true)]
    [InlineData(';', true)]
    [InlineData('(', true)]
    [InlineData(')', true)]
    [InlineData('[', true)]
    [InlineData(']', true)]
    [InlineData(',', false)]
    [InlineData('-', false)]
    [InlineData('"', false)]
    [InlineData('«', false)]
    [InlineData('\n', false)] // line breaks are tokens of their own
    public void IsContextBreak_Mark_BreaksOnlyAtClauseMarksAndBrackets(char c, bool expected) =>
        SentenceBoundaries.IsContextBreak(c).Should().Be(expected);

    [Theory]
    [InlineData("Gəldi.", true)]
    [InlineData("Gəldi!", true)]
    [InlineData("Gəldimi?", true)]
    [InlineData("Gəldi…", true)]
    [InlineData("Gəldi...", true)]
    [InlineData("O dedi: «Gəldi.»", true)]
    [InlineData("\"Gəldi.\"", true)]
    [InlineData("(Bakı, 2020.)", true)]
    [InlineData("Gəldi.’", true)]
    [InlineData("Gəldi. \t\r", true)]
    [InlineData("Gəldi", false)]
    [InlineData("Gəldi,", false)]
    [InlineData("Qeyd:", false)]
    [InlineData("«Gəldi»", false)]
    [InlineData("Gəldi.\n", false)] // a line break is not skipped: the line after it ends nothing
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData(".", true)]
    public void EndsSentence_Text_TrueOnlyForASentenceEndBeforeClosingMarks(string text, bool expected) =>
        SentenceBoundaries.EndsSentence(text).Should().Be(expected);

    [Theory]
    [InlineData(".", false, true)]
    [InlineData("...", false, true)]
    [InlineData("!", false, true)]
    [InlineData("\u2026", false, true)]
    [InlineData("\"", true, true)] // quotes, brackets and dashes leave a start as it was
    [InlineData("«", true, true)]
    [InlineData("—", true, true)]
    [InlineData("(", true, true)]
    [InlineData("\"", false, false)]
    [InlineData("—", false, false)]
    [InlineData(",", true, false)] // any other mark ends the start
    [InlineData(":", true, false)]
    [InlineData(":", false, false)]
    [InlineData(";", true, false)]
    [InlineData("", true, true)]
    [InlineData("", false, false)]
    public void StartsSentenceAfter_Mark_SentenceEndsStartTransparentMarksKeep(string mark, bool before, bool expected) =>
        SentenceBoundaries.StartsSentenceAfter(mark, before).Should().Be(expected);
}
