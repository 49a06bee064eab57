using System.Buffers;
using AzNormalize.Normalization;
using AzNormalize.Text;

namespace AzNormalize.Lexicon;

/// <summary>
/// A set of Azerbaijani word forms, looked up without regard to Azerbaijani case (<c>İYUN</c>, <c>İyun</c> and
/// <c>iyun</c> are one word; <c>I</c> lowers to <c>ı</c>, never to <c>i</c>), with what is known of each word: how
/// its source wrote it and, from a user frequency list, its count.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe: every instance is complete when its constructor returns and is never changed; the
/// <c>With…</c> methods return a new lexicon. Any number of threads may look words up at once.</para>
/// <para><see cref="Default"/> holds the words the library embeds (from Debian's <c>tesseract-ocr-aze</c>, cleaned;
/// see data/README.md) and the one- and two-letter words the project lists by hand. A word that is not in the lexicon
/// is not therefore misspelled: a word list of any size misses most inflected forms.</para>
/// <para>Lookups lower the word with <see cref="AzCasing"/> into a stack buffer and allocate nothing. They do not
/// normalize Unicode: give them NFC text (the normalization stage's output).</para>
/// </remarks>
public sealed partial class AzLexicon : IWordOracle
{
    private const int StackBufferLength = 128;

    private readonly WordStore _store;
    private readonly int _maxLength;
    private FastIndex? _fast; // built after the first FilterAfterLookups look-ups (a one-line run never pays for it)
    private int _lookups;

    private AzLexicon(WordStore store, string source, Dictionary<string, sbyte>? chains = null)
    {
        _store = store;
        _chains = chains ?? new Dictionary<string, sbyte>(StringComparer.Ordinal);
        Source = source;
        _maxLength = store.MaxLength;
        bool hasCounts = false;
        for (int i = 0; i < store.Count && !hasCounts; i++)
        {
            hasCounts = store.Entry(i).Count > 0;
        }

        HasCounts = hasCounts;
    }

    /// <summary>The words in ordinal order with their entries: the corrector's implicit trie, and what prefix counts search.</summary>
    internal WordStore Store => _store;

    /// <summary>
    /// Look-ups before the word filter and the word table are built (<see cref="FastIndex"/>: some tens of milliseconds and
    /// 13 MB for the embedded lexicon): a short run answers its few words by binary search in the sorted words (a microsecond
    /// or so each, where the table takes a tenth of that) and starts sooner; a long one builds them early. The count is not
    /// exact under threads (a lost increment only delays the build; a thread that sees the count pass builds it, and two
    /// may: both build the same).
    /// </summary>
    internal const int FilterAfterLookups = 50_000;

    /// <summary>Forgets what the morphology learnt about listed stems (<see cref="StemFacts"/>; benchmarks measure a first reading).</summary>
    internal void ClearStemFacts()
    {
        if (Volatile.Read(ref _fast) is { } fast)
        {
            Array.Clear(fast.Facts);
        }
    }

    /// <summary>Whether the word filter and the word table are built (tests).</summary>
    internal bool HasWordTable => Volatile.Read(ref _fast) is not null;

    /// <summary>How many listed words have stem facts kept (tests).</summary>
    internal int CountStemFacts() => Volatile.Read(ref _fast) is { } fast ? fast.Facts.Count(static b => b != 0) : 0;

    /// <summary>
    /// What a long run looks words up in: the filter answers most strings that are no word from one cache line; the table
    /// keeps the words commonest first, so a text's common words share a few hot pages.
    /// </summary>
    private sealed record FastIndex(WordFilter Filter, WordTable<LexiconEntry> Table)
    {
        /// <summary>Per listed word, in the table's order, what the morphology learnt about it as a stem (<see cref="StemFacts"/>).</summary>
        public byte[] Facts { get; } = new byte[Table.Count];
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] // runs once
    private FastIndex BuildFastIndex()
    {
        WordStore store = _store;
        var filter = new WordFilter(store.Count);
        var order = new long[store.Count];
        var positions = new int[store.Count];
        for (int i = 0; i < store.Count; i++)
        {
            filter.Add(store.Word(i));
            (order[i], positions[i]) = (-store.Entry(i).Count, i);
        }

        // Commonest first: a sort of primitive keys (no comparer: a few milliseconds); ties in no particular order.
        Array.Sort(order, positions);
        var index = new FastIndex(filter, new WordTable<LexiconEntry>(store.Chars, store.Starts, positions, i => store.Entry(i)));
        Volatile.Write(ref _fast, index);
        return index;
    }

