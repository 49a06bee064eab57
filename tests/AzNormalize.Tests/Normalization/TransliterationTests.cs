using AzNormalize.Normalization;
using AzNormalize.Text;
using FluentAssertions;

namespace AzNormalize.Tests.Normalization;

public sealed class TransliterationTests
{
    /// <summary>Rules only: no lexicon to choose between readings.</summary>
    private static readonly CyrillicTransliterator s_rules = new(oracle: null);

    public static TheoryData<string, string> Letters()
    {
        var data = new TheoryData<string, string>();
        foreach (string[] columns in NormalizationCase.Rows("transliteration-letters.tsv", 2))
        {
            data.Add(columns[0], columns[1] == "\"\"" ? string.Empty : columns[1]);
        }

        return data;
    }

    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (string[] columns in NormalizationCase.Rows("transliteration-cases.tsv", 4))
        {
            data.Add(columns[0], columns[1], NormalizationCase.Unescape(columns[2]), NormalizationCase.Unescape(columns[3]));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Letters))]
    public void ToLatin_LetterBetweenConsonants_ReadsAsTheTableSays(string cyrillic, string latin)
    {
        s_rules.ToLatin($"д{cyrillic}д").Should().Be($"d{latin}d");
    }

    [Theory]
    [MemberData(nameof(Letters))]
    public void ToLatin_CapitalLetterAtWordStart_CapitalisesOnlyTheFirstLatinLetter(string cyrillic, string latin)
    {
        string capital = cyrillic.ToUpperInvariant();
        string expected = latin.Length == 0 ? "dd" : AzCasing.ToUpper(latin[0]) + latin[1..] + "dd";

        s_rules.ToLatin($"{capital}дд").Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(Letters))]
    public void ToLatin_CapitalLetterInWordInCapitals_IsAllCapitals(string cyrillic, string latin)
    {
        string capital = cyrillic.ToUpperInvariant();

        s_rules.ToLatin($"Д{capital}Д").Should().Be($"D{AzCasing.ToUpper(latin)}D");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Transliterate_Case_GivesExpectedText(string name, string mode, string input, string expected)
    {
        ScriptMode script = Enum.Parse<ScriptMode>(mode, ignoreCase: true);

        FixResult result = CyrillicTransliterator.Default.Transliterate(input, script);

        result.Text.Should().Be(expected, name);
        if (script == ScriptMode.Latin)
        {
            CyrillicTransliterator.Default.ToLatin(input).Should().Be(expected, "ToLatin converts as the Latin mode does ({0})", name);
        }

        result.Edits.Where(edit => edit.Kind != EditKind.Transliteration).Should().BeEmpty();
        foreach (Edit edit in result.Edits)
        {
            input.Substring(edit.Start, edit.Length).Should().Be(edit.Original, name);
        }

        CyrillicTransliterator.Default.Transliterate(result.Text, script).Edits.Should().BeEmpty("a converted text has nothing left to convert ({0})", name);
    }

    [Fact]
    public void Transliterate_AmbiguousWord_ConfidenceSaysWhetherTheLexiconConfirmedIt()
    {
        Edit rule = CyrillicTransliterator.Default.Transliterate("идея", ScriptMode.Latin).Edits.Single();
        Edit known = CyrillicTransliterator.Default.Transliterate("гәлди", ScriptMode.Latin).Edits.Single();
        Edit plain = CyrillicTransliterator.Default.Transliterate("дәрс", ScriptMode.Latin).Edits.Single();
        Edit unknown = CyrillicTransliterator.Default.Transliterate("ябцдефг", ScriptMode.Latin).Edits.Single();

        rule.Should().Be(new Edit(0, 4, "идея", "ideya", EditKind.Transliteration, 0.95, "Cyrillic script to the Latin alphabet"));
        known.Should().Be(new Edit(0, 5, "гәлди", "gəldi", EditKind.Transliteration, 0.95, "Cyrillic script to the Latin alphabet; an ambiguous letter read as the known word has it"));
        plain.Confidence.Should().Be(0.99);
        unknown.Replacement.Should().Be("yabsdefq");
        unknown.Confidence.Should().Be(0.7);
    }

    [Fact]
    public void Fix_CyrillicParagraph_IsConvertedThenCorrectedWithOffsetsInTheOriginal()
    {
        const string input = "Бу ҝүн һава јахшыдыр.\n\nOn skazal: Он сказал.";

        FixResult result = AzNormalizer.Default.Fix(input);

        result.Text.Should().Be("Bu gün hava yaxşıdır.\n\nOn skazal: Он сказал.");
        result.Edits.Select(edit => (edit.Original, edit.Replacement)).Should().Equal(
            ("Бу", "Bu"), ("ҝүн", "gün"), ("һава", "hava"), ("јахшыдыр", "yaxşıdır"));
        AzNormalizer.Default.Fix(result.Text).Changed.Should().BeFalse();
    }

    [Theory]
    [InlineData("Е\u200DД", "ED")] // a joiner split the word; once removed, the word is known and its paragraph converted
    [InlineData("ҝүн\u00ADләр ҝәлди", "günlər gəldi")]
    [InlineData("Ҹ'\u0300Ө", "C'\u0300Ö")] // an apostrophe between a letter and a mark: one word, not two overlapping ones
    public void Fix_CyrillicWithInvisiblesOrMarks_IsConvertedOnceAndForAll(string input, string expected)
    {
        FixResult once = AzNormalizer.Default.Fix(input);

        once.Text.Should().Be(expected);
        AzNormalizer.Default.Fix(once.Text).Changed.Should().BeFalse();
    }

    [Fact]
    public void Fix_TransliterationSwitchedOffOrProtected_LeavesTheWords()
    {
        const string input = "Бу ҝүн һава јахшыдыр.";
        var off = new AzNormalizer(new AzNormalizerOptions { DisabledKinds = new HashSet<EditKind> { EditKind.Transliteration } });
        var keep = new AzNormalizer(new AzNormalizerOptions { Script = ScriptMode.Keep });

        off.Fix(input).Text.Should().Be(input);
        keep.Fix(input).Text.Should().Be(input);
        AzNormalizer.Default.Fix(input, [new TextSpan(3, 3)]).Text.Should().Be("Bu ҝүн hava yaxşıdır.");
    }

    [Fact]
    public void Fix_ConvertedWordWithSpellingError_IsCorrectedAfterConversion()
    {
        // Typed on a Russian keyboard without ә: the corrector restores the lost letter in the Latin word.
        FixResult result = AzNormalizer.Default.Fix("Мән бу ҝүн мәктәбә ҝетдим вэ дэрс охудум.");

        result.Text.Should().Be("Mən bu gün məktəbə getdim və dərs oxudum.");
    }

    [Theory]
    [InlineData("Azərbaycan Respublikasının İnsan hüquqları üzrə müvəkkili (ombudsman) Səbinə Əliyeva bəyanat yaydı.")]
    [InlineData("QIŞ GƏLDİ, ÇÖLDƏ QAR YAĞIR; Ağ ördək, yaşıl çəmən, 1990-cı il.")]
    [InlineData("ideya, yeni, obyekt, poeziya, Facebook və Windows")]
    public void ToCyrillic_ThenToLatin_GivesTheTextBack(string latin)
    {
        string cyrillic = CyrillicTransliterator.ToCyrillic(latin);

        cyrillic.Should().NotBe(latin);
        CyrillicTransliterator.Default.ToLatin(cyrillic).Should().Be(latin);
    }

    [Fact]
    public void ToCyrillic_Letters_FollowTheAlphabetOf1958()
    {
        CyrillicTransliterator.ToCyrillic("Qəzet, ağac, çay, cavab, yaşıl, İlham, Işıq, gül, xəbər, jurnal, ördək")
            .Should().Be("Гәзет, ағаҹ, чај, ҹаваб, јашыл, Илһам, Ышыг, ҝүл, хәбәр, журнал, өрдәк");
    }
}
