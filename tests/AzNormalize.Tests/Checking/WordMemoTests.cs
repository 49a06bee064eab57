using AzNormalize.Checking;
using FluentAssertions;

namespace AzNormalize.Tests.Checking;

public sealed class WordMemoTests
{
    [Fact]
    public void Get_SameWordTwice_FindsWhatWasKeptFromACopy()
    {
        using var memo = new WordMemo(100_000);
        char[] first = "ölkəmizdə".ToCharArray();
        ref WordMemo.Slot slot = ref memo.Get(first, out bool found);
        found.Should().BeFalse();
        slot.Verdict = 3;
        first[0] = 'x'; // the memo keeps its own copy of the letters, so another text's buffer may change

        ref WordMemo.Slot again = ref memo.Get("ölkəmizdə", out bool foundAgain);
        foundAgain.Should().BeTrue();
        again.Verdict.Should().Be(3);
        memo.Get("xlkəmizdə", out bool other).Verdict.Should().Be(0);
        other.Should().BeFalse();
    }

    [Fact]
    public void Get_LongWordOrShortText_KeepsNothing()
    {
        using (var memo = new WordMemo(100_000))
        {
            string longWord = new('a', WordMemo.MaxWordLength + 1);
            memo.Get(longWord, out _).Verdict = 1;
            memo.Get(longWord, out bool found).Verdict.Should().Be(0);
            found.Should().BeFalse();
        }

        using var small = new WordMemo(10);
        small.Get("və", out _).Verdict = 1;
        small.Get("və", out bool kept).Verdict.Should().Be(0);
        kept.Should().BeFalse();
    }

    [Fact]
    public void Check_TextThatRepeatsWords_ReportsEveryOccurrence()
    {
        // The memo judges a repeated word once; each occurrence is still reported where it is.
        string text = string.Join(' ', Enumerable.Repeat("Bu gün olkemizde yağış yağdı.", 200));
        IReadOnlyList<Finding> findings = WordChecker.Default.Check(text);
        findings.Should().HaveCount(200);
        findings.Select(finding => text.Substring(finding.Start, finding.Length)).Should().AllBe("olkemizde");
    }
}
