using AzNormalize.Text;
using FluentAssertions;

namespace AzNormalize.Tests.Text;

public sealed class AzCasingTests
{
    private const char CombiningDotAbove = '\u0307';

    [Fact]
    public void ToUpperToLower_WholeAlphabet_RoundTrips()
    {
        AzAlphabet.Lowercase.Should().HaveLength(32);
        for (int i = 0; i < AzAlphabet.Lowercase.Length; i++)
        {
            char lower = AzAlphabet.Lowercase[i];
            char upper = AzAlphabet.Uppercase[i];
            AzCasing.ToUpper(lower).Should().Be(upper, "the capital of '{0}'", lower);
            AzCasing.ToLower(upper).Should().Be(lower, "the lowercase of '{0}'", upper);
        }

        AzCasing.ToUpper(AzAlphabet.Lowercase).Should().Be(AzAlphabet.Uppercase);
        AzCasing.ToLower(AzAlphabet.Uppercase).Should().Be(AzAlphabet.Lowercase);
    }

    [Theory]
    [InlineData('I', 'ı')]
    [InlineData('İ', 'i')]
    public void ToLower_TurkicI_UsesAzerbaijaniPair(char upper, char expected) =>
        AzCasing.ToLower(upper).Should().Be(expected);

    [Theory]
    [InlineData('ı', 'I')]
    [InlineData('i', 'İ')]
    public void ToUpper_TurkicI_UsesAzerbaijaniPair(char lower, char expected) =>
        AzCasing.ToUpper(lower).Should().Be(expected);

    [Theory]
    [InlineData("iyun", "İyun")]
    [InlineData("ıldırım", "Ildırım")]
    [InlineData("İSTANBUL", "İstanbul")]
    [InlineData("IŞIQ", "Işıq")]
    [InlineData("əli", "Əli")]
    [InlineData("", "")]
    [InlineData("5-ci", "5-ci")]
    public void ToTitle_Word_CapitalisesFirstLetterOnly(string word, string expected) =>
        AzCasing.ToTitle(word).Should().Be(expected);

    [Theory]
    [InlineData("diqqət", "DİQQƏT")]
    [InlineData("ağıllı şəhər", "AĞILLI ŞƏHƏR")]
    [InlineData("çörəyi üçün", "ÇÖRƏYİ ÜÇÜN")]
    public void ToUpper_Text_UsesAzerbaijaniCapitals(string text, string expected) =>
        AzCasing.ToUpper(text).Should().Be(expected);

    [Theory]
    [InlineData("DİQQƏT", "diqqət")]
    [InlineData("AĞILLI ŞƏHƏR", "ağıllı şəhər")]
    [InlineData("İNKİŞAF", "inkişaf")]
    public void ToLower_Text_UsesAzerbaijaniLowercase(string text, string expected) =>
        AzCasing.ToLower(text).Should().Be(expected);

    [Fact]
    public void ToLower_IWithCombiningDotAbove_FoldsToDottedI()
    {
        AzCasing.ToLower("I" + CombiningDotAbove + "NKİŞAF").Should().Be("inkişaf");
        AzCasing.ToLower("i" + CombiningDotAbove + "stanbul").Should().Be("istanbul");
    }

    [Fact]
    public void ToUpper_IWithCombiningDotAbove_FoldsToCapitalDottedI()
    {
        AzCasing.ToUpper("i" + CombiningDotAbove + "yun").Should().Be("İYUN");
        AzCasing.ToUpper("I" + CombiningDotAbove + "yun").Should().Be("İYUN");
    }

    [Fact]
    public void ToLowerSpan_DotAbove_WritesFewerCharacters()
    {
        Span<char> destination = stackalloc char[8];
        int written = AzCasing.ToLower("İi" + CombiningDotAbove + "I", destination);
        destination[..written].ToString().Should().Be("iiı");
    }

    [Fact]
    public void ToLowerSpan_ShortDestination_Throws() =>
        FluentActions.Invoking(() => AzCasing.ToLower("abc", new char[2])).Should().Throw<ArgumentException>();

    [Theory]
    [InlineData("salam")]
    [InlineData("123 - ,")]
    [InlineData("")]
    public void ToLower_AlreadyLower_ReturnsSameInstance(string text) =>
        AzCasing.ToLower(text).Should().BeSameAs(text);

