using AzNormalize.Correction;
using AzNormalize.Lexicon;
using AzNormalize.Peers;
using BenchmarkDotNet.Attributes;

namespace AzNormalize.Benchmarks.Speed;

/// <summary>
/// Per unknown word, side by side: SymSpell's look-up (LocalDoc's list, edit distance 2, <c>Verbosity.Top</c>) against
/// AzNormalize's candidates stage (<see cref="SpellingCorrector.Suggest"/>: the candidates searched and ranked) at default
/// settings, which restore lost letters and fix Turkish and OCR spellings but try no general edits, and with single edits
/// on (as <c>aznorm check</c> suggests, and closer to SymSpell's work, which tries every edit within distance 2), over the
/// first 300 distinct unknown lowercase words of the noisy text (unknown to our checker; SymSpell's list may know some, and
/// a known word costs it one look-up). Times are per word (<c>OperationsPerInvoke</c>). The morphology's analyses are
/// forgotten before each of our runs. Each run asks the same 300 words, so the tables they touch are in the processor's
/// caches: <see cref="LatencyRun"/> times each word once, cold, for the distribution.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class UnknownWordBenchmarks
{
    private const int Words = 300;
    private List<string> _words = [];
    private SymSpellCorrector _symSpell = null!;
    private readonly SpellingCorrector _withEdits = new(new SpellingOptions { Edits = true });

    [GlobalSetup]
    public void Setup()
    {
        _words = SpeedTexts.UnknownWords(Words);
        if (_words.Count < Words)
        {
            throw new InvalidOperationException($"The noisy text has {_words.Count} distinct unknown words, fewer than the {Words} measured.");
        }

        _symSpell = SpeedTexts.RequireSymSpell();
        _ = SpellingCorrector.Default.Suggest("muellim");
        _ = _withEdits.Suggest("muellim");
        Console.WriteLine($"// {_words.Count} distinct unknown words, e.g. {string.Join(", ", _words.Take(8))}");
    }

    /// <summary>SymSpell's look-up of each word.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Words)]
    public int SymSpellLookup()
    {
        int found = 0;
        foreach (string word in _words)
        {
            found += _symSpell.Lookup(word) is null ? 0 : 1;
        }

        return found;
    }

    /// <summary>Our candidates for each word, ranked.</summary>
    [Benchmark(OperationsPerInvoke = Words)]
    public int Candidates() => SuggestAll(SpellingCorrector.Default);

    /// <summary>Our candidates with single edits on (check's suggester), ranked.</summary>
    [Benchmark(OperationsPerInvoke = Words)]
    public int CandidatesWithEdits() => SuggestAll(_withEdits);

    /// <summary>Each word's suggestions from <paramref name="corrector"/>, its analyses of unlisted forms forgotten first.</summary>
    private int SuggestAll(SpellingCorrector corrector)
    {
        AzMorphology.Default.ClearAnalyses();
        corrector.ClearCandidates(); // each word's search measured, not the corrector's cache of them
        int found = 0;
        foreach (string word in _words)
        {
            found += corrector.Suggest(word).Count;
        }

        return found;
    }
}
