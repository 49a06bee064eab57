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

    public static TheoryData<string, string> WorstCases() => new()
    {
        { "a 1 MB word", new string('ə', 1 << 20) },
        { "1 MB of one letter in words", string.Concat(Enumerable.Repeat("aaaaaaa ", (1 << 20) / 8)) },
        { "100,000 hyphen breaks", string.Concat(Enumerable.Repeat("gücləndi-\nrilməsi ", 100_000)) },
        { "random words", RandomWords(1 << 17, 2) },
    };

    [Theory]
    [MemberData(nameof(WorstCases))]
    public void Fix_WorstCase_ReturnsTheWholeTextWithConsistentEdits(string name, string text)
    {
        FixResult result = s_edits.Fix(text);

        EditList.Apply(text, result.Edits).Should().Be(result.Text, name);
        int end = 0;
        foreach (Edit edit in result.Edits)
        {
            edit.Start.Should().BeGreaterThanOrEqualTo(end, $"{name}: edits are ordered and do not overlap");
            end = edit.Start + edit.Length;
            end.Should().BeLessThanOrEqualTo(text.Length);
            text.AsSpan(edit.Start, edit.Length).ToString().Should().Be(edit.Original);
        }
    }
}
