using AzNormalize.Text;
using AzNormalize.Tokenization;

namespace AzNormalize.Correction;

public sealed partial class SpellingCorrector
{
    /// <summary>What a candidate the lexicon does not list (one only the morphology accepts) pays: listed forms are surer.</summary>
    internal const double DerivedPenalty = 0.1;

    /// <summary>
    /// How much a candidate pays per power of ten it is rarer than the most frequent candidate, and the most it pays. In text
    /// typed without Azerbaijani letters throughout every word lost its letters alike, so the likelier reading is simply the
    /// commoner word, and frequency weighs more.
    /// </summary>
    /// <param name="FrequencyWeight">What a candidate pays per power of ten it is rarer than the most frequent one.</param>
    /// <param name="FrequencyCap">The most it pays for being rare.</param>
    /// <param name="NamesForCapitalised">Whether a capitalised word's candidates may be names (known only capitalised: İngiltərə).</param>
    internal readonly record struct RankingWeights(double FrequencyWeight, double FrequencyCap, bool NamesForCapitalised)
    {
        /// <summary>Ordinary text: 0.1 per power of ten, at most 0.3; a capitalised word's candidates are words.</summary>
        public static RankingWeights Default { get; } = new(0.1, 0.3, false);

        /// <summary>Text typed without Azerbaijani letters throughout: 0.4 per power of ten, at most 1.2; names too.</summary>
        public static RankingWeights AsciiTyped { get; } = new(0.4, 1.2, true);
    }

    /// <summary>What a candidate pays per power of ten its context is less likely than the likeliest candidate's.</summary>
    internal const double ContextWeight = 0.25;

    /// <summary>The most a candidate pays for its context.</summary>
    internal const double ContextCap = 1.0;

