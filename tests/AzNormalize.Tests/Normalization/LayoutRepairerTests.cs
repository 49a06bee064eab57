using System.Text;
using AzNormalize.Normalization;
using FluentAssertions;

namespace AzNormalize.Tests.Normalization;

/// <summary>Layout repair on texts we wrote: hyphen breaks, unwrapping, rejoining, and what must stay.</summary>
public sealed class LayoutRepairerTests
{
    private static readonly LayoutRepairer s_full = new(new LayoutOptions { Mode = LayoutMode.Full });
    private static readonly LayoutRepairer s_lines = new(new LayoutOptions { Mode = LayoutMode.Lines });

    [Theory]
    [InlineData("one newline", "Məclisin gücləndi-\nrilməsi vacibdir.", "Məclisin gücləndirilməsi vacibdir.")]
    [InlineData("blank line", "qərarın qəbul olundu-\n\nğu gün", "qərarın qəbul olunduğu gün")]
    [InlineData("several blank lines", "qərarın qəbul olundu-\n\n\n\nğu gün", "qərarın qəbul olunduğu gün")]
    [InlineData("page number between", "qərarın qəbul olundu-\n\n12\n\nğu gün", "qərarın qəbul olunduğu gün")]
    [InlineData("form feed", "qərarın qəbul olundu-\n\fğu gün", "qərarın qəbul olunduğu gün")]
    [InlineData("before punctuation", "Onlar bundan narahatdır-\nlar. Sonra getdilər.", "Onlar bundan narahatdırlar. Sonra getdilər.")]
    [InlineData("all caps", "QANUNUN DƏYİŞDİRİL-\nMƏSİ", "QANUNUN DƏYİŞDİRİLMƏSİ")]
    [InlineData("windows line endings", "Məclisin gücləndi-\r\nrilməsi vacibdir.", "Məclisin gücləndirilməsi vacibdir.")]
    [InlineData("trailing spaces", "Məclisin gücləndi-  \n   rilməsi vacibdir.", "Məclisin gücləndirilməsi vacibdir.")]
    [InlineData("soft hyphen at line end", "Məclisin gücləndi\u00AD\nrilməsi vacibdir.", "Məclisin gücləndirilməsi vacibdir.")]
    [InlineData("compound kept", "ölkənin ictimai-\nsiyasi həyatı", "ölkənin ictimai-siyasi həyatı")]
    [InlineData("numeral suffix kept", "Hökumətin 2017-\nci ilə dair qanunu", "Hökumətin 2017-ci ilə dair qanunu")]
    [InlineData("abbreviation suffix kept", "ölkənin NATO-\nya üzv olması", "ölkənin NATO-ya üzv olması")]
    [InlineData("capitalised second part kept", "Azərbaycan-\nTürkiyə əlaqələri", "Azərbaycan-Türkiyə əlaqələri")]
    [InlineData("dash is not a hyphen", "Bu gün -\nbəli, bu gün", "Bu gün - bəli, bu gün")]
    [InlineData("names compound kept", "Saint-\nQuentin şəhəri", "Saint-Quentin şəhəri")]
    [InlineData("capital after a lowercase word stays apart", "Hücum Edir şərhi-\nRowan Atkinson", "Hücum Edir şərhi- Rowan Atkinson")]
    public void Full_HyphenBreak_IsRepaired(string name, string input, string expected)
    {
        FixResult result = s_full.Repair(input);

        result.Text.Should().Be(expected, name);
        AssertEditsTouchNoLetter(input, result.Edits);
    }

    [Fact]
    public void Lines_Join_MovesTheLineBreakAfterTheWord()
    {
        FixResult result = s_lines.Repair("onun parti-\nyasına görə bu,\nsəslənir");

        result.Text.Should().Be("onun partiyasına\ngörə bu,\nsəslənir");
        result.Edits.Should().HaveCount(2).And.OnlyContain(e => e.Kind == EditKind.Hyphenation);
        AssertEditsTouchNoLetter("onun parti-\nyasına görə bu,\nsəslənir", result.Edits);
    }

