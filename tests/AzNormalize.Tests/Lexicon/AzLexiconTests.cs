using System.Globalization;
using System.Reflection;
using AzNormalize.Lexicon;
using FluentAssertions;

namespace AzNormalize.Tests.Lexicon;

public sealed class AzLexiconTests
{
    private static readonly AzLexicon s_lexicon = AzLexicon.Default;

    [Fact]
    public void Default_Loads_HoldsTheCleanedListsOfEverySource()
    {
        s_lexicon.Count.Should().BeInRange(200_000, 260_000);
        s_lexicon.Source.Should().Contain("tesseract-ocr-aze 1:4.1.0-2").And.Contain("LocalDoc").And.Contain("AzeLexicon").And.Contain("sha256");
    }

    [Theory]
    [InlineData("enerji")]
    [InlineData("jurnalist")]
    [InlineData("ajans")]
    [InlineData("jurnalistlər")]
    public void Default_KnowsWordsWithJ_FromTheCountedAndHeadwordLists(string word)
    {
        AzMorphology.Default.IsKnown(word).Should().BeTrue();
    }

    [Theory]
    [InlineData("və", 10_000_000)]
    [InlineData("azərbaycan", 1_000_000)]
    public void GetCount_FrequentWord_HasTheEmbeddedCount(string word, long atLeast)
    {
        s_lexicon.GetCount(word).Should().BeGreaterThan(atLeast);
    }

    [Theory]
    [InlineData("ve")]
    [InlineData("ucun")]
    [InlineData("azerbaycan")]
    public void Default_AsciiTwinOfAFarCommonerWord_IsNotListed(string word)
    {
        s_lexicon.Contains(word).Should().BeFalse("its counts are a hundredth of its twin's (rule 21a)");
    }

    [Fact]
    public void Default_TwoCalls_SameInstance()
    {
        AzLexicon.Default.Should().BeSameAs(AzLexicon.Default);
    }

    [Theory]
    [InlineData("iyun")]
    [InlineData("İyun")]
    [InlineData("İYUN")]
    [InlineData("i\u0307yun")] // i + COMBINING DOT ABOVE: İ lowered by a Turkic-unaware tool
    [InlineData("diqqət")]
    [InlineData("DİQQƏT")]
    [InlineData("Bakı")]
    [InlineData("BAKI")]
    [InlineData("ılıq")]
    [InlineData("ILIQ")]
    [InlineData("Ilıq")]
    [InlineData("ISSIZ")]
    [InlineData("QIŞ")]
    [InlineData("İŞIQ")]
    [InlineData("təcrübəsindən")]
    [InlineData("ictimai-siyasi")]
    [InlineData("İCTİMAİ-SİYASİ")]
    [InlineData("hökumət")]
    [InlineData("prezident")]
    public void Contains_KnownWordInAnyAzerbaijaniCase_True(string word)
    {
        s_lexicon.Contains(word).Should().BeTrue();
        s_lexicon.Contains(word.AsSpan()).Should().BeTrue();
    }

    [Theory]
    [InlineData("IYUN")] // I lowers to ı: ıyun is not iyun
    [InlineData("ISIQ")] // ısıq, not işıq
    [InlineData("DIQQƏT")]
    public void Contains_CapitalIForDottedI_False(string word)
    {
        s_lexicon.Contains(word).Should().BeFalse();
    }

    [Theory]
    [InlineData("prezdent")]
    [InlineData("hökkumət")]
    [InlineData("müxtəlfi")]
    [InlineData("dikkətə")]
    [InlineData("valideynlerimiz")]
    [InlineData("kesiwmesinde")]
    public void Contains_Misspelling_False(string word)
    {
        s_lexicon.Contains(word).Should().BeFalse();
    }

    [Theory]
    [InlineData("ve")] // Turkish and ASCII-typed "və"
    [InlineData("the")]
    [InlineData("olarak")] // Turkish converb; Azerbaijani "olaraq"
    [InlineData("geliyor")]
    [InlineData("gelmek")]
    [InlineData("sohbetler")]
    [InlineData("click")]
    public void Contains_EnglishOrTurkishContamination_False(string word)
    {
        s_lexicon.Contains(word).Should().BeFalse();
    }

    [Theory]
    [InlineData("o")]
    [InlineData("a")]
    [InlineData("ə")]
    [InlineData("i")]
    [InlineData("ki")]
    [InlineData("da")]
    [InlineData("də")]
    [InlineData("ya")]
    [InlineData("nə")]
    [InlineData("bu")]
    [InlineData("O")]
    [InlineData("Kİ")]
    [InlineData("DƏ")]
    public void Contains_ShortWord_True(string word)
    {
        s_lexicon.Contains(word).Should().BeTrue();
    }

