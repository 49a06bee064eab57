using AzNormalize.Lexicon;
using FluentAssertions;

namespace AzNormalize.Tests.Lexicon;

public sealed class WordStoreTests
{
    private static WordStore Store(params string[] words)
    {
        var builder = new WordStore.Builder(0, 0); // from nothing: the builder grows
        for (int i = 0; i < words.Length; i++)
        {
            builder.Add(words[i], new LexiconEntry(WordAttributes.SeenLowercase, i + 1));
        }

        return builder.Build();
    }

    [Fact]
    public void IndexOf_FindsEveryWord_AndNothingElse()
    {
        string[] words = [.. Enumerable.Range(0, 300).Select(i => "söz" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))];
        WordStore store = Store(words);

        store.Count.Should().Be(300);
        store.MaxLength.Should().Be(6);
        for (int i = 0; i < words.Length; i++)
        {
            store.IndexOf(words[i]).Should().Be(i);
            store.Word(i).ToString().Should().Be(words[i]);
            store.Entry(i).Count.Should().Be(i + 1);
        }

        store.IndexOf("söz").Should().Be(-1);
        store.IndexOf("söz3000").Should().Be(-1);
        store.IndexOf("a").Should().Be(-1);
        store.IndexOf("z").Should().Be(-1);
        store.IndexOf([]).Should().Be(-1);
        WordStore.Empty.IndexOf("söz").Should().Be(-1);
    }

    [Fact]
    public void LowerBound_IsTheFirstWordNotBelowTheKey()
    {
        WordStore store = Store("ev", "evdə", "evlər", "əl");

        store.LowerBound("ev", 0, store.Count).Should().Be(0);
        store.LowerBound("evd", 0, store.Count).Should().Be(1);
        store.LowerBound("evm", 0, store.Count).Should().Be(3);
        store.LowerBound("ş", 0, store.Count).Should().Be(3, "ş (U+015F) comes before ə (U+0259)");
        store.LowerBound("əm", 0, store.Count).Should().Be(4);
        store.LowerBound("a", 1, 3).Should().Be(1);
    }

    [Fact]
    public void Builder_RefusesARepeatedOrAnEarlierWord()
    {
        var builder = new WordStore.Builder(2, 8);
        builder.TryAdd("ev", default).Should().BeTrue();
        builder.TryAdd("ev", default).Should().BeFalse();
        builder.TryAdd("e", default).Should().BeFalse();
        builder.TryAdd("evə", default).Should().BeTrue();
        FluentActions.Invoking(() => builder.Add("ad", default)).Should().Throw<ArgumentException>().WithMessage("*ad*");
        builder.Build().Count.Should().Be(2);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(16, 64)]
    [InlineData(31, 8)]
    public void Builder_GrowsPastTheRoomItWasGiven(int words, int chars)
    {
        var builder = new WordStore.Builder(words, chars);
        string[] added = [.. Enumerable.Range(0, 200).Select(i => "söz" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))];
        foreach (string word in added)
        {
            builder.Add(word, new LexiconEntry(WordAttributes.SeenLowercase, word.Length));
        }

        WordStore store = builder.Build();

        store.Count.Should().Be(200);
        Enumerable.Range(0, store.Count).Select(i => store.Word(i).ToString()).Should().Equal(added);
        store.IndexOf("söz199").Should().Be(199);
    }

    [Fact]
    public void With_UpdatesTheWordsItHas_AndAddsTheRest_InOrder()
    {
        WordStore store = Store("bir", "iki", "üç");
        var changes = new Dictionary<string, LexiconEntry>
        {
            ["iki"] = new(WordAttributes.UserSupplied, 20),
            ["a"] = new(WordAttributes.UserSupplied, 1),
            ["dörd"] = new(WordAttributes.UserSupplied, 4),
            ["ən"] = new(WordAttributes.UserSupplied, 5),
        };

        WordStore merged = store.With(changes);

        Enumerable.Range(0, merged.Count).Select(i => merged.Word(i).ToString()).Should().Equal("a", "bir", "dörd", "iki", "üç", "ən");
        merged.Entry(merged.IndexOf("iki")).Should().Be(new LexiconEntry(WordAttributes.UserSupplied, 20));
        merged.Entry(merged.IndexOf("bir")).Should().Be(new LexiconEntry(WordAttributes.SeenLowercase, 1));
        store.Count.Should().Be(3, "a store never changes");
        store.Entry(store.IndexOf("iki")).Count.Should().Be(2);
    }
}