    [Fact]
    public void Lines_JoinAtTheEndOfTheNextLine_KeepsThatLinesBreak()
    {
        s_lines.Repair("narahatdır-\nlar.\nSonra").Text.Should().Be("narahatdırlar.\nSonra");
    }

    [Fact]
    public void Lines_Compound_IsLeftAsItIs()
    {
        FixResult result = s_lines.Repair("ictimai-\nsiyasi həyat");

        result.Edits.Should().BeEmpty();
        result.Text.Should().Be("ictimai-\nsiyasi həyat");
    }

    [Fact]
    public void Join_EditSaysWhy()
    {
        Edit edit = s_full.Repair("gücləndi-\nrilməsi").Edits.Should().ContainSingle().Subject;

        edit.Should().Be(edit with { Start = 8, Length = 2, Original = "-\n", Replacement = "", Kind = EditKind.Hyphenation });
        edit.Confidence.Should().BeGreaterThanOrEqualTo(0.8);
        edit.Reason.Should().Contain("'gücləndirilməsi'");
    }

    [Fact]
    public void Join_WhenNeitherReadingIsAWord_HasLowConfidenceAndSaysSo()
    {
        (bool joined, double confidence, string reason) = s_full.DecideBreak("qzxpt", "vbnwq");

        joined.Should().BeTrue();
        confidence.Should().BeLessThan(0.5);
        reason.Should().Contain("neither");
    }

    [Fact]
    public void Join_OcrMisreadHalf_IsJoinedBecauseAVariantIsAWord()
    {
        // "yuxarıya" read as "yuxariya": both halves happen to be words, but the joined form is one letter from a word.
        (bool joined, double confidence, string reason) = s_full.DecideBreak("yuxa", "riya");

        joined.Should().BeTrue();
        confidence.Should().BeInRange(0.5, 0.7);
        reason.Should().Contain("yuxarıya");
    }

    [Theory]
    [InlineData("Pyongyang", "ı")]
    [InlineData("Ibrox", "un")]
    public void Keep_BreakBetweenConsonantAndVowel_IsNoSyllableBreak(string left, string right)
    {
        (bool joined, _, string reason) = s_full.DecideBreak(left, right);

        joined.Should().BeFalse();
        reason.Should().Contain("not split between syllables");
    }

    [Theory]
    [InlineData("Folkerts", "lər")] // a name the lexicon lacks (Reyncers is counted now, so Reyncerslər is a word)
    [InlineData("Murçi", "nin")]
    public void Join_NameBeforeAConsonantSuffix_IsJoinedWithLowConfidence(string left, string right)
    {
        (bool joined, double confidence, _) = s_full.DecideBreak(left, right);

        joined.Should().BeTrue();
        confidence.Should().BeLessThan(0.5);
    }

    [Theory]
    [InlineData("elmi", "texniki")]
    [InlineData("sosial", "iqtisadi")]
    public void Keep_CompoundTheCountsSawOften_KeepsItsHyphen(string left, string right)
    {
        (bool joined, _, string reason) = s_full.DecideBreak(left, right);

        joined.Should().BeFalse();
        reason.Should().Contain("word counts saw");
    }

    [Fact]
    public void Fix_CompoundBrokenAtItsHyphen_KeepsIt()
    {
        s_full.Repair("ölkənin elmi-\ntexniki potensialı").Text.Should().Be("ölkənin elmi-texniki potensialı");
    }

