using System.Text;
using AzNormalize.Correction;
using FluentAssertions;

namespace AzNormalize.Tests.Reliability;

/// <summary>A fix call can be cancelled, the corrector's work per call is bounded, and worst-case inputs come back whole.</summary>
public sealed class WorkBudgetTests
{
    private static readonly AzNormalizer s_edits = new(new AzNormalizerOptions
    {
        Spelling = new SpellingOptions { Edits = true, Decoder = SpellingDecoder.Sentence },
    });

    /// <summary>Random lowercase letter words: every one unknown, every one searched to its limit.</summary>
    private static string RandomWords(int length, int seed)
    {
        const string Letters = "abcçdeəfgğhxıijkqlmnoöprsştuüvyz";
        var random = new Random(seed);
        var builder = new StringBuilder(length + 16);
        while (builder.Length < length)
        {
            int n = 4 + random.Next(8);
            for (int i = 0; i < n; i++)
            {
                builder.Append(Letters[random.Next(Letters.Length)]);
            }

            builder.Append(random.Next(12) == 0 ? ".\n" : " ");
        }

        return builder.ToString();
    }

    [Fact]
    public void Fix_AlreadyCancelled_ThrowsAndDoesNothing()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        Action fix = () => s_edits.Fix("Bu gün prezdent çıxış etdi.", source.Token);

        fix.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Fix_CancelledDuringALongCall_Stops()
    {
        // Seconds of work (every word unknown and searched); cancelled a tenth of a second in, it stops at the next word.
        string text = RandomWords(400_000, 1);
        using var source = new CancellationTokenSource();
        source.CancelAfter(TimeSpan.FromMilliseconds(100));

        Action fix = () => s_edits.Fix(text, source.Token);

        fix.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Fix_CallBudgetSpent_StillRestoresLettersButSearchesNoEdits()
    {
        var spent = new AzNormalizer(new AzNormalizerOptions
        {
            Spelling = new SpellingOptions { Edits = true, Decoder = SpellingDecoder.Sentence, MaxSearchNodesPerCall = 0 },
        });

        spent.Fix("Bu gün prezdent çıxış etdi.").Text.Should().Be("Bu gün prezdent çıxış etdi.");
        s_edits.Fix("Bu gün prezdent çıxış etdi.").Text.Should().Be("Bu gün prezident çıxış etdi.");
        spent.Fix("Biz bu gun universitetde yeni kitablar oxuduq ve onlari muzakire etdik.").Text
            .Should().Be("Biz bu gün universitetdə yeni kitablar oxuduq və onları müzakirə etdik.");
    }

    [Fact]
    public void Fix_AMegabyteWord_IsLeftAsItIs()
    {
        string text = new('ə', 1 << 20);
        s_edits.Fix(text).Text.Should().Be(text);
    }

    [Fact]
    public void Fix_AMegabyteOfOneLetter_IsLeftAsItIs()
    {
        string text = string.Concat(Enumerable.Repeat("aaaaaaa ", (1 << 20) / 8));
        s_edits.Fix(text).Text.Should().Be(text);
    }

    [Fact]
    public void Fix_100000HyphenBreaks_AreAllJoined()
    {
        string text = string.Concat(Enumerable.Repeat("gücləndi-\nrilməsi ", 100_000));

        string[] words = s_edits.Fix(text).Text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);

        words.Should().HaveCount(100_000).And.OnlyContain(word => word == "gücləndirilməsi");
    }

    [Fact]
    public void Fix_RandomWordsWithEveryCorrectionOn_ComesBackWhole()
    {
        string text = RandomWords(1 << 17, 2);

        FixResult result = s_edits.Fix(text);

        // Every word is still there (a correction replaces a word, a split or merge changes the count by one each).
        int before = text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        int after = result.Text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        after.Should().BeCloseTo(before, (uint)(before / 20));
        result.Edits.Should().OnlyContain(edit => text.Substring(edit.Start, edit.Length) == edit.Original);
    }
}