    /// <summary>The candidates of <paramref name="lower"/>, ranked best first, in the casing <paramref name="shape"/>.</summary>
    private List<Suggestion> Rank(CandidateSearch search, string lower, CaseShape shape, string? previous, string? next, RankingWeights weights)
    {
        ScoredCandidate[] candidates = FindCandidates(search, lower, weights.NamesForCapitalised && shape == CaseShape.Title);
        var ranked = new List<Suggestion>(candidates.Length);
        if (candidates.Length == 0)
        {
            return ranked;
        }

        Span<double> scores = candidates.Length <= MaxScoresOnStack ? stackalloc double[candidates.Length] : new double[candidates.Length];
        Score(candidates, lower, previous, next, weights, scores);
        for (int i = 0; i < candidates.Length; i++)
        {
            ScoredCandidate c = candidates[i];
            ranked.Add(new Suggestion(Cased(c.Word, shape), c.Cost, scores[i], c.Kind, c.Reason) { IsRestoration = c.Restoration });
        }

        ranked.Sort(static (a, b) =>
        {
            int byScore = a.Score.CompareTo(b.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            int byCost = a.Cost.CompareTo(b.Cost);
            return byCost != 0 ? byCost : string.CompareOrdinal(a.Word, b.Word);
        });
        return ranked;
    }

    /// <summary>The full ranking of <paramref name="word"/>'s candidates between the neighbours (tests: <see cref="BestTwoOf"/> must agree with its first two).</summary>
    internal List<Suggestion> RankOf(string word, string? previous, string? next, bool asciiTyped) =>
        TryLower(word, out string lower, out CaseShape shape)
            ? Rank(NewSearch(), lower, shape, previous, next, asciiTyped ? RankingWeights.AsciiTyped : RankingWeights.Default)
            : [];

    /// <summary>The two candidates the margin decoder weighs for <paramref name="word"/> between the neighbours (<see cref="BestTwo"/>), in its casing.</summary>
    internal (string? First, string? Second) BestTwoOf(string word, string? previous, string? next, bool asciiTyped)
    {
        RankingWeights weights = asciiTyped ? RankingWeights.AsciiTyped : RankingWeights.Default;
        if (!TryLower(word, out string lower, out CaseShape shape))
        {
            return (null, null);
        }

        ScoredCandidate[] candidates = FindCandidates(NewSearch(), lower, weights.NamesForCapitalised && shape == CaseShape.Title);
        if (candidates.Length == 0)
        {
            return (null, null);
        }

        double[] scores = new double[candidates.Length];
        Score(candidates, lower, previous, next, weights, scores);
        (int first, int second) = BestTwo(candidates, scores, shape);
        return (Cased(candidates[first].Word, shape), second < 0 ? null : Cased(candidates[second].Word, shape));
    }

    /// <summary>The most candidates whose scores are kept on the stack.</summary>
    private const int MaxScoresOnStack = 128;

    /// <summary><paramref name="word"/> (lowercase) in the casing <paramref name="shape"/>: capitalised for a title, else as it is.</summary>
    private static string Cased(string word, CaseShape shape) => shape == CaseShape.Title ? AzCasing.ToTitle(word) : word;

    /// <summary>
    /// The score of each of <paramref name="candidates"/> of <paramref name="lower"/> between <paramref name="previous"/> and
    /// <paramref name="next"/> (lower is better), rounded as a <see cref="Suggestion"/>'s, into <paramref name="scores"/>; the
    /// neighbours' ids in the context model when the caller has them (<see cref="ContextIds"/>).
    /// </summary>
    private void Score(ScoredCandidate[] candidates, string lower, string? previous, string? next, RankingWeights weights, Span<double> scores,
        int? knownPreviousId = null, int? knownNextId = null)
    {
        // Each candidate's context, once: the score of each is measured against the best of them.
        double maxFrequency = 0;
        double maxContext = double.NegativeInfinity;
        bool byIds = Context is { IsCombined: false };
        int previousId = byIds && previous is not null ? knownPreviousId ?? Context!.Id(previous) : -1; // the neighbours looked up once
        int nextId = byIds && next is not null ? knownNextId ?? Context!.Id(next) : -1;
        for (int i = 0; i < candidates.Length; i++)
        {
            maxFrequency = Math.Max(maxFrequency, candidates[i].Frequency);
            if (Context is not null)
            {
                scores[i] = byIds
                    ? Context.Score(previousId, candidates[i].ContextId, nextId, next is not null)
                    : ContextScore(Context, previous, candidates[i].Word, next);
                maxContext = Math.Max(maxContext, scores[i]);
            }
        }

        int harmonyBreaks = HarmonyBreaks(lower);
        for (int i = 0; i < candidates.Length; i++)
        {
            ScoredCandidate c = candidates[i];
            double score = c.Cost + HarmonyWeight * (c.HarmonyBreaks - harmonyBreaks);
            if (!c.Listed)
            {
                score += DerivedPenalty;
            }

            if (maxFrequency > 0)
            {
                score += Math.Min(weights.FrequencyCap, weights.FrequencyWeight * (maxFrequency - c.Frequency));
            }

            if (Context is not null)
            {
                score += Math.Min(ContextCap, ContextWeight * (maxContext - scores[i]));
            }

            scores[i] = Math.Round(score, 6);
        }
    }

    /// <summary>
    /// The best two of <paramref name="candidates"/> by <paramref name="scores"/> (<see cref="Score"/>), in <see cref="Rank"/>'s
    /// order (score, then cost, then the word in the casing <paramref name="shape"/>): their indices, the second -1 when there
    /// is one candidate. What <see cref="Rank"/> puts first and second, without building and sorting the whole list.
    /// </summary>
    private static (int Best, int Second) BestTwo(ScoredCandidate[] candidates, ReadOnlySpan<double> scores, CaseShape shape)
    {
        int best = 0;
        int second = -1;
        for (int i = 1; i < candidates.Length; i++)
        {
            if (Before(candidates, scores, shape, i, best))
            {
                (best, second) = (i, best);
            }
            else if (second < 0 || Before(candidates, scores, shape, i, second))
            {
                second = i;
            }
        }

        return (best, second);
    }

    /// <summary>Whether candidate <paramref name="i"/> ranks before candidate <paramref name="j"/> (<see cref="Rank"/>'s order).</summary>
    private static bool Before(ScoredCandidate[] candidates, ReadOnlySpan<double> scores, CaseShape shape, int i, int j)
    {
        int order = scores[i].CompareTo(scores[j]);
        if (order == 0)
        {
            order = candidates[i].Cost.CompareTo(candidates[j].Cost);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(Cased(candidates[i].Word, shape), Cased(candidates[j].Word, shape)); // rare: a tie
        }

        return order < 0;
    }

    /// <summary>A candidate of a word with what depends on it alone: its cost, kind and reason, its frequency, listing and harmony, and its id in the corrector's context model (-1: none, or a combined model).</summary>
    private readonly record struct ScoredCandidate(string Word, double Cost, EditKind Kind, string Reason, bool Restoration, double Frequency, bool Listed, int HarmonyBreaks, int ContextId);

    /// <summary>
    /// The candidates of <paramref name="lower"/> (<see cref="CandidateSearch.Run"/>) with their word-only facts, from the
    /// corrector's bounded cache: a word's candidates depend on the word, the options and the morphology alone, and texts
    /// repeat their misspellings (ve, ucun, bele), so each is searched once per process until the cache fills and starts over.
    /// </summary>
    private ScoredCandidate[] FindCandidates(CandidateSearch search, string lower, bool capitalised)
    {
        bool edits = Options.Edits && lower.Length >= Options.MinEditLength;
        System.Collections.Concurrent.ConcurrentDictionary<string, ScoredCandidate[]> cache = _candidateCaches[(edits ? 1 : 0) + (capitalised ? 2 : 0)];
        if (cache.TryGetValue(lower, out ScoredCandidate[]? cached))
        {
            return cached;
        }

        search.Capitalised = capitalised;
        search.Run(lower, edits);
        var found = new ScoredCandidate[search.Candidates.Count];
        int i = 0;
        foreach ((string candidate, (double cost, EditKind kind, string reason, bool restoration)) in search.Candidates)
        {
            found[i++] = new ScoredCandidate(candidate, cost, kind, reason, restoration, Math.Log10(1 + _morphology.EstimateCount(candidate)),
                _morphology.Lexicon.Contains(candidate), HarmonyBreaks(candidate), Context is { IsCombined: false } ? Context.Id(candidate) : -1);
        }

        // Bounded: a long run over ever new words starts over. (Counted apart: the dictionary's Count takes all its locks.)
        if (Interlocked.Increment(ref _cachedCandidateLists) > MaxCachedCandidateLists)
        {
            ClearCandidates();
        }

        cache.TryAdd(lower, found);
        return found;
    }

    /// <summary>The most words whose candidates the corrector keeps.</summary>
    private const int MaxCachedCandidateLists = 16_384;

    /// <summary>
    /// The kept candidate lists by word, one table per (edits searched, capitalised) pair: a string key with the ordinal
    /// comparer hashes faster than a tuple of the word and the flags.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ScoredCandidate[]>[] _candidateCaches =
        [new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)];

