using System.Buffers;
using System.Collections.Frozen;

namespace AzNormalize.Text;

/// <summary>
/// Canonical composition (NFC) of one combining sequence for Latin, Greek and Cyrillic, from our own tables, so that the
/// library composes the same under every culture and under invariant globalization (where
/// <see cref="string.Normalize()"/> leaves non-ASCII text as it is).
/// </summary>
/// <remarks>
/// Static and thread-safe. Scope: the characters of CanonicalComposition.Data.cs (Basic Latin to Cyrillic Supplement, the
/// combining diacritical blocks, Latin Extended Additional, Greek Extended, and the Ohm, Kelvin and Angstrom signs).
/// Hangul and marks of other scripts (Arabic, Hebrew, Indic) are treated as starters and left as they are.
/// </remarks>
internal static partial class CanonicalComposition
{
    /// <summary>Sequences with more combining marks than this are left alone (Unicode's stream-safe limit is 30).</summary>
    internal const int MaxCombiningMarks = 30;

    /// <summary>The longest full decomposition of one character in the tables.</summary>
    internal const int MaxDecompositionLength = 4;

    private const int EntryLength = 4;

    private static readonly FrozenDictionary<char, (char First, char Second)> s_decompositions;
    private static readonly FrozenDictionary<int, char> s_compositions;
    private static readonly FrozenDictionary<char, byte> s_combiningClasses;

    static CanonicalComposition()
    {
        var decompositions = new Dictionary<char, (char, char)>();
        var compositions = new Dictionary<int, char>();
        var unstable = new List<char>();
        for (int i = 0; i < DecompositionTable.Length; i += EntryLength)
        {
            char composite = DecompositionTable[i];
            char first = DecompositionTable[i + 1];
            char second = DecompositionTable[i + 2];
            decompositions[composite] = (first, second);
            if (DecompositionTable[i + 3] != '\0')
            {
                compositions[Pair(first, second)] = composite;
            }
            else
            {
                // A singleton or an exclusion: NFC never keeps it.
                unstable.Add(composite);
            }
        }

        var classes = new Dictionary<char, byte>();
        for (int i = 0; i < CombiningClassTable.Length; i += 2)
        {
            classes[CombiningClassTable[i]] = (byte)CombiningClassTable[i + 1];
        }

        s_decompositions = decompositions.ToFrozenDictionary();
        s_compositions = compositions.ToFrozenDictionary();
        s_combiningClasses = classes.ToFrozenDictionary();

        var attention = new List<char>(classes.Keys);
        attention.AddRange(unstable);
        NeedsAttention = SearchValues.Create(attention.ToArray());
    }

    /// <summary>Characters that NFC may change by themselves or with the character before them: combining marks
    /// (class other than 0) and characters that NFC never keeps (singletons such as U+212B, exclusions such as U+0344).</summary>
    internal static SearchValues<char> NeedsAttention { get; }

    /// <summary>The canonical combining class of <paramref name="c"/>; 0 for a starter or a character outside the tables.</summary>
    internal static byte GetCombiningClass(char c) => s_combiningClasses.TryGetValue(c, out byte value) ? value : (byte)0;

    /// <summary>Whether <paramref name="c"/> has a canonical decomposition in the tables.</summary>
    internal static bool HasDecomposition(char c) => s_decompositions.ContainsKey(c);

    /// <summary>
    /// Writes the NFC form of <paramref name="sequence"/> (a starter or mark followed by combining marks) to
    /// <paramref name="destination"/>.
    /// </summary>
    /// <param name="sequence">At most <see cref="MaxCombiningMarks"/> + 1 characters.</param>
    /// <param name="destination">At least <see cref="MaxDecompositionLength"/> times as long as <paramref name="sequence"/>.</param>
    /// <returns>The number of characters written.</returns>
    internal static int Compose(ReadOnlySpan<char> sequence, Span<char> destination)
    {
        // 1. Full canonical decomposition.
        int length = 0;
        foreach (char c in sequence)
        {
            length = Decompose(c, destination, length);
        }

        // 2. Canonical ordering: a stable insertion sort of each run of marks by combining class.
        for (int i = 1; i < length; i++)
        {
            char c = destination[i];
            byte cc = GetCombiningClass(c);
            if (cc == 0)
            {
                continue;
            }

            int j = i - 1;
            while (j >= 0 && GetCombiningClass(destination[j]) > cc)
            {
                destination[j + 1] = destination[j];
                j--;
            }

            destination[j + 1] = c;
        }

        // 3. Canonical composition.
        int starter = GetCombiningClass(destination[0]) == 0 ? 0 : -1;
        int written = length == 0 ? 0 : 1;
        byte lastClass = starter == 0 ? (byte)0 : GetCombiningClass(destination[0]);
        for (int i = 1; i < length; i++)
        {
            char c = destination[i];
            byte cc = GetCombiningClass(c);
            bool blocked = written - 1 != starter && (lastClass == 0 || lastClass >= cc);
            if (starter >= 0 && !blocked && s_compositions.TryGetValue(Pair(destination[starter], c), out char composite))
            {
                destination[starter] = composite;
                continue;
            }

            if (cc == 0)
            {
                starter = written;
            }

            lastClass = cc;
            destination[written++] = c;
        }

        return written;
    }

    private static int Decompose(char c, Span<char> destination, int length)
    {
        if (!s_decompositions.TryGetValue(c, out (char First, char Second) parts))
        {
            destination[length] = c;
            return length + 1;
        }

        length = Decompose(parts.First, destination, length);
        return parts.Second == '\0' ? length : Decompose(parts.Second, destination, length);
    }

    private static int Pair(char first, char second) => (first << 16) | second;
}
