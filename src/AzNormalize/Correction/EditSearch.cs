using AzNormalize.Lexicon;
using AzNormalize.Text;

namespace AzNormalize.Correction;

/// <summary>
/// Finds the known words within a weighted edit budget of a typed word: a bounded walk of the lexicon's words as an implicit
/// trie (their ordinal order: a node is a run of words sharing a prefix, its children found by binary search), carrying one
/// row of a weighted Damerau-Levenshtein table per node (<see cref="ErrorCosts"/>: restorations cheap, edits dear, sh→ş,
/// rn↔m), and pruning a node as soon as its row's best exceeds the budget. Suffix-aware: at a listed word that the typed
/// word's beginning reaches within budget, the rest of the typed word is tried after it as a suffix (with its lost letters
/// restored), so a misspelled stem keeps its correct suffixes (<c>prezdentlərimizin</c> → <c>prezidentlərimizin</c>).
/// </summary>
/// <remarks>Not thread-safe: one instance per call (it holds its rows).</remarks>
internal sealed class EditSearch
{
    private const int MaxDepth = SpellingCorrector.MaxWordLength + 2;

    private readonly AzMorphology _morphology;
    private readonly char[] _chars; // the lexicon's words in ordinal order (WordStore): word i is _chars[_starts[i].._starts[i + 1]]
    private readonly int[] _starts;
    private readonly int _count;
    private readonly ErrorCosts _costs;
    private readonly double[][] _rows = new double[MaxDepth + 1][];
    private readonly char[] _prefix = new char[MaxDepth + 1];
    private string _typed = string.Empty;
    private double _budget;
    private double _shallowBudget;

    // Per search, the costs of each typed position against each letter, filled a letter at a time on first use: the row
    // computation is the hot loop, and the error costs are a few table lookups each.
    private readonly double[] _substitute = new double[(MaxDepth + 1) * LetterSlots];
    private readonly double[] _insert = new double[(MaxDepth + 2) * LetterSlots];
    private readonly bool[] _filled = new bool[LetterSlots];
    private readonly double[] _delete = new double[MaxDepth + 1];
    private const int LetterSlots = 34;
    private static readonly sbyte[] s_slots = MakeSlots();

    private static sbyte[] MakeSlots()
    {
        var slots = new sbyte[0x260];
        Array.Fill(slots, (sbyte)-1);
        string letters = AzAlphabet.Lowercase + "w";
        for (int i = 0; i < letters.Length; i++)
        {
            slots[letters[i]] = (sbyte)i;
        }

        return slots;
    }

    private static int Slot(char c) => c < 0x260 ? s_slots[c] : -1;

    /// <summary>Fills the cached costs of letter <paramref name="c"/> (slot <paramref name="slot"/>) against every typed position.</summary>
    private void Fill(int slot, char c)
    {
        string x = _typed;
        int n = x.Length;
        for (int i = 1; i <= n; i++)
        {
            _substitute[(i * LetterSlots) + slot] = _costs.Substitute(x[i - 1], c).Cost;
        }

        for (int i = 0; i <= n; i++)
        {
            _insert[(i * LetterSlots) + slot] = _costs.Insert(x, i, c, first: false);
        }

        _filled[slot] = true;
    }
    private int _nodes;
    private int _stemChecks;

    public EditSearch(AzMorphology morphology, ErrorCosts costs)
    {
        _morphology = morphology;
        WordStore words = morphology.Lexicon.Store;
        (_chars, _starts, _count) = (words.Chars, words.Starts, words.Count);
        _costs = costs;
        for (int i = 0; i < _rows.Length; i++)
        {
            _rows[i] = new double[MaxDepth + 1];
        }
    }

    /// <summary>The known words found, each with the least cost that reaches it.</summary>
    public Dictionary<string, double> Found { get; } = new(StringComparer.Ordinal);

    /// <summary>Trie nodes the last search visited (a work measure).</summary>
    public int Nodes => _nodes;

    /// <summary>Finds the known words within <paramref name="budget"/> of <paramref name="typed"/> (lowercase, at most <see cref="SpellingCorrector.MaxWordLength"/> letters).</summary>
    /// <param name="typed">The word.</param>
    /// <param name="budget">The most a candidate may cost.</param>
    /// <param name="shallowBudget">The most the first three letters of a candidate may cost (edits there are rarer); default: <paramref name="budget"/>.</param>
    public void Run(string typed, double budget, double shallowBudget = double.PositiveInfinity)
    {
        Found.Clear();
        _typed = typed;
        _budget = budget;
        _shallowBudget = Math.Min(budget, shallowBudget);
        Array.Clear(_filled);
        _nodes = 0;
        _stemChecks = 0;
        int n = typed.Length;
        if (n == 0 || n > SpellingCorrector.MaxWordLength)
        {
            return;
        }

        double[] row = _rows[0];
        row[0] = 0;
        for (int i = 1; i <= n; i++)
        {
            _delete[i] = _costs.Delete(typed, i - 1);
            row[i] = row[i - 1] + _delete[i];
        }

        Walk(0, _count, 0);
    }

    private void Walk(int low, int high, int depth)
    {
        char[] chars = _chars;
        int[] starts = _starts;
        int start = low;
        if (start < high && starts[start + 1] - starts[start] == depth)
        {
            start++; // the word that is the prefix itself: its parent judged it
        }

        while (start < high)
        {
            char c = chars[starts[start] + depth];
            int end = RunEnd(start, high, depth, c);
            if (depth + 1 < MaxDepth && _nodes < _costs.Weights.MaxSearchNodes)
            {
                _nodes++;
                if (Row(depth + 1, c) <= (depth < 3 ? _shallowBudget : _budget))
                {
                    _prefix[depth] = c;
                    if (starts[start + 1] - starts[start] == depth + 1)
                    {
                        Accept(depth + 1);
                    }

                    Walk(start, end, depth + 1);
                }
            }

            start = end;
        }
    }

