using AzNormalize.Evaluation.Layout;

namespace AzNormalize.Evaluation.Pairs;

/// <summary>How a text's words line up with the gold's: per gold word, the text aligned to it and whether it is the same.</summary>
/// <param name="Text">What the text has where the gold has this word (two tokens joined when the text split it; empty when the text lost it).</param>
/// <param name="Exact">Whether that is the gold word itself, one to one.</param>
internal readonly record struct Aligned(string Text, bool Exact);

/// <summary>What became of one gold word in a (source, output) pair.</summary>
internal enum WordOutcome
{
    /// <summary>Right in the source and in the output.</summary>
    Correct,

    /// <summary>A source error the output has right.</summary>
    Fixed,

    /// <summary>A source error the output left as it was.</summary>
    Missed,

    /// <summary>A source error the output changed, but not to the gold word.</summary>
    WrongFix,

    /// <summary>Right in the source, wrong in the output.</summary>
    Damaged,
}

/// <summary>One gold word that is a source error or damaged (<see cref="PairScorer.Compare"/>).</summary>
/// <param name="Outcome">What became of it.</param>
/// <param name="GoldWords">The gold text's words.</param>
/// <param name="Index">The word's index in <paramref name="GoldWords"/>.</param>
/// <param name="Source">What the source has there (two tokens joined by a space when it split the word; empty when it lost it).</param>
/// <param name="Output">What the output has there, likewise.</param>
internal sealed record WordResult(WordOutcome Outcome, IReadOnlyList<string> GoldWords, int Index, string Source, string Output)
{
    /// <summary>The gold word.</summary>
    public string Gold => GoldWords[Index];

    /// <summary>The gold words around it, about <paramref name="width"/> in all, the word itself in square brackets.</summary>
    public string Context(int width = 6)
    {
        int start = Math.Max(0, Index - (width / 2));
        int end = Math.Min(GoldWords.Count, Index + width - (width / 2) + 1);
        var words = new List<string>(end - start);
        for (int j = start; j < end; j++)
        {
            words.Add(j == Index ? $"[{GoldWords[j]}]" : GoldWords[j]);
        }

        return string.Join(' ', words);
    }
}

/// <summary>The word-level scores of one system on a set of (source, output, gold) triples.</summary>
internal sealed class PairScore
{
    /// <summary>Gold words.</summary>
    public int GoldWords { get; set; }

    /// <summary>Gold words the source has wrong (a wrong letter, a split or merged word, a lost word).</summary>
    public int SourceErrors { get; set; }

    /// <summary>Source errors the output has right.</summary>
    public int Fixed { get; set; }

    /// <summary>Source errors the output left as they were.</summary>
    public int Missed { get; set; }

    /// <summary>Source errors the output changed, but not to the gold word.</summary>
    public int WrongFixes { get; set; }

    /// <summary>Gold words the source had right and the output has wrong: damage.</summary>
    public int Damaged { get; set; }

    /// <summary>Words of the output with no gold word (inserted, or a merge's extra half the gold lacks).</summary>
    public int OutputInsertions { get; set; }

    /// <summary>Gold paragraphs (blank-line separated, white space folded).</summary>
    public int GoldParagraphs { get; set; }

    /// <summary>Gold paragraphs found word for word in the output.</summary>
    public int ParagraphsEqual { get; set; }

    /// <summary>Adds <paramref name="other"/>.</summary>
    public void Add(PairScore other)
    {
        GoldWords += other.GoldWords;
        SourceErrors += other.SourceErrors;
        Fixed += other.Fixed;
        Missed += other.Missed;
        WrongFixes += other.WrongFixes;
        Damaged += other.Damaged;
        OutputInsertions += other.OutputInsertions;
        GoldParagraphs += other.GoldParagraphs;
        ParagraphsEqual += other.ParagraphsEqual;
    }
}

