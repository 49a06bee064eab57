namespace AzNormalize.Lexicon;

public sealed partial class AzLexicon
{
    /// <summary>
    /// How many listed words start with <paramref name="prefix"/> (lowercase), itself included, counting no further than
    /// <paramref name="limit"/>. Morphology uses it to tell a productive stem (<c>ölkə</c>: ölkə, ölkənin, ölkələr…) from a
    /// stray form of the source list that nothing else is built on. Allocates nothing once its index is built.
    /// </summary>
    /// <param name="prefix">A lowercase prefix, NFC.</param>
    /// <param name="limit">Stop counting here.</param>
    internal int CountWithPrefix(ReadOnlySpan<char> prefix, int limit)
    {
        WordStore sorted = _store;
        HeadIndex? index = Volatile.Read(ref _heads) ?? (++_prefixQueries == HeadsAfterQueries ? BuildHeads(sorted) : null);
        if (index is null)
        {
            return CountWithPrefix(sorted, prefix, 0, sorted.Count, limit); // a short run: no index built for a few questions
        }

        ulong[] heads = index.Heads;

        // The words that share the prefix's first four letters, found in the array of their packed heads (contiguous: a
        // binary search there reads a few cache lines where one over the strings reads a string per step), within the
        // block of words that share its first two letters (a search in a small table that stays in the cache).
        int shared = Math.Min(prefix.Length, HeadLength);
        ulong low = Head(prefix);
        ulong high = low | (shared == HeadLength ? 0 : ulong.MaxValue >> (16 * shared));
        (int blockStart, int blockEnd) = shared >= 2 ? index.Block((uint)(low >> 32)) : (0, heads.Length);
        int first = FirstAbove(heads, low, blockStart, blockEnd, inclusive: true);
        int end = FirstAbove(heads, high, first, blockEnd, inclusive: false);

        if (prefix.Length <= HeadLength)
        {
            return Math.Min(limit, end - first); // every one of them starts with the prefix
        }

        return CountWithPrefix(sorted, prefix, first, end, limit);
    }

    /// <summary>How many of words <paramref name="from"/> to <paramref name="to"/> start with <paramref name="prefix"/>, no further than <paramref name="limit"/>: a binary search, then a count.</summary>
    private static int CountWithPrefix(WordStore sorted, ReadOnlySpan<char> prefix, int from, int to, int limit)
    {
        int count = 0;
        for (int i = sorted.LowerBound(prefix, from, to); i < to && count < limit && sorted.Word(i).StartsWith(prefix); i++)
        {
            count++;
        }

        return count;
    }

    /// <summary>How many leading letters a packed head holds (16 bits each).</summary>
    private const int HeadLength = 4;

    private HeadIndex? _heads;
    private int _prefixQueries;

    /// <summary>Prefix questions before the head index is built (a pass over every word: a few milliseconds a short run need not pay).</summary>
    private const int HeadsAfterQueries = 2_000;

    /// <summary>The packed heads of the sorted words, and where each two-letter beginning's block of them starts.</summary>
    private sealed class HeadIndex(ulong[] heads, uint[] pairs, int[] starts)
    {
        public ulong[] Heads { get; } = heads;

        /// <summary>The range of words whose first two letters are <paramref name="pair"/> (packed as in a head's top half).</summary>
        public (int Start, int End) Block(uint pair)
        {
            int i = Array.BinarySearch(pairs, pair);
            return i < 0 ? (0, 0) : (starts[i], starts[i + 1]);
        }
    }

    /// <summary>The first four letters of <paramref name="word"/>, packed so that heads sort as the words do (a missing letter is 0).</summary>
    private static ulong Head(ReadOnlySpan<char> word)
    {
        ulong head = 0;
        for (int i = 0; i < HeadLength; i++)
        {
            head = (head << 16) | (i < word.Length ? word[i] : 0u);
        }

        return head;
    }

    private HeadIndex BuildHeads(WordStore sorted)
    {
        var heads = new ulong[sorted.Count];
        var pairs = new List<uint>();
        var starts = new List<int>();
        for (int i = 0; i < sorted.Count; i++)
        {
            heads[i] = Head(sorted.Word(i));
            uint pair = (uint)(heads[i] >> 32);
            if (pairs.Count == 0 || pairs[^1] != pair)
            {
                pairs.Add(pair);
                starts.Add(i);
            }
        }

        starts.Add(sorted.Count);
        var index = new HeadIndex(heads, [.. pairs], [.. starts]);
        Volatile.Write(ref _heads, index); // a benign race: two threads may build it, both the same
        return index;
    }

    /// <summary>
    /// The first index in [<paramref name="from"/>, <paramref name="to"/>) whose head is at least <paramref name="value"/> (<paramref name="inclusive"/>)
    /// or above it; <paramref name="to"/> when none is.
    /// </summary>
    private static int FirstAbove(ulong[] heads, ulong value, int from, int to, bool inclusive)
    {
        int low = from;
        int high = to;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (heads[middle] < value || (!inclusive && heads[middle] == value))
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

    private double _totalCount = -1;

    /// <summary>The sum of the words' counts (at least 1): the size of the corpus the counts were taken from, near enough.</summary>
    internal double TotalCount
    {
        get
        {
            if (_totalCount < 0)
            {
                double total = 0;
                for (int i = 0; i < _store.Count; i++)
                {
                    total += _store.Entry(i).Count;
                }

                _totalCount = Math.Max(1, total); // a benign race: every thread computes the same sum
            }

            return _totalCount;
        }
    }
}
