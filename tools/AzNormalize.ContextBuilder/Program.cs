using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AzNormalize.Correction;
using AzNormalize.Normalization;

namespace AzNormalize.ContextBuilder;

/// <summary>
/// Builds data/context/az.azctx, the context model the library ships, from the shippable running text of ../shared/data.
/// Run by data/build-context.sh.
/// <code>
/// AzNormalize.ContextBuilder --output az.azctx --source "…" [--legal DIR] [--sentences FILE …] [--attested FILE] [--min-pair N] [--min-word N]
/// </code>
/// </summary>
internal static partial class Program
{
    private const int ExitOk = 0;
    private const int ExitUsage = 2;
    private const int ExitInput = 3;

    /// <summary>A line repeated this often in one code is a running head or footer, not text.</summary>
    private const int RunningHeadRepeats = 3;

    private static int Main(string[] args)
    {
        string? output = null;
        string? source = null;
        string? legal = null;
        string? attested = null;
        var sentences = new List<string>();
        int minPair = 2;
        int minWord = 2;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--output" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--source" when i + 1 < args.Length:
                    source = args[++i];
                    break;
                case "--legal" when i + 1 < args.Length:
                    legal = args[++i];
                    break;
                case "--sentences" when i + 1 < args.Length:
                    sentences.Add(args[++i]);
                    break;
                case "--attested" when i + 1 < args.Length:
                    attested = args[++i];
                    break;
                case "--min-pair" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int pair):
                    minPair = pair;
                    i++;
                    break;
                case "--min-word" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int word):
                    minWord = word;
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"unknown or incomplete argument '{args[i]}'");
                    return Usage();
            }
        }

        if (output is null || source is null)
        {
            return Usage();
        }

        foreach (string path in sentences.Append(attested).Where(static p => p is not null)!)
        {
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"input '{Path.GetFullPath(path)}' does not exist");
                return ExitInput;
            }
        }

        if (legal is not null && !Directory.Exists(legal))
        {
            Console.Error.WriteLine($"folder '{Path.GetFullPath(legal)}' does not exist");
            return ExitInput;
        }

        var builder = new ContextModelBuilder();
        var layout = new LayoutRepairer(new LayoutOptions { Mode = LayoutMode.Full });
        if (legal is not null)
        {
            foreach (string file in Directory.GetFiles(legal, "*.txt").Order(StringComparer.Ordinal))
            {
                string text = CleanLegalText(File.ReadAllText(file, Encoding.UTF8), out int dropped);
                string repaired = layout.Repair(text).Text;
                builder.Add(repaired);
                Console.Error.WriteLine($"{Path.GetFileName(file)}: {dropped} page markers and running heads dropped");
            }
        }

        foreach (string path in sentences)
        {
            foreach (string line in File.ReadLines(path, Encoding.UTF8))
            {
                builder.Add(line.Normalize(NormalizationForm.FormC));
            }
        }

        // Attested pairs (tesseract's aze.word.bigrams: a web crawl's pairs, no counts, digits written '?'): each pair of
        // letter words is counted once, as if seen once in running text.
        int attestedPairs = 0;
        if (attested is not null)
        {
            foreach (string line in File.ReadLines(attested, Encoding.UTF8))
            {
                string pair = line.Trim().Normalize(NormalizationForm.FormC);
                string[] words = pair.Split(' ');
                if (words.Length == 2 && words.All(static w => w.Length > 0 && w.All(char.IsLetter)))
                {
                    builder.Add(pair);
                    attestedPairs++;
                }
            }
        }

        ContextModel full = builder.Build();
        ContextModel pruned = full.Prune(minPair, minWord);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (FileStream stream = File.Create(output))
        {
            ContextArtifact.Write(stream, pruned, source);
        }

        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(culture, $"attested pairs read: {attestedPairs}"));
        Console.WriteLine(string.Create(culture, $"counted: {full.TokenCount} word tokens, {full.VocabularySize} words, {full.PairCount} pairs"));
        Console.WriteLine(string.Create(culture, $"kept (pairs seen {minPair}+ times, words seen {minWord}+ times or in a kept pair): {pruned.VocabularySize} words, {pruned.PairCount} pairs"));
        Console.WriteLine(string.Create(culture, $"artifact: {output}, {new FileInfo(output).Length} bytes"));
        return ExitOk;
    }

    /// <summary>
    /// The legal codes as pdftotext wrote them, less what is not running text: page markers (<c>[12]</c> on a line of its
    /// own) and lines repeated three times or more in one code (running heads and footers). Layout repair then joins the
    /// line-end hyphen breaks and unwraps the lines.
    /// </summary>
    internal static string CleanLegalText(string text, out int dropped)
    {
        string[] lines = text.Normalize(NormalizationForm.FormC).Split('\n');
        var repeats = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string line in lines)
        {
            string key = line.Trim();
            if (key.Length > 0)
            {
                repeats[key] = repeats.GetValueOrDefault(key) + 1;
            }
        }

        var kept = new StringBuilder(text.Length);
        dropped = 0;
        foreach (string line in lines)
        {
            string key = line.Trim();
            if (PageMarker().IsMatch(key) || (key.Length > 0 && repeats[key] >= RunningHeadRepeats && !IsArticleHeading(key)))
            {
                dropped++;
                kept.Append('\n'); // a paragraph break where the marker stood: no pair crosses it
                continue;
            }

            kept.Append(line.TrimEnd('\r')).Append('\n');
        }

        return kept.ToString();
    }

    /// <summary>A heading that may repeat in a code without being a running head (<c>Maddə 1.</c> recurs across parts).</summary>
    private static bool IsArticleHeading(string line) => line.StartsWith("Maddə", StringComparison.Ordinal);

    [GeneratedRegex(@"^\[\d+\]$", RegexOptions.CultureInvariant)]
    private static partial Regex PageMarker();

    private static int Usage()
    {
        Console.Error.WriteLine("usage: AzNormalize.ContextBuilder --output <artifact> --source <provenance> [--legal <dir>] [--sentences <file>]... [--attested <pairs file>] [--min-pair N] [--min-word N]");
        return ExitUsage;
    }
}
