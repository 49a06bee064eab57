using System.Text;
using AzNormalize.Tests.Infrastructure;
using AzNormalize.Tokenization;
using FluentAssertions;

namespace AzNormalize.Tests.Tokenization;

/// <summary>Tokenizes real text from ../shared/data (read at test time, never committed); skips where it is absent.</summary>
public sealed class TokenizerSharedDataTests
{
    [SharedDataFact("tesseract-ocr-ntrex-az/ocr")]
    public void Tokenize_TesseractOcrFiles_AreLossless() => AssertLosslessFolder("tesseract-ocr-ntrex-az/ocr");

    [SharedDataFact("tesseract-ocr-ntrex-az/gt")]
    public void Tokenize_TesseractGoldFiles_AreLossless() => AssertLosslessFolder("tesseract-ocr-ntrex-az/gt");

    [SharedDataFact("ntrex-128/newstest2019-ref.aze-Latn.txt")]
    public void Tokenize_NtrexNews_IsLosslessAndFindsNumeralsWithSuffixes()
    {
        string text = ReadText("ntrex-128/newstest2019-ref.aze-Latn.txt");

        TokenTestText.FindViolation(text).Should().BeNull();
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (Token token in Tokenizer.Tokenize(text))
        {
            kinds.Add(TokenTestText.Describe(token.Kind, token.GetText(text)));
        }

        // Forms the news text is known to hold.
        kinds.Should().Contain(["Word\t2018-ci", "Word\tABŞ-ın", "Abbreviation\tNATO", "Word\tNATO-ya"]);
    }

    [SharedDataFact("lingua-testdata-az/sentences/az.txt")]
    public void Tokenize_LinguaWebSentences_AreLossless()
    {
        string text = ReadText("lingua-testdata-az/sentences/az.txt");

        TokenTestText.FindViolation(text).Should().BeNull();
    }

    [SharedDataFact("tesseract-ocr-ntrex-az/ocr")]
    public void Tokenize_OcrLineEndHyphens_StayOutsideTheWord()
    {
        int checkedHyphens = 0;
        foreach (string path in Directory.GetFiles(SharedData.PathOf("tesseract-ocr-ntrex-az/ocr")!, "*.txt"))
        {
            string text = File.ReadAllText(path, Encoding.UTF8);
            List<Token> tokens = Tokenizer.TokenizeToList(text);
            for (int i = 1; i + 1 < tokens.Count; i++)
            {
                Token token = tokens[i];
                if (text[token.Start] == '-' && tokens[i - 1].Kind == TokenKind.Word && tokens[i + 1].Kind == TokenKind.LineBreak)
                {
                    token.Should().Be(new Token(TokenKind.Punctuation, token.Start, 1), "in {0}", Path.GetFileName(path));
                    checkedHyphens++;
                }
            }

            foreach (Token token in tokens)
            {
                if (token.Kind == TokenKind.Word && TokenCharsEndsWithHyphen(token.GetText(text)))
                {
                    throw new Xunit.Sdk.XunitException($"word '{token.GetText(text)}' in {Path.GetFileName(path)} ends with a hyphen");
                }
            }
        }

        checkedHyphens.Should().BePositive("the OCR files break words at line ends");
    }

    private static bool TokenCharsEndsWithHyphen(ReadOnlySpan<char> word) => word[^1] is '-' or '\u2010' or '\u2011';

    private static void AssertLosslessFolder(string relativePath)
    {
        string[] files = Directory.GetFiles(SharedData.PathOf(relativePath)!, "*.txt");
        files.Should().NotBeEmpty();
        foreach (string path in files)
        {
            string text = File.ReadAllText(path, Encoding.UTF8);
            TokenTestText.FindViolation(text).Should().BeNull("{0} must tokenize losslessly", Path.GetFileName(path));
        }
    }

    private static string ReadText(string relativePath) => File.ReadAllText(SharedData.PathOf(relativePath)!, Encoding.UTF8);
}
