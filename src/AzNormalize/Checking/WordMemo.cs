using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;

namespace AzNormalize.Checking;

/// <summary>
/// What one call has already learnt about the words a text repeats: the checker's verdict, and whether the word has a
/// twin in the lexicon's index of forms typed without Azerbaijani letters. News repeats most of its words (Zipf): each
/// fact costs a lowercasing and a lookup in a table far larger than the processor's caches, where this costs a hash of
/// the word and a comparison within a table small enough to stay in them. Direct-mapped: a word's hash picks one slot,
/// which holds the last word seen there (a copy of its letters, so the table outlives each round's text). Words longer
/// than <see cref="MaxWordLength"/> are not kept. Rents its tables; <see cref="Dispose"/> returns them.
/// </summary>
internal sealed class WordMemo : IDisposable
{
    /// <summary>The longest word kept.</summary>
    internal const int MaxWordLength = 24;

    /// <summary>Texts shorter than this get no table: each of their words is looked up.</summary>
    private const int MinTextLength = 512;

    private const int MaxSlots = 32768;

    private char[]? _chars;
    private Slot[]? _slots;
    private readonly int _mask;
    private Slot _scratch;

    /// <summary>A table sized for a text of <paramref name="textLength"/> characters (none for a short text).</summary>
    public WordMemo(int textLength)
    {
        if (textLength < MinTextLength)
        {
            return;
        }

        int slots = Math.Min(MaxSlots, (int)BitOperations.RoundUpToPowerOf2((uint)textLength / 8));
        _chars = ArrayPool<char>.Shared.Rent(slots * MaxWordLength);
        _slots = ArrayPool<Slot>.Shared.Rent(slots);
        Array.Clear(_slots, 0, slots);
        _mask = slots - 1;
    }

    /// <summary>
    /// The slot of <paramref name="word"/> (exactly as written): its facts when <paramref name="found"/>, else a slot whose
    /// facts are cleared for the caller to fill (a scratch slot nobody reads back when the word is not kept).
    /// </summary>
    public ref Slot Get(ReadOnlySpan<char> word, out bool found)
    {
        found = false;
        if (_slots is null || word.Length > MaxWordLength || word.IsEmpty)
        {
            _scratch = default;
            return ref _scratch;
        }

        uint hash = 2166136261;
        foreach (char c in word)
        {
            hash = (hash ^ c) * 16777619;
        }

        int index = (int)(hash & (uint)_mask);
        ref Slot slot = ref _slots[index];
        Span<char> key = _chars.AsSpan(index * MaxWordLength, MaxWordLength);
        if (slot.Length == word.Length && slot.Hash == hash && key[..word.Length].SequenceEqual(word))
        {
            found = true;
            return ref slot;
        }

        word.CopyTo(key);
        slot = new Slot { Hash = hash, Length = (byte)word.Length };
        return ref slot;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_slots is not null)
        {
            ArrayPool<Slot>.Shared.Return(_slots);
            ArrayPool<char>.Shared.Return(_chars!);
            _slots = null;
            _chars = null;
        }
    }

    /// <summary>One word's facts; zero means not yet known.</summary>
    [StructLayout(LayoutKind.Auto)]
    internal struct Slot
    {
        /// <summary>The word's hash.</summary>
        public uint Hash;

        /// <summary>The word's length (nonzero: an empty slot matches no word).</summary>
        public byte Length;

        /// <summary>The checker's verdict plus one.</summary>
        public byte Verdict;

        /// <summary>1: the word has no twin typed without Azerbaijani letters worth asking about; 2: it may have one.</summary>
        public byte Twin;
    }
}
