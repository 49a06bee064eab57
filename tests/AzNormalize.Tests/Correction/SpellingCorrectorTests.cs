using AzNormalize.Correction;
using AzNormalize.Lexicon;
using FluentAssertions;

namespace AzNormalize.Tests.Correction;

/// <summary>The corrector over the embedded lexicon: what it restores, what it must leave alone, and how it explains itself.</summary>
public sealed class SpellingCorrectorTests
{
    private static readonly AzNormalizer s_withEdits = new(new AzNormalizerOptions { Spelling = new SpellingOptions { Edits = true } });

    [Fact]
    public void FindEdits_CleanText_NeverAsksForTheContextModel()
    {
        // The embedded context model loads on first use (tens of milliseconds of a one-line run's start): a clean line,
        // whose words all are known and have no twin worth weighing, never needs it.
        var corrector = new SpellingCorrector();
        var edits = new List<Edit>();
        corrector.FindEdits("Bu gün hava çox gözəldir, uşaqlar həyətdə oynayırlar.", edits);
        edits.Should().BeEmpty();
        corrector.ContextAskedFor.Should().BeFalse();

        corrector.FindEdits("Bu gün hava çox gözəldir, uşaqlar həyətdə oynayirlar.", edits);
        corrector.ContextAskedFor.Should().BeTrue("an unknown word's candidates are weighed in their context");
    }

    private static string Fix(string text) => AzNormalizer.Default.Fix(text).Text;

