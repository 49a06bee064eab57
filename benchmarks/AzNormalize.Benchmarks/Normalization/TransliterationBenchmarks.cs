using AzNormalize.Benchmarks.Tokenization;
using AzNormalize.Normalization;
using BenchmarkDotNet.Attributes;

namespace AzNormalize.Benchmarks.Normalization;

/// <summary>
/// Cyrillic to Latin per megabyte (<see cref="CyrillicTransliterator"/>): the tokenizer benchmark's generated text (about
/// 1 MiB of UTF-16) written in Azerbaijani Cyrillic by <see cref="CyrillicTransliterator.ToCyrillic"/>, against a floor that
/// reads every character and builds a new string of the same length (what any converter must at least do). Input
/// <c>azerbaijani</c> is that text in the Azerbaijani Cyrillic alphabet; <c>russian-keyboard</c> the same typed without the
/// letters a Russian keyboard lacks (ҝ ғ → г, ә → э, ј → й, ү → у, ө → о, һ → Latin h), whose г, е and э the lexicon
/// must decide.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TransliterationBenchmarks
{
    private string _latin = string.Empty;
    private string _cyrillic = string.Empty;

    /// <summary>The input.</summary>
    [Params("azerbaijani", "russian-keyboard")]
    public string Input { get; set; } = "azerbaijani";

    [GlobalSetup]
    public void Setup()
    {
        _latin = TokenizerBenchmarkText.Get(TokenizerBenchmarkText.Generated);
        _cyrillic = CyrillicTransliterator.ToCyrillic(_latin);
        if (Input == "russian-keyboard")
        {
            var typed = new System.Text.StringBuilder(_cyrillic);
            foreach ((char from, char to) in new[] { ('ҝ', 'г'), ('Ҝ', 'Г'), ('ғ', 'г'), ('ә', 'э'), ('Ә', 'Э'), ('ј', 'й'), ('Ј', 'Й'), ('ү', 'у'), ('Ү', 'У'), ('ө', 'о'), ('Ө', 'О'), ('һ', 'h'), ('Һ', 'H') })
            {
                typed.Replace(from, to);
            }

            _cyrillic = typed.ToString();
        }

        _ = CyrillicTransliterator.Default.ToLatin("гәлди"); // the lexicon loads once, outside the measurement
    }

    /// <summary>The floor: each character read and mapped through a table into a new string (an ASCII fold).</summary>
    [Benchmark(Baseline = true)]
    public int CopyThroughTable() => string.Create(_cyrillic.Length, _cyrillic, static (destination, source) =>
    {
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            destination[i] = c < '\u0080' ? c : (char)(c & 0xFF);
        }
    }).Length;

    /// <summary>Every Cyrillic word converted (<see cref="ScriptMode.Latin"/>), the text only.</summary>
    [Benchmark]
    public int ToLatin() => CyrillicTransliterator.Default.ToLatin(_cyrillic).Length;

    /// <summary>The pipeline's stage: paragraphs detected (<see cref="ScriptMode.Auto"/>), an edit per word.</summary>
    [Benchmark]
    public int TransliterateAutoEdits() => CyrillicTransliterator.Default.Transliterate(_cyrillic, ScriptMode.Auto).Edits.Count;

    /// <summary>What the stage adds to the default pipeline on Latin text: one vectorized search for a Cyrillic letter.</summary>
    [Benchmark]
    [BenchmarkCategory("latin")]
    public int TransliterateAutoOnLatinText() => CyrillicTransliterator.Default.Transliterate(_latin, ScriptMode.Auto).Edits.Count;

    /// <summary>The whole default pipeline over the Cyrillic text (conversion, then normalization, layout and spelling over the Latin).</summary>
    [Benchmark]
    public int AzNormalizerFixCyrillic() => AzNormalizer.Default.Fix(_cyrillic).Text.Length;
}
