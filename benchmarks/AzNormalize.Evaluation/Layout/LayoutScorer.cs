using System.Globalization;

namespace AzNormalize.Evaluation.Layout;

/// <summary>What the gold text says a line-end hyphen break should become.</summary>
internal enum BreakTruth
{
    /// <summary>The gold has the joined word.</summary>
    Join,

    /// <summary>The gold has the hyphenated compound (or number/abbreviation with suffix).</summary>
    Hyphen,

    /// <summary>The gold cannot tell (an OCR error in a half left no close gold word, or both readings are there).</summary>
    Unknown,
}

/// <summary>One line-end hyphen break in a noisy text: where its hyphen is and the two halves.</summary>
/// <param name="HyphenOffset">Offset of the hyphen in the noisy text.</param>
/// <param name="Left">The word part before the hyphen.</param>
/// <param name="Right">The word part after the line break.</param>
/// <param name="AcrossBlank">Whether a blank line (or a page break) lies between the halves.</param>
internal readonly record struct BreakSite(int HyphenOffset, string Left, string Right, bool AcrossBlank);

/// <summary>
/// The scoring of layout repair, kept apart from the repairer's code: finding hyphen breaks, reading what the gold says of
/// each, word error counts and paragraph counts. Pure functions, tested by hand-made cases.
/// </summary>
internal static class LayoutScorer
{
    /// <summary>The farthest (in letters) a gold word may be from a half-joined reading for the gold to decide a break.</summary>
    public const int MaxFuzzyDistance = 2;

    /// <summary>Every line that ends in <c>-</c> after a letter or digit and is followed (maybe after blank lines) by a line starting with a letter.</summary>
    public static List<BreakSite> FindBreaks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sites = new List<BreakSite>();
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int newline = text.IndexOf('\n', lineStart);
            if (newline < 0)
            {
                break;
            }

            int end = newline;
            while (end > lineStart && text[end - 1] is '\r' or ' ' or '\t')
            {
                end--;
            }

            int hyphen = end - 1;
            if (hyphen > lineStart && text[hyphen] == '-' && char.IsLetterOrDigit(text[hyphen - 1]))
            {
                int next = newline + 1;
                bool blank = false;
                while (next < text.Length && char.IsWhiteSpace(text[next]))
                {
                    blank |= text[next] is '\n' or '\f';
                    next++;
                }

                if (next < text.Length && char.IsLetter(text[next]))
                {
                    int leftStart = hyphen;
                    while (leftStart > lineStart && (char.IsLetterOrDigit(text[leftStart - 1]) || text[leftStart - 1] == '-'))
                    {
                        leftStart--;
                    }

                    while (text[leftStart] == '-')
                    {
                        leftStart++;
                    }

                    int rightEnd = next;
                    while (rightEnd < text.Length && char.IsLetter(text[rightEnd]))
                    {
                        rightEnd++;
                    }

                    sites.Add(new BreakSite(hyphen, text[leftStart..hyphen], text[next..rightEnd], blank));
                }
            }

            lineStart = newline + 1;
        }

        return sites;
    }

    /// <summary>The words of a text: split at white space, edge punctuation and quotes removed, empty ones dropped.</summary>
    public static List<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        foreach (string piece in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            int start = 0;
            int end = piece.Length;
            while (start < end && !char.IsLetterOrDigit(piece[start]))
            {
                start++;
            }

            while (end > start && !char.IsLetterOrDigit(piece[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                words.Add(piece[start..end]);
            }
        }

        return words;
    }

    /// <summary>What <paramref name="goldWords"/> say of a break: the joined word, the hyphenated one, or neither for sure.</summary>
    public static BreakTruth Classify(BreakSite site, IReadOnlySet<string> goldWords)
    {
        ArgumentNullException.ThrowIfNull(goldWords);
        string joined = site.Left + site.Right;
        string hyphenated = site.Left + "-" + site.Right;
        bool hasJoined = goldWords.Contains(joined);
        bool hasHyphenated = goldWords.Contains(hyphenated);
        if (hasJoined != hasHyphenated)
        {
            return hasJoined ? BreakTruth.Join : BreakTruth.Hyphen;
        }

        if (hasJoined)
        {
            return BreakTruth.Unknown;
        }

        // An OCR error in a half: the nearest gold word decides, if it is close and the two readings are not equally close.
        int bestJoined = int.MaxValue;
        int bestHyphenated = int.MaxValue;
        foreach (string word in goldWords)
        {
            if (word.Contains('-', StringComparison.Ordinal))
            {
                bestHyphenated = Math.Min(bestHyphenated, Distance(hyphenated, word, MaxFuzzyDistance + 1));
            }
            else
            {
                bestJoined = Math.Min(bestJoined, Distance(joined, word, MaxFuzzyDistance + 1));
            }
        }

        int best = Math.Min(bestJoined, bestHyphenated);
        if (best > MaxFuzzyDistance || bestJoined == bestHyphenated)
        {
            return BreakTruth.Unknown;
        }

        return bestJoined < bestHyphenated ? BreakTruth.Join : BreakTruth.Hyphen;
    }

    /// <summary>Levenshtein distance between two strings, or <paramref name="cap"/> when it is at least that.</summary>
    public static int Distance(string a, string b, int cap)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) >= cap)
        {
            return cap;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin >= cap)
            {
                return cap;
            }

            (previous, current) = (current, previous);
        }

        return Math.Min(previous[b.Length], cap);
    }

    /// <summary>
    /// Word edit distance (substitutions, insertions, deletions of whole words) between two word sequences. A word split
    /// in two where the gold has one counts two (a substitution and an insertion), a word joined by mistake two as well.
    /// </summary>
    public static int WordErrors(IReadOnlyList<string> output, IReadOnlyList<string> gold)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(gold);
        var previous = new int[gold.Count + 1];
        var current = new int[gold.Count + 1];
        for (int j = 0; j <= gold.Count; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= output.Count; i++)
        {
            current[0] = i;
            for (int j = 1; j <= gold.Count; j++)
            {
                int substitution = previous[j - 1] + (string.Equals(output[i - 1], gold[j - 1], StringComparison.Ordinal) ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[gold.Count];
    }

    /// <summary>The paragraphs of a text: runs of non-blank lines, each with its inner line breaks counted.</summary>
    public static (int Paragraphs, int InnerLineBreaks) Paragraphs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int paragraphs = 0;
        int inner = 0;
        bool inParagraph = false;
        foreach (string line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            bool blank = string.IsNullOrWhiteSpace(line);
            if (blank)
            {
                inParagraph = false;
            }
            else if (inParagraph)
            {
                inner++;
            }
            else
            {
                paragraphs++;
                inParagraph = true;
            }
        }

        return (paragraphs, inner);
    }

    /// <summary>A share as a percentage with one decimal.</summary>
    public static string Percent(int part, int whole) =>
        whole == 0 ? "–" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