    /// <summary>
    /// A repairer keeps its decisions about broken words over the morphology: the pair of halves is the key, so the same
    /// letters split elsewhere are decided afresh, each as a new repairer decides it.
    /// </summary>
    [Fact]
    public void DecideBreak_KeptDecisions_AreThoseOfTheirOwnHalves()
    {
        (string Left, string Right)[] pairs = [("ictimai", "siyasi"), ("ictima", "isiyasi"), ("ictimais", "iyasi"), ("gücləndi", "rilməsi"), ("güclən", "dirilməsi")];
        var repairer = new LayoutRepairer(new LayoutOptions { Mode = LayoutMode.Full });
        foreach ((string left, string right) in pairs.Concat(pairs.Reverse()))
        {
            repairer.DecideBreak(left, right).Should().Be(new LayoutRepairer(new LayoutOptions { Mode = LayoutMode.Full }).DecideBreak(left, right), $"{left}-{right}");
        }

        repairer.DecideBreak("ictimai", "siyasi").Joined.Should().BeFalse("the compound keeps its hyphen");
        repairer.DecideBreak("gücləndi", "rilməsi").Joined.Should().BeTrue();
    }

    /// <summary>Halves with a line break in them (DecideBreak takes any strings) are never mistaken for another pair in the kept decisions.</summary>
    [Fact]
    public void DecideBreak_HalvesWithALineBreak_AreNotTakenForAnotherPair()
    {
        var repairer = new LayoutRepairer(new LayoutOptions { Mode = LayoutMode.Full });
        (bool _, double _, string first) = repairer.DecideBreak("ictimai\nsi", "yasi");
        (bool _, double _, string second) = repairer.DecideBreak("ictimai", "si\nyasi");

        first.Should().NotBe(second);
    }

    /// <summary>An oracle the library does not know to be immutable is asked at every broken word: its answers may change.</summary>
    [Fact]
    public void DecideBreak_OverAnotherOracle_AsksItEachTime()
    {
        var oracle = new AzNormalize.Tests.Checking.SetOracle("gücləndirilməsi");
        var repairer = new LayoutRepairer(new LayoutOptions { Mode = LayoutMode.Full, WordOracle = oracle });

        repairer.DecideBreak("gücləndi", "rilməsi").Joined.Should().BeTrue();
        int calls = oracle.Calls;
        repairer.DecideBreak("gücləndi", "rilməsi").Joined.Should().BeTrue();

        oracle.Calls.Should().BeGreaterThan(calls);
    }

    [Fact]
    public void Join_SuffixAfterAWord_IsJoined()
    {
        s_full.DecideBreak("sunami", "dən").Joined.Should().BeTrue();
    }

    [Fact]
    public void LostHyphenAtAPageBreak_IsJoinedWhenThePieceIsNoWord()
    {
        s_full.Repair("mağazaların vitrin\n\flərinin görünüşü").Text.Should().Be("mağazaların vitrinlərinin görünüşü");
    }

