using AzNormalize.Correction;
using AzNormalize.Text;
using FluentAssertions;

namespace AzNormalize.Tests.Text;

public sealed class AzKeyboardTests
{
    [Fact]
    public void Rows_AllKeys_AreThe32LowercaseLettersOnce()
    {
        string keys = AzKeyboard.TopRow + AzKeyboard.HomeRow + AzKeyboard.BottomRow;

        keys.Should().HaveLength(32);
        keys.Order().Should().Equal(AzAlphabet.Lowercase.Order());
    }

    [Theory]
    [InlineData('q', 'ü')] // same row
    [InlineData('ə', 'ı')]
    [InlineData('ç', 'ş')]
    [InlineData('a', 'q')] // home row under the top row, a quarter key to the right
    [InlineData('a', 'ü')]
    [InlineData('a', 'z')]
    [InlineData('s', 'z')]
    [InlineData('ə', 'ğ')]
    [InlineData('ş', 'l')]
    [InlineData('ş', 'ı')]
    public void AreNeighbours_TouchingKeys_TrueBothWays(char a, char b)
    {
        AzKeyboard.AreNeighbours(a, b).Should().BeTrue();
        AzKeyboard.AreNeighbours(b, a).Should().BeTrue();
    }

    [Theory]
    [InlineData('a', 'a')] // a key is not its own neighbour
    [InlineData('q', 'e')] // two apart on a row
    [InlineData('q', 'z')] // two rows apart
    [InlineData('a', 'e')] // one row apart but too far along
    [InlineData('z', 'd')]
    [InlineData('A', 'S')] // capitals are no keys
    [InlineData('w', 'e')] // no w on the Azerbaijani keyboard
    [InlineData('1', 'q')]
    public void AreNeighbours_KeysThatDoNotTouch_False(char a, char b) =>
        AzKeyboard.AreNeighbours(a, b).Should().BeFalse();

    [Theory]
    [InlineData('q', "üa")]
    [InlineData('a', "qüsz")]
    [InlineData('g', "tyfhvb")]
    [InlineData('ə', "öğı")]
    [InlineData('ş', "lıç")]
    [InlineData('w', "")]
    [InlineData('Q', "")]
    public void GetNeighbours_Key_EveryTouchingKeyTopRowFirst(char key, string expected) =>
        AzKeyboard.GetNeighbours(key).Should().Be(expected);

    [Theory]
    [InlineData('q', "ü")]
    [InlineData('ü', "qe")]
    [InlineData('ğ', "ö")]
    [InlineData('a', "s")]
    [InlineData('ı', "lə")]
    [InlineData('ə', "ı")]
    [InlineData('z', "x")]
    [InlineData('ç', "mş")]
    [InlineData('ş', "ç")]
    [InlineData('w', "")]
    public void GetRowNeighbours_Key_LeftThenRightOnItsRow(char key, string expected) =>
        AzKeyboard.GetRowNeighbours(key).Should().Be(expected);

    [Fact]
    public void GetNeighbours_EveryKey_AgreesWithAreNeighboursAndHoldsItsRowNeighbours()
    {
        foreach (char key in AzAlphabet.Lowercase)
        {
            string neighbours = AzKeyboard.GetNeighbours(key);
            foreach (char other in AzAlphabet.Lowercase)
            {
                neighbours.Contains(other, StringComparison.Ordinal).Should().Be(AzKeyboard.AreNeighbours(key, other), $"{key} and {other}");
            }

            neighbours.Should().ContainAll(AzKeyboard.GetRowNeighbours(key).Select(static c => c.ToString()));
        }
    }

    [Fact]
    public void ErrorModel_AreNeighbourKeys_IsTheKeyboards()
    {
        foreach (char a in AzAlphabet.Lowercase + "w1")
        {
            foreach (char b in AzAlphabet.Lowercase + "w1")
            {
                ErrorModel.AreNeighbourKeys(a, b).Should().Be(AzKeyboard.AreNeighbours(a, b), $"{a} and {b}");
            }
        }
    }
}
