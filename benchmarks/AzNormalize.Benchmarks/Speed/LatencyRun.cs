using System.Diagnostics;
using System.Globalization;
using AzNormalize.Correction;
using AzNormalize.Lexicon;
using AzNormalize.Peers;

namespace AzNormalize.Benchmarks.Speed;

/// <summary>
/// The corrector's time per unknown word as a distribution (median, p90, p99, max), which BenchmarkDotNet's means over
/// batches do not give: each distinct unknown lowercase word of the noisy text is timed alone with a
/// <see cref="Stopwatch"/>, at default settings, the first time this process asks for it (the analyses of unlisted forms
/// are forgotten before the run), then again (warm); SymSpell's look-up of the same words beside it. Warm-up on other words
/// first, so the JIT is done. Run: <c>dotnet run -c Release --project benchmarks/AzNormalize.Benchmarks -- --latency [words]</c>.
/// </summary>
internal static class LatencyRun
{
    /// <summary>Words of the noisy text kept apart for the warm-up (after the measured ones: never timed).</summary>
    private const int WarmUpWords = 300;

    public static int Run(int limit)
    {
        List<string> all = SpeedTexts.UnknownWords(limit + WarmUpWords);
        if (all.Count <= WarmUpWords)
        {
            Console.Error.WriteLine($"The noisy text has only {all.Count} distinct unknown words; {WarmUpWords} are kept for the warm-up.");
            return 1;
        }

        List<string> words = all[..^WarmUpWords];
        SymSpellCorrector? symSpell = SymSpellCorrector.TryCreate(SpeedTexts.SymSpellList, Console.Error);
        SpellingCorrector corrector = SpellingCorrector.Default;
        var withEdits = new SpellingCorrector(new SpellingOptions { Edits = true });

        // Warm-up on other words, for three seconds: the tiered JIT has recompiled the hot methods by then (timed calls
        // are then the search, not compilation), and the lexicon's lazily built indexes exist.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed.TotalSeconds < 3)
        {
            foreach (string warm in all[^WarmUpWords..])
            {
                corrector.Suggest(warm);
                withEdits.Suggest(warm);
                symSpell?.Lookup(warm);
            }
        }

        AzMorphology.Default.ClearAnalyses();
        corrector.ClearCandidates();
        double[] first = Time(words, word => corrector.Suggest(word).Count);
        double[] again = Time(words, word => corrector.Suggest(word).Count);
        AzMorphology.Default.ClearAnalyses();
        withEdits.ClearCandidates();
        double[] edits = Time(words, word => withEdits.Suggest(word).Count);
        double[]? peer = symSpell is null ? null : Time(words, word => symSpell.Lookup(word) is null ? 0 : 1);
        Console.WriteLine($"{words.Count} distinct unknown words of the noisy text; µs per word");
        Console.WriteLine("| | median | p90 | p99 | max | mean |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Print("AzNormalize candidates at default settings (`SpellingCorrector.Suggest`), first time", first);
        Print("AzNormalize candidates at default settings, again (the corrector's candidate lists kept)", again);
        Print("AzNormalize candidates with single edits (check's suggester), first time", edits);
        if (peer is not null)
        {
            Print("SymSpell `Lookup` (distance 2, Top)", peer);
        }
        else
        {
            Console.WriteLine("(SymSpell absent: build with ../shared/peers/symspell present to compare.)");
        }

        return 0;
    }

    private static double[] Time(List<string> words, Func<string, int> work)
    {
        var times = new double[words.Count];
        for (int i = 0; i < words.Count; i++)
        {
            long start = Stopwatch.GetTimestamp();
            work(words[i]);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        return times;
    }

    private static void Print(string name, double[] times)
    {
        double[] sorted = [.. times.Order()];
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {At(0.5):F1} | {At(0.9):F1} | {At(0.99):F1} | {sorted[^1]:F1} | {times.Average():F1} |"));
    }
}