    /// <summary>The first index from <paramref name="start"/> whose letter at <paramref name="depth"/> is past <paramref name="c"/>.</summary>
    private int RunEnd(int start, int high, int depth, char c)
    {
        char[] chars = _chars;
        int[] starts = _starts;
        int low = start + 1;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (chars[starts[middle] + depth] <= c)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Fills the row of depth <paramref name="d"/> (its last letter <paramref name="c"/>) and returns its least cell.</summary>
    private double Row(int d, char c)
    {
        string x = _typed;
        int n = x.Length;
        double[] r = _rows[d];
        double[] p = _rows[d - 1];
        double[]? pp = d >= 2 ? _rows[d - 2] : null;
        char before = d >= 2 ? _prefix[d - 2] : '\0';
        ErrorCosts costs = _costs;
        int slot = Slot(c);
        if (slot >= 0 && !_filled[slot])
        {
            Fill(slot, c);
        }

        r[0] = p[0] + (d == 1 ? costs.Insert(x, 0, c, true) : slot >= 0 ? _insert[slot] : costs.Insert(x, 0, c, false));
        double least = r[0];
        for (int i = 1; i <= n; i++)
        {
            char t = x[i - 1];
            double best = p[i - 1] + (slot >= 0 ? _substitute[(i * LetterSlots) + slot] : costs.Substitute(t, c).Cost);
            double v = p[i] + (slot >= 0 ? _insert[(i * LetterSlots) + slot] : costs.Insert(x, i, c, false));
            if (v < best)
            {
                best = v;
            }

            v = r[i - 1] + _delete[i];
            if (v < best)
            {
                best = v;
            }

            if (pp is not null && i >= 2 && x[i - 2] == c && t == before && t != c)
            {
                v = pp[i - 2] + costs.Weights.Transposition;
                if (v < best)
                {
                    best = v;
                }
            }

            if (i >= 2 && ErrorCosts.EndsTwoForOne(t))
            {
                v = p[i - 2] + costs.TwoForOne(x[i - 2], t, c);
                if (v < best)
                {
                    best = v;
                }
            }

            if (pp is not null && t is 'm' or 'n' or 'h')
            {
                v = pp[i - 1] + costs.OneForTwo(t, before, c);
                if (v < best)
                {
                    best = v;
                }
            }

            r[i] = best;
            if (best < least)
            {
                least = best;
            }
        }

        return least;
    }

    /// <summary>The node of depth <paramref name="d"/> is a listed word: take it, and it as a stem before the typed word's rest.</summary>
    private void Accept(int d)
    {
        double[] r = _rows[d];
        int n = _typed.Length;
        string? word = null;
        if (r[n] <= _budget)
        {
            word = new string(_prefix, 0, d);
            Add(word, r[n]);
        }

        if (d < 4 || _stemChecks >= _costs.Weights.MaxStemChecks)
        {
            return;
        }

        // The stem reaches the typed word's first i letters within budget, with at least one change (else the typed word
        // itself would be known), and the rest follows as a suffix of 2 to 12 letters: the i where the stem fits best only
        // (the longest of equals), so that a handful of checks reach the stems that matter.
        int best = -1;
        for (int i = Math.Max(2, n - 12); i <= n - 2; i++)
        {
            if (r[i] > 0 && r[i] <= _budget && (best < 0 || r[i] <= r[best]))
            {
                best = i;
            }
        }

        if (best > 0)
        {
            word ??= new string(_prefix, 0, d);
            TryStemAndTail(word, _typed.AsSpan(best), r[best]);
        }
    }

    /// <summary>Tries <paramref name="stem"/> + <paramref name="tail"/>, and the tail with up to three of its lost letters restored.</summary>
    private void TryStemAndTail(string stem, ReadOnlySpan<char> tail, double cost)
    {
        Span<char> buffer = stackalloc char[MaxDepth * 2];
        stem.CopyTo(buffer);
        tail.CopyTo(buffer[stem.Length..]);
        int length = stem.Length + tail.Length;
        if (length > SpellingCorrector.MaxWordLength)
        {
            return;
        }

        Span<int> positions = stackalloc int[3];
        int count = 0;
        for (int i = 0; i < tail.Length && count < positions.Length; i++)
        {
            if (AzAlphabet.FromAsciiTwin(tail[i]) != '\0')
            {
                positions[count++] = stem.Length + i;
            }
        }

        for (int mask = 0; mask < 1 << count; mask++)
        {
            double total = cost;
            for (int b = 0; b < count; b++)
            {
                int p = positions[b];
                char typed = tail[p - stem.Length];
                bool restore = (mask & (1 << b)) != 0;
                buffer[p] = restore ? AzAlphabet.FromAsciiTwin(typed) : typed;
                total += restore ? _costs.Diacritic : 0;
            }

            if (total > _budget || _stemChecks >= _costs.Weights.MaxStemChecks)
            {
                continue;
            }

            ReadOnlySpan<char> candidate = buffer[..length];
            _stemChecks++;
            if (_morphology.IsKnown(candidate))
            {
                Add(candidate.ToString(), total);
            }
        }
    }

    private void Add(string word, double cost)
    {
        if (!Found.TryGetValue(word, out double known) || cost < known)
        {
            Found[word] = cost;
        }
    }
}
