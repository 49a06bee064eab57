using AzNormalize.Correction;
using AzNormalize.Lexicon;
using FluentAssertions;

namespace AzNormalize.Tests.Correction;

/// <summary>The sentence decoder on hand-made lattices, each candidate source, and the corrector with it.</summary>
public sealed class SentenceDecoderTests
{
    private static readonly AzNormalizer s_sentence = new(new AzNormalizerOptions
    {
        Spelling = new SpellingOptions { Decoder = SpellingDecoder.Sentence },
    });

    private static readonly AzNormalizer s_sentenceEdits = new(new AzNormalizerOptions
    {
        Spelling = new SpellingOptions { Decoder = SpellingDecoder.Sentence, Edits = true },
    });

    // The hand-set weights, for the candidate sources the learned ones price too high to show on one short sentence
    // (a split, a real word two letters away: docs/quality.md measures both weights on whole sets).
    private static readonly AzNormalizer s_sentenceEditsHandSet = new(new AzNormalizerOptions
    {
        Spelling = new SpellingOptions { Decoder = SpellingDecoder.Sentence, Edits = true, Weights = CorrectionWeights.HandSet },
    });

    [Fact]
    public void Decode_WithoutTransitions_TakesEachTokensBestNode()
    {
        // Two tokens, two readings each; no transition scores: each token's better node wins.
        int[] starts = [0, 0, 1, 1];
        int[] ends = [1, 1, 2, 2];
        double[] local = [-1, -3, -5, -2];
        SentenceDecoder.Result result = SentenceDecoder.Decode(2, starts, ends, local, (_, _) => 0);
        result.Path.Should().Equal(0, 3);
        result.Score.Should().BeApproximately(-3, 1e-9);
    }

    [Fact]
    public void Decode_TransitionOutweighsLocal_ChangesTheChoice()
    {
        // Node 1 is worse alone (-2 against -1) but node 3 follows it far better (+3): the path 1 → 3 wins.
        int[] starts = [0, 0, 1, 1];
        int[] ends = [1, 1, 2, 2];
        double[] local = [-1, -2, -2, -2.5];
        double Transition(int a, int b) => (a, b) == (1, 3) ? 3 : 0;
        SentenceDecoder.Result result = SentenceDecoder.Decode(2, starts, ends, local, Transition);
        result.Path.Should().Equal(1, 3);
        result.Score.Should().BeApproximately(-1.5, 1e-9);
    }

    [Fact]
    public void Decode_NodeOverTwoTokens_CompetesWithThePairOfSingles()
    {
        // Tokens 0 and 1 read one by one (-3 and -3) or merged into one node (-4): the merge wins.
        int[] starts = [0, 1, 0];
        int[] ends = [1, 2, 2];
        double[] local = [-3, -3, -4];
        SentenceDecoder.Result result = SentenceDecoder.Decode(2, starts, ends, local, (_, _) => 0);
        result.Path.Should().Equal(2);
        result.MaxMarginals[0].Should().BeApproximately(-6, 1e-9);
    }

    [Fact]
    public void Posterior_TwoNodesOneUnitApart_IsTenToOne()
    {
        int[] starts = [0, 0];
        int[] ends = [1, 1];
        double[] local = [-1, -2];
        SentenceDecoder.Result result = SentenceDecoder.Decode(1, starts, ends, local, (_, _) => 0);
        SentenceDecoder.Posterior(result, starts, ends, 0).Should().BeApproximately(10.0 / 11, 1e-9);
        SentenceDecoder.Posterior(result, starts, ends, 1).Should().BeApproximately(1.0 / 11, 1e-9);
    }

    [Fact]
    public void Decode_NodeOutsideTheTokens_Throws()
    {
        Action act = () => SentenceDecoder.Decode(1, [0], [2], [0], (_, _) => 0);
        act.Should().Throw<ArgumentException>().WithMessage("*outside*");
    }

