using System.Buffers;
using AzNormalize.Text;
using AzNormalize.Tokenization;

namespace AzNormalize.Normalization;

/// <summary>
/// Character-level normalization: Unicode composition (NFC), look-alikes, ligatures and invisible characters. Every change
/// is an <see cref="Edit"/> with offsets in the original text; see docs/normalization.md for the rules.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe once built. Never consults <see cref="System.Globalization.CultureInfo"/>; the results are
/// the same under every culture and under invariant globalization (composition uses our own Unicode tables).</para>
/// <para>A text with nothing to fix costs one vectorized search for candidate characters and allocates nothing.</para>
/// <para>The rules, in short. Look-alikes, ligatures and invisible characters are folded only inside word-like tokens
/// (<see cref="TokenKind.Word"/>, <see cref="TokenKind.Abbreviation"/>, <see cref="TokenKind.Initials"/>,
/// <see cref="TokenKind.Hashtag"/>), never inside <see cref="TokenKind.Url"/>, <see cref="TokenKind.Email"/>,
/// <see cref="TokenKind.Mention"/> tokens or code-like chunks (a run of non-space text holding one of
/// <c>_ = { } &lt; &gt; \ | ` ~ ^ @ /</c> or a dot followed by two letters, as in <c>file.txt</c>, <c>site.az</c>); a byte
/// order mark is removed everywhere.</para>
/// <list type="bullet">
/// <item>Cyrillic look-alikes (<see cref="LookAlikes.CyrillicToLatin"/>) are folded in a word that has a Latin letter and
/// whose Cyrillic letters are all look-alikes; in a word of Cyrillic look-alikes only when the text has Azerbaijani Latin
/// letters and no Cyrillic letter that is not a look-alike. Real Cyrillic text is never touched.</item>
/// <item>Ǝ ǝ become Ə ə in any word.</item>
/// <item>Ä ä become Ə ə in a word with an Azerbaijani-only letter (ə ı İ ğ ş), in a text in the 1991–92 alphabet (no ə
/// anywhere, ı/ğ/ş present, ä in at least two lowercase words; not in capitalised words inside quotation marks nor in
/// words with letters foreign to Azerbaijani), or when <see cref="NormalizerOptions.WordOracle"/> knows the folded form.</item>
/// <item>Soft hyphens, zero-width spaces, word joiners and byte order marks are removed (between words too: they show
/// nothing); zero-width joiners and non-joiners only inside words of scripts that do not join (Latin, Cyrillic, Greek), so
/// emoji sequences and Arabic-script Azerbaijani keep them.</item>
/// </list>
/// </remarks>
public sealed partial class TextNormalizer
{
    /// <summary>Every character that can start an edit: look-alikes, ligatures, invisibles, combining marks, NFC singletons.</summary>
    internal static readonly string CandidateCharacters = BuildCandidates();

    /// <summary><see cref="CandidateCharacters"/>, to search for.</summary>
    private static readonly SearchValues<char> s_candidates = SearchValues.Create(CandidateCharacters);

    /// <summary>The candidates below <see cref="FirstHighCandidate"/> (ä Ä ǝ Ǝ, the soft hyphen): few enough for a vectorized search.</summary>
    private static readonly SearchValues<char> s_lowCandidates = SearchValues.Create(CandidateCharacters.Where(static c => c < FirstHighCandidate).ToArray());

    /// <summary>Where the combining marks start: every other candidate lies at or above it, and Azerbaijani Latin letters below.</summary>
    private const char FirstHighCandidate = '\u0300';

    /// <summary>
    /// The offset of the first candidate character in <paramref name="text"/>, or -1: <c>IndexOfAny(s_candidates)</c>, but
    /// vectorized. The full set (329 characters over 65 ranges) is searched one character at a time; text in Azerbaijani
    /// Latin is letters below U+0300 with some punctuation above it, so the few low candidates are searched for by vector
    /// between the characters at or above U+0300, and only those are looked up in the full set.
    /// </summary>
    internal static int IndexOfCandidate(ReadOnlySpan<char> text)
    {
        int offset = 0;
        while (true)
        {
            ReadOnlySpan<char> rest = text[offset..];
            int high = rest.IndexOfAnyExceptInRange('\0', (char)(FirstHighCandidate - 1));
            int low = (high < 0 ? rest : rest[..high]).IndexOfAny(s_lowCandidates);
            if (low >= 0)
            {
                return offset + low;
            }

            if (high < 0)
            {
                return -1;
            }

            if (s_candidates.Contains(rest[high]))
            {
                return offset + high;
            }

            offset += high + 1;
        }
    }

    /// <summary>Creates a normalizer.</summary>
    /// <param name="options">What to repair; <see cref="NormalizerOptions.Default"/> when null.</param>
    public TextNormalizer(NormalizerOptions? options = null)
    {
        Options = options ?? NormalizerOptions.Default;
    }

    /// <summary>A normalizer with the default options.</summary>
    public static TextNormalizer Default { get; } = new();

    /// <summary>The options this normalizer was built with.</summary>
    public NormalizerOptions Options { get; }

    /// <summary>Normalizes <paramref name="text"/>.</summary>
    /// <param name="text">The input.</param>
    /// <returns>The result; its <see cref="FixResult.Text"/> is <paramref name="text"/> itself when nothing changed.</returns>
    public FixResult Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var edits = new List<Edit>();
        FindEdits(text, edits);
        return new FixResult(text, edits);
    }

    /// <summary>Appends the edits that normalize <paramref name="text"/> to <paramref name="edits"/>, in order.</summary>
    /// <param name="text">The input.</param>
    /// <param name="edits">Receives the edits; offsets are in <paramref name="text"/>. Edits are ordered and do not overlap.</param>
    public void FindEdits(ReadOnlySpan<char> text, List<Edit> edits) => FindEdits(text, edits, everyLine: false);

    /// <summary>
    /// <see cref="FindEdits(ReadOnlySpan{char}, List{Edit})"/>; with <paramref name="everyLine"/>, the scan reads every line,
    /// not only those with a candidate character (tests compare the two).
    /// </summary>
    internal void FindEdits(ReadOnlySpan<char> text, List<Edit> edits, bool everyLine)
    {
        ArgumentNullException.ThrowIfNull(edits);
        int first = IndexOfCandidate(text);
        if (first < 0)
        {
            return;
        }

        DocumentFacts document = Options.LookAlikes ? DocumentFacts.Gather(text) : default;
        var scan = new Scan(Options, text, edits, document);
        if (everyLine)
        {
            scan.RunEveryToken();
        }
        else
        {
            scan.Run(first); // the search resumes after it: the text before it is not searched again
        }
    }

    private static string BuildCandidates()
    {
        var candidates = new List<char>();
        candidates.AddRange(LookAlikes.CyrillicAll);
        candidates.AddRange([LookAlikes.TurnedE, LookAlikes.CapitalReversedE, LookAlikes.SmallADiaeresis, LookAlikes.CapitalADiaeresis]);
        candidates.AddRange(InvisibleCharacters.All);
        for (char c = LookAlikes.FirstLigature; c <= LookAlikes.LastLigature; c++)
        {
            candidates.Add(c);
        }

        for (char c = '\u0300'; c < '\uFFFF'; c++)
        {
            if (CanonicalComposition.NeedsAttention.Contains(c))
            {
                candidates.Add(c);
            }
        }

        return new string(candidates.ToArray());
    }
}
