using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AzNormalize.Correction;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace AzNormalize.Training;

/// <summary>
/// Learns the sentence decoder's scorer and calibration from text: <c>AzNormalize.Training --text DIR|FILE … --lines FILE …
/// --output FILE.azw</c>. See tools/AzNormalize.Training/README.md.
/// </summary>
internal static class Program
{
    private const int ExitOk = 0;
    private const int ExitUsage = 2;
    private const int ExitInput = 3;

    private const string Usage = """
        Usage: AzNormalize.Training --output FILE.azw (--text PATH | --lines FILE)... [options]

        Learns the weights of AzNormalize's sentence decoder from clean Azerbaijani text: seeds errors of every kind into part
        of it, decodes that with the corrector (context model trained on the rest), fits one weight per feature by logistic
        regression on (right reading, other reading) pairs, calibrates the posterior (isotonic) on other documents, picks the
        decision thresholds there, and writes the weights file that `aznorm fix --weights FILE` and CorrectionWeights.Load read.

        Inputs:
          --text PATH           wrapped running text: a file, or every *.txt under a folder (paragraphs parted by blank lines)
          --lines FILE          one sentence per line
        Options:
          --output FILE         the weights file to write (atomically)
          --seed N              the seed of the document split and the noise (default 20261202)
          --fit-documents N     documents (about 300 words each) to fit the weights on (default 400)
          --calibration-documents N   documents to calibrate on (default 300)
          --max-documents N     read only the first N documents of the inputs (a quick run)
          --ocr-documents N     also render N fit and N calibration documents as newspaper columns and read them back
                                with tesseract (real OCR errors; needs Debian's tesseract-ocr, tesseract-ocr-aze and fonts)
          --ocr-cache DIR       where the OCR output is cached (default: a folder in the temporary directory)
          --source TEXT         the training data's description stored in the file (default: the inputs and their sha256)
          --report FILE         also write the training report (Markdown)
          -h, --help            show this help
        """;

    private static int Main(string[] args) => Run(args);

