using AzNormalize.Benchmarks.Tokenization;
using AzNormalize.Checking;
using AzNormalize.Lexicon;
using AzNormalize.Peers;
using AzNormalize.Tokenization;
using BenchmarkDotNet.Attributes;

namespace AzNormalize.Benchmarks.Speed;

/// <summary>
/// The speed issue's figures, side by side in one run on the same texts (<see cref="SpeedTexts"/>): the plain vectorized
/// scan (the floor), the tokenizer, the unknown-word check, <see cref="AzNormalizer.Fix(string)"/> at default settings, and
/// a token-by-token SymSpell fixer (LocalDoc's list, edit distance 2, <c>Verbosity.Top</c>). The check, Fix and SymSpell are
/// each measured twice: as a process reads text after its first (our caches: the thread's word memo, the morphology's
/// analyses of unlisted forms, the corrector's candidate lists; SymSpell's: its corrections per word), here warm from the
/// last call on this same text, which is their best case; and with every one of those caches emptied before every call
/// (a process's first reading of this text).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class SpeedBenchmarks
{
    private string _text = string.Empty;
    private readonly List<Finding> _findings = [];
    private SymSpellCorrector _symSpell = null!;

    /// <summary>The text.</summary>
    [Params(SpeedTexts.News, SpeedTexts.Noisy)]
    public string Input { get; set; } = SpeedTexts.News;

    [GlobalSetup]
    public void Setup()
    {
        _text = SpeedTexts.Get(Input);
        _ = AzNormalizer.Default.Fix(_text); // the embedded data loads outside the measurement
        _symSpell = SpeedTexts.RequireSymSpell();
        Console.WriteLine($"// {Input}: {_text.Length:N0} characters, {_text.Length * 2:N0} bytes of UTF-16");
    }

    /// <summary>The floor: one vectorized <c>IndexOfAny</c> over white space and punctuation per piece.</summary>
    [Benchmark(Baseline = true)]
    public int PlainScan() => TokenizerBenchmarks.PlainScan(_text);

    /// <summary>Every token, classified.</summary>
    [Benchmark]
    public int Tokenizer()
    {
        int count = 0;
        foreach (Token token in AzNormalize.Tokenization.Tokenizer.Tokenize(_text))
        {
            count += (int)token.Kind;
        }

        return count;
    }

    /// <summary>
    /// Every word judged: the unknown-word check the corrector starts from. <c>aznorm check</c> also searches suggestions
    /// (single edits) for each distinct unknown word, which costs more (docs/benchmarks.md, the whole runs).
    /// </summary>
    [Benchmark]
    public int Check()
    {
        _findings.Clear();
        WordChecker.Default.Check(_text.AsSpan(), _findings);
        return _findings.Count;
    }

    /// <summary>The check, its word memo emptied first (the morphology's analyses of unlisted forms are kept).</summary>
    [Benchmark]
    public int CheckFirstReading()
    {
        WordMemo.ClearThreadMemo();
        return Check();
    }

    /// <summary>The default pipeline.</summary>
    [Benchmark]
    public int Fix() => AzNormalizer.Default.Fix(_text).Edits.Count;

    /// <summary>
    /// The default pipeline, every cache of what it learnt about words emptied first (<see cref="ForgetWords"/>). The
    /// lexicon's indexes built on first use (the sorted words, the prefix heads, the ASCII twins, the word filter and table)
    /// stay: a process builds them once.
    /// </summary>
    [Benchmark]
    public int FixFirstReading()
    {
        ForgetWords();
        return AzNormalizer.Default.Fix(_text).Edits.Count;
    }

    /// <summary>SymSpell, word by word: each unknown word replaced by its first suggestion, its corrections kept from the last call.</summary>
    [Benchmark]
    public int SymSpellFix() => _symSpell.Correct(_text).Length;

    /// <summary>SymSpell, its corrections forgotten first (as <see cref="FixFirstReading"/>).</summary>
    [Benchmark]
    public int SymSpellFixFirstReading()
    {
        _symSpell.ForgetCorrections();
        return _symSpell.Correct(_text).Length;
    }

    /// <summary>
    /// Empties the thread's word memo, the morphology's analyses, the default corrector's candidate lists and the default
    /// layout repairer's decisions about broken words.
    /// </summary>
    internal static void ForgetWords()
    {
        WordMemo.ClearThreadMemo();
        AzMorphology.Default.ClearAnalyses();
        AzNormalize.Correction.SpellingCorrector.Default.ClearCandidates();
        AzNormalize.Normalization.LayoutRepairer.Default.ClearDecisions();
    }
}
