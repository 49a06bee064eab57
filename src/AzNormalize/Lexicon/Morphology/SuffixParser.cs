using AzNormalize.Text;

namespace AzNormalize.Lexicon.Morphology;

/// <summary>What the letter after a suffix must be, set by q/k alternation at the suffix's end.</summary>
internal enum Follow : byte
{
    /// <summary>Anything, or the end of the word.</summary>
    Any,

    /// <summary>A vowel: the suffix ended in ğ or y standing for q or k (<c>-lığ-ı</c>, <c>-acağ-am</c>).</summary>
    Vowel,

    /// <summary>A consonant or the end of the word: a final q or k that did not alternate.</summary>
    Consonant,
}

/// <summary>
/// Parses the suffixes of one lowercase word from a given position and state, depth first, allocation-free. When
/// <see cref="Path"/> is given, the suffixes of the first successful parse are added to it, in order.
/// </summary>
internal readonly ref struct SuffixParser
{
    /// <summary>More suffixes than this on one stem are not Azerbaijani; the bound also keeps the search small.</summary>
    private const int MaxSuffixes = 12;

    /// <summary>The longest suffix template's surface, with its buffer.</summary>
    private const int MaxSurfaceLength = 8;

    private readonly ReadOnlySpan<char> _word;

    /// <summary>Where a successful parse writes whether its last suffix is an inflection (1) or a derivation (2), or empty.</summary>
    private readonly Span<byte> _lastKind;

    public SuffixParser(ReadOnlySpan<char> word, List<AzSuffix>? path)
    {
        _word = word;
        Path = path;
    }

    private SuffixParser(ReadOnlySpan<char> word, Span<byte> lastKind)
    {
        _word = word;
        Path = null;
        _lastKind = lastKind;
    }

    /// <summary>A parser that reports in <paramref name="lastKind"/>[0] what the last suffix of a successful parse is.</summary>
    public static SuffixParser ReportingLast(ReadOnlySpan<char> word, Span<byte> lastKind) => new(word, lastKind);

    /// <summary>Whether a suffix tag is an inflection (it ends a word form) rather than a derivation (it makes a new stem).</summary>
    internal static bool IsInflection(string tag) =>
        !(tag.StartsWith('-') || tag is "ORD" or "PASS" or "CAUS" or "RECP" or "VN" or "INF" or "AGENT" || tag.StartsWith("PTCP", StringComparison.Ordinal));

    /// <summary>Where the suffixes of a successful parse go (in reverse order: each suffix is added as the parse returns).</summary>
    public List<AzSuffix>? Path { get; }

    /// <summary>Whether <c>word[position..]</c> is a valid suffix sequence after a form in <paramref name="state"/>.</summary>
    /// <param name="position">Where the suffixes start; the form before it is the stem plus suffixes so far.</param>
    /// <param name="state">What the form before <paramref name="position"/> is.</param>
    /// <param name="follow">What the next letter must be.</param>
    /// <param name="vowelOverride">The vowel to harmonize with when the form has none of its own (abbreviations), or <c>'\0'</c>.</param>
    /// <param name="endsInVowelOverride">Whether the form sounds vowel-final when its spelling cannot say (abbreviations); null to read the spelling.</param>
    public bool Parse(int position, SuffixState state, Follow follow, char vowelOverride = '\0', bool? endsInVowelOverride = null) =>
        Parse(position, state, follow, 0, vowelOverride, endsInVowelOverride);

    private bool Parse(int position, SuffixState state, Follow follow, int depth, char vowelOverride, bool? endsInVowelOverride)
    {
        if (position == _word.Length)
        {
            return follow != Follow.Vowel && state != SuffixState.DerivedVerb;
        }

        if (depth >= MaxSuffixes || position == 0)
        {
            return false;
        }

        char previous = _word[position - 1];
        bool previousIsVowel = endsInVowelOverride ?? AzAlphabet.IsVowel(previous);
        char lastVowel = AzAlphabet.LastVowel(_word[..position]);
        if (lastVowel == '\0')
        {
            lastVowel = vowelOverride;
        }

        ReadOnlySpan<char> rest = _word[position..];
        Span<char> surface = stackalloc char[MaxSurfaceLength];
        foreach (Suffix suffix in SuffixGrammar.After(state))
        {
            if (!Holds(suffix.Condition, previous, previousIsVowel))
            {
                continue;
            }

            // Most suffixes of a state start with another letter than the rest of the word: settled before the surface is made.
            char first = FirstLetter(suffix, previousIsVowel, lastVowel);
            if (first != '\0' && first != rest[0])
            {
                continue;
            }

            int length = Expand(suffix, previousIsVowel, lastVowel, surface);
            if (length <= 0 || length > rest.Length)
            {
                continue;
            }

            bool startsWithVowel = AzAlphabet.IsVowel(surface[0]);
            if ((follow == Follow.Vowel && !startsWithVowel) || (follow == Follow.Consonant && startsWithVowel))
            {
                continue;
            }

            if (rest.StartsWith(surface[..length])
                && Parse(position + length, suffix.Next, suffix.EndsInQ ? Follow.Consonant : Follow.Any, depth + 1, '\0', null))
            {
                Path?.Add(new AzSuffix(surface[..length].ToString(), suffix.Tag));
                NoteLast(position + length, suffix);
                return true;
            }

            if (suffix.EndsInQ)
            {
                surface[length - 1] = surface[length - 1] switch { 'q' => 'ğ', 'k' => 'y', _ => 'd' };
                if (rest.StartsWith(surface[..length]) && Parse(position + length, suffix.Next, Follow.Vowel, depth + 1, '\0', null))
                {
                    Path?.Add(new AzSuffix(surface[..length].ToString(), suffix.Tag));
                    NoteLast(position + length, suffix);
                    return true;
                }
            }
        }

        return false;
    }

    private void NoteLast(int end, Suffix suffix)
    {
        if (end == _word.Length && !_lastKind.IsEmpty)
        {
            _lastKind[0] = IsInflection(suffix.Tag) ? (byte)1 : (byte)2;
        }
    }

    /// <summary>The suffix's surface after a form ending as given, or -1 when it cannot attach (no vowel to harmonize with, vowel after vowel).</summary>
    internal static int Expand(Suffix suffix, bool previousIsVowel, char lastVowel, Span<char> destination)
    {
        int length = 0;
        char vowel = lastVowel;
        if (previousIsVowel)
        {
            if (suffix.Buffer != '\0')
            {
                destination[length++] = suffix.Buffer;
            }
        }
        else if (suffix.OptionalVowel)
        {
            if (vowel == '\0')
            {
                return -1;
            }

            vowel = FourWay(vowel);
            destination[length++] = vowel;
        }

        foreach (char c in suffix.Body)
        {
            char letter;
            switch (c)
            {
                case 'A':
                    if (vowel == '\0')
                    {
                        return -1;
                    }

                    letter = TwoWay(vowel);
                    vowel = letter;
                    break;
                case 'I':
                    if (vowel == '\0')
                    {
                        return -1;
                    }

                    letter = FourWay(vowel);
                    vowel = letter;
                    break;
                case 'T':
                    letter = 't';
                    break;
                case 'Q':
                    if (vowel == '\0')
                    {
                        return -1;
                    }

                    letter = AzAlphabet.IsBackVowel(vowel) ? 'q' : 'k';
                    break;
                default:
                    letter = c;
                    if (AzAlphabet.IsVowel(c))
                    {
                        vowel = c;
                    }

                    break;
            }

            destination[length++] = letter;
        }

        // Two vowels do not meet at a suffix boundary: a vowel-initial suffix needs its buffer after a vowel.
        if (previousIsVowel && suffix.Buffer == '\0' && length > 0 && AzAlphabet.IsVowel(destination[0]))
        {
            return -1;
        }

        return length;
    }

    /// <summary>
    /// The first letter of the surface <see cref="Expand"/> makes of <paramref name="suffix"/>, or <c>'\0'</c> when it cannot
    /// say cheaply: no vowel to harmonize with, a <c>Q</c> first, or a one-letter surface whose letter may alternate.
    /// </summary>
    internal static char FirstLetter(Suffix suffix, bool previousIsVowel, char lastVowel)
    {
        if (previousIsVowel)
        {
            if (suffix.Buffer != '\0')
            {
                return suffix.Buffer;
            }
        }
        else if (suffix.OptionalVowel)
        {
            return lastVowel == '\0' ? '\0' : FourWay(lastVowel);
        }

        string body = suffix.Body;
        if (body.Length == 0 || (body.Length == 1 && suffix.EndsInQ))
        {
            return '\0';
        }

        return body[0] switch
        {
            'A' => lastVowel == '\0' ? '\0' : TwoWay(lastVowel),
            'I' => lastVowel == '\0' ? '\0' : FourWay(lastVowel),
            'T' => 't',
            'Q' => '\0',
            char c => c,
        };
    }

    /// <summary>The four-way harmony vowel (ı i u ü) after <paramref name="vowel"/>.</summary>
    internal static char FourWay(char vowel) => vowel switch
    {
        'a' or 'ı' => 'ı',
        'o' or 'u' => 'u',
        'ö' or 'ü' => 'ü',
        _ => 'i',
    };

    /// <summary>The two-way harmony vowel (a ə) after <paramref name="vowel"/>.</summary>
    internal static char TwoWay(char vowel) => AzAlphabet.IsBackVowel(vowel) ? 'a' : 'ə';

    private static bool Holds(SuffixCondition condition, char previous, bool previousIsVowel) => condition switch
    {
        SuffixCondition.AfterConsonant => !previousIsVowel,
        SuffixCondition.AfterVowel => previousIsVowel,
        SuffixCondition.AfterL => previous == 'l',
        SuffixCondition.AfterConsonantNotL => !previousIsVowel && previous != 'l',
        _ => true,
    };
}
