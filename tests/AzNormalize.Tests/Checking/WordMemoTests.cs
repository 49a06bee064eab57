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
    public void Get_MoreWordsThanSlots_NeverReturnsAnotherWordsFacts()
    {
        // 128 slots (a 512-character text) and 2,000 words: most evict one another; a word found must have its own facts.
        using var memo = new WordMemo(512);
        string[] words = Enumerable.Range(0, 2_000).Select(i => $"söz{i}").ToArray();
        for (int round = 0; round < 2; round++)
        {
            for (int i = 0; i < words.Length; i++)
            {
                ref WordMemo.Slot slot = ref memo.Get(words[i], out bool found);
                if (found)
                {
                    slot.Verdict.Should().Be((byte)(1 + (i % 200)), "the facts kept for '{0}'", words[i]);
                    slot.Twin.Should().Be((byte)(1 + (i % 2)));
                }
                else
                {
                    slot.Verdict.Should().Be(0, "a new slot starts empty");
                    slot.Twin.Should().Be(0);
                    slot.Verdict = (byte)(1 + (i % 200));
                    slot.Twin = (byte)(1 + (i % 2));
                }
            }
        }

        memo.Get(words[^1], out bool last).Verdict.Should().Be((byte)(1 + ((words.Length - 1) % 200)));
        last.Should().BeTrue("the last word set is still in its slot");
    }

    /// <summary>
    /// A memo keeps the context ids of one model: the first to ask, until the memo is emptied. Another model's caller must
    /// not read them (they are ids in the first one's list of words), and a new slot has none.
    /// </summary>
    [Fact]
    public void HoldsIdsOf_TheFirstModelOnly()
    {
        static AzNormalize.Correction.ContextModel Model(string text)
        {
            var builder = new AzNormalize.Correction.ContextModelBuilder();
            builder.Add(text);
            return builder.Build();
        }

        AzNormalize.Correction.ContextModel first = Model("bu şəhər böyükdür");
        AzNormalize.Correction.ContextModel second = Model("o kənd kiçikdir");
        using var memo = new WordMemo(100_000);

        memo.HoldsIdsOf(first).Should().BeTrue("nobody's ids were kept yet");
        memo.HoldsIdsOf(first).Should().BeTrue();
        memo.HoldsIdsOf(second).Should().BeFalse("the slots hold the first model's ids");
        memo.Get("şəhər", out _).ContextId.Should().Be(0, "a new slot holds no id");
        memo.Get("şəhər", out _).ContextId = 2;
        memo.Get("şəhər", out bool found).ContextId.Should().Be(2);
        found.Should().BeTrue();
        new WordMemo(100).HoldsIdsOf(first).Should().BeFalse("a memo without slots keeps nothing");
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

    [Fact]
    public void For_AnImmutableOracle_KeepsTheFactsBetweenCalls_OnThisThread()
    {
        // On a thread of its own: a test thread's kept memo may hold another test's table.
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                KeepsTheFactsBetweenCalls();
            }
            catch (Exception exception)
            {
                failure = exception;
            }
        });
        thread.Start();
        thread.Join();
        failure.Should().BeNull();
    }

    private static void KeepsTheFactsBetweenCalls()
    {
        using (WordMemo first = WordMemo.For(AzNormalize.Lexicon.AzMorphology.Default, 10))
        {
            first.Get("ölkəmizdə", out _).Verdict = 3;
        }

        using (WordMemo second = WordMemo.For(AzNormalize.Lexicon.AzMorphology.Default, 200))
        {
            second.Get("ölkəmizdə", out bool found).Verdict.Should().Be(3);
            found.Should().BeTrue("a text no longer than the thread has read reads the thread's kept memo");

            using WordMemo inner = WordMemo.For(AzNormalize.Lexicon.AzMorphology.Default, 10);
            inner.Should().NotBeSameAs(second, "a call inside a call gets a memo of its own");
            inner.Get("ölkəmizdə", out bool innerFound).Verdict.Should().Be(0);
            innerFound.Should().BeFalse();
        }

        using (WordMemo other = WordMemo.For(AzNormalize.Lexicon.AzLexicon.Default, 10))
        {
            other.Get("ölkəmizdə", out bool found).Verdict.Should().Be(0, "another oracle's memo starts empty");
            found.Should().BeFalse();
            other.Get("ölkəmizdə", out _).Verdict = 2;
        }

        using (WordMemo grown = WordMemo.For(AzNormalize.Lexicon.AzLexicon.Default, 100_000))
        {
            grown.Get("ölkəmizdə", out bool found).Verdict.Should().Be(0, "a longer text gets a larger table, empty");
            found.Should().BeFalse();
            grown.Get("ölkəmizdə", out _).Verdict = 2;
        }

        using (WordMemo again = WordMemo.For(AzNormalize.Lexicon.AzLexicon.Default, 10))
        {
            again.Get("ölkəmizdə", out bool found).Verdict.Should().Be(2, "a shorter text keeps the larger table");
            found.Should().BeTrue();
        }

        WordMemo.ClearThreadMemo();
        using WordMemo cleared = WordMemo.For(AzNormalize.Lexicon.AzLexicon.Default, 10);
        cleared.Get("ölkəmizdə", out bool kept).Verdict.Should().Be(0);
        kept.Should().BeFalse("the kept memo was emptied");
    }

    [Fact]
    public void Check_AnOracleThatChanges_IsAskedAgainInEveryCall()
    {
        // A user's oracle may learn words between calls (a personal dictionary): no verdict outlives the call.
        var oracle = new GrowingOracle("bu", "gün", "yağış", "yağdı");
        var checker = new WordChecker(oracle);
        string text = string.Join(' ', Enumerable.Repeat("bu gün olkemizde yağış yağdı", 40));

        checker.Check(text).Should().HaveCount(40);
        oracle.Add("olkemizde");
        checker.Check(text).Should().BeEmpty();
    }

    private sealed class GrowingOracle(params string[] words) : AzNormalize.Normalization.IWordOracle
    {
        private readonly HashSet<string> _words = new(words, StringComparer.Ordinal);

        public void Add(string word)
        {
            lock (_words)
            {
                _words.Add(word);
            }
        }

        public bool IsKnown(ReadOnlySpan<char> word)
        {
            lock (_words)
            {
                return _words.Contains(word.ToString());
            }
        }
    }
}
