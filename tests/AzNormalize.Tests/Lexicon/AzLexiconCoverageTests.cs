using System.Globalization;
using AzNormalize.Lexicon;
using AzNormalize.Tests.Infrastructure;
using FluentAssertions;
using Xunit.Abstractions;

namespace AzNormalize.Tests.Lexicon;

/// <summary>
/// Measures how much of clean Azerbaijani news text the embedded lexicon knows on its own (no morphology yet): the
/// share of word tokens it misses is what morphology and user lists have to add. Prints the figures; asserts only a
/// loose sanity bound.
/// </summary>
public sealed class AzLexiconCoverageTests(ITestOutputHelper output)
{
    private const string NewsPath = "ntrex-128/newstest2019-ref.aze-Latn.txt";
    private const string GoldPath = "tesseract-ocr-ntrex-az/gt";

    [SharedDataFact(NewsPath)]
    public void Default_NewsText_KnowsMostWordTokens()
    {
        Coverage coverage = Measure([SharedData.PathOf(NewsPath)!]);
        Report("ntrex-128 newstest2019 (aze-Latn)", coverage);
        coverage.TokenShare.Should().BeInRange(0.6, 1.0);
    }

    [SharedDataFact(GoldPath)]
    public void Default_OcrGoldText_KnowsMostWordTokens()
    {
        string[] files = Directory.GetFiles(SharedData.PathOf(GoldPath)!, "*.gt.txt");
        Array.Sort(files, StringComparer.Ordinal);
        Coverage coverage = Measure(files);
        Report($"tesseract-ocr-ntrex-az gt ({files.Length} files)", coverage);
        coverage.TokenShare.Should().BeInRange(0.6, 1.0);
    }

    private void Report(string name, Coverage coverage)
    {
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(culture, $"{name}: {coverage.Known} of {coverage.Tokens} word tokens known ({coverage.TokenShare:P1}); {coverage.KnownTypes} of {coverage.Types} distinct words ({(double)coverage.KnownTypes / coverage.Types:P1})"));
        var unknown = new List<KeyValuePair<string, int>>(coverage.Unknown);
        unknown.Sort(static (left, right) => right.Value != left.Value ? right.Value.CompareTo(left.Value) : string.CompareOrdinal(left.Key, right.Key));
        output.WriteLine("most frequent unknown: " + string.Join(", ", unknown.Take(40).Select(static pair => $"{pair.Key} {pair.Value}")));
    }

    private static Coverage Measure(IEnumerable<string> files)
    {
        AzLexicon lexicon = AzLexicon.Default;
        var coverage = new Coverage();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in files)
        {
            string text = File.ReadAllText(file);
            foreach (Range range in Words(text))
            {
                ReadOnlySpan<char> word = text.AsSpan()[range];
                string lower = global::AzNormalize.Text.AzCasing.ToLower(word.ToString());
                bool known = lexicon.Contains(word);
                coverage.Tokens++;
                if (known)
                {
                    coverage.Known++;
                }
                else
                {
                    coverage.Unknown[lower] = coverage.Unknown.GetValueOrDefault(lower) + 1;
                }

                if (seen.Add(lower))
                {
                    coverage.Types++;
                    coverage.KnownTypes += known ? 1 : 0;
                }
            }
        }

        return coverage;
    }

    /// <summary>Runs of letters (with combining marks) joined by single inner hyphens: <c>ictimai-siyasi</c>; digits and punctuation split.</summary>
    private static IEnumerable<Range> Words(string text)
    {
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            bool letter = char.IsLetter(c) || (start >= 0 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);
            bool innerHyphen = c == '-' && start >= 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]);
            if (letter || innerHyphen)
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                yield return start..i;
                start = -1;
            }
        }
    }

    private sealed class Coverage
    {
        public int Tokens { get; set; }

        public int Known { get; set; }

        public int Types { get; set; }

        public int KnownTypes { get; set; }

        public Dictionary<string, int> Unknown { get; } = new(StringComparer.Ordinal);

        public double TokenShare => Tokens == 0 ? 0 : (double)Known / Tokens;
    }
}
