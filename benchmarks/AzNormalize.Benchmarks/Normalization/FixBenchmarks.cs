using System.Text;
using AzNormalize.Benchmarks.Tokenization;
using AzNormalize.Checking;
using AzNormalize.Correction;
using AzNormalize.Normalization;
using AzNormalize.Text;
using BenchmarkDotNet.Attributes;

namespace AzNormalize.Benchmarks.Normalization;

/// <summary>
/// Character normalization and the whole pipeline per megabyte, on clean text and on noisy text, against a baseline that
/// does the cheapest useful thing (one <see cref="string.Normalize()"/> to NFC). Clean: the generated text of the
/// tokenizer benchmark (about 1 MiB). Noisy: the same text with a Cyrillic look-alike, a ligature or a soft hyphen in
/// one word in ten, and hard-wrapped at 70 columns with line-end hyphens. Lost letters: the clean text with ə, ı, ş, ç, ğ,
/// ö, ü typed as e, i, s, c, g, o, u in one word in ten (the spelling corrector's work).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class FixBenchmarks
{
    private readonly List<Edit> _edits = [];
    private readonly List<Finding> _findings = [];
    private string _text = string.Empty;

    /// <summary>The input.</summary>
    [Params("clean", "noisy", "lost-letters")]
    public string Input { get; set; } = "clean";

    [GlobalSetup]
    public void Setup()
    {
        _ = AzNormalizer.Default.Fix("gücləndi-\nrilməsi"); // the lexicon loads once, outside the measurement
        string clean = TokenizerBenchmarkText.Get(TokenizerBenchmarkText.Generated);
        _text = Input switch
        {
            "clean" => clean,
            "noisy" => MakeNoisy(clean),
            _ => DropLetters(clean),
        };
    }

    /// <summary>Baseline: Unicode NFC through the runtime (no look-alikes, ligatures, layout).</summary>
    [Benchmark(Baseline = true)]
    public int RuntimeNormalizeNfc() => _text.Normalize(NormalizationForm.FormC).Length;

    /// <summary>Character normalization alone: NFC, look-alikes, ligatures, invisibles; edits into a reused list.</summary>
    [Benchmark]
    public int TextNormalizerEdits()
    {
        _edits.Clear();
        TextNormalizer.Default.FindEdits(_text, _edits);
        return _edits.Count;
    }

    /// <summary>The unknown-word check alone over the text (what <c>aznorm check</c> and the corrector's first step cost).</summary>
    [Benchmark]
    public int WordCheckerCheck()
    {
        _findings.Clear();
        WordChecker.Default.Check(_text.AsSpan(), _findings);
        return _findings.Count;
    }

    /// <summary>The pipeline without spelling correction: normalization and layout repair, the result text built.</summary>
    [Benchmark]
    public int AzNormalizerFixWithoutSpelling() => s_withoutSpelling.Fix(_text).Text.Length;

    /// <summary>The whole default pipeline: normalization, layout repair and spelling correction, the result text built.</summary>
    [Benchmark]
    public int AzNormalizerFix() => AzNormalizer.Default.Fix(_text).Text.Length;

    /// <summary>The pipeline with edits: the sentence decoder (<see cref="SpellingDecoder.Auto"/> with edits).</summary>
    [Benchmark]
    public int AzNormalizerFixWithEdits() => s_withEdits.Fix(_text).Text.Length;

    /// <summary>The pipeline with edits, decided by the margin decoder of 0.1 (the start of the sentence-decoder work).</summary>
    [Benchmark]
    public int AzNormalizerFixWithEditsMargin() => s_withEditsMargin.Fix(_text).Text.Length;

    private static readonly AzNormalizer s_withEdits = new(new AzNormalizerOptions { Spelling = new SpellingOptions { Edits = true } });

    private static readonly AzNormalizer s_withEditsMargin = new(new AzNormalizerOptions { Spelling = new SpellingOptions { Edits = true, Decoder = SpellingDecoder.Margin } });

    private static readonly AzNormalizer s_withoutSpelling = new(new AzNormalizerOptions { Spelling = new SpellingOptions { Enabled = false } });

    private static string DropLetters(string clean)
    {
        var random = new Random(20261201);
        var builder = new StringBuilder(clean.Length);
        foreach (string word in clean.Split(' '))
        {
            builder.Append(word.Length > 3 && random.Next(10) == 0 ? Ascii(word) : word).Append(' ');
        }

        return builder.ToString(0, builder.Length - 1);
    }

    private static string Ascii(string word) => string.Create(word.Length, word, static (span, value) =>
    {
        for (int i = 0; i < value.Length; i++)
        {
            span[i] = AzAlphabet.ToAsciiTwin(value[i]);
        }
    });

    private static string MakeNoisy(string clean)
    {
        var random = new Random(20261201);
        var builder = new StringBuilder(clean.Length + (clean.Length / 20));
        int column = 0;
        foreach (string word in clean.Split(' '))
        {
            string w = word;
            if (w.Length > 4 && random.Next(10) == 0)
            {
                w = random.Next(3) switch
                {
                    0 => w.Replace('ə', '\u04D9'), // Cyrillic schwa
                    1 => w.Replace("fi", "\uFB01", StringComparison.Ordinal) + "\u00AD",
                    _ => w.Insert(2, "\u00AD"),
                };
            }

            if (column + w.Length > 70 && w.Length > 6)
            {
                builder.Append(w, 0, 3).Append("-\n").Append(w, 3, w.Length - 3).Append(' ');
                column = w.Length - 2;
            }
            else
            {
                builder.Append(w).Append(' ');
                column += w.Length + 1;
            }
        }

        return builder.ToString();
    }
}
