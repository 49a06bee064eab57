using AzNormalize.Evaluation.Vocabulary;
using FluentAssertions;

namespace AzNormalize.Tests.Evaluation;

public sealed class MisspellingGeneratorTests
{
    private static readonly string[] s_words =
        ["məktəb", "haqqında", "evlərdən", "kitab", "dəyişiklik", "qəbul", "üçün", "müxtəlif", "gözəl", "şəhərlərdə", "almağa"];

    private static List<string> Forms(string word, MisspellingKind kind, string operation) =>
        MisspellingGenerator.Candidates(word, kind)
            .Where(candidate => candidate.Operation == operation)
            .Select(candidate => candidate.Form)
            .ToList();

    [Fact]
    public void Candidates_DiacriticLoss_OneLetterEachAndAllLetters()
    {
        Forms("məktəb", MisspellingKind.DiacriticLoss, "one letter").Should().Equal("mektəb", "məkteb");
        Forms("məktəb", MisspellingKind.DiacriticLoss, "all letters").Should().Equal("mekteb");
        Forms("üçün", MisspellingKind.DiacriticLoss, "all letters").Should().Equal("ucun");
        Forms("qızıl", MisspellingKind.DiacriticLoss, "one letter").Should().Equal("qizıl", "qızil");
    }

    [Fact]
    public void Candidates_DiacriticLoss_OneMarkedLetter_NoAllLettersDuplicate()
    {
        MisspellingGenerator.Candidates("almağa", MisspellingKind.DiacriticLoss).Should().Equal(new MisspellingCandidate("one letter", "almaga"));
        MisspellingGenerator.Candidates("kitab", MisspellingKind.DiacriticLoss).Should().BeEmpty();
    }

    [Fact]
    public void Candidates_TurkishHabit_LettersEverywhereAndSuffixes()
    {
        Forms("haqqında", MisspellingKind.TurkishHabit, "q→k").Should().Equal("hakkında");
        Forms("xəbər", MisspellingKind.TurkishHabit, "x→h").Should().Equal("həbər");
        Forms("xəbər", MisspellingKind.TurkishHabit, "ə→e").Should().Equal("xeber");
        Forms("xəbər", MisspellingKind.TurkishHabit, "q→k x→h ğ→g ə→e together").Should().Equal("heber");
        Forms("almağa", MisspellingKind.TurkishHabit, "ğ→g").Should().Equal("almaga");
        Forms("evlərdən", MisspellingKind.TurkishHabit, "-lər/-dən/-də → -ler/-den/-de").Should().Equal("evlerden");
        Forms("evlərdən", MisspellingKind.TurkishHabit, "ə→e").Should().BeEmpty("the same form is already a suffix form");
        Forms("şəhərlərdə", MisspellingKind.TurkishHabit, "-lər/-dən/-də → -ler/-den/-de").Should().Equal("şəhərlerde");
        Forms("şəhərlərdə", MisspellingKind.TurkishHabit, "ə→e").Should().Equal("şeherlerde");
    }

    [Fact]
    public void Candidates_TurkishHabit_SuffixRuleLeavesStemStartAndMiddle()
    {
        // -dən only at the end, never at the start of the word.
        Forms("dənizdə", MisspellingKind.TurkishHabit, "-lər/-dən/-də → -ler/-den/-de").Should().Equal("dənizde");
        Forms("vətəndaş", MisspellingKind.TurkishHabit, "-lər/-dən/-də → -ler/-den/-de").Should().BeEmpty();
        Forms("kitab", MisspellingKind.TurkishHabit, "-lər/-dən/-də → -ler/-den/-de").Should().BeEmpty();
    }

    [Fact]
    public void Candidates_KeyboardSlip_AllFourOperations()
    {
        Forms("kitab", MisspellingKind.KeyboardSlip, "dropped letter").Should().Equal("itab", "ktab", "kiab", "kitb", "kita");
        Forms("kitab", MisspellingKind.KeyboardSlip, "doubled letter").Should().Equal("kkitab", "kiitab", "kittab", "kitaab", "kitabb");
        Forms("kitab", MisspellingKind.KeyboardSlip, "swapped pair").Should().Equal("iktab", "ktiab", "kiatb", "kitba");
        Forms("kitab", MisspellingKind.KeyboardSlip, "neighbouring key").Should().Contain(["jitab", "litab", "kutab", "kotab", "kirab", "kiyab", "kitsb", "kitav", "kitan"]);
    }

    [Fact]
    public void Candidates_KeyboardSlip_NoSwapOfEqualLetters()
    {
        Forms("alla", MisspellingKind.KeyboardSlip, "swapped pair").Should().Equal("lala", "alal");
        Forms("alla", MisspellingKind.KeyboardSlip, "doubled letter").Should().Equal("aalla", "allla", "allaa");
    }

