using System.Runtime.CompilerServices;

namespace AzNormalize.Lexicon;

/// <summary>
/// A lexicon's words in ordinal (UTF-16 code unit) order, their letters in one array and their entries beside them in the
/// same order: what a lexicon is made of. Built straight from the artifact's front-coded words, with no string and no hash
/// per word, so a run that asks about a few words starts at once: it finds them by binary search (about eighteen comparisons);
/// a long run builds <see cref="AzLexicon"/>'s filter and hash table from it once it has asked enough. The order is also the
/// corrector's implicit trie (<see cref="Correction.EditSearch"/>) and what prefix counts search.
/// </summary>
/// <remarks>Immutable once built; thread-safe for readers.</remarks>
internal sealed class WordStore
{
    private readonly char[] _chars;
    private readonly int[] _starts; // word i is _chars[_starts[i].._starts[i + 1]]
    private readonly LexiconEntry[] _entries;

    private WordStore(char[] chars, int[] starts, LexiconEntry[] entries, int count, int maxLength)
    {
        _chars = chars;
        _starts = starts;
        _entries = entries;
        Count = count;
        MaxLength = maxLength;
    }

    /// <summary>A store with no word.</summary>
    public static WordStore Empty { get; } = new([], [0], [], 0, 0);

    /// <summary>The number of words.</summary>
    public int Count { get; }

    /// <summary>The length of the longest word, in chars.</summary>
    public int MaxLength { get; }

    /// <summary>The letters of every word, one after another (<see cref="Starts"/> says where each begins; the array may be longer).</summary>
    public char[] Chars => _chars;

    /// <summary>
    /// Where word i begins in <see cref="Chars"/>: elements 0 to <see cref="Count"/>, the last the end of the last word (the
    /// array, like <see cref="Chars"/>, may be longer: read no further).
    /// </summary>
    public int[] Starts => _starts;

    /// <summary>Word <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Word(int index) => _chars.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);

    /// <summary>The entry of word <paramref name="index"/>.</summary>
    public ref readonly LexiconEntry Entry(int index) => ref _entries[index];

    /// <summary>The position of <paramref name="word"/> (exactly as kept: lowercase), or -1.</summary>
    public int IndexOf(ReadOnlySpan<char> word)
    {
        int index = LowerBound(word, 0, Count);
        return index < Count && Word(index).SequenceEqual(word) ? index : -1;
    }

    /// <summary>The first position in [<paramref name="from"/>, <paramref name="to"/>) whose word is not below <paramref name="key"/>; <paramref name="to"/> when none is.</summary>
    public int LowerBound(ReadOnlySpan<char> key, int from, int to)
    {
        int low = from;
        int high = to;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (Word(middle).SequenceCompareTo(key) < 0)
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

    /// <summary>
    /// A new store with <paramref name="changes"/> applied: a word the store has takes the entry given, a word it lacks is
    /// added. The changes' words must be lowercase; they may come in any order.
    /// </summary>
    public WordStore With(IReadOnlyDictionary<string, LexiconEntry> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        string[] words = [.. changes.Keys];
        Array.Sort(words, StringComparer.Ordinal);
        var builder = new Builder(Count + words.Length, _chars.Length + words.Sum(static word => word.Length));
        int j = 0;
        for (int i = 0; i < Count; i++)
        {
            ReadOnlySpan<char> word = Word(i);
            int order = 0;
            while (j < words.Length && (order = words[j].AsSpan().SequenceCompareTo(word)) < 0)
            {
                builder.Add(words[j], changes[words[j]]);
                j++;
            }

            if (j < words.Length && order == 0)
            {
                builder.Add(word, changes[words[j]]);
                j++;
            }
            else
            {
                builder.Add(word, _entries[i]);
            }
        }

        for (; j < words.Length; j++)
        {
            builder.Add(words[j], changes[words[j]]);
        }

        return builder.Build();
    }

    /// <summary>Builds a store from words given in strictly ascending ordinal order.</summary>
    public sealed class Builder
    {
        private char[] _chars;
        private int[] _starts;
        private LexiconEntry[] _entries;
        private int _count;
        private int _length;
        private int _maxLength;

        /// <summary>A builder with room for <paramref name="words"/> words of <paramref name="chars"/> letters in all (it grows past them).</summary>
        public Builder(int words, int chars)
        {
            _chars = new char[Math.Max(16, chars)];
            _starts = new int[Math.Max(16, words + 1)];
            _entries = new LexiconEntry[Math.Max(16, words)];
        }

        /// <summary>
        /// Adds <paramref name="word"/> after the words added so far; false, and nothing added, when it is not above the last
        /// of them in ordinal order (it repeats a word, or comes out of order).
        /// </summary>
        public bool TryAdd(ReadOnlySpan<char> word, LexiconEntry entry)
        {
            if (_count > 0 && word.SequenceCompareTo(Last) <= 0)
            {
                return false;
            }

            AddInOrder(word, entry);
            return true;
        }

        /// <summary>Adds <paramref name="word"/>, which the caller knows is above the last word added (the artifact's reader checks its words' order as it decodes them).</summary>
        public void AddInOrder(ReadOnlySpan<char> word, LexiconEntry entry)
        {
            if (_length + word.Length > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + word.Length));
            }

            if (_count + 2 > _starts.Length)
            {
                Array.Resize(ref _starts, _starts.Length * 2);
            }

            if (_count + 1 > _entries.Length)
            {
                Array.Resize(ref _entries, _entries.Length * 2);
            }

            word.CopyTo(_chars.AsSpan(_length));
            _starts[_count] = _length;
            _entries[_count] = entry;
            _length += word.Length;
            _maxLength = Math.Max(_maxLength, word.Length);
            _count++;
        }

        /// <summary>Adds <paramref name="word"/>, which must be above the last word added.</summary>
        /// <exception cref="ArgumentException">It is not.</exception>
        public void Add(ReadOnlySpan<char> word, LexiconEntry entry)
        {
            if (!TryAdd(word, entry))
            {
                throw new ArgumentException($"The word '{word}' is not above the word before it in ordinal order.", nameof(word));
            }
        }

        /// <summary>The last word added (empty when none is).</summary>
        public ReadOnlySpan<char> Last => _count == 0 ? [] : _chars.AsSpan(_starts[_count - 1], _length - _starts[_count - 1]);

        /// <summary>The store of the words added; the builder must not be used after.</summary>
        public WordStore Build()
        {
            _starts[_count] = _length;
            return new WordStore(_chars, _starts, _entries, _count, _maxLength);
        }
    }
}