    /// <summary>Whether any word has a count (the embedded list's, or a merged frequency list's).</summary>
    internal bool HasCounts { get; }

    private readonly Dictionary<string, sbyte> _chains;

    /// <summary>
    /// How common a form with the suffix chain <paramref name="chain"/> (suffix tags joined by <c>+</c>) is against its stem,
    /// as 16·log₁₀(form count / stem count), estimated by the data builder from counted forms; false when the chain was not seen.
    /// </summary>
    internal bool TryGetChainCode(string chain, out sbyte code) => _chains.TryGetValue(chain, out code);

    /// <summary>The suffix chains the lexicon knows a frequency ratio for.</summary>
    internal int ChainCount => _chains.Count;

    /// <summary>The fewest counts a word needs to be found by <see cref="TryGetAsciiTwin"/>.</summary>
    internal const long AsciiTwinMinCount = 1000;

    private static readonly System.Buffers.SearchValues<char> s_azerbaijaniOnly = System.Buffers.SearchValues.Create(AzAlphabet.SpecialLowercase);

    private Dictionary<string, (string Twin, long Count)>? _asciiTwins;

    /// <summary>
    /// The commonest counted word (seen <see cref="AsciiTwinMinCount"/> times or more) that <paramref name="ascii"/> (lowercase)
    /// is when typed without Azerbaijani letters (ə→e, ı→i, ş→s, ç→c, ğ→g, ö→o, ü→u): one lookup, allocation-free after the
    /// first call, which builds the index once.
    /// </summary>
    internal bool TryGetAsciiTwin(ReadOnlySpan<char> ascii, out string twin, out long count)
    {
        Dictionary<string, (string Twin, long Count)> index = _asciiTwins ?? BuildAsciiTwins();
        if (index.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(ascii, out (string Twin, long Count) found))
        {
            (twin, count) = found;
            return true;
        }

        (twin, count) = (string.Empty, 0);
        return false;
    }

    private Dictionary<string, (string Twin, long Count)> BuildAsciiTwins()
    {
        var index = new Dictionary<string, (string Twin, long Count)>(StringComparer.Ordinal);
        var lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> key = _maxLength <= StackBufferLength ? stackalloc char[StackBufferLength] : new char[_maxLength]; // a user list may hold long words
        for (int i = 0; i < _store.Count; i++)
        {
            ReadOnlySpan<char> word = _store.Word(i);
            long count = _store.Entry(i).Count;
            if (count < AsciiTwinMinCount || word.IndexOfAny(s_azerbaijaniOnly) < 0)
            {
                continue;
            }

            for (int j = 0; j < word.Length; j++)
            {
                key[j] = AzAlphabet.ToAsciiTwin(word[j]);
            }

            // The words come in ordinal order: a twin of the same count found earlier is the ordinally lower word and stays.
            ref (string Twin, long Count) best = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(lookup, key[..word.Length], out bool exists);
            if (!exists || count > best.Count)
            {
                best = (word.ToString(), count);
            }
        }

        // Racing threads build equal indexes; whichever is published is complete.
        Interlocked.CompareExchange(ref _asciiTwins, index, null);
        return _asciiTwins;
    }

    /// <summary>An empty lexicon, to build one from user lists alone.</summary>
    public static AzLexicon Empty { get; } = new(WordStore.Empty, "empty");

    /// <summary>The number of distinct (lowercase) words.</summary>
    public int Count => _store.Count;

    /// <summary>Where the words come from: the embedded artifact's provenance, followed by any lists merged in.</summary>
    public string Source { get; }

