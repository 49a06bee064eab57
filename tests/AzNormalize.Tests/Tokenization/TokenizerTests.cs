using System.Globalization;
using System.Text;
using AzNormalize.Tokenization;
using FluentAssertions;

namespace AzNormalize.Tests.Tokenization;

public sealed class TokenizerTests
{
    private const int Megabyte = 1 << 20;

    [Fact]
    public void Tokenize_Empty_YieldsNoTokens()
    {
        TokenEnumerator enumerator = Tokenizer.Tokenize(ReadOnlySpan<char>.Empty);

        enumerator.MoveNext().Should().BeFalse();
        Tokenizer.TokenizeToList(string.Empty).Should().BeEmpty();
    }

    [Theory]
    [InlineData(" ")]
    [InlineData(" \t\u00A0\u3000 ")]
    public void Tokenize_WhitespaceOnly_YieldsOneWhitespaceToken(string text)
    {
        Tokenizer.TokenizeToList(text).Should().Equal(new Token(TokenKind.Whitespace, 0, text.Length));
    }

    [Fact]
    public void Tokenize_CrLfText_YieldsOneLineBreakPerLine()
    {
        string text = "Birinci sətir\r\nİkinci sətir\r\n\r\nSon";

        List<Token> tokens = Tokenizer.TokenizeToList(text);

        tokens.Where(t => t.Kind == TokenKind.LineBreak).Select(t => t.GetText(text).ToString())
            .Should().Equal("\r\n", "\r\n", "\r\n");
        TokenTestText.FindViolation(text).Should().BeNull();
    }

    [Fact]
    public void Tokenize_MegabyteLine_IsLosslessAndSplitsEveryWord()
    {
        var builder = new StringBuilder(Megabyte + 64);
        string[] words = ["Azərbaycan", "2021-ci", "ilə", "ABŞ-ın", "e.ə.", "https://az.wikipedia.org/wiki/Bakı", "50%"];
        int count = 0;
        while (builder.Length < Megabyte)
        {
            builder.Append(words[count % words.Length]).Append(' ');
            count++;
        }

        string text = builder.ToString();

        TokenTestText.FindViolation(text).Should().BeNull();
        int whitespace = 0;
        foreach (Token token in Tokenizer.Tokenize(text))
        {
            if (token.Kind == TokenKind.Whitespace)
            {
                whitespace++;
            }
        }

        whitespace.Should().Be(count);
    }

    [Theory]
    [InlineData("ə")]
    [InlineData("a")]
    [InlineData("һ")]
    [InlineData("aə\u00AD")]
    public void Tokenize_MegabyteWord_YieldsOneWordToken(string unit)
    {
        string text = new StringBuilder(Megabyte + unit.Length).Insert(0, unit, Megabyte / unit.Length).Append('z').ToString();

        Tokenizer.TokenizeToList(text).Should().Equal(new Token(TokenKind.Word, 0, text.Length));
    }

    [Theory]
    [InlineData("ab.")]
    [InlineData("A.")]
    [InlineData("a@a")]
    [InlineData("a-")]
    [InlineData("x\u200B")]
    [InlineData("@")]
    [InlineData("#1")]
    [InlineData("http://a)")]
    [InlineData("a.")]
    [InlineData("\uD83D")]
    [InlineData("\uD83D\uDE00\u200D")]
    public void Tokenize_MegabyteOfRepeatedPattern_IsLossless(string unit)
    {
        // Patterns that make a scanner look ahead and give up; a scan that re-reads the rest of the text each time
        // would not finish on a megabyte.
        string text = new StringBuilder(Megabyte + unit.Length).Insert(0, unit, Megabyte / unit.Length).ToString();

        TokenTestText.FindViolation(text).Should().BeNull();
    }

    [Fact]
    public void Tokenize_UnpairedSurrogates_AreOtherTokensAndPairsStayWhole()
    {
        string text = "\uDC00söz\uD800 \uD83D\uDE00\uD83D";

        List<string> tokens = TokenTestText.Describe(text);

        tokens.Should().Equal(
            "Other\t\\uDC00",
            "Word\tsöz",
            "Other\t\\uD800",
            "Whitespace\t\\s",
            "Symbol\t\\uD83D\\uDE00",
            "Other\t\\uD83D");
    }

    [Fact]
    public void Tokenize_LetterOutsideBmp_StaysInsideWord()
    {
        // U+1D400 MATHEMATICAL BOLD CAPITAL A is a letter written as a surrogate pair.
        string text = "ab\uD835\uDC00c \uD835\uDC00";

        TokenTestText.Describe(text).Should().Equal(
            "Word\tab\\uD835\\uDC00c",
            "Whitespace\t\\s",
            "Word\t\\uD835\\uDC00");
    }

    [Fact]
    public void TokenEnumerator_Foreach_MatchesTokenizeToListAndCurrentText()
    {
        string text = "N.Ə. Səlimova 2021-ci ildə ABŞ-a getdi: info@azertag.az.";
        List<Token> list = Tokenizer.TokenizeToList(text);
        var viaForeach = new List<Token>();
        var texts = new List<string>();

        TokenEnumerator enumerator = Tokenizer.Tokenize(text);
        foreach (Token token in enumerator)
        {
            viaForeach.Add(token);
        }

        while (enumerator.MoveNext())
        {
            texts.Add(enumerator.CurrentText.ToString());
        }

        viaForeach.Should().Equal(list);
        texts.Should().Equal(list.Select(t => text.Substring(t.Start, t.Length)));
        texts.Should().Contain(["N.Ə.", "2021-ci", "ABŞ-a", "info@azertag.az"]);
    }

    [Fact]
    public void Token_EndAndGetText_DescribeTheSpan()
    {
        string text = "Bakı şəhəri";

        Token second = Tokenizer.TokenizeToList(text)[2];

        second.Should().Be(new Token(TokenKind.Word, 5, 6));
        second.End.Should().Be(11);
        second.GetText(text).ToString().Should().Be("şəhəri");
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("az-Latn-AZ")]
    [InlineData("en-US")]
    [InlineData("")]
    public void Tokenize_UnderCulture_GivesTheSameTokensAsInvariant(string cultureName)
    {
        string text = "İLHAM İsmayıllı ISTI ıslaq Iı iİ ABŞ-ın AİDS-ə I.İ. Qasımov İ.Ə. Əliyev www.İnfo.az INFO@MAIL.AZ 3,5 12:30 #İnam @İlkin";
        List<string> expected = RunUnder(CultureInfo.InvariantCulture, text);

        List<string> actual = RunUnder(new CultureInfo(cultureName), text);

        actual.Should().Equal(expected);
        expected.Should().Contain(["Abbreviation\tİLHAM", "Initials\tI.İ.", "Initials\tİ.Ə.", "Word\tAİDS-ə", "Url\twww.İnfo.az",
            "Email\tINFO@MAIL.AZ", "Hashtag\t#İnam", "Mention\t@İlkin", "Abbreviation\tISTI", "Word\tIı"]);
    }

    private static List<string> RunUnder(CultureInfo culture, string text)
    {
        CultureInfo culturePrevious = CultureInfo.CurrentCulture;
        CultureInfo uiCulturePrevious = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return TokenTestText.Describe(text);
        }
        finally
        {
            CultureInfo.CurrentCulture = culturePrevious;
            CultureInfo.CurrentUICulture = uiCulturePrevious;
        }
    }
}
