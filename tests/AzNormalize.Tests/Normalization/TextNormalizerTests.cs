using AzNormalize.Normalization;
using FluentAssertions;

namespace AzNormalize.Tests.Normalization;

public sealed class TextNormalizerTests
{
    public static TheoryData<string, string, string, string> Cases => NormalizationCase.Load("normalization-cases.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Normalize_Case_ProducesExpectedTextAndEdits(string name, string input, string expected, string kinds)
    {
        FixResult result = TextNormalizer.Default.Normalize(input);

        result.Text.Should().Be(expected, name);
        string actualKinds = result.Edits.Count == 0 ? "-" : string.Join(',', result.Edits.Select(e => e.Kind.ToString()));
        actualKinds.Should().Be(kinds, name);
        TextNormalizer.Default.Normalize(result.Text).Edits.Should().BeEmpty("normalizing is idempotent ({0})", name);
        if (result.Edits.Count == 0)
        {
            result.Text.Should().BeSameAs(input);
        }
    }

    /// <summary>
    /// The scan reads only the lines with a candidate character. Texts joined from the case inputs and plain lines, with
    /// every kind of line break (<c>\r\n</c> too) and quotes opened on one line and closed on another, must give the edits
    /// a scan of every line gives.
    /// </summary>
    [Fact]
    public void FindEdits_ReadingOnlyLinesWithCandidates_FindsWhatReadingEveryLineFinds()
    {
        string[] pieces = [.. Cases.Select(row => (string)row[1]),
            "Azərbaycan dili türk dillərinin oğuz qrupuna daxildir.", "«Bu gün", "dedi»", "\"açıq", "sitat\"", "C:\\yol\\fayl.txt",
            "a\u0308", "\u0301x", "", "   "];
        string[] breaks = ["\n", "\r\n", "\r", "\f", "\u0085", "\u2028", "\u2029", "\n\n", " \n"];
        var random = new Random(20261203);
        int compared = 0;
        for (int i = 0; i < 400; i++)
        {
            var text = new System.Text.StringBuilder();
            int lines = random.Next(1, 12);
            for (int line = 0; line < lines; line++)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
                if (line + 1 < lines || random.Next(2) == 0)
                {
                    text.Append(breaks[random.Next(breaks.Length)]);
                }
            }

            string input = text.ToString();
            var skipping = new List<Edit>();
            var everyLine = new List<Edit>();
            TextNormalizer.Default.FindEdits(input, skipping, everyLine: false);
            TextNormalizer.Default.FindEdits(input, everyLine, everyLine: true);
            skipping.Should().Equal(everyLine, "the text {0}", input);
            compared += everyLine.Count;
        }

        compared.Should().BeGreaterThan(100, "the texts had edits to compare");
    }

    /// <summary>The vectorized search for a candidate finds what a search of the whole set finds, in text of any mix.</summary>
    [Fact]
    public void IndexOfCandidate_FindsTheFirstCandidate()
    {
        var candidates = System.Buffers.SearchValues.Create(TextNormalizer.CandidateCharacters);
        string others = "abcəşçğıöüİƏ «»—–’“”…€№\u02FF\u0400\u2028\u1AAF\uFB07\uFEFE"; // Azerbaijani letters, punctuation, neighbours of candidates
        var random = new Random(20261203);
        for (int i = 0; i < 2_000; i++)
        {
            char[] text = new char[random.Next(0, 200)];
            for (int k = 0; k < text.Length; k++)
            {
                text[k] = random.Next(40) == 0
                    ? TextNormalizer.CandidateCharacters[random.Next(TextNormalizer.CandidateCharacters.Length)]
                    : others[random.Next(others.Length)];
            }

            TextNormalizer.IndexOfCandidate(text).Should().Be(text.AsSpan().IndexOfAny(candidates), new string(text));
        }
    }

    [Fact]
    public void Normalize_CyrillicSchwa_EditDescribesTheChange()
    {
        FixResult result = TextNormalizer.Default.Normalize("bölmә");

        result.Edits.Should().ContainSingle().Which.Should().Be(new Edit(
            4, 1, "\u04D9", "ə", EditKind.LookAlike, 0.99, "Cyrillic 'ә' (U+04D9) inside a Latin word"));
    }

