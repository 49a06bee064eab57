using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using AzNormalize.Correction;
using AzNormalize.Lexicon;
using AzNormalize.Normalization;

namespace AzNormalize.Checking;

/// <summary>
/// What has already been learnt about the words a text repeats: the checker's verdict, and whether the word has a twin in
/// the lexicon's index of forms typed without Azerbaijani letters. News repeats most of its words (Zipf): each fact costs a
/// lowercasing and a lookup in a table far larger than the processor's caches, where this costs a hash of the word and a
/// comparison within a table small enough to stay in them. Two-way: a word's hash picks a pair of slots, which hold the
/// last two words seen there (copies of their letters, so the table outlives each round's text). Words longer than
/// <see cref="MaxWordLength"/> are not kept.
/// </summary>
/// <remarks>
/// The facts depend on the word and the oracle alone. Over the embedded morphology or a lexicon (immutable), each thread
/// keeps one memo between calls (<see cref="For"/>: a bounded cache, a slot per 4 characters of the longest text the thread
/// has read, up to <see cref="MaxSlots"/> words: 4 MB), so a word is judged once per thread until another takes its slot; over another oracle (which
/// may change), a memo lives for one call, sized by its text, on rented tables that <see cref="Dispose"/> returns.
/// </remarks>
internal sealed class WordMemo : IDisposable
{
    /// <summary>The longest word kept.</summary>
    internal const int MaxWordLength = 26; // a slot of 64 bytes: its facts and its letters in one or two adjacent cache lines

    /// <summary>Texts shorter than this get no table of their own: each of their words is looked up.</summary>
    private const int MinTextLength = 512;

    // 4 MB: at 2 MB, the noisy speed text (270,000 characters, 15,000 distinct words) overflowed 7 % of the pairs, and 3,500
    // of its 35,000 words were judged again in every call; at 4 MB, 1,100.
    private const int MaxSlots = 65536;

    // A slot per 4 characters: at one per 8, the news speed text (184,595 characters, 9,500 distinct words in 32,768 slots)
    // overflowed enough pairs that 1,000 of its 23,764 words were judged again in every call; at one per 4, 290.
    private const int CharactersPerSlot = 4;

    [ThreadStatic]
    private static WordMemo? t_kept;

    private Slot[]? _slots;
    private readonly int _mask;
    private readonly bool _kept;
    private WeakReference<IWordOracle>? _owner; // weak: a discarded oracle is not kept alive by the threads that used it
    private bool _inUse;
    private Slot _scratch;

    /// <summary>A table sized for a text of <paramref name="textLength"/> characters (none for a short text), for one call.</summary>
    public WordMemo(int textLength)
    {
        if (textLength < MinTextLength)
        {
            return;
        }

        int slots = Math.Min(MaxSlots, (int)BitOperations.RoundUpToPowerOf2((uint)textLength / CharactersPerSlot));
        _slots = ArrayPool<Slot>.Shared.Rent(slots);
        Array.Clear(_slots, 0, slots);
        _mask = slots - 1;
    }

    /// <summary>A thread's memo, kept between calls: <paramref name="slots"/> slots (a power of two), allocated once.</summary>
    private WordMemo(int slots, bool kept)
    {
        _slots = new Slot[slots];
        _mask = slots - 1;
        _kept = kept;
    }

