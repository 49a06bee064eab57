using AzNormalize.Correction;

namespace AzNormalize.Training;

/// <summary>An edit the decoder would make (a chosen candidate that changes its words), with its posterior and whether it is right.</summary>
/// <param name="Posterior">The decoder's posterior.</param>
/// <param name="Confidence">The posterior calibrated by the scorer traced with (the posterior when uncalibrated).</param>
/// <param name="Right">Whether it reads the gold.</param>
/// <param name="KnownWord">Whether it replaces a known word.</param>
internal readonly record struct DecodedEdit(double Posterior, double Confidence, bool Right, bool KnownWord);

/// <summary>
/// Turns decoded lattices of noisy text with known gold into training data: for every token whose gold reading is among its
/// candidates, the feature differences between the gold candidate and each other one (a pairwise ranking problem whose
/// linear solution is the scorer's weights), and every edit the decoder chose, with its posterior and whether it is right.
/// </summary>
internal sealed class Collector
{
    /// <summary>Pairs (gold minus other), as features.</summary>
    public List<float[]> Pairs { get; } = [];

    /// <summary>The decoder's edits (chosen candidates that change their words).</summary>
    public List<DecodedEdit> Edits { get; } = [];

    /// <summary>Per source of the right reading of a damaged token: how often it was among the readings, and how often the decoder chose it.</summary>
    public SortedDictionary<string, (int Found, int Chosen)> BySource { get; } = new(StringComparer.Ordinal);

    /// <summary>Tokens with more than one reading.</summary>
    public int Tokens { get; private set; }

    /// <summary>Tokens with more than one reading whose gold was among them.</summary>
    public int TokensWithGold { get; private set; }

    /// <summary>Damaged tokens whose gold no candidate reads (the search did not find it).</summary>
    public int DamagedWithoutGold { get; private set; }

    /// <summary>Reads one lattice of a document with gold <paramref name="gold"/> (by noisy token start).</summary>
    public void Add(LatticeSample sample, IReadOnlyDictionary<int, GoldWord> gold)
    {
        int n = sample.Tokens.Length;
        var golds = new GoldWord?[n];
        for (int t = 0; t < n; t++)
        {
            golds[t] = gold.TryGetValue(sample.Tokens[t].Start, out GoldWord g) ? g : null;
        }

        for (int t = 0; t < n; t++)
        {
            if (golds[t] is not { } g)
            {
                continue;
            }

            var readings = new List<LatticeNode>();
            LatticeNode? right = null;
            foreach (LatticeNode node in sample.Nodes)
            {
                if (node.Candidate.Token != t)
                {
                    continue;
                }

                readings.Add(node);
                if (node.Candidate.TokenCount == g.Span && string.Equals(node.Candidate.Text, g.Gold, StringComparison.Ordinal))
                {
                    right = node;
                }
            }

            if (readings.Count == 0 || readings.Exists(static r => r.Decided))
            {
                continue;
            }

            foreach (LatticeNode node in readings)
            {
                if (node.OnPath && !node.Candidate.IsKeep)
                {
                    Edits.Add(new DecodedEdit(node.Posterior, node.Confidence, ReferenceEquals(node, right), node.KnownWordReplacement));
                }
            }

            if (readings.Count < 2)
            {
                continue;
            }

            Tokens++;
            if (right is null)
            {
                DamagedWithoutGold += g.Damaged ? 1 : 0;
                continue;
            }

            TokensWithGold++;
            if (g.Damaged)
            {
                string key = right.Unknown ? "Keep (unknown)" : right.Candidate.Source.ToString();
                (int found, int chosen) = BySource.GetValueOrDefault(key);
                BySource[key] = (found + 1, chosen + (right.OnPath ? 1 : 0));
            }

            string? previous = t > 0 && golds[t - 1] is { } p ? Last(p.Gold) : null;
            int after = t + g.Span;
            string? next = after < n && golds[after] is { } q ? First(q.Gold) : null;
            float[] positive = WithNeighbours(right, previous, next, sample);
            foreach (LatticeNode node in readings)
            {
                if (ReferenceEquals(node, right))
                {
                    continue;
                }

                float[] negative = WithNeighbours(node, previous, next, sample);
                var difference = new float[ScoringFeature.Count];
                for (int i = 0; i < difference.Length; i++)
                {
                    difference[i] = positive[i] - negative[i];
                }

                Pairs.Add(difference);
            }
        }
    }

    /// <summary>A node's features with the context lift from and to the gold neighbours added (as the decoder's transitions add it).</summary>
    private static float[] WithNeighbours(LatticeNode node, string? previous, string? next, LatticeSample sample)
    {
        var features = new float[ScoringFeature.Count];
        for (int i = 0; i < features.Length; i++)
        {
            features[i] = (float)node.Features[i];
        }

        if (!node.Unknown)
        {
            double lift = 0;
            if (previous is not null)
            {
                lift += sample.Lift(previous, node.First);
            }

            if (next is not null)
            {
                lift += sample.Lift(node.Last, next);
            }

            features[ScoringFeature.Context] += (float)lift;
        }

        return features;
    }

    private static string First(string gold) => gold.IndexOf(' ', StringComparison.Ordinal) is int i and >= 0 ? gold[..i] : gold;

    private static string Last(string gold) => gold.LastIndexOf(' ') is int i and >= 0 ? gold[(i + 1)..] : gold;
}
