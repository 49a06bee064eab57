using AzNormalize.Lexicon;
using FluentAssertions;

namespace AzNormalize.Tests.Lexicon;

public sealed class AzMorphologyTests
{
    /// <summary>A small lexicon the tests control: what is listed, and nothing else.</summary>
    private static readonly AzMorphology s_small = new(AzLexicon.Empty.WithWordList(
        new StringReader("ev\nkitab\nölkə\nayaq\nçörək\nfabrik\nfabriki\ngəl\ngəlmək\noxu\noxumaq\nyaz\nyazmaq\nbil\nbilmək\nal\nalmaq\nol\nolmaq\nkompüter\nmöhkəm\ngüc\nbənzət\nbənzətmək\net\netmək\nana\ngör\ngörmək\nqələm\n"),
        "test words"));

    [Theory]
    [InlineData("evlər", "ev+lər")]
    [InlineData("evlərimizdən", "ev+lər+imiz+dən")]
    [InlineData("kitablarınızı", "kitab+lar+ınız+ı")]
    [InlineData("ölkəmizdə", "ölkə+miz+də")]
    [InlineData("ananın", "ana+nın")]
    [InlineData("anaya", "ana+ya")]
    [InlineData("anası", "ana+sı")]
    [InlineData("anasında", "ana+sı+nda")]
    [InlineData("evindəki", "ev+i+ndə+ki")]
    [InlineData("qələmlə", "qələm+lə")]
    [InlineData("anayla", "ana+yla")]
    [InlineData("evdədir", "ev+də+dir")]
    public void Nouns_HarmonyAndBuffers_Parse(string word, string analysis)
    {
        s_small.TryAnalyze(word, out WordAnalysis? result).Should().BeTrue(word);
        result!.ToString().Should().Be(analysis);
        s_small.IsKnown(word).Should().BeTrue();
    }

    [Theory]
    [InlineData("ayağı", "ayaq")]
    [InlineData("ayağımızda", "ayaq")]
    [InlineData("çörəyi", "çörək")]
    [InlineData("fabriki", "fabrik")] // listed unalternated (a loan): no ğ/y needed
    [InlineData("fabrikdə", "fabrik")]
    public void Alternation_QkBecomeĞyBeforeVowel(string word, string stem)
    {
        s_small.TryAnalyze(word, out WordAnalysis? result).Should().BeTrue(word);
        result!.Stem.Should().Be(stem);
    }

    [Theory]
    [InlineData("ayaqı")] // q must alternate before a vowel
    [InlineData("çörəki")]
    [InlineData("evler")] // Turkish plural after a front vowel
    [InlineData("evlerde")]
    [InlineData("kitabləri")] // front suffix after a back vowel
    [InlineData("kitablari")] // i after a back vowel
    [InlineData("ölkəmizda")]
    public void Misspellings_DoNotParse(string word)
    {
        s_small.IsKnown(word).Should().BeFalse(word);
        s_small.TryAnalyze(word, out _).Should().BeFalse(word);
    }

    [Theory]
    [InlineData("gəlir", "gəl+ir")]
    [InlineData("gəlirəm", "gəl+ir+əm")]
    [InlineData("gəlmir", "gəl+mir")]
    [InlineData("gəldik", "gəl+di+k")]
    [InlineData("gəlmişdir", "gəl+miş+dir")]
    [InlineData("gələcəyəm", "gəl+əcəy+əm")]
    [InlineData("gəlməyəcək", "gəl+mə+yəcək")]
    [InlineData("gələn", "gəl+ən")]
    [InlineData("gəldiyi", "gəl+diy+i")]
    [InlineData("oxuyur", "oxu+yur")]
    [InlineData("oxuyan", "oxu+yan")]
    [InlineData("oxunub", "oxu+n+ub")]
    [InlineData("yazdığı", "yaz+dığ+ı")]
    [InlineData("yazılıb", "yaz+ıl+ıb")]
    [InlineData("alınmışdır", "al+ın+mış+dır")]
    [InlineData("olacağı", "ol+acağ+ı")]
    [InlineData("olduğunu", "ol+duğ+u+nu")]
    [InlineData("görüşüb", "gör+üş+üb")]
    [InlineData("edir", "et+ir")]
    [InlineData("bənzədildi", "bənzət+il+di")]
    public void Verbs_TenseVoiceAndParticiples_Parse(string word, string analysis)
    {
        s_small.TryAnalyze(word, out WordAnalysis? result).Should().BeTrue(word);
        result!.ToString().Should().Be(analysis);
        result.IsVerbStem.Should().BeTrue();
    }

