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

    private readonly Dictionary<string, LexiconEntry> _entries;
    private readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _maxLength;
    private FastIndex? _fast; // built after the first FilterAfterLookups look-ups (a one-line run never pays for it)
    private int _lookups;

    private AzLexicon(Dictionary<string, LexiconEntry> entries, string source, string[]? sortedWords = null, Dictionary<string, sbyte>? chains = null)
    {
        _entries = entries;
        _chains = chains ?? new Dictionary<string, sbyte>(StringComparer.Ordinal);
        _sortedWords = sortedWords;
        _lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        Source = source;
        int maxLength = 0;
        bool hasCounts = false;
        foreach ((string word, LexiconEntry entry) in entries)
        {
            maxLength = Math.Max(maxLength, word.Length);
            hasCounts |= entry.Count > 0;
        }

        _maxLength = maxLength;
        HasCounts = hasCounts;
    }

    /// <summary>
    /// Look-ups before the word filter and the word table are built (<see cref="FastIndex"/>: about 50–100 ms and 13 MB for the
    /// embedded lexicon): a short run answers its few words from the dictionary alone and starts sooner; a long one builds
    /// them early. The count is not exact under threads (a lost
    /// increment only delays the build; a thread that sees the count pass builds it, and two may: both build the same).
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
        var filter = new WordFilter(_entries.Count);
        var listed = new KeyValuePair<string, LexiconEntry>[_entries.Count];
        var order = new long[_entries.Count];
        var positions = new int[_entries.Count];
        int i = 0;
        foreach (KeyValuePair<string, LexiconEntry> pair in _entries)
        {
            filter.Add(pair.Key);
            (listed[i], order[i], positions[i]) = (pair, -pair.Value.Count, i);
            i++;
        }

        // Commonest first: a sort of primitive keys (no comparer: a few milliseconds); ties in no particular order.
        Array.Sort(order, positions);
        var words = new string[listed.Length];
        var entries = new LexiconEntry[listed.Length];
        for (i = 0; i < positions.Length; i++)
        {
            (words[i], entries[i]) = (listed[positions[i]].Key, listed[positions[i]].Value);
        }

        var index = new FastIndex(filter, new WordTable<LexiconEntry>(words, entries));
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
        foreach ((string word, LexiconEntry entry) in _entries)
        {
            if (entry.Count < AsciiTwinMinCount || word.AsSpan().IndexOfAny(s_azerbaijaniOnly) < 0)
            {
                continue;
            }

            string key = string.Create(word.Length, word, static (span, w) =>
            {
                for (int i = 0; i < w.Length; i++)
                {
                    span[i] = AzAlphabet.ToAsciiTwin(w[i]);
                }
            });
            if (!index.TryGetValue(key, out (string Twin, long Count) best) || entry.Count > best.Count
                || (entry.Count == best.Count && string.CompareOrdinal(word, best.Twin) < 0))
            {
                index[key] = (word, entry.Count);
            }
        }

        // Racing threads build equal indexes; whichever is published is complete.
        Interlocked.CompareExchange(ref _asciiTwins, index, null);
        return _asciiTwins;
    }

    /// <summary>An empty lexicon, to build one from user lists alone.</summary>
    public static AzLexicon Empty { get; } = new(new Dictionary<string, LexiconEntry>(StringComparer.Ordinal), "empty");

    /// <summary>The number of distinct (lowercase) words.</summary>
    public int Count => _entries.Count;

    /// <summary>Where the words come from: the embedded artifact's provenance, followed by any lists merged in.</summary>
    public string Source { get; }

    /// <summary>The words, in Azerbaijani lowercase, in no particular order.</summary>
    public IEnumerable<string> Words => _entries.Keys;

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
                return _lookup.TryGetValue(buffer[..length], out entry);
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
