namespace AzNormalize.Correction;

/// <summary>
/// Decodes a lattice of candidates over a sentence's word tokens: the likeliest path (Viterbi) and, for every candidate, the
/// score of the best path through it (max-marginals, from a forward and a backward pass), from which each candidate's
/// posterior against the other readings of its tokens follows.
/// </summary>
/// <remarks>
/// Scores are log₁₀. A path covers every token exactly once; each node covers tokens [<c>Start</c>, <c>End</c>). A path's
/// score is the sum of its nodes' local scores and of the transitions between consecutive nodes (the first node's
/// transition from the sentence start, node index −1). Stateless and thread-safe.
/// </remarks>
internal static class SentenceDecoder
{
    /// <summary>The decoded path and each node's max-marginal.</summary>
    /// <param name="Path">The nodes of the best path, in order.</param>
    /// <param name="MaxMarginals">Per node, the score of the best path through it (−∞ when no path passes).</param>
    internal sealed record Result(int[] Path, double[] MaxMarginals)
    {
        /// <summary>The best path's score.</summary>
        public double Score => Path.Length == 0 ? 0 : MaxMarginals[Path[0]];
    }

    /// <summary>Decodes the lattice.</summary>
    /// <param name="tokenCount">The tokens the lattice covers.</param>
    /// <param name="starts">Per node, its first token.</param>
    /// <param name="ends">Per node, the token after its last.</param>
    /// <param name="local">Per node, its own score.</param>
    /// <param name="transition">The score of going from node a (−1: the sentence start) to node b.</param>
    public static Result Decode(int tokenCount, int[] starts, int[] ends, double[] local, Func<int, int, double> transition)
    {
        int count = starts.Length;
        var byStart = new List<int>[tokenCount + 1];
        var byEnd = new List<int>[tokenCount + 1];
        for (int t = 0; t <= tokenCount; t++)
        {
            byStart[t] = [];
            byEnd[t] = [];
        }

        for (int k = 0; k < count; k++)
        {
            if (starts[k] < 0 || ends[k] <= starts[k] || ends[k] > tokenCount)
            {
                throw new ArgumentException($"node {k} covers [{starts[k]}, {ends[k]}) outside 0..{tokenCount}", nameof(starts));
            }

            byStart[starts[k]].Add(k);
            byEnd[ends[k]].Add(k);
        }

        var alpha = new double[count];
        var back = new int[count];
        for (int t = 0; t < tokenCount; t++)
        {
            foreach (int k in byStart[t])
            {
                double best = double.NegativeInfinity;
                int from = -1;
                if (t == 0)
                {
                    best = transition(-1, k);
                }
                else
                {
                    foreach (int j in byEnd[t])
                    {
                        double v = alpha[j] + transition(j, k);
                        if (v > best)
                        {
                            (best, from) = (v, j);
                        }
                    }
                }

                alpha[k] = best + local[k];
                back[k] = from;
            }
        }

        var beta = new double[count];
        for (int t = tokenCount; t > 0; t--)
        {
            foreach (int k in byEnd[t])
            {
                if (t == tokenCount)
                {
                    beta[k] = 0;
                    continue;
                }

                double best = double.NegativeInfinity;
                foreach (int m in byStart[t])
                {
                    best = Math.Max(best, transition(k, m) + local[m] + beta[m]);
                }

                beta[k] = best;
            }
        }

        var marginals = new double[count];
        for (int k = 0; k < count; k++)
        {
            marginals[k] = alpha[k] + beta[k];
        }

        int last = -1;
        foreach (int k in byEnd[tokenCount])
        {
            if (last < 0 || alpha[k] > alpha[last])
            {
                last = k;
            }
        }

        var path = new List<int>();
        for (int k = last; k >= 0; k = back[k])
        {
            path.Add(k);
        }

        path.Reverse();
        return new Result([.. path], marginals);
    }

    /// <summary>
    /// The posterior of <paramref name="node"/> against every node that covers its first token, from their max-marginals:
    /// 10^m(node) / Σ 10^m(other), in 0..1.
    /// </summary>
    public static double Posterior(Result result, int[] starts, int[] ends, int node)
    {
        int token = starts[node];
        double own = result.MaxMarginals[node];
        double sum = 0;
        for (int k = 0; k < starts.Length; k++)
        {
            if (starts[k] <= token && token < ends[k] && !double.IsNegativeInfinity(result.MaxMarginals[k]))
            {
                sum += Math.Pow(10, result.MaxMarginals[k] - own);
            }
        }

        return sum <= 0 ? 0 : 1 / sum;
    }
}
