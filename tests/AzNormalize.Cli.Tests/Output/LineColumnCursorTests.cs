using AzNormalize.Cli.Output;
using FluentAssertions;

namespace AzNormalize.Cli.Tests.Output;

public sealed class LineColumnCursorTests
{
    [Theory]
    [InlineData("salam", 0, 1, 1)]
    [InlineData("salam", 3, 1, 4)]
    [InlineData("salam", 5, 1, 6)]
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\r\ncd", 4, 2, 1)]
    [InlineData("ab\rcd", 4, 2, 2)]
    [InlineData("a\n\nb", 3, 3, 1)]
    [InlineData("şəhər", 4, 1, 5)]
    [InlineData("😀x", 2, 1, 2)] // A surrogate pair is one column.
    [InlineData("i\u0307x", 2, 1, 2)] // i + combining dot above is one column.
    [InlineData("i\u0307x", 1, 1, 1)] // An offset inside a text element gets the element's column.
    [InlineData("a\u2028b", 2, 1, 3)] // U+2028 does not start a line.
    public void Locate_Offset_LineAndColumnInTextElements(string text, int offset, int line, int column)
    {
        var cursor = new LineColumnCursor(text);

        cursor.Locate(offset).Should().Be((line, column));
    }

    [Fact]
    public void Locate_IncreasingOffsets_WalksForward()
    {
        var cursor = new LineColumnCursor("bir\nİki üç\r\nə");

        cursor.Locate(0).Should().Be((1, 1));
        cursor.Locate(4).Should().Be((2, 1));
        cursor.Locate(4).Should().Be((2, 1));
        cursor.Locate(8).Should().Be((2, 5));
        cursor.Locate(12).Should().Be((3, 1));
        cursor.Locate(13).Should().Be((3, 2));
    }

    [Fact]
    public void Locate_DecreasingOffset_Throws()
    {
        var cursor = new LineColumnCursor("abc");
        cursor.Locate(2);

        Action back = () => cursor.Locate(1);

        back.Should().Throw<ArgumentOutOfRangeException>();
    }
}