    [Theory]
    [InlineData("wrapped lines", "Bəzi məclis üzvləri arasında adlarının dəyişdirilməsini\ntələb edən təklif ilə bağlı narahatlıq hökm\nsürür.", "Bəzi məclis üzvləri arasında adlarının dəyişdirilməsini tələb edən təklif ilə bağlı narahatlıq hökm sürür.")]
    [InlineData("paragraph break stays", "Bu narahatlıq planından sonra ortaya çıxıb.\n\nSiyasi spektrdə olan üzvlər narahatdır.", "Bu narahatlıq planından sonra ortaya çıxıb.\n\nSiyasi spektrdə olan üzvlər narahatdır.")]
    [InlineData("rejoin lowercase after blank line", "Tərəflər razılaşma ilə\n\nbağlı danışıqlara başladılar.", "Tərəflər razılaşma ilə bağlı danışıqlara başladılar.")]
    [InlineData("rejoin after comma", "Dedi ki,\n\nLivinqston qonaqlar idi.", "Dedi ki, Livinqston qonaqlar idi.")]
    [InlineData("rejoin across a page number", "Tərəflər razılaşma ilə\n\n- 12 -\n\nbağlı danışıqlara başladılar.", "Tərəflər razılaşma ilə bağlı danışıqlara başladılar.")]
    [InlineData("headline over paragraph", "Uels Məclis üzvləri narahatdır\nBəzi məclis üzvləri arasında adlarının dəyişdirilməsini\ntələb edən təklif var.", "Uels Məclis üzvləri narahatdır\nBəzi məclis üzvləri arasında adlarının dəyişdirilməsini tələb edən təklif var.")]
    [InlineData("short last line ends the paragraph", "Bəzi məclis üzvləri arasında adlarının dəyişdirilməsini\ntələb edən təklif var.\nİkinci abzas burada başlayır və uzun bir cümlə ilə\ndavam edir.", "Bəzi məclis üzvləri arasında adlarının dəyişdirilməsini tələb edən təklif var.\nİkinci abzas burada başlayır və uzun bir cümlə ilə davam edir.")]
    [InlineData("numbered list", "Tələblər bunlardır:\n1. Birinci tələb\n2. İkinci tələb", "Tələblər bunlardır:\n1. Birinci tələb\n2. İkinci tələb")]
    [InlineData("bulleted list", "Siyahı:\n- alma\n- armud", "Siyahı:\n- alma\n- armud")]
    [InlineData("dialogue", "— Salam, necəsən?\n— Yaxşıyam, sağ ol.", "— Salam, necəsən?\n— Yaxşıyam, sağ ol.")]
    [InlineData("markdown heading", "# Başlıq\nMətn burada davam edir və uzanır.", "# Başlıq\nMətn burada davam edir və uzanır.")]
    [InlineData("windows line endings", "Bəzi məclis üzvləri arasında adlarının dəyişdirilməsini\r\ntələb edən təklif var.\r\n", "Bəzi məclis üzvləri arasında adlarının dəyişdirilməsini tələb edən təklif var.\r\n")]
    public void Full_Paragraphs_AreRebuilt(string name, string input, string expected)
    {
        FixResult result = s_full.Repair(input);

        result.Text.Should().Be(expected, name);
        AssertEditsTouchNoLetter(input, result.Edits);
    }

    [Fact]
    public void Rejoin_EditKindAndReason()
    {
        Edit edit = s_full.Repair("razılaşma ilə\n\nbağlı danışıqlar").Edits.Should().ContainSingle().Subject;

        edit.Kind.Should().Be(EditKind.Rejoin);
        edit.Reason.Should().Contain("lower case");
    }

    [Theory]
    [InlineData("hard-wrapped prose", "Bəzi məclis üzvləri arasında adlarının dəyişdirilməsini\ntələb edən təklif ilə bağlı narahatlıq hökm sürür və\nbu narahatlıq planından sonra ortaya çıxıb.", LayoutMode.Full)]
    [InlineData("one paragraph per line", "Birinci abzas burada tam bir cümlədir.\nİkinci abzas da tam bir cümlədir.\nÜçüncü də.", LayoutMode.Lines)]
    [InlineData("verse", "Ana dilim, sən mənim\nCanımsan, qanımsan\nDilimdə sən varsan\nHər an yanımdasan", LayoutMode.Lines)]
    [InlineData("one line", "Salam", LayoutMode.Lines)]
    [InlineData("empty", "", LayoutMode.Lines)]
    public void DetectLayout_Text_PicksTheMode(string name, string text, LayoutMode expected)
    {
        LayoutRepairer.DetectLayout(text).Should().Be(expected, name);
    }

    [Fact]
    public void Auto_Verse_KeepsItsLines()
    {
        const string verse = "Ana dilim, sən mənim\nCanımsan, qanımsan\nDilimdə sən varsan\nHər an yanımdasan";

        LayoutRepairer.Default.Repair(verse).Text.Should().BeSameAs(verse);
    }

