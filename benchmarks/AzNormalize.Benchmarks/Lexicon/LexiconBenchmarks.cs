using System.Globalization;
using System.Text;
using AzNormalize.Correction;
using AzNormalize.Lexicon;
using BenchmarkDotNet.Attributes;

namespace AzNormalize.Benchmarks.Lexicon;

/// <summary>
/// Loading the embedded lexicon (the cold start every process pays once) and looking words up, each against the plain
/// way: a <see cref="HashSet{T}"/> filled from an uncompressed word list, and lowercase lookups in it.
/// </summary>
[MemoryDiagnoser]
public class LexiconLoadBenchmarks
{
    private byte[] _artifact = [];
    private byte[] _context = [];
    private byte[] _plainList = [];

    [GlobalSetup]
    public void Setup()
    {
        using Stream resource = typeof(AzLexicon).Assembly.GetManifestResourceStream(LexiconArtifact.ResourceName)!;
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        _artifact = copy.ToArray();
        using Stream context = typeof(ContextModel).Assembly.GetManifestResourceStream(ContextModel.ResourceName)!;
        using var contextCopy = new MemoryStream();
        context.CopyTo(contextCopy);
        _context = contextCopy.ToArray();
        _plainList = Encoding.UTF8.GetBytes(string.Join('\n', AzLexicon.Default.Words) + "\n");
    }

    /// <summary>Baseline: read a plain UTF-8 list of the same words (uncompressed, 2.5 MB) into a HashSet.</summary>
    [Benchmark(Baseline = true)]
    public int PlainListIntoHashSet()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        using var reader = new StreamReader(new MemoryStream(_plainList), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            words.Add(line);
        }

        return words.Count;
    }

    /// <summary>The embedded artifact (Brotli, front-coded) into an AzLexicon, then morphology's first unlisted lookup.</summary>
    [Benchmark]
    public bool EmbeddedLexiconAndMorphology()
    {
        AzLexicon lexicon = AzLexicon.LoadArtifact(new MemoryStream(_artifact), "benchmark");
        var morphology = new AzMorphology(lexicon);
        return morphology.IsKnown("kompüterləşdirilməsi");
    }

    /// <summary>The embedded context model (Brotli, front-coded words, varint pairs) into a ContextModel, then one pair lookup.</summary>
    [Benchmark]
    public int EmbeddedContextModel()
    {
        ContextModel model = ContextArtifact.Read(new MemoryStream(_context), "benchmark");
        return model.GetPairCount("azərbaycan", "respublikasının");
    }

    /// <summary>Both embedded artifacts, as the default corrector's first use loads them.</summary>
    [Benchmark]
    public int EmbeddedLexiconAndContext()
    {
        AzLexicon lexicon = AzLexicon.LoadArtifact(new MemoryStream(_artifact), "benchmark");
        ContextModel model = ContextArtifact.Read(new MemoryStream(_context), "benchmark");
        return lexicon.Count + model.PairCount;
    }
}

/// <summary>Lookups of single words, warm: listed, suffixed (morphology), misspelled, against a lowercase HashSet.</summary>
[MemoryDiagnoser]
public class LexiconLookupBenchmarks
{
    private HashSet<string> _set = [];

    /// <summary>The word looked up.</summary>
    [Params("Azərbaycan", "ölkəmizdə", "kompüterləşdirilməsi", "olkemizde")]
    public string Word { get; set; } = "Azərbaycan";

    [GlobalSetup]
    public void Setup()
    {
        _set = new HashSet<string>(AzLexicon.Default.Words, StringComparer.Ordinal);
        AzMorphology.Default.IsKnown(Word);
    }

    /// <summary>Baseline: lowercase with the invariant culture (allocates a string; wrong for I/İ) and a HashSet lookup.</summary>
    [Benchmark(Baseline = true)]
    public bool HashSetLowercase() => _set.Contains(Word.ToLower(CultureInfo.InvariantCulture));

    /// <summary>The lexicon alone: Azerbaijani lowercase into a stack buffer, one lookup.</summary>
    [Benchmark]
    public bool LexiconContains() => AzLexicon.Default.Contains(Word.AsSpan());

    /// <summary>The lexicon, then the suffix grammar when the word is not listed.</summary>
    [Benchmark]
    public bool MorphologyIsKnown() => AzMorphology.Default.IsKnown(Word.AsSpan());

    /// <summary>The word's embedded count: one lookup, as for Contains.</summary>
    [Benchmark]
    public long LexiconGetCount() => AzLexicon.Default.GetCount(Word.AsSpan());
}