    [Theory]
    [InlineData("kompüterləşdirilməsi", "kompüter", "-LAŞ CAUS PASS VN P3")]
    [InlineData("möhkəmləndiriləcəyi", "möhkəm", "-LA PASS CAUS PASS PTCP.FUT P3")]
    [InlineData("gücləndirilməsi", "güc", "-LA PASS CAUS PASS VN P3")]
    public void DerivationStacks_AnalyseToTheRoot(string word, string stem, string tags)
    {
        s_small.TryAnalyze(word, out WordAnalysis? result).Should().BeTrue(word);
        result!.Stem.Should().Be(stem);
        string.Join(' ', result.Suffixes.Select(static suffix => suffix.Tag)).Should().Be(tags);
    }

    [Theory]
    [InlineData("gelir")] // ə lost
    [InlineData("gəlirem")]
    [InlineData("gəliyor")] // Turkish present
    [InlineData("gəlecek")]
    [InlineData("olduqunu")] // q not alternated
    [InlineData("yazdıği")]
    [InlineData("oxuur")] // no buffer
    public void VerbMisspellings_DoNotParse(string word)
    {
        s_small.IsKnown(word).Should().BeFalse(word);
    }

    [Theory]
    [InlineData("2021-ci", true)]
    [InlineData("2021-cı", false)]
    [InlineData("1990-cı", true)]
    [InlineData("5-də", true)]
    [InlineData("5-da", false)]
    [InlineData("20-si", true)]
    [InlineData("3-cü", true)]
    [InlineData("6-cı", true)]
    [InlineData("100-ə", true)]
    [InlineData("2-yə", true)]
    [InlineData("2-ə", false)]
    [InlineData("2021-ci-il", false)]
    public void Numbers_SuffixesFollowTheReading(string word, bool known) =>
        s_small.IsKnown(word).Should().Be(known, word);

    [Theory]
    [InlineData("BMT-nin", true)]
    [InlineData("BMT-nın", false)]
    [InlineData("MSX-də", true)]
    [InlineData("ABŞ-ın", true)]
    [InlineData("ABŞ-in", false)]
    [InlineData("NATO-ya", true)]
    [InlineData("NATO-yə", false)]
    [InlineData("bmt-nin", false)] // lowercase head is not an abbreviation
    public void Abbreviations_SuffixesAfterHyphen(string word, bool known) =>
        s_small.IsKnown(word).Should().Be(known, word);

    [Theory]
    [InlineData("qələm-kitab", true)]
    [InlineData("evlər-kitablar", true)]
    [InlineData("qələm-kitap", false)]
    [InlineData("kitab-də", false)] // a part of one or two letters is a stray suffix, not a word
    public void Compounds_KnownWhenEveryPartIs(string word, bool known) =>
        s_small.IsKnown(word).Should().Be(known, word);

    [Theory]
    [InlineData("EVLƏRİMİZDƏN")]
    [InlineData("Evlərimizdən")]
    [InlineData("GƏLİR")]
    public void Casing_DoesNotMatter(string word) => s_small.IsKnown(word).Should().BeTrue();

    [Fact]
    public void UnlistedStems_TakeNoSuffixes()
    {
        s_small.IsKnown("maşınlar").Should().BeFalse();
        s_small.IsKnown("ki").Should().BeFalse("the small lexicon lists no short words");
        s_small.IsKnown(string.Empty).Should().BeFalse();
    }

