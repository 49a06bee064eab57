using System.Text;
using AzNormalize.Checking;
using AzNormalize.Correction;
using AzNormalize.Tests.Infrastructure;
using AzNormalize.Tokenization;
using FluentAssertions;

namespace AzNormalize.Tests.Correction;

/// <summary>
/// The margin decoder's later rounds read only the lines the last round changed: their edits must be the edits of rounds
/// that read the whole text, on texts whose later rounds do make edits (a restored <c>ve</c> → <c>və</c> lets the context
/// prefer <c>də</c> to <c>de</c> in the next round).
/// </summary>
public sealed class MarginRoundsTests
{
    // Typed without Azerbaijani letters; written for this test. Each makes an edit in the second round.
    private static readonly string[] s_cascading =
    [
        "Biz sabah ve ya belke de birigun seher merkezine gedeceyik .",
        "Men ne kitabi , ne de defteri evde unutmusam .",
        "Onlar hem mektebde , hem de evde cox calisirlar .",
        "Dostlarim ve ya belke de qonsularimiz bu gun gelecekler .",
        "Sen ne yazdin , ne de oxudun , amma yene de yorulmusan .",
    ];

    // Written with Azerbaijani letters: with enough of them a text is not typed without them throughout, and its later
    // rounds read changed lines alone (a text that is, changes its typing mode as the first round restores letters).
    private static readonly string[] s_written =
    [
        "Bu gün hava çox yaxşı idi, biz parka getdik və orada gəzdik.",
        "Şəhərin mərkəzində yeni kitabxana açıldı, oxucular çox sevindi.",
        "Müəllim şagirdlərə dərsi izah etdi, sonra sualları cavablandırdı.",
    ];

    private static readonly string[] s_plain =
    [
        "Bu gun hava yaxsi idi , biz parka getdik .",
        "Kitabxanada yeni kitablar var .",
        "\"Salam\" dedi ve getdi .",
        "...",
        "—",
        "Ingiltere ve Fransa arasinda muqavile imzalandi",
        "Simali",
        "Koreya haqqinda xeber .",
    ];

