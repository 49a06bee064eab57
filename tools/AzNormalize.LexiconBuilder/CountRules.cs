using AzNormalize.Lexicon;

namespace AzNormalize.LexiconBuilder;

/// <summary>
/// The rules that read word counts (LocalDoc's, a 725M-token corpus): rule 21 tells an ASCII-typed or Turkish twin from a
/// word by how often each was seen; the prior's estimates give forms without a count one from the frequency-ordered
/// tesseract list's rank, and suffix chains a ratio against their stems.
/// </summary>
internal static class CountRules
{
    public const string CountedTwinId = "21a counted-twin";
    public const string CountedTwinDescription = "removed from the counts: a form with ASCII or Turkish letters whose restored twin was counted 100 times as often and at least 10,000 times (`ve`, `ucun`, `azerbaycan`)";
    public const string UncountedTwinId = "21b uncounted-twin";
    public const string UncountedTwinDescription = "removed: a listed form the counts never saw (so seen fewer than 410 times) whose restored twin was counted 41,000 times or more (100 times the counts' floor); AzeLexicon headwords stay";

    public const string SuffixPieceId = "21c suffix-piece";
    public const string SuffixPieceDescription = "removed with its count: a counted form of up to 5 letters (no headword, no hand-written word, not itself a listed stem with suffixes: `sizin`, nor a pronoun with a copula: `nədir`) that is a suffix sequence after a stem (`nin`, `lər`, `dən`, `yə`: pieces the counts' tokenizer split off at an apostrophe or hyphen)";

    /// <summary>Hand-written pronouns that take a copula as a word (nə+dir, nə+ysə, bu+dur): rule 21c spares forms that begin with one.</summary>
    public static readonly string[] PronounPrefixes = ["nə", "bu", "ki"];

    /// <summary>The longest counted form rule 21c judges.</summary>
    public const int MaxSuffixPieceLength = 5;

    /// <summary>Stems of each harmony class, ending in a consonant and in a vowel, that rule 21c tries suffix pieces after.</summary>
    public static readonly string[] SuffixPieceStems = ["kitab", "kənd", "ata", "nənə", "quzu", "gözü"];

    /// <summary>How many times as often a twin must have been counted to condemn a counted form.</summary>
    public const int TwinRatio = 100;

    /// <summary>The fewest counts a twin must have to condemn a counted form.</summary>
    public const long MinTwinCount = 10_000;

    /// <summary>The lowest count the LocalDoc list holds: a form it lacks was seen fewer times.</summary>
    public const long CountsFloor = 410;

    /// <summary>At most this many restorable letters are tried per form.</summary>
    private const int MaxPositions = 10;

    /// <summary>Ranks up to this are where both lists are dense enough to fit count against rank.</summary>
    private const int FitRanks = 20_000;

    /// <summary>Removes (rule 21a) the counted forms whose restored twin was counted far more often; returns them with their twins.</summary>
    public static List<KeyValuePair<string, string>> RemoveCountedTwins(Dictionary<string, long> counts, IReadOnlySet<string>? exempt = null)
    {
        var condemned = new List<KeyValuePair<string, string>>();
        var positions = new List<int>();
        foreach ((string form, long count) in counts)
        {
            if (exempt?.Contains(form) != true && Twin(form, positions, counts, Math.Max(MinTwinCount, TwinRatio * count)) is { } twin)
            {
                condemned.Add(new(form, twin));
            }
        }

        foreach (KeyValuePair<string, string> pair in condemned)
        {
            counts.Remove(pair.Key);
        }

        return RuleSupport.Sorted(condemned);
    }

    /// <summary>Removes (rule 21b) listed forms the counts lack whose restored twin the counts hold often; protected forms stay.</summary>
    public static List<KeyValuePair<string, string>> RemoveUncountedTwins(Dictionary<string, WordAttributes> kept, Dictionary<string, long> counts, HashSet<string> protectedForms)
    {
        var condemned = new List<KeyValuePair<string, string>>();
        var positions = new List<int>();
        foreach ((string form, WordAttributes flags) in kept)
        {
            if (counts.ContainsKey(form) || protectedForms.Contains(form) || (flags & WordAttributes.SeenLowercase) == 0)
            {
                continue;
            }

            if (Twin(form, positions, counts, TwinRatio * CountsFloor) is { } twin)
            {
                condemned.Add(new(form, twin));
            }
        }

        return RuleSupport.Remove(kept, condemned);
    }