    /// <summary>Runs the trainer with <paramref name="args"/>; returns the exit code.</summary>
    internal static int Run(string[] args)
    {
        var inputs = new List<(string Path, bool Lines)>();
        string? output = null;
        string? report = null;
        string? source = null;
        int seed = 20_261_202;
        int fitDocuments = 400;
        int calibrationDocuments = 300;
        int maxDocuments = int.MaxValue;
        int ocrDocuments = 0;
        string ocrCache = Path.Combine(Path.GetTempPath(), "aznorm-ocr-cache");
        for (int i = 0; i < args.Length; i++)
        {
            string? value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "-h" or "--help":
                    Console.Out.Write(Usage);
                    return ExitOk;
                case "--text" when value is not null:
                    inputs.Add((value, false));
                    i++;
                    break;
                case "--lines" when value is not null:
                    inputs.Add((value, true));
                    i++;
                    break;
                case "--output" when value is not null:
                    output = value;
                    i++;
                    break;
                case "--report" when value is not null:
                    report = value;
                    i++;
                    break;
                case "--source" when value is not null:
                    source = value;
                    i++;
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int s):
                    seed = s;
                    i++;
                    break;
                case "--fit-documents" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int f) && f > 0:
                    fitDocuments = f;
                    i++;
                    break;
                case "--ocr-documents" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int o):
                    ocrDocuments = o;
                    i++;
                    break;
                case "--ocr-cache" when value is not null:
                    ocrCache = value;
                    i++;
                    break;
                case "--max-documents" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int m) && m > 0:
                    maxDocuments = m;
                    i++;
                    break;
                case "--calibration-documents" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int c) && c > 0:
                    calibrationDocuments = c;
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"AzNormalize.Training: unknown or incomplete argument '{args[i]}'");
                    Console.Error.Write(Usage);
                    return ExitUsage;
            }
        }

        if (output is null || inputs.Count == 0)
        {
            Console.Error.WriteLine("AzNormalize.Training: --output and at least one --text or --lines input are required");
            Console.Error.Write(Usage);
            return ExitUsage;
        }

        foreach ((string path, _) in inputs)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                Console.Error.WriteLine($"AzNormalize.Training: input '{path}' does not exist");
                return ExitInput;
            }
        }

        var documents = new List<Document>();
        foreach ((string path, bool lines) in inputs)
        {
            List<Document> read = TrainingText.Read(path, lines);
            Console.Error.WriteLine($"{path}: {read.Count} documents");
            documents.AddRange(read);
        }

        if (documents.Count > maxDocuments)
        {
            documents.RemoveRange(maxDocuments, documents.Count - maxDocuments);
        }

        // Fit and calibration documents take at most 30% and 20% of the text each; the rest trains the context model, so
        // the context the scorer learns to trust is never the text it is scored on.
        fitDocuments = Math.Min(fitDocuments, documents.Count * 3 / 10);
        calibrationDocuments = Math.Min(calibrationDocuments, documents.Count * 2 / 10);
        if (fitDocuments < 10 || calibrationDocuments < 10)
        {
            Console.Error.WriteLine($"AzNormalize.Training: {documents.Count} documents of about {TrainingText.DocumentWords} words are too few (at least 50 are needed)");
            return ExitInput;
        }

        var order = Enumerable.Range(0, documents.Count).ToArray();
        new Random(seed).Shuffle(order);
        List<Document> fit = order.Take(fitDocuments).Select(i => documents[i]).ToList();
        List<Document> calibrate = order.Skip(fitDocuments).Take(calibrationDocuments).Select(i => documents[i]).ToList();
        List<Document> context = order.Skip(fitDocuments + calibrationDocuments).Order().Select(i => documents[i]).ToList();
        source ??= Describe(inputs, seed, fit.Count, calibrate.Count, context.Count);

        var log = new StringBuilder();
        void Say(string line)
        {
            Console.Error.WriteLine(line);
            log.AppendLine(line);
        }

        Say($"documents: {documents.Count} ({fit.Count} to fit, {calibrate.Count} to calibrate, {context.Count} for the context model)");
        var fitOcr = new string?[fit.Count];
        var calibrateOcr = new string?[calibrate.Count];
        if (ocrDocuments > 0)
        {
            if (!OcrRenderer.IsAvailable)
            {
                Console.Error.WriteLine("AzNormalize.Training: --ocr-documents needs text2image and tesseract with the Azerbaijani model: apt-get install tesseract-ocr tesseract-ocr-aze fonts-liberation2 fonts-freefont-ttf");
                return ExitInput;
            }

            int fitCount = Math.Min(ocrDocuments, fit.Count);
            int calibrateCount = Math.Min(ocrDocuments, calibrate.Count);
            string?[] read = OcrRenderer.Read(
                fit.Take(fitCount).Concat(calibrate.Take(calibrateCount)).Select(d => d.Text).ToList(), ocrCache, Say);
            Array.Copy(read, 0, fitOcr, 0, fitCount);
            Array.Copy(read, fitCount, calibrateOcr, 0, calibrateCount);
        }

        ContextModel contextModel = ContextModel.Train(context.SelectMany(document => document.Paragraphs));

        // 1. Pairs from the hand-set decoder's lattices over the fit documents.
        var collector = new Collector();
        Trace(fit, fitOcr, new SpellingCorrector(Options(contextModel, CorrectionWeights.HandSet)), collector, seed);
        Say($"fit: {collector.Tokens:N0} tokens with several readings, {collector.TokensWithGold:N0} with the right one among them, "
            + $"{collector.DamagedWithoutGold:N0} damaged ones without; {collector.Pairs.Count:N0} pairs");
        double[] handSet = HandSetEquivalent(CorrectionWeights.HandSet);
        double[] weights = FitWeights(collector.Pairs, handSet, seed, Say);

        // 2. The learned scorer decodes the calibration documents; the posterior is calibrated on half of them, checked on the other half.
        var uncalibrated = new CorrectionWeights { Scorer = new LearnedScorer(weights, [], []) };
        var halves = new[] { new Collector(), new Collector() };
        for (int h = 0; h < 2; h++)
        {
            Trace(calibrate.Where((_, i) => i % 2 == h).ToList(), calibrateOcr.Where((_, i) => i % 2 == h).ToArray(),
                new SpellingCorrector(Options(contextModel, uncalibrated)), halves[h], seed + 1 + h);
        }

        (double[] xs, double[] ys) = FitCalibration(halves[0].Edits, seed);
        var calibrated = new LearnedScorer(weights, xs, ys);
        List<DecodedEdit> check = halves[1].Edits.Select(e => e with { Confidence = calibrated.Calibrate(e.Posterior) }).ToList();
        List<DecodedEdit> all = halves[0].Edits.Concat(halves[1].Edits).Select(e => e with { Confidence = calibrated.Calibrate(e.Posterior) }).ToList();
        double minConfidence = Threshold(all.Where(e => !e.KnownWord), CorrectionWeights.HandSet.MinConfidence);
        double knownWordMinConfidence = Math.Max(minConfidence, Threshold(all.Where(e => e.KnownWord), CorrectionWeights.HandSet.KnownWordMinConfidence));
        Say($"thresholds: {nameof(CorrectionWeights.MinConfidence)} {minConfidence:0.00}, {nameof(CorrectionWeights.KnownWordMinConfidence)} {knownWordMinConfidence:0.00}");

        var learned = new CorrectionWeights
        {
            Scorer = calibrated,
            Source = source,
            MinConfidence = minConfidence,
            KnownWordMinConfidence = knownWordMinConfidence,
        };
        learned.Save(output);
        Say($"wrote {output}");

        var markdown = new StringBuilder();
        markdown.AppendLine("# Training report").AppendLine().AppendLine("```").Append(log).AppendLine("```").AppendLine();
        markdown.AppendLine("| feature | hand-set equivalent | learned |").AppendLine("|---|---:|---:|");
        for (int i = 0; i < ScoringFeature.Count; i++)
        {
            markdown.AppendLine(CultureInfo.InvariantCulture, $"| {ScoringFeature.Names[i]} | {handSet[i]:0.000} | {weights[i]:0.000} |");
        }

        markdown.AppendLine().AppendLine("Damaged tokens of the calibration documents whose right reading was a candidate, by its source: how often the learned decoder chose it.").AppendLine();
        markdown.AppendLine("| source of the right reading | damaged tokens | chosen |").AppendLine("|---|---:|---:|");
        foreach (string key in halves[0].BySource.Keys.Union(halves[1].BySource.Keys).Order(StringComparer.Ordinal))
        {
            (int f0, int c0) = halves[0].BySource.GetValueOrDefault(key);
            (int f1, int c1) = halves[1].BySource.GetValueOrDefault(key);
            markdown.AppendLine(CultureInfo.InvariantCulture, $"| {key} | {f0 + f1:N0} | {(c0 + c1) / (double)Math.Max(1, f0 + f1):P1} |");
        }

        markdown.AppendLine().AppendLine("Reliability on the calibration documents' second half (the calibration was fitted on the first):").AppendLine();
        markdown.Append(Reliability(check));
        Console.Error.Write(markdown.ToString());
        if (report is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(report))!);
            File.WriteAllText(report, markdown.ToString(), new UTF8Encoding(false));
        }

        return ExitOk;
    }

    private static SpellingOptions Options(ContextModel context, CorrectionWeights weights) => new()
    {
        Edits = true,
        RealWords = true,
        Decoder = SpellingDecoder.Sentence,
        Context = context,
        EmbeddedContext = false,
        Weights = weights,
    };

    /// <summary>Character normalization and layout repair without spelling: what the corrector reads of OCR output.</summary>
    private static readonly AzNormalizer s_beforeSpelling = new(new AzNormalizerOptions { Spelling = new SpellingOptions { Enabled = false } });

    /// <summary>
    /// Noises each document (two kinds each, in turn) and collects its decoded lattices; a document with OCR output is also
    /// decoded as read by tesseract, its tokens lined up with the document's words (<see cref="OcrAligner"/>).
    /// </summary>
    private static void Trace(List<Document> documents, string?[] ocr, SpellingCorrector corrector, Collector collector, int seed)
    {
        int kinds = Enum.GetValues<TrainingNoise>().Length;
        var edits = new List<Edit>();
        for (int d = 0; d < documents.Count; d++)
        {
            if (ocr[d] is { } read)
            {
                string repaired = s_beforeSpelling.Fix(read).Text;
                Dictionary<int, GoldWord> aligned = OcrAligner.Align(repaired, documents[d].Text);
                edits.Clear();
                corrector.Trace(repaired, edits, sample => collector.Add(sample, aligned));
            }

            for (int pass = 0; pass < 2; pass++)
            {
                var kind = (TrainingNoise)(((2 * d) + pass) % kinds);
                var random = new Random(unchecked((seed * 1_000_003) + (d * 7_919) + pass) & int.MaxValue); // HashCode is randomized per process: not here
                (string noisy, Dictionary<int, GoldWord> gold) = Noiser.Apply(documents[d].Text, kind, random);
                edits.Clear();
                corrector.Trace(noisy, edits, sample => collector.Add(sample, gold));
            }
        }
    }

    /// <summary>The hand-set scoring as feature weights (what a learned weight is compared with, and taken where the data has no example).</summary>
    internal static double[] HandSetEquivalent(CorrectionWeights w)
    {
        var theta = new double[ScoringFeature.Count];
        double Error(double cost) => -w.ErrorScale * cost;
        double Restore(double cost) => -w.RestorationScale * cost;
        theta[(int)ErrorOperation.Diacritic] = Restore(w.Diacritic);
        theta[(int)ErrorOperation.AsciiTypedDiacritic] = Restore(w.AsciiTypedDiacritic);
        theta[(int)ErrorOperation.DotlessToDotted] = Restore(w.DotlessToDotted);
        theta[(int)ErrorOperation.TurkishK] = Restore(w.TurkishK);
        theta[(int)ErrorOperation.TurkishH] = Restore(w.TurkishH);
        theta[(int)ErrorOperation.RussianG] = Restore(w.RussianG);
        theta[(int)ErrorOperation.OcrO] = Restore(w.OcrO);
        theta[(int)ErrorOperation.AsciiSpelling] = Restore(w.AsciiSpelling);
        theta[(int)ErrorOperation.OcrShape] = Error(w.OcrShape);
        theta[(int)ErrorOperation.OcrMark] = Error(w.OcrMark);
        theta[(int)ErrorOperation.NeighbourKey] = Error(w.NeighbourKey);
        theta[(int)ErrorOperation.Substitution] = Error(w.Substitution);
        theta[(int)ErrorOperation.LostFirstLetter] = Error(w.LostFirstLetter);
        theta[(int)ErrorOperation.Undoubled] = Error(w.Undoubled);
        theta[(int)ErrorOperation.Dropped] = Error(w.Dropped);
        theta[(int)ErrorOperation.Doubled] = Error(w.Doubled);
        theta[(int)ErrorOperation.Extra] = Error(w.Extra);
        theta[(int)ErrorOperation.Transposition] = Error(w.Transposition);
        theta[ScoringFeature.Split] = -w.SplitPenalty;
        theta[ScoringFeature.Merge] = -w.MergePenalty;
        theta[ScoringFeature.Colloquial] = -w.ColloquialPenalty;
        theta[ScoringFeature.KnownTwin] = -w.KnownTwinPenalty;
        theta[ScoringFeature.AsciiTypedKnownTwin] = -w.AsciiTypedKnownTwinPenalty;
        theta[ScoringFeature.RealWord] = -w.RealWordPenalty;
        theta[ScoringFeature.Derived] = -w.DerivedPenalty;
        theta[ScoringFeature.Frequency] = 1;
        theta[ScoringFeature.Context] = w.ContextWeight;
        theta[ScoringFeature.Unknown] = w.UnknownWord;
        theta[ScoringFeature.Noise] = w.NoiseWeight;
        theta[ScoringFeature.UnknownLength] = w.UnknownWordPerLetter;
        return theta;
    }

    private sealed class PairRow
    {
        public bool Label { get; set; }

        [VectorType(ScoringFeature.Count)]
        public float[] Features { get; set; } = [];
    }

    private sealed class ScoreRow
    {
        public bool Label { get; set; }

        public float Score { get; set; }
    }

    /// <summary>
    /// Logistic regression (ML.NET, L-BFGS) on the pairs, each both ways: P(the first reading is the right one) =
    /// σ(w·(f₁ − f₂)). The weights, divided by ln 10, are the scorer's (log₁₀ units). A feature no pair exercises keeps its
    /// hand-set equivalent.
    /// </summary>
    private static double[] FitWeights(List<float[]> pairs, double[] handSet, int seed, Action<string> say)
    {
        var ml = new MLContext(seed);
        var rows = new List<PairRow>(pairs.Count * 2);
        var used = new bool[ScoringFeature.Count];
        foreach (float[] difference in pairs)
        {
            rows.Add(new PairRow { Label = true, Features = difference });
            rows.Add(new PairRow { Label = false, Features = difference.Select(static v => -v).ToArray() });
            for (int i = 0; i < difference.Length; i++)
            {
                used[i] |= difference[i] != 0;
            }
        }

        IDataView data = ml.Data.LoadFromEnumerable(rows);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(PairRow.Label),
            FeatureColumnName = nameof(PairRow.Features),
            L1Regularization = 0,
            L2Regularization = 0.1f,
            OptimizationTolerance = 1e-8f,
            MaximumNumberOfIterations = 2000,
            NumberOfThreads = 1,
        });
        var model = trainer.Fit(data);
        float[] fitted = model.Model.SubModel.Weights.ToArray();
        var weights = new double[ScoringFeature.Count];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = used[i] ? Math.Round(fitted[i] / Math.Log(10), 4) : handSet[i];
            if (!used[i])
            {
                say($"feature {ScoringFeature.Names[i]}: no example in the training data, hand-set {handSet[i]:0.###} kept");
            }
        }

        var metrics = ml.BinaryClassification.EvaluateNonCalibrated(model.Transform(data), nameof(PairRow.Label));
        say($"pairwise fit: accuracy {metrics.Accuracy:P2}, AUC {metrics.AreaUnderRocCurve:0.0000} on the {rows.Count:N0} rows it was fitted on");
        return weights;
    }

    /// <summary>Isotonic calibration (ML.NET, pool adjacent violators) of the posterior against whether the edit is right.</summary>
    private static (double[] X, double[] Y) FitCalibration(List<DecodedEdit> edits, int seed)
    {
        if (edits.Count < 20)
        {
            return ([], []);
        }

        var ml = new MLContext(seed);
        IDataView data = ml.Data.LoadFromEnumerable(edits.Select(e => new ScoreRow { Label = e.Right, Score = (float)e.Posterior }));
        var calibrator = ml.BinaryClassification.Calibrators.Isotonic(nameof(ScoreRow.Label), nameof(ScoreRow.Score)).Fit(data);
        IsotonicCalibrator model = ((ISingleFeaturePredictionTransformer<IsotonicCalibrator>)calibrator).Model;
        var xs = new List<double>();
        var ys = new List<double>();
        for (int i = 0; i < model.Values.Length; i++)
        {
            double y = Math.Clamp(Math.Round(model.Values[i], 4), 0, 1);
            foreach (double x in new[] { model.Mins[i], model.Maxes[i] })
            {
                double px = Math.Clamp(Math.Round(x, 6), 0, 1);
                if (xs.Count == 0 || px > xs[^1] || (px == xs[^1] && y > ys[^1]))
                {
                    xs.Add(px);
                    ys.Add(Math.Max(y, ys.Count > 0 ? ys[^1] : 0));
                }
            }
        }

        return ([.. xs], [.. ys]);
    }

    /// <summary>The confidence threshold (in steps of 0.05 from 0.5) that maximizes right edits minus twice the wrong ones.</summary>
    private static double Threshold(IEnumerable<DecodedEdit> edits, double fallback)
    {
        List<DecodedEdit> list = edits.ToList();
        if (list.Count < 20)
        {
            return fallback;
        }

        double best = fallback;
        double bestGain = double.NegativeInfinity;
        for (int step = 0; step <= 9; step++)
        {
            double threshold = 0.5 + (0.05 * step);
            double gain = list.Where(e => e.Confidence >= threshold).Sum(e => e.Right ? 1.0 : -2.0);
            if (gain > bestGain)
            {
                (best, bestGain) = (threshold, gain);
            }
        }

        return best;
    }

    /// <summary>A table of confidence buckets: edits, the share right, before (posterior) and after calibration.</summary>
    internal static string Reliability(IReadOnlyList<DecodedEdit> edits)
    {
        var table = new StringBuilder();
        table.AppendLine("| confidence | edits (posterior) | right | edits (calibrated) | right |").AppendLine("|---|---:|---:|---:|---:|");
        double[] bounds = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001];
        for (int b = 0; b + 1 < bounds.Length; b++)
        {
            (double low, double high) = (bounds[b], bounds[b + 1]);
            List<DecodedEdit> before = edits.Where(e => e.Posterior >= low && e.Posterior < high).ToList();
            List<DecodedEdit> after = edits.Where(e => e.Confidence >= low && e.Confidence < high).ToList();
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {low:0.00}–{Math.Min(1, high):0.00} | {before.Count} | {Share(before)} | {after.Count} | {Share(after)} |");
        }

        return table.ToString();

        static string Share(List<DecodedEdit> list) => list.Count == 0 ? "–" : (list.Count(e => e.Right) / (double)list.Count).ToString("P1", CultureInfo.InvariantCulture);
    }

    private static string Describe(List<(string Path, bool Lines)> inputs, int seed, int fit, int calibrate, int context)
    {
        var parts = new List<string>();
        foreach ((string path, _) in inputs)
        {
            IEnumerable<string> files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : [path];
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (string file in files)
            {
                sha.AppendData(File.ReadAllBytes(file));
            }

            parts.Add($"{Path.GetFileName(Path.TrimEndingDirectorySeparator(path))} (sha256 {Convert.ToHexStringLower(sha.GetHashAndReset())[..16]}…)");
        }

        return $"AzNormalize.Training seed {seed}: {fit} documents fitted, {calibrate} calibrated, {context} for its context model; from {string.Join(", ", parts)}";
    }
}
