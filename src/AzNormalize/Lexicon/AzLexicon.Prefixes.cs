namespace AzNormalize.Lexicon;

public sealed partial class AzLexicon
{
    private string[]? _sortedWords;

    /// <summary>
    /// How many listed words start with <paramref name="prefix"/> (lowercase), itself included, counting no further than
    /// <paramref name="limit"/>. Morphology uses it to tell a productive stem (<c>ölkə</c>: ölkə, ölkənin, ölkələr…) from a
    /// stray form of the source list that nothing else is built on. Allocates nothing after the first call, which sorts
    /// the words once.
    /// </summary>
    /// <param name="prefix">A lowercase prefix, NFC.</param>
    /// <param name="limit">Stop counting here.</param>
    internal int CountWithPrefix(ReadOnlySpan<char> prefix, int limit)
    {
        string[] sorted = _sortedWords ?? SortWords();
        int low = 0;
        int high = sorted.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (sorted[middle].AsSpan().SequenceCompareTo(prefix) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        int count = 0;
        for (int i = low; i < sorted.Length && count < limit && sorted[i].AsSpan().StartsWith(prefix); i++)
        {
            count++;
        }

        return count;
    }

    /// <summary>The listed words in ordinal order (sorted once, on first use): an implicit trie for the corrector's edit search.</summary>
    internal string[] SortedWords => _sortedWords ?? SortWords();

    private double _totalCount = -1;

    /// <summary>The sum of the words' counts (at least 1): the size of the corpus the counts were taken from, near enough.</summary>
    internal double TotalCount
    {
        get
        {
            if (_totalCount < 0)
            {
                double total = 0;
                foreach (LexiconEntry entry in _entries.Values)
                {
                    total += entry.Count;
                }

                _totalCount = Math.Max(1, total); // a benign race: every thread computes the same sum
            }

            return _totalCount;
        }
    }

    private string[] SortWords()
    {
        string[] sorted = [.. _entries.Keys];
        Array.Sort(sorted, StringComparer.Ordinal);
        _sortedWords = sorted; // a benign race: two threads may sort, both get the same order
        return sorted;
    }
}
