using AzNormalize.Correction;
using AzNormalize.Lexicon;
using AzNormalize.Peers;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace AzNormalize.Benchmarks.Speed;

/// <summary>
/// Loading, in a warm process, side by side: SymSpell's <c>LoadDictionary</c> of LocalDoc's 80k list (edit distance 2,
/// prefix length 7: it precomputes the deletes of every word) against AzNormalize's embedded lexicon and context model (what
/// the default corrector loads on its first use). Each invocation builds everything anew. The whole-process cold start of
/// <c>aznorm</c> is measured with <c>/usr/bin/time</c> (docs/benchmarks.md).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 7)]
public class LoadBenchmarks
{
    private byte[] _artifact = [];
    private byte[] _context = [];
    private string _list = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _list = SpeedTexts.SymSpellList;
        _ = SpeedTexts.RequireSymSpell();
        _artifact = Resource(LexiconArtifact.ResourceName);
        _context = Resource(ContextModel.ResourceName);
    }

    private static byte[] Resource(string name)
    {
        using Stream resource = typeof(AzLexicon).Assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>SymSpell: a new instance and its dictionary from the list file.</summary>
    [Benchmark(Baseline = true)]
    public int SymSpellLoad() => SymSpellCorrector.TryCreate(_list, TextWriter.Null)?.Lookup("azerbaycan") is null ? 0 : 1;

    /// <summary>AzNormalize: the lexicon (with its morphology) and the context model from the embedded bytes.</summary>
    [Benchmark]
    public int EmbeddedLexiconAndContext()
    {
        AzLexicon lexicon = AzLexicon.LoadArtifact(new MemoryStream(_artifact), "benchmark");
        ContextModel model = ContextArtifact.Read(new MemoryStream(_context), "benchmark");
        return new AzMorphology(lexicon).IsKnown("kompüterləşdirilməsi") ? model.PairCount : 0;
    }
}
