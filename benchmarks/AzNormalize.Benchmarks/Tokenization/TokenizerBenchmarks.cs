using System.Buffers;
using System.Globalization;
using AzNormalize.Tokenization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace AzNormalize.Benchmarks.Tokenization;

/// <summary>
/// The tokenizer against a naive char-by-char tokenizer (the baseline: it builds a <c>List&lt;string&gt;</c> of token
/// strings, as a first implementation would) and against a plain <see cref="SearchValues{T}"/> <c>IndexOfAny</c> scan that
/// only splits on white space and punctuation and counts the pieces: the memory-speed floor no real tokenizer reaches.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class TokenizerBenchmarks
{
    private static readonly SearchValues<char> s_separators =
        SearchValues.Create(" \t\r\n\f\u00A0.,;:!?\"'()[]{}«»“”„‘’-–—…/\\@#%$+=*&|<>~^`_");

    private string _text = string.Empty;

    /// <summary>Which input: <c>generated</c> (1 MB made by the benchmark) or <c>ntrex</c> (news text from ../shared/data).</summary>
    [Params(TokenizerBenchmarkText.Generated, TokenizerBenchmarkText.News)]
    public string Source { get; set; } = TokenizerBenchmarkText.Generated;

    [GlobalSetup]
    public void Setup()
    {
        _text = TokenizerBenchmarkText.Get(Source);
        if (Source == TokenizerBenchmarkText.News && !TokenizerBenchmarkText.HasNews)
        {
            Console.WriteLine("// ../shared/data/ntrex-128 is absent: the 'ntrex' input is the generated text.");
        }
    }

    /// <summary>Naive: one char at a time, runs of letters, digits or spaces, one token per other char, a string each.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveCharByCharToStrings()
    {
        string text = _text;
        var tokens = new List<string>();
        int start = 0;
        while (start < text.Length)
        {
            int category = NaiveCategory(text[start]);
            int end = start + 1;
            if (category != 3)
            {
                while (end < text.Length && NaiveCategory(text[end]) == category)
                {
                    end++;
                }
            }

            tokens.Add(text.Substring(start, end - start));
            start = end;
        }

        return tokens.Count;
    }

    /// <summary>The floor: split on white space and punctuation with one vectorized search per piece, count the pieces.</summary>
    [Benchmark]
    public int PlainIndexOfAnyScan() => PlainScan(_text);

    /// <summary>The floor's loop over <paramref name="text"/> (the speed suite measures its pipeline against it too).</summary>
    internal static int PlainScan(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> rest = text;
        int count = 0;
        while (!rest.IsEmpty)
        {
            int index = rest.IndexOfAny(s_separators);
            if (index < 0)
            {
                count++;
                break;
            }

            count += index == 0 ? 1 : 2;
            rest = rest.Slice(index + 1);
        }

        return count;
    }

    /// <summary>AzNormalize's tokenizer: enumerate every token, count them.</summary>
    [Benchmark]
    public int AzNormalizeTokenizer()
    {
        int count = 0;
        foreach (Token token in Tokenizer.Tokenize(_text))
        {
            count++;
        }

        return count;
    }

    private static int NaiveCategory(char c) =>
        char.IsLetter(c) ? 0 : char.IsDigit(c) ? 1 : char.IsWhiteSpace(c) ? 2 : 3;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(StatisticColumn.Median, new ThroughputColumn());
        }
    }

    /// <summary>MB/s of UTF-16 input (2 bytes a char, 10^6 bytes a MB), from the median time and the input's size.</summary>
    private sealed class ThroughputColumn : IColumn
    {
        private readonly Dictionary<string, int> _lengths = new(StringComparer.Ordinal);

        public string Id => nameof(ThroughputColumn);

        public string ColumnName => "MB/s (UTF-16, median)";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Input bytes (UTF-16) / median time, in 10^6 bytes per second";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            if (statistics is null)
            {
                return "NA";
            }

            string source = (string)benchmarkCase.Parameters[nameof(Source)];
            if (!_lengths.TryGetValue(source, out int length))
            {
                length = TokenizerBenchmarkText.Get(source).Length;
                _lengths[source] = length;
            }

            double seconds = statistics.Median / 1e9;
            return (length * 2 / seconds / 1e6).ToString("N0", CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
