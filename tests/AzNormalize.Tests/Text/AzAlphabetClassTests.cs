using AzNormalize.Text;
using FluentAssertions;

namespace AzNormalize.Tests.Text;

/// <summary>The letter classes read from a table agree with the alphabet for every UTF-16 code unit.</summary>
public sealed class AzAlphabetClassTests
{
    [Fact]
    public void Classes_EveryBmpCharacter_FollowItsAzerbaijaniLowercase()
    {
        const string Vowels = "aıoueəiöü";
        const string Back = "aıou";
        const string Rounded = "oöuü";
        int letters = 0;
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            char lower = AzCasing.ToLower(c);
            bool letter = AzAlphabet.Lowercase.Contains(lower, StringComparison.Ordinal);
            bool vowel = Vowels.Contains(lower, StringComparison.Ordinal);
            letters += letter ? 1 : 0;
            if (AzAlphabet.IsLetter(c) != letter || AzAlphabet.IsVowel(c) != vowel
                || AzAlphabet.IsConsonant(c) != (letter && !vowel)
                || AzAlphabet.IsBackVowel(c) != (vowel && Back.Contains(lower, StringComparison.Ordinal))
                || AzAlphabet.IsFrontVowel(c) != (vowel && !Back.Contains(lower, StringComparison.Ordinal))
                || AzAlphabet.IsRoundedVowel(c) != (vowel && Rounded.Contains(lower, StringComparison.Ordinal)))
            {
                throw new Xunit.Sdk.XunitException($"U+{i:X4} is classed wrongly");
            }
        }

        letters.Should().BeGreaterThanOrEqualTo(64, "the 32 letters in both cases, and characters that lower to one (the Kelvin sign)");
    }
}