    [Fact]
    public void Normalize_DecomposedLetters_EditOffsetsPointIntoOriginal()
    {
        // ş ç ğ ö ü İ decomposed, between precomposed letters.
        string input = "as\u0327b c\u0327 g\u0306 o\u0308 u\u0308 I\u0307x";
        FixResult result = TextNormalizer.Default.Normalize(input);

        result.Text.Should().Be("aşb ç ğ ö ü İx");
        result.Edits.Select(e => (e.Start, e.Length, e.Original, e.Replacement)).Should().Equal(
            (1, 2, "s\u0327", "ş"),
            (5, 2, "c\u0327", "ç"),
            (8, 2, "g\u0306", "ğ"),
            (11, 2, "o\u0308", "ö"),
            (14, 2, "u\u0308", "ü"),
            (17, 2, "I\u0307", "İ"));
        result.Edits.Should().OnlyContain(e => e.Kind == EditKind.Unicode && e.Confidence == 1.0);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" \t\r\n\u00A0 ")]
    [InlineData("Azərbaycan dili türk dillərinin oğuz qrupuna daxildir.")]
    public void Normalize_NothingToFix_ReturnsSameInstanceAndNoEdits(string input)
    {
        FixResult result = TextNormalizer.Default.Normalize(input);

        result.Text.Should().BeSameAs(input);
        result.Edits.Should().BeEmpty();
        result.Changed.Should().BeFalse();
    }

    [Fact]
    public void Normalize_Null_Throws() =>
        FluentActions.Invoking(() => TextNormalizer.Default.Normalize(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void FindEdits_AppendsToExistingList()
    {
        Edit existing = new(0, 0, string.Empty, "x", EditKind.Rejoin, 1, "earlier stage");
        var edits = new List<Edit> { existing };

        TextNormalizer.Default.FindEdits("bölmә", edits);

        edits.Should().HaveCount(2);
        edits[0].Should().Be(existing);
    }

    [Fact]
    public void Normalize_StagesSwitchedOff_LeavesTheirCharacters()
    {
        var normalizer = new TextNormalizer(new NormalizerOptions { UnicodeComposition = false, LookAlikes = false, Ligatures = false, Invisibles = false });
        string input = "s\u0327 bölmә tərəﬁndən son\u00ADra \uFEFF";

        normalizer.Normalize(input).Text.Should().BeSameAs(input);
    }

    [Fact]
    public void Normalize_OnlyLookAlikesOn_FoldsOnlyLookAlikes()
    {
        var normalizer = new TextNormalizer(new NormalizerOptions { UnicodeComposition = false, Ligatures = false, Invisibles = false });

        normalizer.Normalize("s\u0327 bölmә ﬁ son\u00ADra").Text.Should().Be("s\u0327 bölmə ﬁ son\u00ADra");
    }

    [Fact]
    public void Normalize_WordOracleKnowsFoldedForm_FoldsADiaeresis()
    {
        var normalizer = new TextNormalizer(new NormalizerOptions { WordOracle = new SetOracle("sözlər") });

        // Without the oracle the word has no Azerbaijani-only letter and the text uses ə: left alone.
        TextNormalizer.Default.Normalize("sözlär və").Text.Should().Be("sözlär və");
        FixResult result = normalizer.Normalize("sözlär və Händel");

        result.Text.Should().Be("sözlər və Händel");
        result.Edits.Should().ContainSingle().Which.Reason.Should().Contain("lexicon");
    }

    [Fact]
    public void Normalize_LookAlikeConfidences_RankFromSureToGuess()
    {
        double mixed = TextNormalizer.Default.Normalize("bölmә").Edits[0].Confidence;
        double withAzerbaijaniLetter = TextNormalizer.Default.Normalize("dövlätə").Edits[0].Confidence;
        double oldAlphabet = TextNormalizer.Default.Normalize("Bu sözlär mänim kitabımdır").Edits[0].Confidence;

        mixed.Should().BeGreaterThan(withAzerbaijaniLetter);
        withAzerbaijaniLetter.Should().BeGreaterThan(oldAlphabet);
        oldAlphabet.Should().BeInRange(0.5, 0.9);
    }

    private sealed class SetOracle(params string[] words) : IWordOracle
    {
        private readonly HashSet<string> _words = new(words, StringComparer.Ordinal);

        public bool IsKnown(ReadOnlySpan<char> word) => _words.Contains(word.ToString());
    }
}