    private int _cachedCandidateLists;

    /// <summary>Forgets the cached candidate lists (benchmarks measure a first reading).</summary>
    internal void ClearCandidates()
    {
        foreach (System.Collections.Concurrent.ConcurrentDictionary<string, ScoredCandidate[]> cache in _candidateCaches)
        {
            cache.Clear();
        }

        Interlocked.Exchange(ref _cachedCandidateLists, 0);
    }

    /// <summary>
    /// What a candidate pays for each pair of neighbouring vowels it makes disagree in backness (front ə e i ö ü, back a ı o u),
    /// and earns for each it makes agree, against the word as written: a suffix follows the last vowel, so a restoration that
    /// breaks harmony (<c>ile</c> → <c>ılə</c>) is less likely than one that keeps it (<c>ilə</c>). Loanwords break harmony in the
    /// stem, so this only weighs candidates against each other.
    /// </summary>
    internal const double HarmonyWeight = 0.15;

    /// <summary>How many pairs of neighbouring vowels of <paramref name="word"/> disagree in backness.</summary>
    internal static int HarmonyBreaks(string word)
    {
        int breaks = 0;
        int previous = -1; // -1 none yet, 0 front, 1 back
        foreach (char c in word)
        {
            if (!AzAlphabet.IsVowel(c))
            {
                continue;
            }

            int back = AzAlphabet.IsBackVowel(c) ? 1 : 0;
            if (previous >= 0 && back != previous)
            {
                breaks++;
            }

            previous = back;
        }

        return breaks;
    }

    /// <summary>log₁₀ P(candidate | previous) + log₁₀ P(next | candidate).</summary>
    private static double ContextScore(ContextModel model, string? previous, string candidate, string? next) =>
        model.LogProbability(previous, candidate) + (next is null ? 0 : model.LogProbability(candidate, next));