    [Fact]
    public void Contains_EveryHandWrittenShortWord_TrueAndMarked()
    {
        foreach (string word in AzLexicon.ShortWords)
        {
            word.Length.Should().BeLessThanOrEqualTo(2);
            s_lexicon.TryGetEntry(word, out LexiconEntry entry).Should().BeTrue(word);
            entry.Attributes.Should().HaveFlag(WordAttributes.HandWritten);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    [InlineData("-")]
    public void Contains_EmptyOrWhitespace_False(string word)
    {
        s_lexicon.Contains(word).Should().BeFalse();
    }

    [Fact]
    public void Contains_MegabyteLongWord_False()
    {
        s_lexicon.Contains(new string('ə', 1 << 20)).Should().BeFalse();
    }

    [Fact]
    public void Contains_WordLongerThanTheStackBuffer_LooksItUp()
    {
        // 150 chars lowering to 75 (every İ arrives as I + U+0307): longer than the stack buffer, shorter than 2 × the longest word.
        string word = string.Concat(Enumerable.Repeat("I\u0307", 75));
        s_lexicon.Contains(word).Should().BeFalse();
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("az-Latn-AZ")]
    [InlineData("en-US")]
    [InlineData("")]
    public void Contains_UnderAnyCulture_SameResults(string culture)
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            s_lexicon.Contains("İYUN").Should().BeTrue();
            s_lexicon.Contains("ILIQ").Should().BeTrue();
            s_lexicon.Contains("IYUN").Should().BeFalse();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void TryGetEntry_KnownWord_CarriesTheSourceCasing()
    {
        s_lexicon.TryGetEntry("İYUN", out LexiconEntry entry).Should().BeTrue();
        entry.Attributes.Should().HaveFlag(WordAttributes.SeenLowercase);
        entry.Count.Should().BeGreaterThan(1_000, "the embedded counts hold it");
        entry.IsLikelyName.Should().BeFalse();
    }

    [Fact]
    public void TryGetEntry_Abbreviation_SeenOnlyInCapitals()
    {
        s_lexicon.TryGetEntry("BMT", out LexiconEntry entry).Should().BeTrue();
        entry.IsLikelyAbbreviation.Should().BeTrue();
    }

    [Fact]
    public void TryGetEntry_UnknownWord_FalseAndDefault()
    {
        s_lexicon.TryGetEntry("prezdent", out LexiconEntry entry).Should().BeFalse();
        entry.Should().Be(default(LexiconEntry));
        s_lexicon.GetCount("prezdent").Should().Be(0);
    }

    [Fact]
    public void Contains_KnownWordWarm_AllocatesNothing()
    {
        const string Upper = "İYUN";
        const string Title = "Təcrübəsindən";
        s_lexicon.Contains(Upper.AsSpan());
        s_lexicon.Contains(Title.AsSpan());
        s_lexicon.Contains("prezdent".AsSpan());

        long before = GC.GetAllocatedBytesForCurrentThread();
        int found = 0;
        for (int i = 0; i < 1_000; i++)
        {
            found += s_lexicon.Contains(Upper.AsSpan()) ? 1 : 0;
            found += s_lexicon.Contains(Title.AsSpan()) ? 1 : 0;
            found += s_lexicon.TryGetEntry("prezdent".AsSpan(), out _) ? 1 : 0;
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        found.Should().Be(2_000);
        allocated.Should().Be(0);
    }

    [Fact]
    public void Words_AreLowercaseAndDistinct()
    {
        int count = 0;
        foreach (string word in s_lexicon.Words)
        {
            count++;
            global::AzNormalize.Text.AzCasing.ToLower(word).Should().BeSameAs(word);
        }

        count.Should().Be(s_lexicon.Count);
    }

    [Fact]
    public void Contains_FromManyThreads_SameResults()
    {
        string[] words = ["İYUN", "diqqət", "prezdent", "ILIQ", "ki"];
        bool[] expected = [true, true, false, true, true];
        Parallel.For(0, 64, _ =>
        {
            for (int i = 0; i < words.Length; i++)
            {
                s_lexicon.Contains(words[i]).Should().Be(expected[i]);
            }
        });
    }

    [Fact]
    public void Embedded_ArtifactIsTheOnlyResourceAndSmall()
    {
        Assembly assembly = typeof(AzLexicon).Assembly;
        using Stream? stream = assembly.GetManifestResourceStream("AzNormalize.Lexicon.az.azlex");
        stream.Should().NotBeNull();
        stream!.Length.Should().BeLessThan(2 * 1024 * 1024);
    }
}
