using AzNormalize.Correction;
using FluentAssertions;

namespace AzNormalize.Tests.Correction;

/// <summary>Text typed without Azerbaijani letters throughout: known-word twins, capitals, names and a capital I typed for İ.</summary>
public sealed class AsciiTypedTextTests
{
    private static string Fix(string text) => AzNormalizer.Default.Fix(text).Text;

    [Fact]
    public void IsTypedWithoutAzerbaijaniLetters_JudgesWholeTextsOnly()
    {
        static bool Judge(string text)
        {
            var words = new List<AzNormalize.Tokenization.Token>();
            foreach (AzNormalize.Tokenization.Token token in AzNormalize.Tokenization.Tokenizer.Tokenize(text))
            {
                if (token.Kind == AzNormalize.Tokenization.TokenKind.Word)
                {
                    words.Add(token);
                }
            }

            return SpellingCorrector.IsTypedWithoutAzerbaijaniLetters(text, words);
        }

        Judge("Bu gun Ingiltere ve Simali Koreya arasinda yeni muqavile imzalandi.").Should().BeTrue();
        Judge("Bu gün İngiltərə və Şimali Koreya arasında yeni müqavilə imzalandı.").Should().BeFalse();
        Judge("Bu gun hava yaxsi").Should().BeFalse("four words are too few to judge");
    }

    [Fact]
    public void Fix_AsciiTypedText_RestoresNamesCapitalsAndTheDottedCapitalI()
    {
        string fixedText = Fix("Bu gun Ingiltere ve Simali Koreya arasinda yeni muqavile imzalandi, ABS-dan numayendesi bildirib.");

        fixedText.Should().Be("Bu gün İngiltərə və Şimali Koreya arasında yeni müqavilə imzalandı, ABŞ-dan nümayəndəsi bildirib.");
    }

    [Fact]
    public void Fix_TextWithAzerbaijaniLetters_LeavesNamesAndCapitalsAlone()
    {
        const string text = "Futbolçu Eden Hazard ABS sistemi olan maşını Sam adlı dostuna satdığını bildirib.";

        Fix(text).Should().Be(text, "only a text typed without Azerbaijani letters throughout has its names and capitals restored");
    }

    [Fact]
    public void Fix_KnownAsciiWordInMixedText_NeedsMuchMoreEvidence()
    {
        // 'ses' is a known form; in text that has its letters elsewhere it stays unless its twin is overwhelmingly commoner.
        Fix("Bu səhər ses eşitdim və pəncərəni açdım, sonra yenidən yatdım.").Should().Contain("ses");
        Fix("Bu seher ses esitdim ve pencereni acdim, sonra yeniden yatdim.").Should().Contain("səs");
    }

    [Fact]
    public void Fix_NamesOff_LeavesUnknownCapitalisedWordsAlone()
    {
        var pipeline = new AzNormalizer(new AzNormalizerOptions { Spelling = new SpellingOptions { Names = false } });

        string fixedText = pipeline.Fix("Bu gun Ingiltere ve Simali Koreya arasinda yeni muqavile imzalandi.").Text;

        fixedText.Should().Contain("Simali Koreya").And.Contain("Ingiltere").And.Contain("müqavilə");
    }
}