    [Fact]
    public void EditSearch_TwoEdits_FindsTheWord()
    {
        var search = new EditSearch(AzMorphology.Default, new ErrorCosts(CorrectionWeights.Default, asciiTyped: false));
        search.Run("prezdnt", 1.6); // two letters dropped
        search.Found.Should().ContainKey("prezident");
        search.Found["prezident"].Should().BeApproximately(2 * ErrorModel.Dropped, 1e-9);
    }

    [Fact]
    public void EditSearch_MisspelledStem_KeepsItsSuffixes()
    {
        var search = new EditSearch(AzMorphology.Default, new ErrorCosts(CorrectionWeights.Default, asciiTyped: false));
        search.Run("prezdentlərimizin", 1.0); // a letter dropped from the stem of a form the lexicon does not list
        search.Found.Keys.Should().Contain("prezidentlərimizin");
        AzMorphology.Default.Lexicon.Contains("prezidentlərimizin").Should().BeFalse("it is found through its stem and suffixes");
    }

    [Fact]
    public void EditSearch_BudgetTooSmall_FindsNothingFar()
    {
        var search = new EditSearch(AzMorphology.Default, new ErrorCosts(CorrectionWeights.Default, asciiTyped: false));
        search.Run("prezdnt", 0.5);
        search.Found.Should().NotContainKey("prezident");
    }

    [Fact]
    public void Align_NamesTheChangesAndTheirKind()
    {
        var costs = new ErrorCosts(CorrectionWeights.Default, asciiTyped: false);
        (double cost, EditKind kind, string reason, bool restorationsOnly) = costs.Align("dikkete", "diqqətə");
        kind.Should().Be(EditKind.TurkishSpelling);
        restorationsOnly.Should().BeTrue();
        reason.Should().Be("k→q, k→q, e→ə, e→ə");
        cost.Should().BeApproximately((2 * ErrorModel.TurkishK) + (2 * ErrorModel.Diacritic), 1e-9);

        costs.Align("sh", "ş").Reason.Should().Be("sh→ş");
        costs.Align("lə", "ilə").Kind.Should().Be(EditKind.Ocr); // a lost first letter
        costs.Align("müxtəlfi", "müxtəlif").Kind.Should().Be(EditKind.Keyboard);
    }

    [Theory]
    [InlineData("Biz dikkətə layiq olduq.", "Biz diqqətə layiq olduq.")] // a restoration
    [InlineData("valideynlerimiz gəldi", "valideynlərimiz gəldi")]
    public void Sentence_Restorations_AreMade(string text, string expected)
    {
        s_sentence.Fix(text).Text.Should().Be(expected);
    }

    [Theory]
    [InlineData("Onlar müxtəlfi ölkələrdən gəldilər.", "Onlar müxtəlif ölkələrdən gəldilər.")] // a swap
    [InlineData("Bu gün prezdent çıxış etdi.", "Bu gün prezident çıxış etdi.")] // a dropped letter
    [InlineData("Bu gün hökkumət bu barədə məlumat verdi.", "Bu gün hökumət bu barədə məlumat verdi.")] // a doubled letter
    public void SentenceWithEdits_TypingSlips_AreFixed(string text, string expected)
    {
        s_sentenceEdits.Fix(text).Text.Should().Be(expected);
    }

    [Theory]
    [InlineData("Azərbaycan Respublikasının paytaxtı Bakı şəhəridir.")]
    [InlineData("Prezident bu gün yeni qərar imzalayıb.")]
    [InlineData("Onlar Ford ilə danışdılar.")]
    [InlineData("Trump’ın sözləri")] // the suffix piece after an apostrophe is not a word to correct
    public void SentenceWithEdits_CorrectText_IsLeftAlone(string text)
    {
        s_sentenceEdits.Fix(text).Text.Should().Be(text);
    }

    [Fact]
    public void SentenceWithEditsHandSet_WordsRunTogether_AreSplit()
    {
        s_sentenceEditsHandSet.Fix("Onlar gəldi vəbu məsələni müzakirə etdilər.").Text.Should().Be("Onlar gəldi və bu məsələni müzakirə etdilər.");
    }

