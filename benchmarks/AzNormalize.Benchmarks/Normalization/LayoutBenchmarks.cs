using System.Text;
using System.Text.RegularExpressions;
using AzNormalize.Lexicon;
using AzNormalize.Normalization;
using BenchmarkDotNet.Attributes;

namespace AzNormalize.Benchmarks.Normalization;

/// <summary>
/// Layout repair (<see cref="LayoutRepairer"/>, full mode) against the plainest repair there is: one compiled regular
/// expression that deletes every <c>-⏎</c> and decides nothing. Inputs: the 80 OCR documents of
/// ../shared/data/tesseract-ocr-ntrex-az (read at run time, never committed; a generated hard-wrapped text when absent),
/// a 1 MB and a 10 MB single line (time must grow linearly), and 100,000 blank lines around one broken word.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public partial class LayoutBenchmarks
{
    private readonly LayoutRepairer _repairer = new(new LayoutOptions { Mode = LayoutMode.Full });
    private readonly List<Edit> _edits = [];
    private string _text = string.Empty;

    /// <summary>The input.</summary>
    [Params("ocr", "line-1MB", "line-10MB", "blank-100k")]
    public string Input { get; set; } = "ocr";

    [GeneratedRegex("-\r?\n")]
    private static partial Regex LineEndHyphen();

    [GlobalSetup]
    public void Setup()
    {
        _ = AzMorphology.Default.IsKnown("kitab"); // the lexicon loads once, outside the measurement
        _text = Input switch
        {
            "ocr" => ReadOcr(),
            "line-1MB" => Line(1 << 20),
            "line-10MB" => Line(10 << 20),
            _ => "qəbul olundu-" + new string('\n', 100_000) + "ğu gün" + new string('\n', 100_000),
        };
    }

    /// <summary>Baseline: delete every line-end hyphen and its line break with one regular expression.</summary>
    [Benchmark(Baseline = true)]
    public int RegexDeleteEveryLineEndHyphen() => LineEndHyphen().Replace(_text, string.Empty).Length;

    /// <summary>Ours: every break decided by the lexicon and morphology, lines unwrapped, paragraphs rejoined; edits only.</summary>
    [Benchmark]
    public int LayoutRepairerFull()
    {
        _edits.Clear();
        _repairer.FindEdits(_text, _edits);
        return _edits.Count;
    }

    private static string Line(int length)
    {
        var builder = new StringBuilder(length + 32);
        while (builder.Length < length)
        {
            builder.Append("Məclis üzvləri bu şəkildə lağa qoyula biləcəklərindən narahatdırlar, ");
        }

        return builder.Append("son-\nra").ToString();
    }

    private static string ReadOcr()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string folder = Path.Combine(directory.FullName, "shared", "data", "tesseract-ocr-ntrex-az", "ocr");
            if (Directory.Exists(folder))
            {
                string[] files = Directory.GetFiles(folder, "*.ocr.txt");
                Array.Sort(files, StringComparer.Ordinal);
                return string.Concat(files.Select(f => File.ReadAllText(f, Encoding.UTF8) + "\n\n"));
            }
        }

        var generated = new StringBuilder();
        for (int i = 0; i < 4000; i++)
        {
            generated.Append(i % 3 == 0 ? "Məclisin gücləndi-\nrilməsi və " : "onun parti-\nyasına görə bu, ").Append(i % 7 == 0 ? "\n\n" : "\n");
        }

        return generated.ToString();
    }
}
