using AzNormalize.Correction;
using AzNormalize.Lexicon;
using AzNormalize.Peers;
using BenchmarkDotNet.Attributes;

namespace AzNormalize.Benchmarks.Speed;

/// <summary>
/// Per unknown word, side by side: SymSpell's look-up (LocalDoc's list, edit distance 2, <c>Verbosity.Top</c>) against
/// AzNormalize's candidates stage (<see cref="SpellingCorrector.Suggest"/> at default settings: the candidates searched and
/// ranked), over the first 300 distinct unknown lowercase words of the noisy text. Times are per word
/// (<c>OperationsPerInvoke</c>). The morphology's analyses are forgotten before each of our runs (a first reading).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class UnknownWordBenchmarks
{
    private const int Words = 300;
    private List<string> _words = [];
    private SymSpellCorrector? _symSpell;

    [GlobalSetup]
    public void Setup()
    {
        _words = SpeedTexts.UnknownWords(Words);
        if (_words.Count < Words)
        {
            throw new InvalidOperationException($"The noisy text has {_words.Count} distinct unknown words, fewer than the {Words} measured.");
        }

        _symSpell = SymSpellCorrector.TryCreate(SpeedTexts.SymSpellList, Console.Out);
        _ = SpellingCorrector.Default.Suggest("muellim");
        Console.WriteLine($"// {_words.Count} distinct unknown words, e.g. {string.Join(", ", _words.Take(8))}");
    }

    /// <summary>SymSpell's look-up of each word.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Words)]
    public int SymSpellLookup()
    {
        int found = 0;
        foreach (string word in _words)
        {
            found += _symSpell?.Lookup(word) is null ? 0 : 1;
        }

        return found;
    }

    /// <summary>Our candidates for each word, ranked.</summary>
    [Benchmark(OperationsPerInvoke = Words)]
    public int Candidates()
    {
        AzMorphology.Default.ClearAnalyses();
        int found = 0;
        foreach (string word in _words)
        {
            found += SpellingCorrector.Default.Suggest(word).Count;
        }

        return found;
    }
}
