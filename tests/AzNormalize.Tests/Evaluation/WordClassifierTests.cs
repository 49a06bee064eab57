using AzNormalize.Evaluation.Vocabulary;
using FluentAssertions;

namespace AzNormalize.Tests.Evaluation;

public sealed class WordClassifierTests
{
    private static List<(string Text, WordClass Class)> Collect(string text, out WordSample sample)
    {
        sample = new WordSample();
        WordClassifier.Collect(text, sample);
        return sample.Words.Select(word => (word.Text, word.Class)).ToList();
    }

    [Theory]
    [InlineData("kitab", false, nameof(WordClass.Lowercase))]
    [InlineData("ictimai-siyasi", false, nameof(WordClass.Lowercase))]
    [InlineData("Bakı", false, nameof(WordClass.Name))]
    [InlineData("Bakı", true, nameof(WordClass.SentenceInitial))]
    [InlineData("İyun", false, nameof(WordClass.Name))]
    [InlineData("Nyu-York", false, nameof(WordClass.Name))]
    [InlineData("Nyu-Yorkda", true, nameof(WordClass.SentenceInitial))]
    [InlineData("O", true, nameof(WordClass.SentenceInitial))]
    [InlineData("ABŞ-ın", false, nameof(WordClass.Other))]
    [InlineData("McDonald", false, nameof(WordClass.Other))]
    [InlineData("iPhone", false, nameof(WordClass.Other))]
    public void Classify_JudgedWords(string word, bool atSentenceStart, string expected)
    {
        WordClassifier.Classify(word, atSentenceStart, out SkipReason reason).Should().Be(Enum.Parse<WordClass>(expected));
        reason.Should().Be(SkipReason.None);
    }

    [Theory]
    [InlineData("2021-ci", nameof(SkipReason.Digits))]
    [InlineData("5-də", nameof(SkipReason.Digits))]
    [InlineData("O'Nil", nameof(SkipReason.OtherCharacters))]
    [InlineData("Sumqayıt’ın", nameof(SkipReason.OtherCharacters))]
    [InlineData("bölmə\u00ADsi", nameof(SkipReason.OtherCharacters))]
    [InlineData("-siyasi", nameof(SkipReason.OtherCharacters))]
    [InlineData("", nameof(SkipReason.OtherCharacters))]
    public void Classify_SkippedWords(string word, string expected)
    {
        WordClassifier.Classify(word, false, out SkipReason reason).Should().BeNull();
        reason.Should().Be(Enum.Parse<SkipReason>(expected));
    }

    [Fact]
    public void Collect_SentencesLinesAndNames()
    {
        List<(string Text, WordClass Class)> words = Collect(
            "Bakı gözəldir. Məktəb Bakıda, Sumqayıtda və Gəncədə açılıb!\nYeni il 2021-ci ildə başladı.",
            out WordSample sample);

        words.Should().Equal(
            ("Bakı", WordClass.SentenceInitial),
            ("gözəldir", WordClass.Lowercase),
            ("Məktəb", WordClass.SentenceInitial),
            ("Bakıda", WordClass.Name),
            ("Sumqayıtda", WordClass.Name),
            ("və", WordClass.Lowercase),
            ("Gəncədə", WordClass.Name),
            ("açılıb", WordClass.Lowercase),
            ("Yeni", WordClass.SentenceInitial),
            ("il", WordClass.Lowercase),
            ("ildə", WordClass.Lowercase),
            ("başladı", WordClass.Lowercase));
        sample.SkippedDigits.Should().Be(1);
        sample.SkippedOther.Should().Be(0);
    }

    [Fact]
    public void Collect_QuotesAndColonsStartSentences_InitialsDoNot()
    {
        List<(string Text, WordClass Class)> words = Collect(
            "O dedi: \"Biz gəlirik.\" Sonra N.Ə. Səlimova (Bakı) danışdı, \"Qarabağ\" haqqında.",
            out _);

        words.Should().Equal(
            ("O", WordClass.SentenceInitial),
            ("dedi", WordClass.Lowercase),
            ("Biz", WordClass.SentenceInitial),
            ("gəlirik", WordClass.Lowercase),
            ("Sonra", WordClass.SentenceInitial),
            ("Səlimova", WordClass.Name),
            ("Bakı", WordClass.Name),
            ("danışdı", WordClass.Lowercase),
            ("Qarabağ", WordClass.Name),
            ("haqqında", WordClass.Lowercase));
    }

    [Fact]
    public void Collect_AbbreviationsAreNotWordTokens_SuffixedOnesAreOther()
    {
        List<(string Text, WordClass Class)> words = Collect("Bu gün ABŞ və ABŞ-ın NATO-dakı nümayəndəsi.", out _);

        words.Should().Equal(
            ("Bu", WordClass.SentenceInitial),
            ("gün", WordClass.Lowercase),
            ("və", WordClass.Lowercase),
            ("ABŞ-ın", WordClass.Other),
            ("NATO-dakı", WordClass.Other),
            ("nümayəndəsi", WordClass.Lowercase));
    }

    [Fact]
    public void Collect_DecomposedText_ReadAsNfc()
    {
        List<(string Text, WordClass Class)> words = Collect("bas\u0327 işi", out WordSample sample);

        words.Should().Equal(("baş", WordClass.Lowercase), ("işi", WordClass.Lowercase));
        sample.SkippedOther.Should().Be(0);
    }

    [Fact]
    public void SplitCompound_PartsAtEveryJoiningHyphen()
    {
        WordClassifier.SplitCompound("ictimai-siyasi").Should().Equal("ictimai", "siyasi");
        WordClassifier.SplitCompound("sosial\u2010iqtisadi").Should().Equal("sosial", "iqtisadi");
        WordClassifier.SplitCompound("kitab").Should().Equal("kitab");
    }

    [Fact]
    public void IsKnown_WholeOrEveryPart()
    {
        var known = new HashSet<string>(StringComparer.Ordinal) { "ictimai", "siyasi", "baş-başa" };

        WordClassifier.IsKnown(known.Contains, "ictimai-siyasi").Should().BeTrue("every part is known");
        WordClassifier.IsKnown(known.Contains, "baş-başa").Should().BeTrue("the whole is known");
        WordClassifier.IsKnown(known.Contains, "ictimai-iqtisadi").Should().BeFalse("one part is unknown");
        WordClassifier.IsKnown(known.Contains, "iqtisadi").Should().BeFalse();
        WordClassifier.IsKnown(known.Contains, "siyasi").Should().BeTrue();
    }
}