    [Fact]
    public void SentenceWithEdits_AWordBrokenByASpace_IsJoined()
    {
        FixResult result = s_sentenceEdits.Fix("Sonra o əlini qaldır dı və danışdı.");
        result.Text.Should().Be("Sonra o əlini qaldırdı və danışdı.");
        result.Edits.Should().ContainSingle(e => e.Original == "qaldır dı" && e.Replacement == "qaldırdı");
    }

    [Fact]
    public void SentenceWithEdits_OcrDoubleV_IsReadAsW()
    {
        s_sentenceEdits.Fix("VVashington şəhərində").Text.Should().Be("Washington şəhərində");
    }

    [Fact]
    public void Sentence_Edit_CarriesThePosteriorAsConfidence()
    {
        FixResult result = s_sentenceEdits.Fix("Onlar müxtəlfi ölkələrdən gəldilər.");
        Edit edit = result.Edits.Should().ContainSingle().Subject;
        edit.Confidence.Should().BeInRange(CorrectionWeights.Default.MinConfidence, 0.99);
        edit.Reason.Should().Contain("posterior");
    }

    [Fact]
    public void MinConfidence_AboveEveryEdit_MakesNone()
    {
        var strict = new AzNormalizer(new AzNormalizerOptions
        {
            Spelling = new SpellingOptions { Decoder = SpellingDecoder.Sentence, Edits = true, MinConfidence = 1.0 },
        });
        strict.Fix("Onlar müxtəlfi ölkələrdən gəldilər.").Text.Should().Be("Onlar müxtəlfi ölkələrdən gəldilər.");
    }

    [Fact]
    public void MinConfidence_MarginDecoder_DropsLessSureEdits()
    {
        var strict = new AzNormalizer(new AzNormalizerOptions { Spelling = new SpellingOptions { MinConfidence = 1.0 } });
        strict.Fix("Biz dikkətə layiq olduq.").Text.Should().Be("Biz dikkətə layiq olduq.");
        AzNormalizer.Default.Fix("Biz dikkətə layiq olduq.").Text.Should().Be("Biz diqqətə layiq olduq.");
    }

    [Fact]
    public void Sentence_KnownAsciiWordInAsciiTypedText_BecomesItsTwin()
    {
        const string Text = "Bu gun men de gelirem ve her sey yaxsi olacaq, cunki biz birlikde calisiriq.";
        string fixedText = s_sentence.Fix(Text).Text;
        fixedText.Should().Contain("mən də").And.Contain("hər şey");
    }

    [Fact]
    public void RealWordHandSet_WithAContextThatSawTheRightWordThere_IsReplaced()
    {
        // A small model of text we wrote in which guests are always greeted (salamlayan), never shaken (sallayan).
        var corpus = new List<string>();
        for (int i = 0; i < 20; i++)
        {
            corpus.Add("Ev sahibi qonaqları salamlayan bir adam idi.");
            corpus.Add("O qonaqları salamlayan uşaqlara baxdı.");
        }

        ContextModel model = ContextModel.Train(corpus);
        var withContext = new AzNormalizer(new AzNormalizerOptions
        {
            Spelling = new SpellingOptions { Decoder = SpellingDecoder.Sentence, Edits = true, RealWords = true, Context = model, Weights = CorrectionWeights.HandSet },
        });
        FixResult result = withContext.Fix("Ev sahibi qonaqları sallayan bir adam idi.");
        result.Text.Should().Be("Ev sahibi qonaqları salamlayan bir adam idi.");
        result.Edits.Should().ContainSingle().Which.Kind.Should().Be(EditKind.RealWord);
    }

    [Fact]
    public void RealWordHandSet_WithoutThatContext_IsLeftAlone()
    {
        var embeddedOnly = new AzNormalizer(new AzNormalizerOptions
        {
            Spelling = new SpellingOptions { Decoder = SpellingDecoder.Sentence, Edits = true, RealWords = true, Weights = CorrectionWeights.HandSet },
        });
        embeddedOnly.Fix("Ev sahibi qonaqları sallayan bir adam idi.").Text.Should().Be("Ev sahibi qonaqları sallayan bir adam idi.");
    }
}