    /// <summary>The most frequent restored twin of <paramref name="form"/> counted at least <paramref name="atLeast"/> times, or null.</summary>
    private static string? Twin(string form, List<int> positions, Dictionary<string, long> counts, long atLeast)
    {
        if (form.Length < 2 || !RuleSupport.FindRestorable(form, positions, MaxPositions))
        {
            return null;
        }

        string? best = null;
        long bestCount = atLeast - 1;
        foreach ((string twin, _, _) in TwinLetters.Twins(form, positions))
        {
            if (counts.TryGetValue(twin, out long count) && count > bestCount)
            {
                (best, bestCount) = (twin, count);
            }
        }

        return best;
    }

    /// <summary>
    /// Counts for listed forms the counts lack but the frequency-ordered list ranks: log₁₀ count = a + b·log₁₀ rank, fitted by
    /// least squares on the forms both lists hold among the first 20,000 ranks, clamped to 1 … 400 (a form the counts lack was
    /// seen fewer than 410 times).
    /// </summary>
    public static (Dictionary<string, long> Estimates, double Intercept, double Slope, int Fitted) EstimateFromRanks(
        IEnumerable<string> forms, Dictionary<string, long> counts, Dictionary<string, int> ranks)
    {
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int n = 0;
        foreach ((string form, int rank) in ranks)
        {
            if (rank <= FitRanks && counts.TryGetValue(form, out long count))
            {
                double x = Math.Log10(rank);
                double y = Math.Log10(count);
                (sx, sy, sxx, sxy) = (sx + x, sy + y, sxx + (x * x), sxy + (x * y));
                n++;
            }
        }

        double slope = n > 1 ? ((n * sxy) - (sx * sy)) / ((n * sxx) - (sx * sx)) : -1;
        double intercept = n > 0 ? (sy - (slope * sx)) / n : 0;
        var estimates = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (string form in forms)
        {
            if (!counts.ContainsKey(form) && ranks.TryGetValue(form, out int rank))
            {
                double estimate = Math.Pow(10, intercept + (slope * Math.Log10(rank)));
                estimates[form] = (long)Math.Clamp(Math.Round(estimate), 1, AzMorphology.UncountedCeiling);
            }
        }

        return (estimates, intercept, slope, n);
    }

    /// <summary>The fewest counted forms a suffix chain needs for a ratio of its own.</summary>
    private const int MinChainSamples = 5;

    /// <summary>
    /// For each suffix chain (tags joined by +) of the counted forms that the morphology analyses into a counted stem and
    /// suffixes: the mean of log₁₀(form count / stem count), as 16ths (<see cref="CountCode"/>'s resolution), for chains seen
    /// on at least 5 forms.
    /// </summary>
    public static List<KeyValuePair<string, sbyte>> ChainCodes(AzMorphology morphology, Dictionary<string, long> counts)
    {
        var sums = new Dictionary<string, (double Sum, int N)>(StringComparer.Ordinal);
        foreach ((string form, long count) in counts)
        {
            if (form.Contains('-', StringComparison.Ordinal) || !morphology.TryAnalyze(form, out WordAnalysis? analysis)
                || analysis is null || analysis.Suffixes.Count == 0 || !counts.TryGetValue(analysis.Stem, out long stemCount))
            {
                continue;
            }

            string chain = AzMorphology.ChainKey(analysis.Suffixes);
            (double sum, int n) = sums.GetValueOrDefault(chain);
            sums[chain] = (sum + Math.Log10((double)count / stemCount), n + 1);
        }

        var codes = new List<KeyValuePair<string, sbyte>>();
        foreach ((string chain, (double sum, int n)) in sums)
        {
            if (n >= MinChainSamples && System.Text.Encoding.UTF8.GetByteCount(chain) <= 255)
            {
                codes.Add(new(chain, (sbyte)Math.Clamp(Math.Round(16 * sum / n), sbyte.MinValue, sbyte.MaxValue)));
            }
        }

        codes.Sort(static (left, right) => string.CompareOrdinal(left.Key, right.Key));
        return codes;
    }
}
