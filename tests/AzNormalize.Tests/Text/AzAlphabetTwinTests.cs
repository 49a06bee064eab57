using AzNormalize.Text;
using FluentAssertions;

namespace AzNormalize.Tests.Text;

public sealed class AzAlphabetTwinTests
{
    [Theory]
    [InlineData('ə', 'e')]
    [InlineData('ı', 'i')]
    [InlineData('ş', 's')]
    [InlineData('ç', 'c')]
    [InlineData('ğ', 'g')]
    [InlineData('ö', 'o')]
    [InlineData('ü', 'u')]
    [InlineData('Ə', 'E')]
    [InlineData('İ', 'I')] // no İ on an ASCII keyboard: I is typed
    [InlineData('Ş', 'S')]
    [InlineData('Ç', 'C')]
    [InlineData('Ğ', 'G')]
    [InlineData('Ö', 'O')]
    [InlineData('Ü', 'U')]
    public void ToAsciiTyped_AzerbaijaniLetter_ItsAsciiTwinInTheSameCase(char letter, char expected) =>
        AzAlphabet.ToAsciiTyped(letter).Should().Be(expected);

    [Theory]
    [InlineData('I')] // the capital of ı is on every keyboard
    [InlineData('i')]
    [InlineData('e')]
    [InlineData('q')]
    [InlineData('x')]
    [InlineData('w')]
    [InlineData('ä')]
    [InlineData('\u04D9')] // Cyrillic schwa: a look-alike, not a letter of the alphabet
    [InlineData('1')]
    public void ToAsciiTyped_OtherCharacter_Unchanged(char c) =>
        AzAlphabet.ToAsciiTyped(c).Should().Be(c);

    [Fact]
    public void ToAsciiTyped_Lowercase_AgreesWithToAsciiTwinAndItsCapitalsWithTheTwinsCapitals()
    {
        foreach (char c in AzAlphabet.Lowercase)
        {
            AzAlphabet.ToAsciiTyped(c).Should().Be(AzAlphabet.ToAsciiTwin(c), $"{c}");
        }

        AzAlphabet.ToAsciiTyped('Ə').Should().Be(char.ToUpperInvariant(AzAlphabet.ToAsciiTwin('ə')));
        AzAlphabet.SpecialUppercase.Should().HaveLength(AzAlphabet.SpecialLowercase.Length);
        AzAlphabet.AsciiTwinsUppercase.Should().Be(AzAlphabet.AsciiTwins.ToUpperInvariant());
    }
}
