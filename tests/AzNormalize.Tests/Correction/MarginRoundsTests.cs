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
            for (int i = 0; i < count; i++)
            {
                lines.Add(random.Next(3) == 0 ? s_cascading[random.Next(s_cascading.Length)] : s_plain[random.Next(s_plain.Length)]);
            }

            string text = string.Join(separator, lines);
            (List<Edit> partial, SpellingCorrector.RoundTrace partialTrace) = Find(text, wholeText: false);
            (List<Edit> whole, SpellingCorrector.RoundTrace wholeTrace) = Find(text, wholeText: true);

            partial.Should().Equal(whole, "the rounds over {0} must agree", text);
            wholeTrace.Rounds.Should().OnlyContain(round => !round.Partial);
            partialRounds += partialTrace.Rounds.Count(round => round.Partial);
            laterEdits += partialTrace.Rounds.Skip(1).Sum(round => round.Edits);
        }

        partialRounds.Should().BeGreaterThan(10, "most texts with more than one line read only the changed lines after the first round");
        laterEdits.Should().BeGreaterThan(10, "the texts make edits in later rounds");
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
        // Nine words without Azerbaijani letters: typed without them, until the first round restores enough to change that.
        string text = "Biz ve onlar\nbelke sabah gelecek\nve ya sonra";
        (List<Edit> partial, _) = Find(text, wholeText: false);
        (List<Edit> whole, _) = Find(text, wholeText: true);

        partial.Should().Equal(whole);
    }

    [SharedDataFact("til-xwmt-az/az-en.az")]
    public void LaterRounds_AgreeWithWholeTextRounds_OnRealNewsTypedWithoutAzerbaijaniLetters()
    {
        string news = File.ReadAllText(SharedData.PathOf("til-xwmt-az/az-en.az")!, Encoding.UTF8);
        string[] lines = news.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        int laterEdits = 0;
        for (int start = 0; start + 40 <= Math.Min(lines.Length, 2000); start += 40)
        {
            string text = Fold(string.Join("\n", lines, start, 40));
            (List<Edit> partial, SpellingCorrector.RoundTrace trace) = Find(text, wholeText: false);
            (List<Edit> whole, _) = Find(text, wholeText: true);

            partial.Should().Equal(whole, "lines {0} to {1} must agree", start, start + 40);
            laterEdits += trace.Rounds.Skip(1).Sum(round => round.Edits);
        }

        laterEdits.Should().BeGreaterThan(20);
    }

    [Fact]
    public void StateAt_EveryLineStart_IsTheStateTheWholeReadHasThere()
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
            WordChecker.Default.Check(text.AsSpan(position), part, memo, null, WordChecker.StateAt(text, position));

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
