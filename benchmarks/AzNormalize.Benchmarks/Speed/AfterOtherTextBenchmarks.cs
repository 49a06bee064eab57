using BenchmarkDotNet.Attributes;

namespace AzNormalize.Benchmarks.Speed;

/// <summary>
/// <see cref="AzNormalizer.Fix(string)"/> as a long-running process reads a text it has not seen: before every call, every
/// cache of what the pipeline learnt about words is emptied (<see cref="SpeedBenchmarks.ForgetWords"/>) and the process then
/// fixes other, clean text (<see cref="SpeedTexts.Other"/>: news and legal codes, about 1.2 million characters), outside the
/// measurement. Between <c>SpeedBenchmarks</c>' Fix (warm from the same text: the best case) and its first reading (nothing
/// kept: the worst). One call per iteration (the setup runs before each).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 21, invocationCount: 1)]
public class AfterOtherTextBenchmarks
{
    private string _text = string.Empty;
    private string _other = string.Empty;

    /// <summary>The text.</summary>
    [Params(SpeedTexts.News, SpeedTexts.Noisy)]
    public string Input { get; set; } = SpeedTexts.News;

    [GlobalSetup]
    public void Setup()
    {
        _text = SpeedTexts.Get(Input);
        _other = SpeedTexts.Other();
        _ = AzNormalizer.Default.Fix(_text);
        Console.WriteLine($"// {Input}: {_text.Length:N0} characters; read before it: {_other.Length:N0} characters of other text");
    }

    [IterationSetup]
    public void ReadOtherText()
    {
        SpeedBenchmarks.ForgetWords();
        _ = AzNormalizer.Default.Fix(_other);
    }

    /// <summary>The default pipeline over a text the process has not read, after other text.</summary>
    [Benchmark]
    public int FixAfterOtherText() => AzNormalizer.Default.Fix(_text).Edits.Count;
}
