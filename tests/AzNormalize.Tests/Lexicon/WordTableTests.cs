using AzNormalize.Lexicon;
using FluentAssertions;

namespace AzNormalize.Tests.Lexicon;

public sealed class WordTableTests
{
    [Fact]
    public void TryGetValue_FindsEveryLexiconWord_WithItsEntry_AndNoOtherString()
    {
        string[] words = AzLexicon.Default.Words.ToArray();
        var entries = new LexiconEntry[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            AzLexicon.Default.TryGetEntry(words[i], out entries[i]).Should().BeTrue();
        }

        var table = new WordTable<LexiconEntry>(words, entries);

        table.Count.Should().Be(words.Length);
        for (int i = 0; i < words.Length; i++)
        {
            table.TryGetValue(words[i], out LexiconEntry found).Should().BeTrue(words[i]);
            found.Should().Be(entries[i]);
        }

        // Strings one letter longer or shorter than a listed word, and the empty string, unless listed themselves.
        var listed = new HashSet<string>(words, StringComparer.Ordinal);
        foreach (string word in words.Take(20_000))
        {
            foreach (string other in new[] { word + "x", word[..^1], "q" + word })
            {
                table.TryGetValue(other, out _).Should().Be(listed.Contains(other), other);
            }
        }
    }

    [Fact]
    public void FromLetterArray_KeepsTheWordsInTheOrderGiven_WithTheirValues()
    {
        // The lexicon builds its table this way: words from one array of letters, commonest first.
        char[] chars = "evkitabsu".ToCharArray();
        int[] starts = [0, 2, 7, 9]; // ev, kitab, su
        var table = new WordTable<int>(chars, starts, [2, 0, 1], i => 10 * i);

        table.Count.Should().Be(3);
        table.TryGetValue("su", out int su, out int position).Should().BeTrue();
        (su, position).Should().Be((20, 0));
        table.TryGetValue("ev", out int ev, out position).Should().BeTrue();
        (ev, position).Should().Be((0, 1));
        table.TryGetValue("kitab", out int kitab, out position).Should().BeTrue();
        (kitab, position).Should().Be((10, 2));
        table.TryGetValue("kit", out _).Should().BeFalse();
        FluentActions.Invoking(() => new WordTable<int>(chars, starts, [0, 1, 0], i => i)).Should().Throw<ArgumentException>().WithMessage("*ev*twice*");
    }

    [Fact]
    public void Constructor_RejectsRepeatedWordsAndUnevenLists()
    {
        FluentActions.Invoking(() => new WordTable<int>(["bir", "iki", "bir"], [1, 2, 3])).Should().Throw<ArgumentException>().WithMessage("*bir*");
        FluentActions.Invoking(() => new WordTable<int>(["bir"], [1, 2])).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Empty_AndOneWordTables_Answer()
    {
        new WordTable<int>([], []).TryGetValue("söz", out _).Should().BeFalse();
        var one = new WordTable<int>(["söz"], [7]);
        one.TryGetValue("söz", out int value).Should().BeTrue();
        value.Should().Be(7);
        one.TryGetValue("sö", out _).Should().BeFalse();
        one.TryGetValue(string.Empty, out _).Should().BeFalse();
    }
}