    [Theory]
    [InlineData("Biz dikkətə layiq olduq.", "Biz diqqətə layiq olduq.")] // Turkish k for q
    [InlineData("bu tarih boyu", "bu tarix boyu")] // Turkish h for x
    [InlineData("valideynlerimiz gəldi", "valideynlərimiz gəldi")] // e for ə
    [InlineData("uçün", "üçün")]
    [InlineData("bu kesiwmesinde idi", "bu kəsişməsində idi")] // w for ş, typed without Azerbaijani letters
    [InlineData("muellim sagliq", "müəllim sağlıq")]
    [InlineData("Valideynlerimiz gəldi.", "Valideynlərimiz gəldi.")] // capitalised at a sentence start: casing kept
    public void LostLetters_AreRestored(string text, string expected)
    {
        Fix(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Azərbaycan Respublikasının paytaxtı Bakı şəhəridir.")]
    [InlineData("Prezident bu gün yeni qərar imzalayıb.")]
    [InlineData("Onlar Ford ilə danışdılar.")] // a name inside a sentence
    [InlineData("Ford dünən gəldi.")] // a name at a sentence start: o→ə is an OCR rule, not a lost letter
    [InlineData("Holi Festivalı başladı.")] // a capitalised word before another is part of a name
    [InlineData("bu sehər")] // səhər and şəhər are both two restorations or fewer away: ambiguous, left alone
    [InlineData("müxtəlfi")] // a typing slip: single edits are off by default
    public void CorrectOrAmbiguousText_IsLeftAlone(string text)
    {
        Fix(text).Should().Be(text);
    }

    [Theory]
    [InlineData("müxtəlfi", "müxtəlif")] // swapped pair
    [InlineData("hökkumət", "hökumət")] // doubled letter
    public void SingleEdits_WhenAskedFor_UndoTypingSlips(string text, string expected)
    {
        s_withEdits.Fix(text).Text.Should().Be(expected);
    }

    [Fact]
    public void SingleEdits_AreNotTriedOnShortWords()
    {
        // veto: o→ə and e→ə would make vətə; four letters are below MinEditLength.
        s_withEdits.Fix("veto").Text.Should().Be("veto");
    }

    [Fact]
    public void Edit_HasKindReasonAndConfidence()
    {
        FixResult result = AzNormalizer.Default.Fix("Biz dikkətə layiq olduq.");

        Edit edit = result.Edits.Should().ContainSingle().Subject;
        edit.Should().BeEquivalentTo(new { Start = 4, Length = 7, Original = "dikkətə", Replacement = "diqqətə", Kind = EditKind.TurkishSpelling });
        edit.Reason.Should().Contain("k→q");
        edit.Confidence.Should().BeInRange(0.5, 0.99);
    }

    [Fact]
    public void Suggest_RanksCandidates_AndKnowsKnownWords()
    {
        SpellingCorrector.Default.Suggest("diqqətə").Should().BeEmpty();

        IReadOnlyList<Suggestion> suggestions = SpellingCorrector.Default.Suggest("sehər");

        // Both are one restoration away; the embedded counts see şəhər about four times as often as səhər.
        suggestions.Select(s => s.Word).Should().StartWith(["şəhər", "səhər"]);
        suggestions[0].IsRestoration.Should().BeTrue();
        suggestions[0].Score.Should().BeLessThan(suggestions[1].Score);
        (suggestions[1].Score - suggestions[0].Score).Should().BeLessThan(SpellingCorrector.Default.Options.Margin, "too close to choose without context: Fix leaves it");
    }

    [Fact]
    public void Disabled_MakesNoSpellingEdits()
    {
        var pipeline = new AzNormalizer(new AzNormalizerOptions { Spelling = new SpellingOptions { Enabled = false } });

        pipeline.Fix("dikkətə").Text.Should().Be("dikkətə");
    }

    [Fact]
    public void Context_BreaksATie()
    {
        ContextModel model = ContextModel.Train(Enumerable.Repeat("Bu şəhər böyükdür. Şəhər gözəldir.", 5));
        var pipeline = new AzNormalizer(new AzNormalizerOptions { Spelling = new SpellingOptions { Context = model } });

        pipeline.Fix("bu sehər böyükdür").Text.Should().Be("bu şəhər böyükdür");
    }

    /// <summary>
    /// The thread's word memo keeps the context ids of the first model that asks (the embedded one here); a corrector with
    /// another model on the same thread must look its own up. Read with the embedded model's ids, the small model would
    /// index past its words or score the wrong ones.
    /// </summary>
    [Fact]
    public void TwoContextModels_OnOneThread_EachFixesAsOnAThreadOfItsOwn()
    {
        ContextModel small = ContextModel.Train(Enumerable.Repeat("Bu şəhər böyükdür. Şəhər gözəldir. Bu şəhərdə yaşayan insanlar xoşbəxtdir.", 3));
        var own = new AzNormalizer(new AzNormalizerOptions { Spelling = new SpellingOptions { Context = small, EmbeddedContext = false } });
        string text = string.Join(" ", Enumerable.Repeat("Bu sehərdə yaşıyan insanlar cox xoşbəxtdir, bu seher böyükdür.", 20));

        static string[] OnItsOwnThread(Func<string[]> run)
        {
            string[] result = [];
            Exception? failure = null;
            var thread = new Thread(() =>
            {
                try
                {
                    result = run();
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            });
            thread.Start();
            thread.Join();
            failure.Should().BeNull();
            return result;
        }

        string[] alone = OnItsOwnThread(() => [own.Fix(text).Text, own.Fix(text).Text]);
        string[] embeddedAlone = OnItsOwnThread(() => [AzNormalizer.Default.Fix(text).Text]);
        string[] shared = OnItsOwnThread(() => [AzNormalizer.Default.Fix(text).Text, own.Fix(text).Text, AzNormalizer.Default.Fix(text).Text, own.Fix(text).Text]);

        shared.Should().Equal(embeddedAlone[0], alone[0], embeddedAlone[0], alone[1]);
        alone[0].Should().NotBe(text, "the small model's corrector corrects the text");
    }

    [Fact]
    public void RealWords_AreReplacedOnlyWithContextAndWhenAskedFor()
    {
        ContextModel model = ContextModel.Train(Enumerable.Repeat("Ev sahibi qonaqları salamlayan adam idi.", 3));
        var pipeline = new AzNormalizer(new AzNormalizerOptions { Spelling = new SpellingOptions { Context = model, RealWords = true } });
        var withoutRealWords = new AzNormalizer(new AzNormalizerOptions { Spelling = new SpellingOptions { Context = model } });
        const string Text = "Ev sahibi qonaqları sallayan adam idi.";

        FixResult result = pipeline.Fix(Text);

        result.Text.Should().Be("Ev sahibi qonaqları salamlayan adam idi.");
        result.Edits.Should().ContainSingle().Which.Kind.Should().Be(EditKind.RealWord);
        withoutRealWords.Fix(Text).Text.Should().Be(Text);
        AzNormalizer.Default.Fix(Text).Text.Should().Be(Text);
    }

    [Fact]
    public void Distance_CountsASwapAsOne()
    {
        SpellingCorrector.Distance("sallayan", "salamlayan", 2).Should().Be(2);
        SpellingCorrector.Distance("müxtəlfi", "müxtəlif", 2).Should().Be(1);
        SpellingCorrector.Distance("abc", "xyzabc", 2).Should().Be(3);
    }
    [Fact]
    public void NoCandidate_StartsWithSoftG()
    {
        // The embedded list has a stray ğunu; no Azerbaijani word starts with ğ.
        SpellingCorrector.Default.Suggest("gunu").Select(s => s.Word).Should().NotContain(word => word.StartsWith('ğ')).And.Contain("günü");
    }

    [Theory]
    [InlineData("ilə", 0)]
    [InlineData("ılə", 1)]
    [InlineData("kitablarımız", 1)] // a loanword stem breaks harmony; its suffixes follow the last vowel
    [InlineData("qq", 0)]
    public void HarmonyBreaks_CountsDisagreeingNeighbourVowels(string word, int expected)
    {
        SpellingCorrector.HarmonyBreaks(word).Should().Be(expected);
    }
    [Fact]
    public void WithCounts_AKnownAsciiWord_BecomesItsFarMoreFrequentTwin()
    {
        // A user list makes the ASCII form known; the counts show its twin 100 times as often.
        AzLexicon lexicon = AzLexicon.Default.WithWordList(new StringReader("cox\n"), "words")
            .WithFrequencyList(new StringReader("cox 10\n"), "counts");
        var morphology = new AzMorphology(lexicon);
        var pipeline = new AzNormalizer(new AzNormalizerOptions { Spelling = new SpellingOptions { Morphology = morphology } });
        var noTwins = new AzNormalizer(new AzNormalizerOptions { Spelling = new SpellingOptions { Morphology = morphology, FrequentTwins = false } });

        FixResult result = pipeline.Fix("bu cox gözəl səhər");

        morphology.IsKnown("cox").Should().BeTrue();
        result.Text.Should().Be("bu çox gözəl səhər", "şəhər is not a hundred times as frequent as səhər, and səhər has its letters");
        result.Edits.Should().ContainSingle().Which.Reason.Should().Contain("as frequent");
        noTwins.Fix("bu cox gözəl").Text.Should().Be("bu cox gözəl", "with FrequentTwins off a known word is left alone");
    }

    [Fact]
    public void Default_AsciiTwinTheCountsCondemned_IsUnknownAndRestored()
    {
        AzMorphology.Default.IsKnown("cox").Should().BeFalse("rule 21 removed it: çox is counted 900 times as often");
        Fix("bu cox gözəl").Should().Be("bu çox gözəl");
    }
}