/// <summary>
/// Scores a repair against gold text word by word. Words are split at white space with edge punctuation and quotes dropped
/// (so quote styles never count); the alignment is a word-level edit distance that also lets two tokens stand for one gold
/// word (<c>parti-</c> <c>yasına</c> for <c>partiyasına</c>) and one token for two (<c>vəbu</c> for <c>və bu</c>), each at
/// the cost of one error, so a hyphen-split or a merged word is one error, not three.
/// </summary>
internal static class PairScorer
{
    /// <summary>The farthest (in letters) two tokens joined may be from the gold word for a merge (or a token from two gold words for a split).</summary>
    private const int MaxMergeDistance = 2;

    /// <summary>Scores one (source, output, gold) triple.</summary>
    public static PairScore Score(string source, string output, string gold)
    {
        List<string> goldWords = LayoutScorer.Words(gold);
        Aligned[] sourceAligned = Align(LayoutScorer.Words(source), goldWords, out _);
        Aligned[] outputAligned = Align(LayoutScorer.Words(output), goldWords, out int insertions);
        var score = new PairScore { GoldWords = goldWords.Count, OutputInsertions = insertions };
        for (int j = 0; j < goldWords.Count; j++)
        {
            WordOutcome outcome = Classify(sourceAligned[j], outputAligned[j]);
            score.SourceErrors += outcome is WordOutcome.Fixed or WordOutcome.Missed or WordOutcome.WrongFix ? 1 : 0;
            score.Fixed += outcome == WordOutcome.Fixed ? 1 : 0;
            score.Missed += outcome == WordOutcome.Missed ? 1 : 0;
            score.WrongFixes += outcome == WordOutcome.WrongFix ? 1 : 0;
            score.Damaged += outcome == WordOutcome.Damaged ? 1 : 0;
        }

        HashSet<string> outputParagraphs = Paragraphs(output);
        foreach (string paragraph in Paragraphs(gold))
        {
            score.GoldParagraphs++;
            score.ParagraphsEqual += outputParagraphs.Contains(paragraph) ? 1 : 0;
        }

        return score;
    }

    /// <summary>
    /// The gold words of one (source, output, gold) triple that are not simply correct in both: every source error (fixed,
    /// missed, wrongly fixed) and every damaged word, in gold order, with what the source and the output have there.
    /// </summary>
    public static List<WordResult> Compare(string source, string output, string gold)
    {
        List<string> goldWords = LayoutScorer.Words(gold);
        Aligned[] sourceAligned = Align(LayoutScorer.Words(source), goldWords, out _);
        Aligned[] outputAligned = Align(LayoutScorer.Words(output), goldWords, out _);
        var results = new List<WordResult>();
        for (int j = 0; j < goldWords.Count; j++)
        {
            WordOutcome outcome = Classify(sourceAligned[j], outputAligned[j]);
            if (outcome != WordOutcome.Correct)
            {
                results.Add(new WordResult(outcome, goldWords, j, sourceAligned[j].Text, outputAligned[j].Text));
            }
        }

        return results;
    }

    /// <summary>What became of one gold word, given what the source and the output have there.</summary>
    internal static WordOutcome Classify(Aligned source, Aligned output)
    {
        if (source.Exact)
        {
            return output.Exact ? WordOutcome.Correct : WordOutcome.Damaged;
        }

        if (output.Exact)
        {
            return WordOutcome.Fixed;
        }

        return string.Equals(output.Text, source.Text, StringComparison.Ordinal) ? WordOutcome.Missed : WordOutcome.WrongFix;
    }

    /// <summary>Aligns <paramref name="text"/> to <paramref name="gold"/>; returns, per gold word, what the text has there.</summary>
    /// <param name="text">The text's words.</param>
    /// <param name="gold">The gold words.</param>
    /// <param name="insertions">Words of the text aligned to no gold word.</param>
    public static Aligned[] Align(IReadOnlyList<string> text, IReadOnlyList<string> gold, out int insertions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gold);
        int n = text.Count;
        int m = gold.Count;

