using System.Globalization;
using AzNormalize.Checking;
using AzNormalize.Lexicon;
using FluentAssertions;

namespace AzNormalize.Tests.Checking;

public sealed class WordCheckerTests
{
    /// <summary>The words the in-test oracle knows; everything else is unknown.</summary>
    private static readonly SetOracle s_oracle = new(
        "bu", "gün", "hava", "çox", "yaxşı", "idi", "və", "ilə", "gəldi", "getdi", "dedi", "salam", "il", "bakı", "ictimai-siyasi",
        "sosial", "iqtisadi", "iyun", "azərtac", "kitab", "o");

    private static readonly WordChecker s_checker = new(s_oracle);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" \t\n\r\n  \n")]
    public void Check_EmptyOrWhitespace_NoFindings(string text)
    {
        s_checker.Check(text).Should().BeEmpty();
    }

    [Fact]
    public void Check_KnownWordsInAnyCase_NoFindings()
    {
        s_checker.Check("Bu gün hava çox yaxşı idi. BAKI, Bakı və bakı; İyun, i\u0307yun.").Should().BeEmpty();
    }

    [Fact]
    public void Check_UnknownLowercaseWord_UnknownWordWithOffsets()
    {
        const string text = "Bu gün hava çox yaxşxı idi.";

        Finding finding = s_checker.Check(text).Should().ContainSingle().Subject;

        finding.Should().Be(new Finding(16, 6, "yaxşxı", FindingKind.UnknownWord, WordChecker.UnknownWordConfidence, finding.Message));
        text.Substring(finding.Start, finding.Length).Should().Be(finding.Word);
        finding.End.Should().Be(22);
        finding.Confidence.Should().Be(0.8);
        finding.Message.Should().Be("unknown word");
    }

    [Theory]
    [InlineData("Bu gün Rəşad gəldi.")]
    [InlineData("Salam, Rəşad.")]
    [InlineData("O dedi: Rəşad gəldi.")]
    [InlineData("Bu gün\nRəşad gəldi.")] // one line break without a sentence end: the sentence goes on
    [InlineData("Bu gün (Rəşad) gəldi.")]
    public void Check_CapitalisedUnknownInsideSentence_UnknownName(string text)
    {
        Finding finding = s_checker.Check(text).Should().ContainSingle().Subject;

        finding.Word.Should().Be("Rəşad");
        finding.Start.Should().Be(text.IndexOf("Rəşad", StringComparison.Ordinal));
        finding.Kind.Should().Be(FindingKind.UnknownName);
        finding.Confidence.Should().Be(WordChecker.UnknownNameConfidence).And.Be(0.3);
        finding.Message.Should().Contain("name");
    }

    [Theory]
    [InlineData("Rəşad gəldi.")] // the first word of the text
    [InlineData("  Rəşad gəldi.")]
    [InlineData("Bu gün. Rəşad gəldi.")]
    [InlineData("Bu gün! Rəşad gəldi.")]
    [InlineData("Bu gün? Rəşad gəldi.")]
    [InlineData("Bu gün… Rəşad gəldi.")]
    [InlineData("Bu gün... Rəşad gəldi.")]
    [InlineData("Bu gün?! Rəşad gəldi.")]
    [InlineData("Bu gün.\nRəşad gəldi.")] // a line break after a sentence end
    [InlineData("Bu gün\n\nRəşad gəldi.")] // a blank line
    [InlineData("Bu gün\r\n \t\r\nRəşad gəldi.")] // a blank line holding white space
    [InlineData("Bu gün. «Rəşad gəldi»")] // an opening quotation mark
    [InlineData("Bu gün.\n— Rəşad gəldi.")] // a dialogue dash
    [InlineData("\"Bu gün.\" Rəşad gəldi.")] // a closing quotation mark after the sentence end
    public void Check_CapitalisedUnknownAtSentenceStart_UnknownWordWithLessConfidence(string text)
    {
        Finding finding = s_checker.Check(text).Should().ContainSingle().Subject;

        finding.Word.Should().Be("Rəşad");
        finding.Kind.Should().Be(FindingKind.UnknownWord);
        finding.Confidence.Should().Be(WordChecker.SentenceStartConfidence).And.Be(0.6);
    }

    [Fact]
    public void Check_ALongText_FindsWhatItsSentencesFindOneByOne()
    {
        // The checker takes words in batches (their memo slots read together): sentences of every length put unknown words,
        // at sentence starts and within, on every side of a batch's end.
        var sentences = new List<string>();
        for (int i = 0; i < 40; i++)
        {
            sentences.Add("Rəşad " + string.Join(' ', Enumerable.Repeat("bu gün", i % 7)) + (i % 3 == 0 ? " xəta" : " Nərgiz") + " gəldi.");
        }

        string text = string.Join(' ', sentences);
        var expected = new List<(int, string, FindingKind, double)>();
        int offset = 0;
        foreach (string sentence in sentences)
        {
            expected.AddRange(s_checker.Check(sentence).Select(f => (f.Start + offset, f.Word, f.Kind, f.Confidence)));
            offset += sentence.Length + 1;
        }

        IReadOnlyList<Finding> findings = s_checker.Check(text);

        findings.Should().HaveCount(80, "two unknown words a sentence");
        findings.Select(f => (f.Start, f.Word, f.Kind, f.Confidence)).Should().Equal(expected);
    }

    [Fact]
    public void Check_LowercaseUnknownAtSentenceStart_FullConfidence()
    {
        Finding finding = s_checker.Check("xəta gəldi.").Should().ContainSingle().Subject;

        finding.Kind.Should().Be(FindingKind.UnknownWord);
        finding.Confidence.Should().Be(0.8);
    }

    [Fact]
    public void Check_NameAfterInitials_UnknownName()
    {
        // Initials do not end a sentence: N.Ə. Səlimova is a name inside one.
        Finding finding = s_checker.Check("Bu gün N.Ə. Səlimova gəldi.").Should().ContainSingle().Subject;

        finding.Word.Should().Be("Səlimova");
        finding.Kind.Should().Be(FindingKind.UnknownName);
    }

    [Fact]
    public void Check_MixedCaseStartingWithCapital_UnknownName()
    {
        s_checker.Check("Bu gün AzTV gəldi.").Should().ContainSingle().Which.Kind.Should().Be(FindingKind.UnknownName);
    }

    [Theory]
    [InlineData("Bu gün ABŞ gəldi.")]
    [InlineData("DİQQƏT! XƏBƏRLƏR")] // a whole word in capitals is an abbreviation token
    public void Check_AbbreviationOrInitialsTokens_NotJudged(string text)
    {
        s_checker.Check(text).Should().BeEmpty();
    }

    [Fact]
    public void Check_AllCapsCompoundUnknown_UnknownAbbreviation()
    {
        const string text = "Bu gün XƏBƏR-QƏZET gəldi.";

        Finding finding = s_checker.Check(text).Should().ContainSingle().Subject;

        finding.Should().Be(new Finding(7, 11, "XƏBƏR-QƏZET", FindingKind.UnknownAbbreviation, 0.3, finding.Message));
        finding.Confidence.Should().Be(WordChecker.UnknownAbbreviationConfidence);
        finding.Message.Should().Contain("abbreviation");
    }

    [Theory]
    [InlineData("ABŞ-ın")]
    [InlineData("BMT-nin")]
    [InlineData("NATO-ya")]
    [InlineData("MSX-də")]
    [InlineData("Aİ-nin")]
    [InlineData("ABŞ\u2010ın")] // U+2010 HYPHEN
    [InlineData("ABŞın")] // the suffix right after the capitals
    [InlineData("AZƏRTAC-ın")] // longer than six capitals, but known
    [InlineData("AZƏRTACın")]
    public void Check_AbbreviationWithSuffix_NotReported(string word)
    {
        s_checker.Check("Bu gün " + word + " salam gəldi.").Should().BeEmpty();
    }

    [Fact]
    public void Check_LongUnknownAbbreviationWithSuffix_UnknownAbbreviation()
    {
        const string text = "Bu gün ABCDEFGH-nin salamı.";

        IReadOnlyList<Finding> findings = s_checker.Check(text);

        findings.Should().HaveCount(2);
        findings[0].Should().Be(new Finding(7, 12, "ABCDEFGH-nin", FindingKind.UnknownAbbreviation, 0.3, findings[0].Message));
        findings[1].Word.Should().Be("salamı"); // an inflected form the in-test oracle does not list
    }

    [Theory]
    [InlineData("2021-ci")]
    [InlineData("5-də")]
    [InlineData("20-si")]
    [InlineData("10-cudan")]
    [InlineData("1.000-dən")]
    [InlineData("3,5-ə")]
    [InlineData("2021ci")]
    [InlineData("5\u2011də")] // U+2011 NON-BREAKING HYPHEN
    [InlineData("2021-xyzq")] // the suffix is not checked against harmony: any 1–6 Azerbaijani letters pass
    public void Check_NumeralWithSuffix_NotReported(string word)
    {
        s_checker.Check("Bu gün " + word + " il gəldi.").Should().BeEmpty();
    }

    [Theory]
    [InlineData("5-dəqiqəlik")] // a suffix longer than six letters: not judged
    [InlineData("1990-cı-illər")]
    [InlineData("3D")]
    public void Check_OtherWordsStartingWithDigits_NotJudged(string word)
    {
        s_checker.Check("Bu gün " + word + " gəldi.").Should().BeEmpty();
    }

    [Theory]
    [InlineData("ictimai-siyasi")] // the whole is known
    [InlineData("sosial-iqtisadi")] // every part is known
    [InlineData("İCTİMAİ-SİYASİ")]
    [InlineData("Sosial-İqtisadi")]
    [InlineData("sosial\u2010iqtisadi")]
    public void Check_KnownHyphenCompound_NotReported(string word)
    {
        s_checker.Check("Bu gün " + word + " gəldi.").Should().BeEmpty();
    }

    [Fact]
    public void Check_CompoundWithUnknownPart_ReportsTheWholeCompound()
    {
        const string text = "Bu gün sosial-xəbəri gəldi.";

        Finding finding = s_checker.Check(text).Should().ContainSingle().Subject;

        finding.Should().Be(new Finding(7, 13, "sosial-xəbəri", FindingKind.UnknownWord, 0.8, finding.Message));
    }

    [Theory]
    [InlineData("https://xəbərqəzet.az/xyzq")]
    [InlineData("www.xyzq.az")]
    [InlineData("xyzq@xyzq.az")]
    [InlineData("@xyzqəş")]
    [InlineData("#xyzqəş")]
    [InlineData("2021")]
    [InlineData("3,5")]
    [InlineData("e.ə.")]
    public void Check_WebNumbersAndDottedAbbreviations_NotJudged(string token)
    {
        var oracle = new SetOracle("bu", "gün", "gəldi");

        new WordChecker(oracle).Check("Bu gün " + token + " gəldi.").Should().BeEmpty();
    }

    [Theory]
    [InlineData("mp3")] // a digit
    [InlineData("show")] // w is not an Azerbaijani letter
    [InlineData("bölm\u04D9")] // Cyrillic schwa: the normalizer's business
    [InlineData("s\u0327əhər")] // decomposed ş (not NFC)
    [InlineData("söz\u00ADlər")] // a soft hyphen inside
    [InlineData("naïve")]
    public void Check_WordsWithCharactersOutsideTheAlphabet_NotJudged(string word)
    {
        s_checker.Check("Bu gün " + word + " gəldi.").Should().BeEmpty();
    }

    [Fact]
    public void Check_SeveralFindings_InTextOrderWithExactOffsets()
    {
        const string text = "Xyzq gəldi 😀, abcd\r\nvə Qwe-ilə salam…  Ənvər\n\nefgh-ijk";

        IReadOnlyList<Finding> findings = s_checker.Check(text);

        findings.Select(f => f.Word).Should().Equal("Xyzq", "abcd", "Ənvər", "efgh-ijk");
        findings.Select(f => f.Kind).Should().Equal(FindingKind.UnknownWord, FindingKind.UnknownWord, FindingKind.UnknownWord, FindingKind.UnknownWord);
        findings.Select(f => f.Confidence).Should().Equal(0.6, 0.8, 0.6, 0.8);
        foreach (Finding finding in findings)
        {
            text.Substring(finding.Start, finding.Length).Should().Be(finding.Word);
        }

        findings.Select(f => f.Start).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Check_SpanOverload_AppendsToTheGivenCollection()
    {
        var findings = new List<Finding> { new(0, 1, "x", FindingKind.UnknownWord, 1, "kept") };

        s_checker.Check("abcd gəldi".AsSpan(), findings);

        findings.Should().HaveCount(2);
        findings[0].Message.Should().Be("kept");
        findings[1].Word.Should().Be("abcd");
    }

    [Fact]
    public void Check_KnownWord_AsksTheOracleOnce()
    {
        var oracle = new SetOracle("salam");

        new WordChecker(oracle).Check("salam").Should().BeEmpty();

        oracle.Calls.Should().Be(1);
    }

    [Fact]
    public void Check_MegabyteLongWord_OneFinding()
    {
        string text = new('a', 1 << 20);

        Finding finding = s_checker.Check(text).Should().ContainSingle().Subject;

        finding.Start.Should().Be(0);
        finding.Length.Should().Be(text.Length);
    }

    [Fact]
    public void Check_MegabyteLine_FindsEveryUnknownWord()
    {
        string text = string.Concat(Enumerable.Repeat("salam abcd ", 100_000));

        IReadOnlyList<Finding> findings = s_checker.Check(text);

        findings.Should().HaveCount(100_000);
        findings[^1].Start.Should().Be(text.Length - 5);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("az-Latn-AZ")]
    [InlineData("en-US")]
    [InlineData("")]
    public void Check_UnderAnyCurrentCulture_SameFindings(string culture)
    {
        const string text = "İyun Iyun bakı İCTİMAİ-SİYASİ ICTIMAI-SIYASI ılıq İlıq ABŞ-ın. Istanbul";
        IReadOnlyList<Finding> expected = s_checker.Check(text);

        CultureInfo saved = CultureInfo.CurrentCulture;
        IReadOnlyList<Finding> actual;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            actual = s_checker.Check(text);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        actual.Should().Equal(expected);
        expected.Select(f => f.Word).Should().Equal("Iyun", "ICTIMAI-SIYASI", "ılıq", "İlıq", "Istanbul");
    }

    [Fact]
    public void Constructor_NullOracle_Throws()
    {
        Action create = () => _ = new WordChecker(null!);

        create.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Check_NullArguments_Throw()
    {
        Action nullText = () => s_checker.Check(null!);
        Action nullList = () => s_checker.Check("salam".AsSpan(), null!);

        nullText.Should().Throw<ArgumentNullException>();
        nullList.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Oracle_IsTheOneGiven()
    {
        s_checker.Oracle.Should().BeSameAs(s_oracle);
    }

    [Fact]
    public void Default_TwoCalls_SameInstance()
    {
        WordChecker.Default.Should().BeSameAs(WordChecker.Default);
    }

    [Theory]
    [InlineData("o")]
    [InlineData("ki")]
    [InlineData("də")]
    [InlineData("ya")]
    public void Default_ShortWords_Known(string word)
    {
        AzLexicon.Default.IsKnown(word).Should().BeTrue();
        WordChecker.Default.Oracle.IsKnown(word).Should().BeTrue();
        WordChecker.Default.Check("Bu " + word + " kitabdır").Where(f => f.Word == word).Should().BeEmpty();
    }

    [Fact]
    public void Default_ShortWordsInASentence_NoFindings()
    {
        WordChecker.Default.Check("o ki də ya").Should().BeEmpty();
    }

    [Fact]
    public void Default_LatinNonsenseLowercase_Reported()
    {
        const string text = "Bu gün hava çox yaxşı idi, zqxbtr.";

        Finding finding = WordChecker.Default.Check(text).Should().ContainSingle().Subject;

        finding.Should().Be(new Finding(27, 6, "zqxbtr", FindingKind.UnknownWord, 0.8, finding.Message));
    }
}
