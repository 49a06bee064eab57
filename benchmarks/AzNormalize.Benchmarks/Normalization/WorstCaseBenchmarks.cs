using System.Text;
using AzNormalize.Benchmarks.Tokenization;
using AzNormalize.Correction;
using BenchmarkDotNet.Attributes;

namespace AzNormalize.Benchmarks.Normalization;

/// <summary>
/// The reliability issue's worst cases against ordinary text of the same size (about 1 MiB each): the generated news-like
/// text of the tokenizer benchmark, one 1 MiB word, 1 MiB of one letter in words, 100,000 line-end hyphen breaks, and
/// 1 MiB of random letter words (every word unknown), through the default pipeline and with every correction on (the
/// sentence decoder with edits). docs/reliability.md quotes the ratios to the news-like text.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class WorstCaseBenchmarks
{
    private static readonly AzNormalizer s_withEdits = new(new AzNormalizerOptions
    {
        Spelling = new SpellingOptions { Edits = true },
    });

    private string _text = string.Empty;

    /// <summary>The input.</summary>
    [Params("news-like", "one-word", "one-letter", "hyphen-breaks", "random-words")]
    public string Input { get; set; } = "news-like";

    [GlobalSetup]
    public void Setup()
    {
        _ = s_withEdits.Fix("gücləndi-\nrilməsi prezdent"); // load the lexicon and the context model outside the measurement
        const int Size = 1 << 20;
        _text = Input switch
        {
            "one-word" => new string('ə', Size),
            "one-letter" => string.Concat(Enumerable.Repeat("aaaaaaa ", Size / 8)),
            "hyphen-breaks" => string.Concat(Enumerable.Repeat("gücləndi-\nrilməsi ", 100_000)),
            "random-words" => RandomWords(Size),
            _ => TokenizerBenchmarkText.Get(TokenizerBenchmarkText.Generated),
        };
    }

    /// <summary>The default pipeline.</summary>
    [Benchmark(Baseline = true)]
    public int Default() => AzNormalizer.Default.Fix(_text).Text.Length;

    /// <summary>Every correction on: the sentence decoder with edits.</summary>
    [Benchmark]
    public int WithEdits() => s_withEdits.Fix(_text).Text.Length;

    private static string RandomWords(int length)
    {
        const string Letters = "abcçdeəfgğhxıijkqlmnoöprsştuüvyz";
        var random = new Random(7);
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
}