        // Two neighbours joined, made once: text[i - 2] + text[i - 1] and gold[j - 2] + gold[j - 1].
        var textPairs = new string[n + 1];
        for (int i = 2; i <= n; i++)
        {
            textPairs[i] = text[i - 2] + text[i - 1];
        }

        var goldPairs = new string[m + 1];
        for (int j = 2; j <= m; j++)
        {
            goldPairs[j] = gold[j - 2] + gold[j - 1];
        }

        // cost[i, j]: the cheapest alignment of text[..i] with gold[..j]; move[i, j]: the last step taken.
        var cost = new int[n + 1, m + 1];
        var move = new byte[n + 1, m + 1];
        for (int i = 0; i <= n; i++)
        {
            for (int j = 0; j <= m; j++)
            {
                if (i == 0 && j == 0)
                {
                    continue;
                }

                int best = int.MaxValue;
                byte step = 0;
                if (i > 0 && j > 0)
                {
                    int c = cost[i - 1, j - 1] + (string.Equals(text[i - 1], gold[j - 1], StringComparison.Ordinal) ? 0 : 1);
                    Take(c, Step.Match, ref best, ref step);
                }

                if (i > 0)
                {
                    Take(cost[i - 1, j] + 1, Step.Insert, ref best, ref step);
                }

                if (j > 0)
                {
                    Take(cost[i, j - 1] + 1, Step.Delete, ref best, ref step);
                }

                if (i > 1 && j > 0 && Close(textPairs[i], gold[j - 1]))
                {
                    Take(cost[i - 2, j - 1] + 1, Step.Merge, ref best, ref step);
                }

                if (i > 0 && j > 1 && Close(text[i - 1], goldPairs[j]))
                {
                    Take(cost[i - 1, j - 2] + 1, Step.Split, ref best, ref step);
                }

                cost[i, j] = best;
                move[i, j] = step;
            }
        }

        var aligned = new Aligned[m];
        insertions = 0;
        int x = n;
        int y = m;
        while (x > 0 || y > 0)
        {
            switch ((Step)move[x, y])
            {
                case Step.Match:
                    aligned[y - 1] = new Aligned(text[x - 1], string.Equals(text[x - 1], gold[y - 1], StringComparison.Ordinal));
                    x--;
                    y--;
                    break;
                case Step.Insert:
                    insertions++;
                    x--;
                    break;
                case Step.Delete:
                    aligned[y - 1] = new Aligned(string.Empty, false);
                    y--;
                    break;
                case Step.Merge:
                    aligned[y - 1] = new Aligned(text[x - 2] + " " + text[x - 1], false);
                    x -= 2;
                    y--;
                    break;
                default:
                    aligned[y - 1] = new Aligned(text[x - 1], false);
                    aligned[y - 2] = new Aligned(text[x - 1], false);
                    x--;
                    y -= 2;
                    break;
            }
        }

        return aligned;
    }

    private enum Step : byte
    {
        Match = 1,
        Insert,
        Delete,
        Merge,
        Split,
    }

    private static void Take(int candidate, Step step, ref int best, ref byte chosen)
    {
        if (candidate < best)
        {
            best = candidate;
            chosen = (byte)step;
        }
    }

    /// <summary>Within <see cref="MaxMergeDistance"/> letters; a cheap test first (the lengths, and the first or the last letter) keeps the alignment fast.</summary>
    private static bool Close(string a, string b) =>
        Math.Abs(a.Length - b.Length) <= MaxMergeDistance && a.Length > 0 && b.Length > 0 && (a[0] == b[0] || a[^1] == b[^1])
        && LayoutScorer.Distance(a, b, MaxMergeDistance + 1) <= MaxMergeDistance;

    /// <summary>The paragraphs of a text, blank-line separated, their words joined by single spaces.</summary>
    private static HashSet<string> Paragraphs(string text)
    {
        var paragraphs = new HashSet<string>(StringComparer.Ordinal);
        foreach (string block in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            string words = string.Join(' ', block.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (words.Length > 0)
            {
                paragraphs.Add(words);
            }
        }

        return paragraphs;
    }
}