    [Fact]
    public void IsKnown_AllocatesNothing()
    {
        AzMorphology morphology = AzMorphology.Default;
        string[] words = ["ölkəmizdə", "kompüterləşdirilməsi", "olkemizde", "2021-ci", "BMT-nin", "ictimai-siyasi"];
        foreach (string word in words)
        {
            morphology.IsKnown(word);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (string word in words)
        {
            morphology.IsKnown(word);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    [Theory]
    [InlineData("ölkəmizdə")]
    [InlineData("görüşüb")]
    [InlineData("olduğunu")]
    [InlineData("kompüterləşdirilməsi")]
    [InlineData("möhkəmləndiriləcəyi")]
    [InlineData("gələcəyi")]
    [InlineData("enerjisinin")]
    [InlineData("jurnalistlər")]
    [InlineData("Bakının")]
    [InlineData("Azərbaycanın")]
    [InlineData("o")]
    [InlineData("ki")]
    [InlineData("də")]
    [InlineData("ya")]
    public void Default_KnowsCorrectForms(string word) => AzMorphology.Default.IsKnown(word).Should().BeTrue(word);

    [Theory]
    [InlineData("olkemizde")]
    [InlineData("valideynlerimiz")]
    [InlineData("gelən")]
    [InlineData("dikkətə")]
    [InlineData("evlerde")]
    [InlineData("prezdent")]
    [InlineData("hökkumət")]
    [InlineData("müxtəlfi")]
    [InlineData("kesiwmesinde")]
    public void Default_RejectsMisspellings(string word) => AzMorphology.Default.IsKnown(word).Should().BeFalse(word);
}

public sealed class AzLexiconPrefixTests
{
    [Theory]
    [InlineData("ölkə")]
    [InlineData("ki")]
    [InlineData("enerji")]
    [InlineData("a")]
    [InlineData("zzzz")]
    [InlineData("")]
    public void CountWithPrefix_Default_MatchesACountOverAllWords(string prefix)
    {
        int expected = AzLexicon.Default.Words.Count(word => word.StartsWith(prefix, StringComparison.Ordinal));

        AzLexicon.Default.CountWithPrefix(prefix, int.MaxValue).Should().Be(expected);
    }

    [Fact]
    public void CountWithPrefix_PrefixesOfListedWordsAndNearMisses_MatchACountOverAllWords()
    {
        // Every length from 1 to 9 (around the four letters the packed heads hold), limited and not, and each prefix with its
        // last letter moved one code unit up or down (the edges of a head's range).
        string[] sorted = [.. AzLexicon.Default.Words.Order(StringComparer.Ordinal)];
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < sorted.Length; i += 997)
        {
            for (int length = 1; length <= Math.Min(9, sorted[i].Length); length++)
            {
                string prefix = sorted[i][..length];
                prefixes.Add(prefix);
                prefixes.Add(prefix[..^1] + (char)(prefix[^1] + 1));
                prefixes.Add(prefix[..^1] + (char)(prefix[^1] - 1));
            }
        }

        foreach (string prefix in prefixes)
        {
            int first = Array.BinarySearch(sorted, prefix, StringComparer.Ordinal);
            first = first < 0 ? ~first : first;
            int expected = 0;
            while (first + expected < sorted.Length && sorted[first + expected].StartsWith(prefix, StringComparison.Ordinal))
            {
                expected++;
            }

            AzLexicon.Default.CountWithPrefix(prefix, int.MaxValue).Should().Be(expected, "prefix '{0}'", prefix);
            AzLexicon.Default.CountWithPrefix(prefix, 3).Should().Be(Math.Min(3, expected), "prefix '{0}', limit 3", prefix);
        }
    }

    [Fact]
    public void CountWithPrefix_BeforeAndAfterItsIndexIsBuilt_Agrees()
    {
        // A lexicon of its own answers its first 2,000 prefix questions from the sorted words, the rest from the head index.
        AzLexicon lexicon = AzLexicon.Default.WithWordList(new StringReader("zzzzqa\n"), "test");
        string[] prefixes = lexicon.Words.Take(1_500).SelectMany(word => new[] { word[..Math.Min(3, word.Length)], word + "ə", word }).ToArray();
        int[] before = prefixes.Select(prefix => lexicon.CountWithPrefix(prefix, 5)).ToArray();
        int[] after = prefixes.Select(prefix => lexicon.CountWithPrefix(prefix, 5)).ToArray();

        after.Should().Equal(before);
        before.Should().Contain(count => count >= 2);
    }

    [Fact]
    public void CountWithPrefix_AfterMerge_SeesTheNewWords()
    {
        AzLexicon merged = AzLexicon.Default.WithWordList(new StringReader("zzzzqa\nzzzzqb\n"), "test");

        merged.CountWithPrefix("zzzzq", 10).Should().Be(2);
        AzLexicon.Default.CountWithPrefix("zzzzq", 10).Should().Be(0);
    }
}