    /// <summary>The slots a thread's kept memo needs for a text of <paramref name="textLength"/> characters: one per 4, 64 to <see cref="MaxSlots"/>.</summary>
    private static int KeptSlots(int textLength) => Math.Clamp((int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, textLength / CharactersPerSlot)), 64, MaxSlots);

    /// <summary>
    /// The memo for a call that judges words with <paramref name="oracle"/>: this thread's kept memo when the oracle is
    /// immutable (<see cref="AzMorphology"/>, <see cref="AzLexicon"/>) and the memo is free (emptied first if it held another
    /// oracle's facts), else one for this call. Dispose it when the call ends.
    /// </summary>
    public static WordMemo For(IWordOracle oracle, int textLength)
    {
        if (oracle is not (AzMorphology or AzLexicon))
        {
            return new WordMemo(textLength);
        }

        WordMemo? kept = t_kept;
        if (kept is { _inUse: true })
        {
            return new WordMemo(textLength); // a call inside a call on this thread
        }

        // Sized by the longest text the thread has read: a thread that fixes lines or small files keeps a small table (a
        // table of 2 MB per thread made many threads over small files fault in pages for nothing).
        if (kept is null || kept._slots!.Length < KeptSlots(textLength))
        {
            kept = t_kept = new WordMemo(KeptSlots(textLength), kept: true);
        }

        if (kept._owner is null || !kept._owner.TryGetTarget(out IWordOracle? owner) || !ReferenceEquals(owner, oracle))
        {
            kept.Clear();
            kept._owner = new WeakReference<IWordOracle>(oracle);
        }

        kept._inUse = true;
        return kept;
    }

    /// <summary>Empties this thread's kept memo, when it is not in use (benchmarks measure a first reading).</summary>
    internal static void ClearThreadMemo()
    {
        if (t_kept is { _inUse: false } kept)
        {
            kept.Clear();
        }
    }

    private void Clear()
    {
        Array.Clear(_slots!);
        _contextOwner = null;
    }

    /// <summary>What <see cref="Slot.ContextId"/> adds to an id, so that 0 means none is kept.</summary>
    internal const int ContextIdOffset = 2;

    private WeakReference<ContextModel>? _contextOwner; // whose ids the slots hold; weak, as _owner

    /// <summary>
    /// Whether the slots' context ids (<see cref="Slot.ContextId"/>) are <paramref name="model"/>'s: true when they are, and
    /// when the memo held nobody's yet (it holds <paramref name="model"/>'s from now on); false for any other model, whose
    /// caller neither reads nor writes them.
    /// </summary>
    public bool HoldsIdsOf(ContextModel model)
    {
        if (_slots is null)
        {
            return false;
        }

        if (_contextOwner is null)
        {
            _contextOwner = new WeakReference<ContextModel>(model);
            return true;
        }

        return _contextOwner.TryGetTarget(out ContextModel? owner) && ReferenceEquals(owner, model);
    }

    /// <summary>
    /// The slot of <paramref name="word"/> (exactly as written): its facts when <paramref name="found"/>, else a slot whose
    /// facts are cleared for the caller to fill (a scratch slot nobody reads back when the word is not kept).
    /// </summary>
    public ref Slot Get(ReadOnlySpan<char> word, out bool found) => ref Get(word, Hash(word), out found);

    /// <summary>The hash <see cref="Get(ReadOnlySpan{char}, uint, out bool)"/> takes: FNV-1a over the word's chars.</summary>
    public static uint Hash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }

    /// <summary>
    /// Reads the first slot of each hash's pair and keeps nothing of use: the table is larger than the processor's caches,
    /// and a caller about to look up several words reads their slots together first, so that the reads from memory overlap
    /// instead of following one another (the language has no prefetch without unsafe code; a load whose value nobody waits
    /// for does the same: it is kept in a field of this memo, a thread's own, so that the reads are not optimized away).
    /// </summary>
    public void Touch(ReadOnlySpan<uint> hashes)
    {
        Slot[]? slots = _slots;
        if (slots is null)
        {
            return;
        }

        uint any = 0;
        foreach (uint hash in hashes)
        {
            any |= slots[(int)(hash & (uint)_mask) & ~1].Hash;
        }

        _touched = any;
    }

    private uint _touched;

    /// <summary>As <see cref="Get(ReadOnlySpan{char}, out bool)"/>, with the word's <see cref="Hash"/> already computed.</summary>
    public ref Slot Get(ReadOnlySpan<char> word, uint hash, out bool found)
    {
        found = false;
        if (_slots is null || word.Length > MaxWordLength || word.IsEmpty)
        {
            _scratch = default;
            return ref _scratch;
        }

        // Two ways: a word may sit in either slot of its pair (adjacent, so one or two cache lines), the one used last first.
        int first = (int)(hash & (uint)_mask) & ~1;
        ref Slot recent = ref _slots[first];
        if (Holds(ref recent, word, hash))
        {
            found = true;
            return ref recent;
        }

        ref Slot older = ref _slots[first + 1];
        if (Holds(ref older, word, hash))
        {
            (recent, older) = (older, recent);
            found = true;
            return ref recent;
        }

        older = recent; // the older word gives way
        recent.Hash = hash;
        recent.Length = (byte)word.Length;
        recent.Verdict = 0;
        recent.Twin = 0;
        recent.ContextId = 0;
        word.CopyTo(recent.Letters);
        return ref recent;
    }

    private static bool Holds(ref Slot slot, ReadOnlySpan<char> word, uint hash) =>
        slot.Length == word.Length && slot.Hash == hash && slot.Letters[..word.Length].SequenceEqual(word);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_kept)
        {
            _inUse = false;
            return;
        }

        if (_slots is not null)
        {
            ArrayPool<Slot>.Shared.Return(_slots);
            _slots = null;
        }
    }

    /// <summary>One word's facts and its letters; zero means not yet known.</summary>
    [StructLayout(LayoutKind.Sequential)]
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

        private byte _unused;

        /// <summary>
        /// The id of the word lowercased in the context model of <see cref="HoldsIdsOf"/> plus <see cref="ContextIdOffset"/>
        /// (so a word the model never saw, id -1, is 1); 0: not yet known.
        /// </summary>
        public int ContextId;

        private SlotLetters _letters;

        /// <summary>The word's letters (the first <see cref="Length"/>).</summary>
        [System.Diagnostics.CodeAnalysis.UnscopedRef]
        internal Span<char> Letters => _letters;
    }

    /// <summary>The letters of a slot's word.</summary>
    [System.Runtime.CompilerServices.InlineArray(MaxWordLength)]
    internal struct SlotLetters
    {
        private char _first;
    }
}
