using AzNormalize.Correction;
using AzNormalize.Lexicon;
using BenchmarkDotNet.Attributes;

namespace AzNormalize.Benchmarks.Correction;

/// <summary>
/// The candidates stage: ranked suggestions for a fixed list of misspellings made by hand (lost Azerbaijani letters, a whole
/// word typed without them, Turkish spellings, typing slips), against the baseline of only telling that each is unknown.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CandidateBenchmarks
{
    /// <summary>The misspellings, one per kind the corrector knows (none of them from the shared data).</summary>
    public static readonly string[] Words =
    [
        "valideynlerimiz", "muellim", "sagliq", "hokumetin", "kesiwmesinde", "azerbaycanin", "dikkətə", "tarih", "uçün",
        "müxtəlfi", "hökkumət", "prezdent", "universistet", "perspekivinin", "gözlədiqr", "ölkənn",
    ];

    private SpellingCorrector _withEdits = SpellingCorrector.Default;
    private SpellingCorrector _sentence = SpellingCorrector.Default;
    private SpellingCorrector _sentenceEdits = SpellingCorrector.Default;
    private EditSearch? _editSearch;

    [GlobalSetup]
    public void Setup()
    {
        _withEdits = new SpellingCorrector(new SpellingOptions { Edits = true });
        _ = SpellingCorrector.Default.Suggest("dikkətə"); // the lexicon loads once, outside the measurement
        _ = _withEdits.Suggest("müxtəlfi");
        _sentence = new SpellingCorrector(new SpellingOptions { Decoder = SpellingDecoder.Sentence });
        _sentenceEdits = new SpellingCorrector(new SpellingOptions { Decoder = SpellingDecoder.Sentence, Edits = true });
        _editSearch = new EditSearch(AzMorphology.Default, new ErrorCosts(CorrectionWeights.Default, asciiTyped: false));
    }

    /// <summary>The edit search alone (the sentence decoder's candidate stage for edits): every known word within two edits.</summary>
    [Benchmark]
    public int EditSearchTwoEdits()
    {
        int count = 0;
        foreach (string word in Words)
        {
            _editSearch!.Run(word, CorrectionWeights.Default.TwoEditBudget, CorrectionWeights.Default.OneEditBudget);
            count += _editSearch.Found.Count;
        }

        return count;
    }

    /// <summary>The margin decoder (the default) on each word alone, as a one-word text: candidates, ranking, decision.</summary>
    [Benchmark]
    public int MarginDecoder() => Decide(SpellingCorrector.Default);

    /// <summary>The sentence decoder, restorations only, on each word alone.</summary>
    [Benchmark]
    public int SentenceDecoder() => Decide(_sentence);

    /// <summary>The sentence decoder with edits, on each word alone.</summary>
    [Benchmark]
    public int SentenceDecoderWithEdits() => Decide(_sentenceEdits);

    private static int Decide(SpellingCorrector corrector)
    {
        var edits = new List<Edit>();
        foreach (string word in Words)
        {
            corrector.FindEdits(word, edits);
        }

        return edits.Count;
    }

    /// <summary>Baseline: ask the morphology whether each word is known (all are not).</summary>
    [Benchmark(Baseline = true)]
    public int IsKnown()
    {
        int known = 0;
        foreach (string word in Words)
        {
            known += AzMorphology.Default.IsKnown(word) ? 1 : 0;
        }

        return known;
    }

    /// <summary>The default: restorations of lost letters and Turkish spellings, ranked.</summary>
    [Benchmark]
    public int SuggestRestorations()
    {
        int count = 0;
        foreach (string word in Words)
        {
            count += SpellingCorrector.Default.Suggest(word).Count;
        }

        return count;
    }

    /// <summary>With single edits too (<see cref="SpellingOptions.Edits"/>).</summary>
    [Benchmark]
    public int SuggestWithEdits()
    {
        int count = 0;
        foreach (string word in Words)
        {
            count += _withEdits.Suggest(word).Count;
        }

        return count;
    }
}
