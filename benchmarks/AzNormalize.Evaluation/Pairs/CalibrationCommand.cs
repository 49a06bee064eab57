using System.Diagnostics;
using System.Globalization;
using System.Text;
using AzNormalize.Correction;
using AzNormalize.Evaluation.Infrastructure;
using AzNormalize.Evaluation.Vocabulary;

namespace AzNormalize.Evaluation.Pairs;

/// <summary>
/// <c>calibration</c>: whether the corrector's confidence is a probability, on the evaluation sets (documents no training
/// saw): every corrector edit (kinds Diacritic, Keyboard, Ocr, TurkishSpelling, RealWord) made with the thresholds lowered to
/// 0, judged right when applying it alone to the source fixes a gold word and harms none; bucketed by confidence, for the
/// hand-set weights, the learned weights before calibration and after. Then what <c>--min-confidence 0.9</c> makes on the
/// OCR documents. Writes the section <see cref="Heading"/> of docs/quality.md.
/// </summary>
internal static class CalibrationCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "calibration";

    /// <summary>The docs/quality.md section the command owns.</summary>
    public const string Heading = "## Calibration: is the confidence a probability?";

    private static string Usage =>
        $"""
        Usage: {Program.RunPrefix} {Name} [options]

        Buckets the corrector's edits on the pairs sets by confidence against the share of them that are right, for the
        hand-set weights and the learned weights before and after calibration, and measures --min-confidence 0.9 on the
        OCR documents.

        Options:
        {EvaluationRun.CommonOptions}  --set <text>        only the data sets whose name contains <text> (no Markdown written)
          -h, --help          show this help

        Without the shared data the command prints "skipped" and exits with 0.

        """;

    private static readonly EditKind[] s_correctorKinds = [EditKind.Diacritic, EditKind.Keyboard, EditKind.Ocr, EditKind.TurkishSpelling, EditKind.RealWord];

    private static readonly StreamWriter? s_wrong = Environment.GetEnvironmentVariable("AZNORM_EVAL_WRONG") is { Length: > 0 } path
        ? new StreamWriter(path, append: false, new UTF8Encoding(false)) { AutoFlush = true }
        : null;

    private static readonly double[] s_bounds = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001];

    /// <summary>An edit's confidence and whether it was right.</summary>
    internal readonly record struct Judged(double Confidence, bool Right);

    /// <summary>Runs the command; <paramref name="args"/> starts with the command's name.</summary>
    public static ExitCode Run(string[] args, TextWriter output, TextWriter error)
    {
        if (EvaluationRun.Start(Name, Usage, args, output, error, out VocabularyOptions options, out string dataRoot) is { } stop)
        {
            return stop;
        }

        var stopwatch = Stopwatch.StartNew();
        if (PairsCommand.ReadSets(Name, dataRoot, options, output, error) is not (_, { } sets))
        {
            return ExitCode.Success;
        }

        if (DevelopmentWeights.Learned is not { Scorer: { } scorer } learned)
        {
            error.WriteLine($"{Name}: the library has no learned weights (data/weights/az.azw); build them with data/build-weights.sh.");
            return ExitCode.InternalError;
        }

        CorrectionWeights Open(CorrectionWeights w) => new()
        {
            Scorer = w.Scorer, Source = w.Source, MinConfidence = 0, KnownWordMinConfidence = 0,
        };
        var uncalibrated = new CorrectionWeights { Scorer = new LearnedScorer([.. scorer.Weights], [], []), MinConfidence = 0, KnownWordMinConfidence = 0 };
        (string Name, AzNormalizer Pipeline)[] systems =
        [
            ("hand-set weights (posterior)", Pipeline(new CorrectionWeights { MinConfidence = 0, KnownWordMinConfidence = 0 }, 0)),
            ("learned, before calibration (posterior)", Pipeline(uncalibrated, 0)),
            ("learned, calibrated", Pipeline(Open(learned), 0)),
        ];

        var md = new StringBuilder();
        md.AppendLine(Heading).AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"""
            Command: `{Program.RunPrefix} {Name}` ({EvaluationRun.DescribeRun(args)}). The sets of `pairs` (documents the
            training never saw: the learned weights were fitted on the legal codes, TIL and Tatoeba, data/README.md), the
            sentence decoder with edits and the embedded context model, its thresholds lowered to 0 so every edit it would make
            shows. An edit of the corrector (kinds Diacritic, Keyboard, Ocr, TurkishSpelling, RealWord) is **right** when
            applying it alone to the source fixes a gold word and changes no other (word-level alignment, as `pairs`). Goal:
            within 5 points of the bucket's confidence in every bucket with at least 50 edits.
            """);
        var all = new Dictionary<string, List<Judged>>();
        foreach ((string name, _) in systems)
        {
            all[name] = [];
        }

        foreach (PairsCommand.DataSet set in sets)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### {set.Name}").AppendLine();
            var judged = new List<List<Judged>>();
            foreach ((string name, AzNormalizer pipeline) in systems)
            {
                List<Judged> edits = Judge(set, pipeline);
                all[name].AddRange(edits);
                judged.Add(edits);
            }

            md.Append(Table(systems.Select(s => s.Name).ToArray(), judged));
        }

        if (sets.Count > 1)
        {
            md.AppendLine().AppendLine("### Every set together").AppendLine();
            md.Append(Table(systems.Select(s => s.Name).ToArray(), systems.Select(s => all[s.Name]).ToList()));
        }

        // What a user running `aznorm fix --spelling edits --weights learned --min-confidence 0.9` gets on the OCR documents.
        if (sets.FirstOrDefault(set => set.Name == "OCR documents") is { } ocr)
        {
            md.AppendLine().AppendLine("### `--min-confidence 0.9` on the OCR documents").AppendLine();
            md.AppendLine("| weights | corrector edits made | right | share right |").AppendLine("|---|---:|---:|---:|");
            foreach ((string name, CorrectionWeights weights) in new[] { ("hand-set", CorrectionWeights.HandSet), ("learned", learned) })
            {
                List<Judged> made = Judge(ocr, Pipeline(weights, 0.9));
                int right = made.Count(e => e.Right);
                md.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {made.Count:N0} | {right:N0} | {(made.Count == 0 ? "–" : (right / (double)made.Count).ToString("P1", CultureInfo.InvariantCulture))} |");
            }

            md.AppendLine().AppendLine("Goal: at least 95 % right.");
        }

        string report = md.ToString();
        output.Write(report);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"measured in {stopwatch.Elapsed.TotalSeconds:0.0} s"));
        if (options.SetFilter is null && !DevelopmentWeights.IsLearnedSet)
        {
            EvaluationRun.WriteSection(Name, options, Heading, report, error);
        }

        return ExitCode.Success;
    }

    private static AzNormalizer Pipeline(CorrectionWeights weights, double minConfidence) => new(new AzNormalizerOptions
    {
        Spelling = new SpellingOptions { Decoder = SpellingDecoder.Sentence, Edits = true, MinConfidence = minConfidence, Weights = weights },
    });

    /// <summary>Every corrector edit the pipeline makes on the set, judged alone against the gold.</summary>
    internal static List<Judged> Judge(PairsCommand.DataSet set, AzNormalizer pipeline)
    {
        var judged = new List<Judged>();
        foreach ((string source, string gold) in set.Pairs)
        {
            FixResult result = pipeline.Fix(source);
            foreach (Edit edit in result.Edits)
            {
                if (Array.IndexOf(s_correctorKinds, edit.Kind) < 0)
                {
                    continue;
                }

                string alone = string.Concat(source.AsSpan(0, edit.Start), edit.Replacement, source.AsSpan(edit.Start + edit.Length));
                PairScore score = PairScorer.Score(source, alone, gold);
                bool right = score.Fixed > 0 && score.WrongFixes == 0 && score.Damaged == 0;
                judged.Add(new Judged(edit.Confidence, right));
                if (!right && s_wrong is not null && edit.Confidence >= 0.9)
                {
                    // Development (AZNORM_EVAL_WRONG=file): the confident wrong edits, to read.
                    int from = Math.Max(0, edit.Start - 30);
                    int to = Math.Min(source.Length, edit.Start + edit.Length + 30);
                    lock (s_wrong)
                    {
                        s_wrong.WriteLine($"{set.Name}\t{edit.Confidence:0.00}\t{edit.Original}\t{edit.Replacement}\t{edit.Reason}\t{source[from..to].Replace('\n', '⏎')}");
                    }
                }
            }
        }

        return judged;
    }

    private static string Table(string[] names, List<List<Judged>> judged)
    {
        var md = new StringBuilder();
        md.Append("| confidence |");
        foreach (string name in names)
        {
            md.Append(CultureInfo.InvariantCulture, $" {name}: edits | right |");
        }

        md.AppendLine().Append("|---|").AppendLine(string.Concat(Enumerable.Repeat("---:|---:|", names.Length)));
        for (int b = 0; b + 1 < s_bounds.Length; b++)
        {
            (double low, double high) = (s_bounds[b], s_bounds[b + 1]);
            md.Append(CultureInfo.InvariantCulture, $"| {low:0.00}–{Math.Min(1, high):0.00} |");
            foreach (List<Judged> edits in judged)
            {
                List<Judged> inside = edits.Where(e => e.Confidence >= low && e.Confidence < high).ToList();
                string share = inside.Count == 0 ? "–" : (inside.Count(e => e.Right) / (double)inside.Count).ToString("P1", CultureInfo.InvariantCulture);
                string mark = inside.Count >= 50 && Math.Abs((inside.Count(e => e.Right) / (double)inside.Count) - Middle(low, high, inside)) > 0.05 ? " ✗" : string.Empty;
                md.Append(CultureInfo.InvariantCulture, $" {inside.Count:N0} | {share}{mark} |");
            }

            md.AppendLine();
        }

        return md.ToString();
    }

    /// <summary>The bucket's mean confidence (what its share right should be).</summary>
    private static double Middle(double low, double high, List<Judged> inside) => inside.Count == 0 ? (low + high) / 2 : inside.Average(e => e.Confidence);
}
