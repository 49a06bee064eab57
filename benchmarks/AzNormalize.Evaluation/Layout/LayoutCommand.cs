using System.Diagnostics;
using System.Globalization;
using System.Text;
using AzNormalize.Evaluation.Infrastructure;
using AzNormalize.Evaluation.Vocabulary;
using AzNormalize.Normalization;

namespace AzNormalize.Evaluation.Layout;

/// <summary>
/// <c>layout</c>: how well layout repair puts the 80 OCR documents of <c>tesseract-ocr-ntrex-az</c> back into their gold
/// shape: line-end hyphen breaks joined or kept, word errors against the gold, paragraphs. Prints tables and writes the
/// section <see cref="Heading"/> of docs/quality.md.
/// </summary>
internal static class LayoutCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "layout";

    /// <summary>The docs/quality.md section the command owns.</summary>
    public const string Heading = "## Layout: line-end hyphens and paragraphs";

    /// <summary>The OCR output folder, under the shared data folder.</summary>
    public const string OcrFolder = "tesseract-ocr-ntrex-az/ocr";

    /// <summary>The gold folder, under the shared data folder.</summary>
    public const string GoldFolder = "tesseract-ocr-ntrex-az/gt";

    private static string Usage =>
        $"""
        Usage: {Program.RunPrefix} {Name} [options]

        Measures layout repair (line-end hyphens, hard-wrapped lines, paragraphs cut by page breaks) on the OCR documents
        of {OcrFolder} against {GoldFolder}, and writes the results to docs/quality.md.

        Options:
        {EvaluationRun.CommonOptions}  -h, --help          show this help

        Without the shared data the command prints "skipped" and exits with 0.

        """;

    /// <summary>A way of repairing a text, scored side by side with the others.</summary>
    /// <param name="Name">The name in the tables.</param>
    /// <param name="Repair">Text in, text and the offsets of the hyphens it joined out.</param>
    internal sealed record System(string Name, Func<string, (string Text, HashSet<int> JoinedHyphens)> Repair);

    /// <summary>One system's scores over all documents.</summary>
    internal sealed class Score
    {
        public required string System { get; init; }

        public int Documents { get; set; }

        public int Breaks { get; set; }

        public int TruthJoin { get; set; }

        public int TruthHyphen { get; set; }

        public int TruthUnknown { get; set; }

        public int JoinedRight { get; set; }

        public int KeptRight { get; set; }

        public int WrongJoins { get; set; }

        public int MissedJoins { get; set; }

        public int UnknownJoined { get; set; }

        public int GoldWords { get; set; }

        public int WordErrors { get; set; }

        public int ParagraphsEqual { get; set; }

        public int InnerLineBreaks { get; set; }

        public int LinesEqual { get; set; }

        public List<string> WrongExamples { get; } = [];

        public List<string> MissedExamples { get; } = [];
    }

    /// <summary>The systems the command compares.</summary>
    internal static IReadOnlyList<System> Systems() =>
    [
        new("no repair (OCR as is)", text => (text, [])),
        new("naive: join every line-end hyphen, unwrap every line", NaiveRepair),
        new("LayoutRepairer, --layout lines", Ours(LayoutMode.Lines)),
        new("LayoutRepairer, --layout auto (default)", Ours(LayoutMode.Auto)),
        new("LayoutRepairer, --layout full", Ours(LayoutMode.Full)),
    ];

    /// <summary>Runs the command; <paramref name="args"/> starts with the command's name.</summary>
    public static ExitCode Run(string[] args, TextWriter output, TextWriter error)
    {
        if (EvaluationRun.Start(Name, Usage, args, output, error, out VocabularyOptions options, out string dataRoot) is { } stop)
        {
            return stop;
        }

        if (!Directory.Exists(Path.Combine(dataRoot, OcrFolder)) || !Directory.Exists(Path.Combine(dataRoot, GoldFolder)))
        {
            error.WriteLine($"{Name}: skipped: {OcrFolder} or {GoldFolder} is not in {dataRoot}.");
            output.WriteLine("skipped");
            return ExitCode.Success;
        }

        List<(string Ocr, string Gold)> pairs = ReadPairs(dataRoot);
        var stopwatch = Stopwatch.StartNew();
        List<Score> scores = Measure(pairs, Systems());
        string report = ToMarkdown(scores, pairs.Count, EvaluationRun.DescribeRun(args));
        output.Write(report);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"measured in {stopwatch.Elapsed.TotalSeconds:0.0} s"));

        EvaluationRun.WriteSection(Name, options, Heading, report, error);

        EvaluationRun.WriteJson(Name, options, scores, error);

        return ExitCode.Success;
    }

    /// <summary>The (OCR, gold) text pairs, in file name order.</summary>
    internal static List<(string Ocr, string Gold)> ReadPairs(string dataRoot)
    {
        var pairs = new List<(string, string)>();
        string[] files = Directory.GetFiles(Path.Combine(dataRoot, OcrFolder), "*.ocr.txt");
        Array.Sort(files, StringComparer.Ordinal);
        foreach (string file in files)
        {
            string name = Path.GetFileName(file);
            string gold = Path.Combine(dataRoot, GoldFolder, name[..^".ocr.txt".Length] + ".gt.txt");
            if (File.Exists(gold))
            {
                pairs.Add((File.ReadAllText(file, Encoding.UTF8), File.ReadAllText(gold, Encoding.UTF8)));
            }
        }

        return pairs;
    }

    /// <summary>Scores every system on every pair.</summary>
    internal static List<Score> Measure(IReadOnlyList<(string Ocr, string Gold)> pairs, IReadOnlyList<System> systems)
    {
        var scores = new List<Score>();
        foreach (System system in systems)
        {
            var score = new Score { System = system.Name };
            foreach ((string ocr, string gold) in pairs)
            {
                Add(score, system, ocr, gold);
            }

            scores.Add(score);
        }

        return scores;
    }

    private static void Add(Score score, System system, string ocr, string gold)
    {
        (string text, HashSet<int> joined) = system.Repair(ocr);
        List<string> goldWords = LayoutScorer.Words(gold);
        var goldSet = new HashSet<string>(goldWords, StringComparer.Ordinal);
        score.Documents++;
        foreach (BreakSite site in LayoutScorer.FindBreaks(ocr))
        {
            score.Breaks++;
            bool wasJoined = joined.Contains(site.HyphenOffset);
            switch (LayoutScorer.Classify(site, goldSet))
            {
                case BreakTruth.Join:
                    score.TruthJoin++;
                    if (wasJoined)
                    {
                        score.JoinedRight++;
                    }
                    else
                    {
                        score.MissedJoins++;
                        Example(score.MissedExamples, site);
                    }

                    break;
                case BreakTruth.Hyphen:
                    score.TruthHyphen++;
                    if (wasJoined)
                    {
                        score.WrongJoins++;
                        Example(score.WrongExamples, site);
                    }
                    else
                    {
                        score.KeptRight++;
                    }

                    break;
                default:
                    score.TruthUnknown++;
                    score.UnknownJoined += wasJoined ? 1 : 0;
                    break;
            }
        }

        score.GoldWords += goldWords.Count;
        score.WordErrors += LayoutScorer.WordErrors(LayoutScorer.Words(text), goldWords);
        (int goldParagraphs, _) = LayoutScorer.Paragraphs(gold);
        (int paragraphs, int inner) = LayoutScorer.Paragraphs(text);
        score.ParagraphsEqual += paragraphs == goldParagraphs && inner == 0 ? 1 : 0;
        score.InnerLineBreaks += inner;
        score.LinesEqual += paragraphs + inner == goldParagraphs ? 1 : 0;
    }

    private static void Example(List<string> examples, BreakSite site)
    {
        if (examples.Count < 12)
        {
            examples.Add($"`{site.Left}-⏎{site.Right}`");
        }
    }

    private static Func<string, (string, HashSet<int>)> Ours(LayoutMode mode)
    {
        var repairer = new LayoutRepairer(new LayoutOptions { Mode = mode });
        return text =>
        {
            FixResult result = repairer.Repair(text);
            var joined = new HashSet<int>();
            foreach (Edit edit in result.Edits)
            {
                if (edit.Kind == EditKind.Hyphenation && edit.Replacement.Length == 0 && edit.Length > 0 && edit.Original[0] is '-' or '\u2010' or '\u00AD')
                {
                    joined.Add(edit.Start);
                }
            }

            return (result.Text, joined);
        };
    }

    /// <summary>The baseline: every line-end hyphen after a letter joins (across blank lines too), every other line break inside a paragraph becomes a space.</summary>
    internal static (string Text, HashSet<int> JoinedHyphens) NaiveRepair(string text)
    {
        var joined = new HashSet<int>();
        foreach (BreakSite site in LayoutScorer.FindBreaks(text))
        {
            joined.Add(site.HyphenOffset);
        }

        var builder = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            if (joined.Contains(i))
            {
                i++;
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                continue;
            }

            if (text[i] == '\n' && i + 1 < text.Length && text[i + 1] != '\n' && i > 0 && text[i - 1] != '\n')
            {
                builder.Append(' ');
                i++;
                continue;
            }

            builder.Append(text[i++]);
        }

        return (builder.ToString(), joined);
    }

    /// <summary>The report: one table of breaks, one of words and paragraphs, examples.</summary>
    internal static string ToMarkdown(IReadOnlyList<Score> scores, int documents, string run)
    {
        var md = new StringBuilder();
        md.AppendLine(Heading);
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"""
            The {documents} OCR documents of `../shared/data/{OcrFolder}` (tesseract output of rendered newspaper columns) against their
            gold text in `{GoldFolder}` (read at run time, never committed). Layout repair alone (`LayoutRepairer`, no character
            normalization, no spelling correction), so OCR letter errors stay.
            """);
        md.AppendLine();
        md.AppendLine($"- {run}");
        md.AppendLine("""
            - Breaks: lines ending in `-` after a letter or digit, followed (perhaps after blank lines) by a line starting with a
              letter. What the gold says of each: the joined word is a gold word and the hyphenated one is not (**join**), the other
              way round (**hyphen**: a compound, `2017-ci`, `NATO-ya`), or, when neither is there (an OCR error in a half), the
              reading within 2 letters of a gold word; **unknown** when that does not decide.
            - Wrong joins are damage (a hyphen the gold has, removed); missed joins leave a split word.
            - Word errors: word-level edit distance to the gold (words split at white space, edge punctuation and quotes dropped),
              over all gold words; OCR letter errors are in every row, so compare the rows.
            - Paragraphs equal: documents whose paragraphs (runs of non-blank lines) match the gold's in number, with no line break
              left inside one (gold paragraphs are single lines). Lines equal: documents whose non-blank lines match the gold's
              paragraphs in number, counting a kept line break as a paragraph break (the OCR often loses the blank line under
              a headline and at a page break, and the repairer keeps such a break as a line break: a heading, or a short line
              that ends a sentence).
            """);
        md.AppendLine();
        md.AppendLine("| system | breaks | truth join / hyphen / unknown | joined right | compounds kept | wrong joins (damage) | missed joins | unknown joined |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (Score s in scores)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {s.System} | {s.Breaks:N0} | {s.TruthJoin:N0} / {s.TruthHyphen:N0} / {s.TruthUnknown:N0} | {LayoutScorer.Percent(s.JoinedRight, s.TruthJoin)} ({s.JoinedRight:N0}) | {LayoutScorer.Percent(s.KeptRight, s.TruthHyphen)} ({s.KeptRight:N0}) | {s.WrongJoins:N0} | {s.MissedJoins:N0} | {s.UnknownJoined:N0} of {s.TruthUnknown:N0} |");
        }

        md.AppendLine();
        md.AppendLine("| system | word errors (of gold words) | paragraphs equal to gold | lines equal to gold's paragraphs | line breaks left inside paragraphs |");
        md.AppendLine("|---|---:|---:|---:|---:|");
        foreach (Score s in scores)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {s.System} | {LayoutScorer.Percent(s.WordErrors, s.GoldWords)} ({s.WordErrors:N0} of {s.GoldWords:N0}) | {s.ParagraphsEqual} of {s.Documents} | {s.LinesEqual} of {s.Documents} | {s.InnerLineBreaks:N0} |");
        }

        md.AppendLine();
        foreach (Score s in scores)
        {
            if (s.WrongExamples.Count > 0 || s.MissedExamples.Count > 0)
            {
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"- {s.System}: wrong joins {(s.WrongExamples.Count == 0 ? "none" : string.Join(", ", s.WrongExamples))}; missed {(s.MissedExamples.Count == 0 ? "none" : string.Join(", ", s.MissedExamples))}");
            }
        }

        return md.ToString();
    }
}
