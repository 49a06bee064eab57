namespace AzNormalize.Correction;

/// <summary>One node of a decoded lattice, as the training project sees it (<see cref="SpellingCorrector.Trace"/>).</summary>
/// <param name="Candidate">The candidate.</param>
/// <param name="Features">Its features (<see cref="ScoringFeature"/>).</param>
/// <param name="Unknown">Whether it is an unknown word kept.</param>
/// <param name="Decided">Whether its word was decided outside the lattice (a capitalised word, VV for W).</param>
/// <param name="OnPath">Whether the decoder chose it.</param>
/// <param name="Posterior">Its posterior against the other readings of its first token.</param>
/// <param name="Confidence">The posterior calibrated (the posterior itself without a learned scorer).</param>
/// <param name="KnownWordReplacement">Whether it replaces a known word (a stricter threshold).</param>
/// <param name="First">The first word it reads.</param>
/// <param name="Last">The last word it reads (the first, unless a split).</param>
internal sealed record LatticeNode(Candidate Candidate, double[] Features, bool Unknown, bool Decided, bool OnPath, double Posterior,
    double Confidence, bool KnownWordReplacement, string First, string Last);

/// <summary>A decoded lattice over a run of word tokens.</summary>
/// <param name="Text">The text the run is in.</param>
/// <param name="Tokens">The run's word tokens (offsets in <paramref name="Text"/>); a node's <see cref="Candidate.Token"/> indexes them.</param>
/// <param name="Nodes">The nodes.</param>
/// <param name="Lift">The context lift of a word after another (log₁₀, clamped, unweighted): the <see cref="ScoringFeature.Context"/> feature.</param>
internal sealed record LatticeSample(string Text, (int Start, int End)[] Tokens, LatticeNode[] Nodes, Func<string, string, double> Lift);