    [Fact]
    public void None_ChangesNothing()
    {
        var repairer = new LayoutRepairer(new LayoutOptions { Mode = LayoutMode.None });

        repairer.Repair("gücləndi-\nrilməsi").Edits.Should().BeEmpty();
    }

    [Fact]
    public void Options_TurnEachRepairOff()
    {
        const string text = "Bəzi məclis üzvləri arasında gücləndi-\nrilməsini tələb edən təklif ilə bağlı\n\nnarahatlıq var.";

        new LayoutRepairer(new LayoutOptions { Mode = LayoutMode.Full, Hyphenation = false }).Repair(text).Edits
            .Should().NotContain(e => e.Kind == EditKind.Hyphenation);
        new LayoutRepairer(new LayoutOptions { Mode = LayoutMode.Full, Unwrap = false }).Repair(text).Edits
            .Should().NotContain(e => e.Kind == EditKind.Unwrap);
        new LayoutRepairer(new LayoutOptions { Mode = LayoutMode.Full, Rejoin = false }).Repair(text).Edits
            .Should().NotContain(e => e.Kind == EditKind.Rejoin);
        s_full.Repair(text).Edits.Select(e => e.Kind).Should().Contain([EditKind.Hyphenation, EditKind.Rejoin]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("\n\n\n")]
    [InlineData("   \t  ")]
    [InlineData("a-\n")] // a hyphen at the end of the text has nothing to join
    [InlineData("\na")]
    [InlineData("\r\n\r\n")]
    public void Repair_EdgeCases_LeaveTheTextAsItIs(string input)
    {
        FixResult full = s_full.Repair(input);
        FixResult lines = s_lines.Repair(input);

        full.Edits.Should().BeEmpty();
        full.Text.Should().BeSameAs(input);
        lines.Edits.Should().BeEmpty();
        lines.Text.Should().BeSameAs(input);
    }

    [Fact]
    public void Repair_DashOnEachOfTwoLines_FullUnwrapsLinesKeeps()
    {
        const string input = "-\n-";

        FixResult full = s_full.Repair(input);
        FixResult lines = s_lines.Repair(input);

        full.Text.Should().Be("- -");
        full.Edits.Select(e => (e.Start, e.Length, e.Original, e.Replacement, e.Kind)).Should().Equal((1, 1, "\n", " ", EditKind.Unwrap));
        lines.Edits.Should().BeEmpty();
        lines.Text.Should().BeSameAs(input);
    }

    [Fact]
    public void Repair_TenMegabyteLine_Completes()
    {
        string line = string.Concat(Enumerable.Repeat("gücləndirilməsi vacibdir ", 420_000));
        string text = line + "\nson-\nra";

        FixResult result = s_full.Repair(text);

        result.Text.Length.Should().Be(text.Length - 3); // " \n" -> " ", "-\n" -> ""
        result.Text.Should().EndWith("vacibdir sonra");
    }

    [Fact]
    public void Repair_HundredThousandBlankLines_Completes()
    {
        string text = "qəbul olundu-" + new string('\n', 100_000) + "ğu gün" + string.Concat(Enumerable.Repeat("\n", 100_000));

        FixResult result = s_full.Repair(text);

        result.Text.Should().StartWith("qəbul olunduğu gün");
    }

    [Fact]
    public void Repair_IsIdempotent_OnGeneratedText()
    {
        var random = new Random(20261201);
        string[] words = ["gücləndi-", "rilməsi", "ictimai-", "siyasi", "ölkə", "Bakı", "narahatdır-", "lar.", "və", "2017-", "ci", "NATO-", "ya", "bağlı", "—", "1.", "ilə", ","];
        string[] breaks = ["\n", "\n\n", "\r\n", " ", " ", " ", "\n\f", "\n\n7\n\n"];
        for (int round = 0; round < 300; round++)
        {
            var builder = new StringBuilder();
            int count = random.Next(1, 40);
            for (int i = 0; i < count; i++)
            {
                builder.Append(words[random.Next(words.Length)]).Append(breaks[random.Next(breaks.Length)]);
            }

            string input = builder.ToString();
            foreach (LayoutRepairer repairer in new[] { s_full, s_lines, LayoutRepairer.Default })
            {
                FixResult first = repairer.Repair(input);
                Letters(first.Text).Should().Be(Letters(input), "layout repair moves no letter: {0}", input.Replace("\n", "⏎", StringComparison.Ordinal));
                AssertEditsTouchNoLetter(input, first.Edits);
                if (repairer == s_full)
                {
                    // Hyphen joins and rejoins are idempotent. Unwrapping is not always: the "short last line ends its
                    // paragraph" rule measures lines against the paragraph's longest, which the first pass lengthened.
                    s_full.Repair(first.Text).Edits.Should().NotContain(e => e.Kind != EditKind.Unwrap, "joins are idempotent: {0}", input.Replace("\n", "⏎", StringComparison.Ordinal));
                }
            }
        }
    }

    /// <summary>The letters of <paramref name="text"/> in order, everything else left out.</summary>
    private static string Letters(string text) => string.Concat(text.Where(char.IsLetter));

    /// <summary>A layout edit replaces hyphens, white space, line breaks and page debris, never a letter.</summary>
    private static void AssertEditsTouchNoLetter(string input, IReadOnlyList<Edit> edits)
    {
        EditList.Validate(input, edits);
        foreach (Edit edit in edits)
        {
            edit.Original.Any(char.IsLetter).Should().BeFalse("edit '{0}' at {1} of '{2}' must not replace a letter", edit.Original, edit.Start, input);
            edit.Replacement.Any(char.IsLetter).Should().BeFalse("edit '{0}' at {1} must not insert a letter", edit.Replacement, edit.Start);
            edit.Confidence.Should().BeInRange(0, 1);
            edit.Reason.Should().NotBeNullOrWhiteSpace();
        }
    }
}

/// <summary>The whole pipeline: character normalization and layout repair merged into one edit list.</summary>
public sealed class AzNormalizerLayoutTests
{
    [Fact]
    public void Fix_SoftHyphenAtLineEnd_OneLayoutEditReplacesTheInvisibleEdit()
    {
        var pipeline = new AzNormalizer(new AzNormalizerOptions { Layout = new LayoutOptions { Mode = LayoutMode.Full } });
        const string input = "Məclisin gücləndi\u00AD\nrilməsi və bölm\u04D9 vacibdir.";

        FixResult result = pipeline.Fix(input);

        result.Text.Should().Be("Məclisin gücləndirilməsi və bölmə vacibdir.");
        result.Edits.Select(e => (e.Start, e.Length, e.Original, e.Replacement, e.Kind)).Should().Equal(
            (17, 2, "\u00AD\n", "", EditKind.Hyphenation),
            (34, 1, "\u04D9", "ə", EditKind.LookAlike));
    }

    [Fact]
    public void Fix_CyrillicInsideBrokenWord_BothRepairsApply()
    {
        const string input = "qəbul \u043Elundu-\n\nğu gün";

        FixResult result = AzNormalizer.Default.Fix(input);

        result.Text.Should().Be("qəbul olunduğu\n\ngün");
        result.Edits.Select(e => (e.Start, e.Length, e.Original, e.Replacement, e.Kind)).Should().Equal(
            (6, 1, "\u043E", "o", EditKind.LookAlike),
            (12, 3, "-\n\n", "", EditKind.Hyphenation),
            (17, 1, " ", "\n\n", EditKind.Hyphenation));
    }

    [Fact]
    public void Fix_LayoutNone_IsCharacterNormalizationAlone()
    {
        var pipeline = new AzNormalizer(new AzNormalizerOptions { Layout = new LayoutOptions { Mode = LayoutMode.None } });

        pipeline.Fix("gücləndi-\nrilməsi").Edits.Should().BeEmpty();
    }
}
