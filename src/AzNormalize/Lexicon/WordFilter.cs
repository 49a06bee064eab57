namespace AzNormalize.Lexicon;

/// <summary>
/// A blocked Bloom filter over a lexicon's (lowercase) words: whether a string may be one of them, answered from one
/// 64-byte block of a table of about ten bits per word (about 280 KB for the embedded lexicon: it stays in the processor's
/// caches, where the word table's buckets, entries and strings are three reads from memory). A "no" is certain; a "yes"
/// is wrong for about one string in fifty, and the caller then asks the table. The morphology tries many prefixes of a
/// word as stems, and a corrector many strings as candidates, and most are no word: they are answered here.
/// </summary>
/// <remarks>Immutable once built; thread-safe for readers.</remarks>
internal sealed class WordFilter
{
    private const int BitsPerWord = 10;
    private const int BlockWords = 8; // 8 × 64 bits: one cache line
    private const int Probes = 6;

    private readonly ulong[] _bits;
    private readonly ulong _blocks;

    /// <summary>An empty filter sized for <paramref name="capacity"/> words.</summary>
    public WordFilter(int capacity)
    {
        _blocks = (ulong)Math.Max(1, (long)capacity * BitsPerWord / (BlockWords * 64) + 1);
        _bits = new ulong[_blocks * BlockWords];
    }

    /// <summary>Adds <paramref name="word"/> (as the table keeps it: lowercase).</summary>
    public void Add(ReadOnlySpan<char> word) => Probe(word, set: true);

    /// <summary>False when <paramref name="word"/> is certainly not in the set.</summary>
    public bool MayContain(ReadOnlySpan<char> word) => Probe(word, set: false);

    /// <summary>Sets (<paramref name="set"/>) or tests the word's bits: six 9-bit positions within its block.</summary>
    private bool Probe(ReadOnlySpan<char> word, bool set)
    {
        ulong hash = Hash(word);
        int block = Block(hash);
        ulong bits = hash >> 32 | hash << 32;
        for (int i = 0; i < Probes; i++, bits >>= 9)
        {
            int bit = (int)(bits & 511);
            ref ulong cell = ref _bits[block + (bit >> 6)];
            if (set)
            {
                cell |= 1UL << (bit & 63);
            }
            else if ((cell & (1UL << (bit & 63))) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first of the block's eight words, from the hash's low 32 bits (a multiply, not a modulo).</summary>
    private int Block(ulong hash) => (int)(((hash & 0xFFFF_FFFF) * _blocks) >> 32) * BlockWords;

    /// <summary>FNV-1a over the UTF-16 code units, then a 64-bit finalizer so every bit depends on every character.</summary>
    private static ulong Hash(ReadOnlySpan<char> word)
    {
        ulong hash = 14695981039346656037;
        foreach (char c in word)
        {
            hash = (hash ^ c) * 1099511628211;
        }

        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCD;
        hash ^= hash >> 33;
        hash *= 0xC4CEB9FE1A85EC53;
        hash ^= hash >> 33;
        return hash;
    }
}
