using System.Globalization;

namespace AzNormalize.Correction;

/// <summary>
/// A scorer learned from data (the training project, tools/AzNormalize.Training): one weight per
/// <see cref="ScoringFeature"/> (a candidate's score is their sum over its features, in log₁₀ units) and a calibration of the
/// decoder's posterior, a monotone map fitted so that of the edits made at confidence c, about c are right.
/// </summary>
/// <remarks>Immutable and thread-safe. Read from and written to the weights file (<see cref="CorrectionWeights.Load(string)"/>).</remarks>
internal sealed class LearnedScorer
{
    private readonly double[] _weights;
    private readonly double[] _calibrationX;
    private readonly double[] _calibrationY;

    public LearnedScorer(double[] weights, double[] calibrationX, double[] calibrationY)
    {
        if (weights.Length != ScoringFeature.Count)
        {
            throw new ArgumentException($"expected {ScoringFeature.Count} weights, got {weights.Length}", nameof(weights));
        }

        if (calibrationX.Length != calibrationY.Length)
        {
            throw new ArgumentException("the calibration's two columns differ in length", nameof(calibrationY));
        }

        for (int i = 1; i < calibrationX.Length; i++)
        {
            if (calibrationX[i] < calibrationX[i - 1] || calibrationY[i] < calibrationY[i - 1])
            {
                throw new ArgumentException("the calibration is not monotone", nameof(calibrationX));
            }
        }

        _weights = weights;
        _calibrationX = calibrationX;
        _calibrationY = calibrationY;
    }

    /// <summary>The weights, one per <see cref="ScoringFeature"/>.</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>The calibration's points (posterior, probability), ascending; empty: the posterior is the confidence.</summary>
    public IReadOnlyList<(double Posterior, double Probability)> Calibration =>
        _calibrationX.Select((x, i) => (x, _calibrationY[i])).ToArray();

    /// <summary>The weight of <paramref name="feature"/>.</summary>
    public double this[int feature] => _weights[feature];

    /// <summary>The score of a candidate with <paramref name="features"/>.</summary>
    public double Score(ReadOnlySpan<double> features)
    {
        double score = 0;
        for (int i = 0; i < features.Length; i++)
        {
            score += _weights[i] * features[i];
        }

        return score;
    }

    /// <summary>The calibrated confidence of a posterior: linear between the calibration's points, flat outside them.</summary>
    public double Calibrate(double posterior)
    {
        int n = _calibrationX.Length;
        if (n == 0)
        {
            return posterior;
        }

        if (posterior <= _calibrationX[0])
        {
            return _calibrationY[0];
        }

        if (posterior >= _calibrationX[n - 1])
        {
            return _calibrationY[n - 1];
        }

        int i = Array.BinarySearch(_calibrationX, posterior);
        if (i >= 0)
        {
            return _calibrationY[i];
        }

        i = ~i; // first point above
        double x0 = _calibrationX[i - 1];
        double x1 = _calibrationX[i];
        double t = x1 > x0 ? (posterior - x0) / (x1 - x0) : 0;
        return _calibrationY[i - 1] + (t * (_calibrationY[i] - _calibrationY[i - 1]));
    }

    /// <summary>The file's first line.</summary>
    internal const string Header = "azweights 1";