    [Theory]
    [InlineData("SALAM")]
    [InlineData("DİQQƏT 5")]
    public void ToUpper_AlreadyUpper_ReturnsSameInstance(string text) =>
        AzCasing.ToUpper(text).Should().BeSameAs(text);

    [Fact]
    public void ToLower_LowercaseWithDotAbove_ReturnsNewInstance()
    {
        string text = "i" + CombiningDotAbove;
        AzCasing.ToLower(text).Should().Be("i").And.NotBeSameAs(text);
    }

    [Theory]
    [InlineData("diqqət", CaseShape.Lower)]
    [InlineData("İyun", CaseShape.Title)]
    [InlineData("Ildırım", CaseShape.Title)]
    [InlineData("DİQQƏT", CaseShape.Upper)]
    [InlineData("ABŞ-ın", CaseShape.Mixed)]
    [InlineData("AzTV", CaseShape.Mixed)]
    [InlineData("iPhone", CaseShape.Mixed)]
    [InlineData("2021", CaseShape.None)]
    [InlineData("", CaseShape.None)]
    [InlineData("I", CaseShape.Title)]
    public void GetShape_Word_ReturnsPattern(string word, CaseShape expected) =>
        AzCasing.GetShape(word).Should().Be(expected);

    [Theory]
    [InlineData("istanbul", CaseShape.Title, "İstanbul")]
    [InlineData("İSTANBUL", CaseShape.Lower, "istanbul")]
    [InlineData("ışıq", CaseShape.Upper, "IŞIQ")]
    [InlineData("IŞIQ", CaseShape.Title, "Işıq")]
    [InlineData("AzTV", CaseShape.Mixed, "AzTV")]
    [InlineData("x5", CaseShape.None, "x5")]
    public void ApplyShape_Word_CarriesCapitalisation(string word, CaseShape shape, string expected)
    {
        Span<char> destination = stackalloc char[word.Length];
        int written = AzCasing.ApplyShape(word, shape, destination);
        destination[..written].ToString().Should().Be(expected);
    }

    [Fact]
    public void ApplyShape_ShapeOfMisspelling_AppliesToCorrection()
    {
        string misspelling = "DIQQET";
        Span<char> destination = stackalloc char[6];
        int written = AzCasing.ApplyShape("diqqət", AzCasing.GetShape(misspelling), destination);
        destination[..written].ToString().Should().Be("DİQQƏT");
    }

    [Theory]
    [InlineData("İstanbul", "istanbul", true)]
    [InlineData("ISIQ", "ısıq", true)]
    [InlineData("ISIQ", "isiq", false)]
    [InlineData("İ", "ı", false)]
    [InlineData("ab", "abc", false)]
    public void EqualsIgnoreCase_TurkicI_DistinguishesDottedAndDotless(string left, string right, bool expected) =>
        AzCasing.EqualsIgnoreCase(left, right).Should().Be(expected);

    [Theory]
    [InlineData('Д', 'д')]
    [InlineData('Ә', 'ә')]
    [InlineData('Ö', 'ö')]
    [InlineData('Σ', 'σ')]
    public void ToLower_OtherScripts_UsesSimpleCaseMapping(char upper, char lower)
    {
        AzCasing.ToLower(upper).Should().Be(lower);
        AzCasing.ToUpper(lower).Should().Be(upper);
    }

    [Fact]
    public void ToLowerToUpper_EveryBmpCharacter_AgreeWithTheInvariantMappingExceptTheTurkicI()
    {
        // The tables below U+0530 must say what the invariant mapping says, and the mapping above them is that mapping.
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            char lower = c switch { 'I' => 'ı', 'İ' => 'i', _ => char.ToLowerInvariant(c) };
            char upper = c switch { 'i' => 'İ', 'ı' => 'I', _ => char.ToUpperInvariant(c) };
            if (AzCasing.ToLower(c) != lower || AzCasing.ToUpper(c) != upper)
            {
                throw new Xunit.Sdk.XunitException($"U+{i:X4}: lower {(int)AzCasing.ToLower(c):X4} (expected {(int)lower:X4}), upper {(int)AzCasing.ToUpper(c):X4} (expected {(int)upper:X4})");
            }
        }
    }
}