    public static TheoryData<string, string> Layouts() => new()
    {
        { "one line each", "\n" },
        { "blank lines", "\n\n" },
        { "CR LF", "\r\n" },
        { "CR LF blank lines", "\r\n\r\n" },
        { "spaced line breaks", " \n " },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void LaterRounds_ReadingChangedLinesOnly_MakeTheEditsOfWholeTextRounds(string name, string separator)
    {
        _ = name;
        var random = new Random(20261203);
        int laterEdits = 0;
        int partialRounds = 0;
        for (int sample = 0; sample < 40; sample++)
        {
            var lines = new List<string>();
            int count = random.Next(1, 14);
            bool written = sample % 2 == 0;
            for (int i = 0; i < count; i++)
            {
                lines.Add(random.Next(3) switch
                {
                    0 => s_cascading[random.Next(s_cascading.Length)],
                    1 when written => s_written[random.Next(s_written.Length)],
                    _ => s_plain[random.Next(s_plain.Length)],
                });
            }

            string text = string.Join(separator, lines);
            (List<Edit> partial, SpellingCorrector.RoundTrace partialTrace) = Find(text, wholeText: false);
            (List<Edit> whole, SpellingCorrector.RoundTrace wholeTrace) = Find(text, wholeText: true);

            partial.Should().Equal(whole, "the rounds over {0} must agree", text);
            wholeTrace.Rounds.Should().OnlyContain(round => !round.Partial);
            partialRounds += partialTrace.Rounds.Count(round => round.Partial);
            laterEdits += partialTrace.Rounds.Where(round => round.Partial).Sum(round => round.Edits);
        }

        partialRounds.Should().BeGreaterThan(10, "texts with Azerbaijani letters read only the changed lines after the first round");
        laterEdits.Should().BeGreaterThan(5, "rounds that read only the changed lines make edits");
    }

    [Fact]
    public void LaterRound_ReadsOnlyTheLinesTheFirstChanged()
    {
        string text = string.Join("\n", Enumerable.Repeat(s_plain[1], 30).Append(s_cascading[0]).Concat(Enumerable.Repeat(s_plain[1], 30)));

        (List<Edit> edits, SpellingCorrector.RoundTrace trace) = Find(text, wholeText: false);

        edits.Should().Contain(edit => edit.Original == "de" && edit.Replacement == "də");
        trace.Rounds.Should().HaveCountGreaterThan(1);
        trace.Rounds[0].Partial.Should().BeFalse();
        trace.Rounds[1].Partial.Should().BeTrue();
        trace.Rounds[1].Words.Should().Be(10, "the second round reads the one changed line");
    }

    [Fact]
    public void LaterRound_ReadsTheWholeText_WhenTheTypingModeChanges()
    {
        // Eight words of three letters or more, none with an Azerbaijani letter: typed without them, until the first round
        // restores two (bəlkə, mərkəzinə), which changes the typing mode.
        string text = "Biz sabah ve ya belke de birigun\nseher merkezine tez gedeceyik .";
        (List<Edit> partial, SpellingCorrector.RoundTrace trace) = Find(text, wholeText: false);
        (List<Edit> whole, _) = Find(text, wholeText: true);

        partial.Should().Equal(whole);
        trace.Rounds.Should().HaveCountGreaterThan(1);
        trace.Rounds[1].Partial.Should().BeFalse("the typing mode changed");
    }

    [Fact]
    public void LaterRound_ReadsTheWholeText_WhenARereadLineEndsInAnotherState()
    {
        // ve → və makes "və s." an abbreviation: the next line no longer starts a sentence, so its capitalised word is a name.
        string text = "Kitab var idi ve s.\nIngiltere Fransa\n" + string.Concat(Enumerable.Repeat("Kitab var idi\n", 20));
        (List<Edit> partial, SpellingCorrector.RoundTrace trace) = Find(text, wholeText: false);
        (List<Edit> whole, _) = Find(text, wholeText: true);

        partial.Should().Equal(whole);
        partial.Should().Contain(edit => edit.Replacement == "İngiltərə", "the capitalised word before another is no name at a sentence start");
        trace.Rounds[1].Partial.Should().BeFalse("the re-read line ends in another state");
    }

    [Fact]
    public void LaterRound_ReadsTheWholeText_WhenNoLineWithAWordIsWithinReach()
    {
        // Thousands of lines without a word before a changed line: its state is not looked for that far back.
        string text = "Bu gün hava yaxşı idi.\n" + string.Concat(Enumerable.Repeat("—\n", 5_000)) + s_cascading[0];
        (List<Edit> partial, SpellingCorrector.RoundTrace trace) = Find(text, wholeText: false);
        (List<Edit> whole, _) = Find(text, wholeText: true);

        partial.Should().Equal(whole);
        trace.Rounds.Should().HaveCountGreaterThan(1);
        trace.Rounds[1].Partial.Should().BeFalse();
    }

    [SharedDataFact("til-xwmt-az/az-en.az")]
    public void LaterRounds_AgreeWithWholeTextRounds_OnRealNewsPartlyTypedWithoutAzerbaijaniLetters()
    {
        string news = File.ReadAllText(SharedData.PathOf("til-xwmt-az/az-en.az")!, Encoding.UTF8);
        string[] lines = news.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        int laterEdits = 0;
        for (int start = 0; start + 40 <= lines.Length; start += 40)
        {
            // Every third line typed without Azerbaijani letters: the text stays mixed, so later rounds read lines alone.
            string text = string.Join("\n", lines.Skip(start).Take(40).Select((line, i) => i % 3 == 0 ? Fold(line) : line));
            (List<Edit> partial, SpellingCorrector.RoundTrace trace) = Find(text, wholeText: false);
            (List<Edit> whole, _) = Find(text, wholeText: true);

            partial.Should().Equal(whole, "lines {0} to {1} must agree", start, start + 40);
            laterEdits += trace.Rounds.Where(round => round.Partial).Sum(round => round.Edits);
        }

        laterEdits.Should().BeGreaterThan(0, "rounds that read only the changed lines make edits");
    }

    [Fact]
    public void TryGetStateAt_EveryLineStart_IsTheStateTheWholeReadHasThere()
    {
        string text = "Salam. Necəsən\n\"Yaxşıyam.\"\n\n— Bəs sən?\n...\n\r\nBakı\r\nşəhəri 5-də\n  \n(Gəncə)\nvə s.\nSon";
        var full = new List<Finding>();
        using var memo = new WordMemo(0);
        WordChecker.Default.Check(text, full, memo);
        for (int position = 1; position < text.Length; position++)
        {
            if (!TokenChars.IsLineBreak(text[position - 1]) || (text[position - 1] == '\r' && text[position] == '\n'))
            {
                continue;
            }

            var part = new List<Finding>();
            WordChecker.TryGetStateAt(text, position, out WordChecker.ReadingState state).Should().BeTrue();
            WordChecker.Default.Check(text.AsSpan(position), part, memo, null, state);

            part.Select(finding => finding with { Start = finding.Start + position })
                .Should().Equal(full.Where(finding => finding.Start >= position), "the line at {0} reads as it does in the whole text", position);
        }
    }

    private static (List<Edit> Edits, SpellingCorrector.RoundTrace Trace) Find(string text, bool wholeText)
    {
        var edits = new List<Edit>();
        var trace = new SpellingCorrector.RoundTrace { WholeText = wholeText };
        SpellingCorrector.Default.FindEdits(text, edits, trace, CancellationToken.None);
        return (edits, trace);
    }

    private static string Fold(string text) => new(text.Select(AzNormalize.Text.AzAlphabet.ToAsciiTwin).ToArray());

    [Fact]
    public void CachedCandidates_RankInEachTextsOwnContext()
    {
        // One corrector keeps the candidates of the words it has searched; its edits must equal those of fresh correctors.
        string[] texts =
        [
            .. s_cascading,
            "Bizim seher boyuk ve gozel seherdir , seher adamlari mehriban .",
            "Seher tezden durub seher yemeyini yedik ve yola dusduk .",
            "Ingiltere ve Fransa arasinda muqavile imzalandi , ABS-in numayendesi de orada idi .",
        ];
        var shared = new SpellingCorrector(SpellingOptions.Default);
        foreach (string text in texts.Concat(texts.Reverse()))
        {
            var kept = new List<Edit>();
            shared.FindEdits(text, kept);
            var fresh = new List<Edit>();
            new SpellingCorrector(SpellingOptions.Default).FindEdits(text, fresh);

            kept.Should().Equal(fresh, "'{0}' is corrected alike with or without cached candidates", text);
        }
    }
}