    /// <summary>Reads a weights file (see <see cref="Write"/>): every feature must be there once, and nothing else.</summary>
    internal static (LearnedScorer Scorer, string Source, double? MinConfidence, double? KnownWordMinConfidence) Read(TextReader reader, string name)
    {
        var weights = new double[ScoringFeature.Count];
        var seen = new bool[ScoringFeature.Count];
        var xs = new List<double>();
        var ys = new List<double>();
        string source = string.Empty;
        double? minConfidence = null;
        double? knownWordMinConfidence = null;
        int number = 0;
        string? line;
        bool header = false;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (!header)
            {
                if (line != Header)
                {
                    throw Bad(name, number, $"expected '{Header}' first, found '{Clip(line)}' (not an AzNormalize weights file, or a newer version)");
                }

                header = true;
                continue;
            }

            string[] parts = line.Split(' ', 3);
            switch (parts[0])
            {
                case "source" when parts.Length >= 2:
                    source = line["source ".Length..];
                    break;
                case "feature" when parts.Length == 3:
                    int index = IndexOf(parts[1]);
                    if (index < 0)
                    {
                        throw Bad(name, number, $"unknown feature '{Clip(parts[1])}'");
                    }

                    if (seen[index])
                    {
                        throw Bad(name, number, $"feature '{parts[1]}' given twice");
                    }

                    weights[index] = Number(parts[2], name, number);
                    seen[index] = true;
                    break;
                case "threshold" when parts.Length == 3 && parts[1] == nameof(CorrectionWeights.MinConfidence):
                    minConfidence = Probability(parts[2], name, number);
                    break;
                case "threshold" when parts.Length == 3 && parts[1] == nameof(CorrectionWeights.KnownWordMinConfidence):
                    knownWordMinConfidence = Probability(parts[2], name, number);
                    break;
                case "calibrate" when parts.Length == 3:
                    double x = Probability(parts[1], name, number);
                    double y = Probability(parts[2], name, number);
                    if (xs.Count > 0 && (x < xs[^1] || y < ys[^1]))
                    {
                        throw Bad(name, number, "calibration points must ascend in both columns");
                    }

                    xs.Add(x);
                    ys.Add(y);
                    break;
                default:
                    throw Bad(name, number, $"cannot read '{Clip(line)}' (expected source, feature, threshold or calibrate lines)");
            }
        }

        if (!header)
        {
            throw new InvalidDataException($"{name}: empty: not an AzNormalize weights file");
        }

        int missing = Array.IndexOf(seen, false);
        if (missing >= 0)
        {
            throw new InvalidDataException($"{name}: feature '{ScoringFeature.Names[missing]}' is missing (the file is cut short or from another version)");
        }

        return (new LearnedScorer(weights, [.. xs], [.. ys]), source, minConfidence, knownWordMinConfidence);
    }

    /// <summary>Writes the file: the header, the source, the thresholds, every feature's weight, the calibration (round-trip exact).</summary>
    internal void Write(TextWriter writer, string source, double minConfidence, double knownWordMinConfidence)
    {
        writer.Write(Header + "\n");
        writer.Write($"# Learned weights of AzNormalize's sentence decoder: one weight per feature (log10 units), the decision thresholds,\n");
        writer.Write($"# and the calibration of the posterior (posterior probability pairs, linear between them).\n");
        writer.Write("source " + source.Replace('\n', ' ').Replace('\r', ' ') + "\n");
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"threshold {nameof(CorrectionWeights.MinConfidence)} {minConfidence:R}\n"));
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"threshold {nameof(CorrectionWeights.KnownWordMinConfidence)} {knownWordMinConfidence:R}\n"));
        for (int i = 0; i < _weights.Length; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"feature {ScoringFeature.Names[i]} {_weights[i]:R}\n"));
        }

        for (int i = 0; i < _calibrationX.Length; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"calibrate {_calibrationX[i]:R} {_calibrationY[i]:R}\n"));
        }
    }

    private static int IndexOf(string feature)
    {
        for (int i = 0; i < ScoringFeature.Count; i++)
        {
            if (string.Equals(ScoringFeature.Names[i], feature, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static double Number(string text, string name, int line) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            ? value
            : throw Bad(name, line, $"'{Clip(text)}' is not a finite number");

    private static double Probability(string text, string name, int line)
    {
        double value = Number(text, name, line);
        return value is >= 0 and <= 1 ? value : throw Bad(name, line, $"{value.ToString(CultureInfo.InvariantCulture)} is not between 0 and 1");
    }

    private static string Clip(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    private static InvalidDataException Bad(string name, int line, string message) => new($"{name}, line {line}: {message}");
}