    [Fact]
    public void Candidates_OcrConfusion_LettersRnAndFirstLetter()
    {
        Forms("məktəb", MisspellingKind.OcrConfusion, "ə→o").Should().Equal("moktəb", "məktob");
        Forms("məktəb", MisspellingKind.OcrConfusion, "ə→e").Should().Equal("mektəb", "məkteb");
        Forms("məktəb", MisspellingKind.OcrConfusion, "m→rn").Should().Equal("rnəktəb");
        Forms("məktəb", MisspellingKind.OcrConfusion, "first letter lost").Should().Equal("əktəb");
        Forms("dili", MisspellingKind.OcrConfusion, "i→ı").Should().Equal("dıli", "dilı");
        Forms("qızıl", MisspellingKind.OcrConfusion, "ı→i").Should().Equal("qizıl", "qızil");
        Forms("üçün", MisspellingKind.OcrConfusion, "ü→u").Should().Equal("uçün", "üçun");
        Forms("şəhər", MisspellingKind.OcrConfusion, "ş→s").Should().Equal("səhər");
    }

    [Fact]
    public void Candidates_NeverTheWordItselfNorRepeats()
    {
        foreach (string word in s_words)
        {
            foreach (MisspellingKind kind in MisspellingGenerator.Kinds)
            {
                List<MisspellingCandidate> candidates = MisspellingGenerator.Candidates(word, kind);
                candidates.Select(c => c.Form).Should().NotContain(word).And.OnlyHaveUniqueItems();
            }
        }
    }

    [Fact]
    public void Generate_SameSeed_SameMisspellingsWhateverTheInputOrder()
    {
        List<Misspelling> first = new MisspellingGenerator(7).Generate(s_words, null, out int excludedFirst);
        List<Misspelling> second = new MisspellingGenerator(7).Generate(s_words.Reverse().Concat(s_words), null, out int excludedSecond);

        second.Should().Equal(first);
        excludedSecond.Should().Be(excludedFirst);
    }

    [Fact]
    public void Generate_OtherSeed_OtherDraws()
    {
        List<Misspelling> first = new MisspellingGenerator(1).Generate(s_words, null, out _);
        List<Misspelling> second = new MisspellingGenerator(2).Generate(s_words, null, out _);

        second.Should().NotEqual(first);
    }

    [Fact]
    public void Generate_OneFormPerWordAndKind_FromTheCandidates()
    {
        List<Misspelling> misspellings = new MisspellingGenerator().Generate(s_words, null, out _);

        misspellings.GroupBy(m => (m.Source, m.Kind)).Should().OnlyContain(group => group.Count() == 1);
        misspellings.Should().OnlyContain(m => MisspellingGenerator.Candidates(m.Source, m.Kind).Contains(new MisspellingCandidate(m.Operation, m.Form)));
        misspellings.Where(m => m.Kind == MisspellingKind.KeyboardSlip).Should().HaveCount(s_words.Length, "every word has a keyboard slip");
        misspellings.Should().NotContain(m => m.Source == "kitab" && m.Kind == MisspellingKind.DiacriticLoss);
    }

    [Fact]
    public void Generate_ExcludedForms_NeverDrawnAndCounted()
    {
        var excluded = new HashSet<string>(StringComparer.Ordinal) { "mektəb", "məkteb", "hakkında" };
        List<Misspelling> misspellings = new MisspellingGenerator().Generate(s_words, excluded.Contains, out int excludedCount);

        misspellings.Should().NotContain(m => excluded.Contains(m.Form));
        misspellings.Should().ContainSingle(m => m.Source == "məktəb" && m.Kind == MisspellingKind.DiacriticLoss)
            .Which.Form.Should().Be("mekteb", "the only candidate left");
        excludedCount.Should().Be(5, "mektəb and məkteb are diacritic and OCR candidates, hakkında a Turkish one");
    }

    [Fact]
    public void Generate_SameFormFromTwoWords_DrawnOncePerKind()
    {
        // "kitab" dropped-letter "kitb" equals "kitob"'s dropped "kitb"; whatever is drawn, no form repeats within a kind.
        List<Misspelling> misspellings = new MisspellingGenerator().Generate(["kitab", "kitob", "kitub", "kitib"], null, out _);

        misspellings.GroupBy(m => m.Kind).Should().OnlyContain(group => group.Select(m => m.Form).Distinct().Count() == group.Count());
    }

    [Theory]
    [InlineData("ev", false)]
    [InlineData("evə", false)]
    [InlineData("evlər", true)]
    [InlineData("Bakı", false)]
    [InlineData("2021", false)]
    [InlineData("ab-cd", false)]
    [InlineData("iyun", true)]
    public void IsEligible_LowercaseLettersOfFourOrMore(string word, bool expected) =>
        MisspellingGenerator.IsEligible(word).Should().Be(expected);

    [Fact]
    public void Generate_IneligibleWords_Ignored() =>
        new MisspellingGenerator().Generate(["ev", "Bakı", "2021-ci", "ab-cd"], null, out _).Should().BeEmpty();
}