    /// <summary>
    /// How much likelier the neighbours make <paramref name="candidate"/> than its frequency alone does: log₁₀ P(c | previous) −
    /// log₁₀ P(c) + log₁₀ P(next | c) − log₁₀ P(next), so the frequency prior is not counted twice. A side whose left word the
    /// model never saw lifts nothing; one whose left word it saw, but not in this pair, lifts about −0.4 (log₁₀ of 1 − λ).
    /// </summary>
    private static double ContextLift(ContextModel model, string? previous, string candidate, string? next)
    {
        double lift = previous is null ? 0 : model.LogProbability(previous, candidate) - model.LogProbability(null, candidate);
        if (next is not null)
        {
            lift += model.LogProbability(candidate, next) - model.LogProbability(null, next);
        }

        return lift;
    }

    /// <summary>Pairs a real-word correction needs on each side: the replacement seen this often after the previous word.</summary>
    internal const int RealWordMinPairCount = 2;

    /// <summary>
    /// A known word where the context model has never seen it after its previous word nor before its next, but has seen a
    /// word at most two edits away in that very place, on both sides: that word replaces it.
    /// </summary>
    private void FindRealWord(string text, List<Token> words, int index, List<Edit> edits)
    {
        ContextModel model = Context!;
        Token token = words[index];
        if (index == 0 || index + 1 >= words.Count || token.Length < 4 || token.Length > MaxWordLength
            || !Adjacent(text, words[index - 1], token) || !Adjacent(text, token, words[index + 1]))
        {
            return;
        }

        string word = token.GetText(text).ToString();
        if (AzCasing.GetShape(word) != CaseShape.Lower)
        {
            return;
        }

        string previous = Lower(text, words[index - 1]);
        string next = Lower(text, words[index + 1]);
        if (model.GetPairCount(previous, word) > 0 || model.GetPairCount(word, next) > 0)
        {
            return;
        }

        string? best = null;
        int bestSupport = 0;
        bool tie = false;
        foreach (string follower in RealWordNeighbours(model, previous, word))
        {
            int right = model.GetPairCount(follower, next);
            if (right < 1)
            {
                continue;
            }

            int support = model.GetPairCount(previous, follower) + right;
            if (support > bestSupport)
            {
                (best, bestSupport, tie) = (follower, support, false);
            }
            else if (support == bestSupport)
            {
                tie = true;
            }
        }

        if (best is not null && !tie)
        {
            edits.Add(new Edit(token.Start, token.Length, word, best, EditKind.RealWord, 0.6,
                $"{Describe(EditKind.RealWord)}: '{previous} {best} {next}' seen, '{word}' never in this place"));
        }
    }

    /// <summary>
    /// The real-word candidates of <paramref name="word"/> after <paramref name="previous"/>: words of 4 letters or more that
    /// the model saw there at least <see cref="RealWordMinPairCount"/> times, known to the morphology, at most two edits away.
    /// </summary>
    private List<string> RealWordNeighbours(ContextModel model, string previous, string word)
    {
        var neighbours = new List<string>();
        foreach (string follower in model.Followers(previous))
        {
            if (follower.Length >= 4 && Math.Abs(follower.Length - word.Length) <= 2 && follower != word
                && model.GetPairCount(previous, follower) >= RealWordMinPairCount && _morphology.IsKnown(follower)
                && Distance(word, follower, 2) <= 2)
            {
                neighbours.Add(follower);
            }
        }

        return neighbours;
    }

    /// <summary>The optimal-string-alignment distance of two words (swaps count one), or more than <paramref name="bound"/>.</summary>
    internal static int Distance(string a, string b, int bound)
    {
        if (Math.Abs(a.Length - b.Length) > bound)
        {
            return bound + 1;
        }

        var rows = new int[3, b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            rows[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            int current = i % 3;
            int previous = (i - 1) % 3;
            int before = (i + 1) % 3;
            rows[current, 0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(rows[previous, j] + 1, rows[current, j - 1] + 1), rows[previous, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, rows[before, j - 2] + 1);
                }

                rows[current, j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > bound)
            {
                return bound + 1;
            }
        }

        return rows[a.Length % 3, b.Length];
    }
}
