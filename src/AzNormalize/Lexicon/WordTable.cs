using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AzNormalize.Lexicon;

/// <summary>
/// A read-only map from words to values, laid out for look-ups that miss the processor's caches: the words' letters sit in
/// one array, in the order the builder gives (commonest first, so the words a text mostly asks about share a few hot
/// pages), beside their values in the same order; an open-addressed index of 8-byte slots (a 32-bit fingerprint of the
/// word's hash and its position) finds them. A found word costs one read of the index and, for a common word, reads of
/// memory the last look-ups already touched; a <see cref="Dictionary{TKey, TValue}"/> reads its bucket, its entry and the
/// key's string, three places scattered over the whole table.
/// </summary>
/// <remarks>Immutable once built; thread-safe for readers.</remarks>
/// <typeparam name="TValue">The value kept per word.</typeparam>
internal sealed class WordTable<TValue>
{
    private readonly ulong[] _slots; // fingerprint << 32 | position + 1; 0 is an empty slot
    private readonly int _mask;
    private readonly char[] _chars;
    private readonly int[] _starts; // word i is _chars[_starts[i].._starts[i + 1]]
    private readonly TValue[] _values;

    /// <summary>A table of <paramref name="words"/> (distinct) and their <paramref name="values"/>, kept in the order given.</summary>
    /// <exception cref="ArgumentException">The lists differ in length, or a word appears twice.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // built once per process: straight to optimized code
    public WordTable(string[] words, TValue[] values)
        : this(CheckLengths(words, values), words.Sum(static word => word.Length))
    {
        for (int i = 0; i < words.Length; i++)
        {
            Insert(i, words[i], values[i]);
        }
    }

    /// <summary>
    /// A table of the words of a letter array (<paramref name="chars"/>, word i from <c>starts[i]</c> to <c>starts[i + 1]</c>;
    /// distinct), taken in the order <paramref name="order"/> gives (its k-th element is the word kept at position k), each
    /// with the value <paramref name="value"/> gives for its index in the array.
    /// </summary>
    /// <exception cref="ArgumentException">A word appears twice.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public WordTable(char[] chars, int[] starts, int[] order, Func<int, TValue> value)
        : this(order.Length, order.Sum(i => starts[i + 1] - starts[i]))
    {
        ArgumentNullException.ThrowIfNull(chars);
        ArgumentNullException.ThrowIfNull(value);
        for (int k = 0; k < order.Length; k++)
        {
            int i = order[k];
            Insert(k, chars.AsSpan(starts[i], starts[i + 1] - starts[i]), value(i));
        }
    }

    private WordTable(int count, int length)
    {
        _chars = new char[length];
        _starts = new int[count + 1];
        _values = new TValue[count];

        // At most half full: a word the table lacks ends its probe at an empty slot after about one read.
        int slots = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count * 2));
        _slots = new ulong[slots];
        _mask = slots - 1;
        Count = count;
    }

    private static int CheckLengths(string[] words, TValue[] values)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(values);
        if (words.Length != values.Length)
        {
            throw new ArgumentException("Every word needs one value.", nameof(values));
        }

        return words.Length;
    }

    /// <summary>Keeps <paramref name="word"/> at <paramref name="position"/>, after the words before it.</summary>
    private void Insert(int position, ReadOnlySpan<char> word, TValue value)
    {
        int at = _starts[position];
        word.CopyTo(_chars.AsSpan(at));
        _values[position] = value;
        _starts[position + 1] = at + word.Length;
        ulong hash = Hash(word);
        int slot = (int)hash & _mask;
        while (_slots[slot] != 0)
        {
            if ((uint)(_slots[slot] >> 32) == (uint)(hash >> 32) && Equals((int)(uint)_slots[slot] - 1, word))
            {
                throw new ArgumentException($"The word '{word}' appears twice.", nameof(word));
            }

            slot = (slot + 1) & _mask;
        }

        _slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | (uint)(position + 1);
    }

    /// <summary>The number of words.</summary>
    public int Count { get; }

    /// <summary>The value of <paramref name="word"/> (exactly as kept: the table does not fold case).</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value) => TryGetValue(word, out value, out _);

    /// <summary>The value of <paramref name="word"/> and its <paramref name="position"/> in the builder's order (-1 when absent).</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value, out int position)
    {
        position = Find(word);
        value = position < 0 ? default! : _values[position];
        return position >= 0;
    }

    /// <summary>The word's position in the builder's order, or -1.</summary>
    private int Find(ReadOnlySpan<char> word)
    {
        ulong hash = Hash(word);
        uint fingerprint = (uint)(hash >> 32);
        int slot = (int)hash & _mask;
        while (true)
        {
            ulong entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            if ((uint)(entry >> 32) == fingerprint && Equals((int)(uint)entry - 1, word))
            {
                return (int)(uint)entry - 1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Whether the word at <paramref name="position"/> is <paramref name="word"/>.</summary>
    private bool Equals(int position, ReadOnlySpan<char> word)
    {
        int start = _starts[position];
        return _starts[position + 1] - start == word.Length && _chars.AsSpan(start, word.Length).SequenceEqual(word);
    }

    /// <summary>
    /// A 64-bit hash of the UTF-16 code units, four at a time (a multiply and a rotation per block of 8 bytes, then a
    /// finalizer so every bit depends on every character): the low bits pick the slot, the high 32 are the fingerprint.
    /// </summary>
    internal static ulong Hash(ReadOnlySpan<char> word)
    {
        ReadOnlySpan<byte> bytes = MemoryMarshal.AsBytes(word);
        ulong hash = 0x9E37_79B9_7F4A_7C15 ^ (ulong)bytes.Length;
        while (bytes.Length >= 8)
        {
            hash = BitOperations.RotateLeft((hash ^ MemoryMarshal.Read<ulong>(bytes)) * 0xFF51_AFD7_ED55_8CCD, 29);
            bytes = bytes[8..];
        }

        if (!bytes.IsEmpty)
        {
            ulong tail = 0;
            for (int i = bytes.Length - 1; i >= 0; i--)
            {
                tail = (tail << 8) | bytes[i];
            }

            hash = BitOperations.RotateLeft((hash ^ tail) * 0xFF51_AFD7_ED55_8CCD, 29);
        }

        hash ^= hash >> 33;
        hash *= 0xC4CE_B9FE_1A85_EC53;
        hash ^= hash >> 33;
        return hash;
    }
}