    /// <summary>The words, in Azerbaijani lowercase, in ordinal order (each enumeration makes their strings anew).</summary>
    public IEnumerable<string> Words
    {
        get
        {
            WordStore store = _store;
            for (int i = 0; i < store.Count; i++)
            {
                yield return store.Word(i).ToString();
            }
        }
    }

    /// <summary>Whether the lexicon knows <paramref name="word"/>, in any Azerbaijani casing. Allocates nothing.</summary>
    /// <param name="word">One word, NFC.</param>
    public bool Contains(ReadOnlySpan<char> word) => TryGetEntry(word, out _);

    /// <summary>Whether the lexicon knows <paramref name="word"/>, in any Azerbaijani casing: <see cref="Contains(ReadOnlySpan{char})"/>.</summary>
    /// <param name="word">One word, NFC.</param>
    public bool IsKnown(ReadOnlySpan<char> word) => Contains(word);

    /// <summary>Whether the lexicon knows <paramref name="word"/>, in any Azerbaijani casing. Allocates nothing.</summary>
    /// <param name="word">One word, NFC.</param>
    public bool Contains(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return TryGetEntry(word.AsSpan(), out _);
    }

    /// <summary>
    /// The word's count: the embedded default's (word counts of a 725M-token corpus, kept to within 7.5 %, or an estimate from
    /// a frequency-ordered list's rank; data/README.md), plus any a user frequency list gave it; 0 when it is unknown or has
    /// no count. A count says how common a word is, never whether it is known.
    /// </summary>
    /// <param name="word">One word, NFC, in any Azerbaijani casing.</param>
    public long GetCount(ReadOnlySpan<char> word) => TryGetEntry(word, out LexiconEntry entry) ? entry.Count : 0;

    /// <summary>Looks <paramref name="word"/> up in any Azerbaijani casing. Allocates nothing.</summary>
    /// <param name="word">One word, NFC.</param>
    /// <param name="entry">What the lexicon holds for the word; default when it is unknown.</param>
    /// <returns>Whether the lexicon knows the word.</returns>
    public bool TryGetEntry(ReadOnlySpan<char> word, out LexiconEntry entry) => TryGetEntry(word, out entry, out _);

    /// <summary>
    /// As <see cref="TryGetEntry(ReadOnlySpan{char}, out LexiconEntry)"/>, with the place where the morphology keeps what it
    /// learns about a listed word as a stem (<see cref="StemFacts"/>): for a word written in lowercase, once the word table is built.
    /// </summary>
    internal bool TryGetEntry(ReadOnlySpan<char> word, out LexiconEntry entry, out StemFacts facts)
    {
        facts = default;
        // Lowering never lengthens a word and shortens it by at most half (i + U+0307 → i), so a longer word is unknown.
        if (word.IsEmpty || word.Length > 2 * _maxLength)
        {
            entry = default;
            return false;
        }

        char[]? rented = null;
        Span<char> buffer = word.Length <= StackBufferLength
            ? stackalloc char[StackBufferLength]
            : (rented = ArrayPool<char>.Shared.Rent(word.Length));
        try
        {
            int length = AzCasing.ToLower(word, buffer);
            FastIndex? fast = Volatile.Read(ref _fast) ?? (++_lookups == FilterAfterLookups ? BuildFastIndex() : null);
            if (fast is null)
            {
                int found = _store.IndexOf(buffer[..length]);
                entry = found < 0 ? default : _store.Entry(found);
                return found >= 0;
            }

            if (!fast.Filter.MayContain(buffer[..length]))
            {
                entry = default; // most strings the morphology and the corrector try are no word: settled without the table
                return false;
            }

            if (!fast.Table.TryGetValue(buffer[..length], out entry, out int position))
            {
                return false;
            }

            if (length == word.Length && buffer[..length].SequenceEqual(word))
            {
                facts = new StemFacts(fast.Facts, position); // the facts of the word as written: only for one written in lowercase
            }

            return true;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
