using AzNormalize.Text;

namespace AzNormalize.Evaluation.Vocabulary;

/// <summary>The ways a correct word is damaged, after the table in docs: how text goes wrong.</summary>
internal enum MisspellingKind
{
    /// <summary>A keyboard without Azerbaijani letters: ə→e, ı→i, ş→s, ç→c, ğ→g, ö→o, ü→u, in one letter or all.</summary>
    DiacriticLoss,

    /// <summary>Turkish spelling habits: q→k, x→h, ğ→g, ə→e, Turkish suffix forms (-ler, -den for -lər, -dən).</summary>
    TurkishHabit,

    /// <summary>Typing slips: a neighbouring key, a doubled, dropped or swapped letter.</summary>
    KeyboardSlip,

    /// <summary>OCR confusions: ə→o/e, ı↔i, ü→u, ş→s, m→rn, a lost first letter.</summary>
    OcrConfusion,
}

/// <summary>A generated misspelling.</summary>
/// <param name="Kind">The kind of damage.</param>
/// <param name="Operation">The operation within the kind (<c>ə→e</c>, <c>dropped letter</c>), for a finer breakdown.</param>
/// <param name="Source">The correct word it was made from.</param>
/// <param name="Form">The misspelled form.</param>
internal readonly record struct Misspelling(MisspellingKind Kind, string Operation, string Source, string Form);

/// <summary>A candidate damaged form of a word.</summary>
/// <param name="Operation">The operation that made it.</param>
/// <param name="Form">The form.</param>
internal readonly record struct MisspellingCandidate(string Operation, string Form);

/// <summary>
/// Makes misspellings of correct lowercase words, reproducibly: for each source word (at least
/// <see cref="MinimumLength"/> letters, in ordinal order) and each <see cref="MisspellingKind"/>, one form, drawn with a
/// fixed seed — first an operation among those that apply to the word, then one of its forms. A form equal to the
/// source, excluded by the caller (because it is a correct word) or already drawn for the kind is never drawn.
/// </summary>
internal sealed class MisspellingGenerator
{
    /// <summary>The seed the vocabulary command uses.</summary>
    public const int DefaultSeed = 20_260_003;

    /// <summary>The shortest source word: shorter words give too many real words when damaged.</summary>
    public const int MinimumLength = 4;

    /// <summary>Turkish spelling habits that replace a letter everywhere in the word.</summary>
    private static readonly (char Letter, char Turkish)[] s_turkishLetters = [('q', 'k'), ('x', 'h'), ('ğ', 'g'), ('ə', 'e')];

    /// <summary>OCR confusions of one letter for another.</summary>
    private static readonly (char Letter, char Read)[] s_ocrLetters =
        [('ə', 'o'), ('ə', 'e'), ('ı', 'i'), ('i', 'ı'), ('ü', 'u'), ('ş', 's')];

    private readonly int _seed;

    /// <summary>A generator with <paramref name="seed"/>.</summary>
    public MisspellingGenerator(int seed = DefaultSeed)
    {
        _seed = seed;
    }

    /// <summary>Every kind, in report order.</summary>
    public static IReadOnlyList<MisspellingKind> Kinds { get; } =
        [MisspellingKind.DiacriticLoss, MisspellingKind.TurkishHabit, MisspellingKind.KeyboardSlip, MisspellingKind.OcrConfusion];

    /// <summary>Whether <paramref name="word"/> can be a source: at least <see cref="MinimumLength"/> letters, all lowercase.</summary>
    public static bool IsEligible(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < MinimumLength)
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsLetter(c) || AzCasing.ToLower(c) != c)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// One misspelling per eligible source word and kind (fewer where no candidate is left). The same words, excluded
    /// forms and seed give the same misspellings in the same order, whatever the order of <paramref name="words"/>.
    /// </summary>
    /// <param name="words">Correct words; ineligible ones and repeats are ignored.</param>
    /// <param name="isExcluded">Forms never to draw (correct words of the text), or null.</param>
    /// <param name="excludedCandidates">How many candidate forms <paramref name="isExcluded"/> turned away.</param>
    public List<Misspelling> Generate(IEnumerable<string> words, Func<string, bool>? isExcluded, out int excludedCandidates)
    {
        ArgumentNullException.ThrowIfNull(words);
        var sources = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string word in words)
        {
            if (IsEligible(word))
            {
                sources.Add(word);
            }
        }

        var random = new Random(_seed);
        var drawn = new Dictionary<MisspellingKind, HashSet<string>>();
        foreach (MisspellingKind kind in Kinds)
        {
            drawn[kind] = new HashSet<string>(StringComparer.Ordinal);
        }

        var result = new List<Misspelling>();
        var operations = new List<string>();
        var usable = new List<MisspellingCandidate>();
        excludedCandidates = 0;
        foreach (string source in sources)
        {
            foreach (MisspellingKind kind in Kinds)
            {
                HashSet<string> drawnForKind = drawn[kind];
                usable.Clear();
                operations.Clear();
                foreach (MisspellingCandidate candidate in Candidates(source, kind))
                {
                    if (isExcluded is not null && isExcluded(candidate.Form))
                    {
                        excludedCandidates++;
                        continue;
                    }

                    if (drawnForKind.Contains(candidate.Form))
                    {
                        continue;
                    }

                    usable.Add(candidate);
                    if (!operations.Contains(candidate.Operation))
                    {
                        operations.Add(candidate.Operation);
                    }
                }

                if (operations.Count == 0)
                {
                    continue;
                }

                string operation = operations[random.Next(operations.Count)];
                int count = 0;
                foreach (MisspellingCandidate candidate in usable)
                {
                    count += string.Equals(candidate.Operation, operation, StringComparison.Ordinal) ? 1 : 0;
                }

                int pick = random.Next(count);
                foreach (MisspellingCandidate candidate in usable)
                {
                    if (string.Equals(candidate.Operation, operation, StringComparison.Ordinal) && pick-- == 0)
                    {
                        drawnForKind.Add(candidate.Form);
                        result.Add(new Misspelling(kind, operation, source, candidate.Form));
                        break;
                    }
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Every damaged form of <paramref name="word"/> of one kind, each different from the word, without repeats, in a
    /// fixed order.
    /// </summary>
    public static List<MisspellingCandidate> Candidates(string word, MisspellingKind kind)
    {
        ArgumentNullException.ThrowIfNull(word);
        var candidates = new List<MisspellingCandidate>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { word };
        void Add(string operation, string form)
        {
            if (seen.Add(form))
            {
                candidates.Add(new MisspellingCandidate(operation, form));
            }
        }

        switch (kind)
        {
            case MisspellingKind.DiacriticLoss:
                AddDiacriticLoss(word, Add);
                break;
            case MisspellingKind.TurkishHabit:
                AddTurkishHabits(word, Add);
                break;
            case MisspellingKind.KeyboardSlip:
                AddKeyboardSlips(word, Add);
                break;
            case MisspellingKind.OcrConfusion:
                AddOcrConfusions(word, Add);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown misspelling kind.");
        }

        return candidates;
    }

    private static void AddDiacriticLoss(string word, Action<string, string> add)
    {
        char[] all = word.ToCharArray();
        int marked = 0;
        for (int i = 0; i < word.Length; i++)
        {
            char bare = AzAlphabet.ToAsciiTwin(word[i]);
            if (bare != word[i])
            {
                add("one letter", Replace(word, i, bare));
                all[i] = bare;
                marked++;
            }
        }

        if (marked >= 2)
        {
            add("all letters", new string(all));
        }
    }

    private static void AddTurkishHabits(string word, Action<string, string> add)
    {
        // Turkish suffix forms first, so that a word whose only ə are in its suffixes (evlərdən → evlerden) counts as a
        // suffix form rather than as ə→e: the plural -lər anywhere after the stem's first two letters, the ablative
        // -dən/-tən and the locative -də/-tə at the end, written with e. Stems that hold the same letters are damaged
        // too (a Turkish writer spells them with e as well).
        char[] suffixed = word.ToCharArray();
        bool changed = false;
        for (int i = 2; i + 1 < word.Length; i++)
        {
            bool plural = i + 2 < word.Length && word[i] == 'l' && word[i + 1] == 'ə' && word[i + 2] == 'r';
            bool ablative = i + 3 == word.Length && word[i] is 'd' or 't' && word[i + 1] == 'ə' && word[i + 2] == 'n';
            bool locative = i + 2 == word.Length && word[i] is 'd' or 't' && word[i + 1] == 'ə';
            if (plural || ablative || locative)
            {
                suffixed[i + 1] = 'e';
                changed = true;
            }
        }

        if (changed)
        {
            add("-lər/-dən/-də → -ler/-den/-de", new string(suffixed));
        }

        char[] all = word.ToCharArray();
        int habits = 0;
        foreach ((char letter, char turkish) in s_turkishLetters)
        {
            if (word.Contains(letter, StringComparison.Ordinal))
            {
                add(string.Concat(letter.ToString(), "→", turkish.ToString()), word.Replace(letter, turkish));
                for (int i = 0; i < all.Length; i++)
                {
                    all[i] = all[i] == letter ? turkish : all[i];
                }

                habits++;
            }
        }

        if (habits >= 2)
        {
            add("q→k x→h ğ→g ə→e together", new string(all));
        }
    }

    private static void AddKeyboardSlips(string word, Action<string, string> add)
    {
        for (int i = 0; i < word.Length; i++)
        {
            // Only the keys beside it on its row (AzKeyboard.GetNeighbours also has the keys above and below): the figures
            // compared across commits were seeded with these.
            foreach (char neighbour in AzKeyboard.GetRowNeighbours(word[i]))
            {
                add("neighbouring key", Replace(word, i, neighbour));
            }
        }

        for (int i = 0; i < word.Length; i++)
        {
            add("doubled letter", word.Insert(i, word[i].ToString()));
        }

        for (int i = 0; i < word.Length; i++)
        {
            add("dropped letter", word.Remove(i, 1));
        }

        for (int i = 0; i + 1 < word.Length; i++)
        {
            if (word[i] != word[i + 1])
            {
                char[] swapped = word.ToCharArray();
                (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
                add("swapped pair", new string(swapped));
            }
        }
    }

    private static void AddOcrConfusions(string word, Action<string, string> add)
    {
        foreach ((char letter, char read) in s_ocrLetters)
        {
            for (int i = 0; i < word.Length; i++)
            {
                if (word[i] == letter)
                {
                    add(string.Concat(letter.ToString(), "→", read.ToString()), Replace(word, i, read));
                }
            }
        }

        for (int i = 0; i < word.Length; i++)
        {
            if (word[i] == 'm')
            {
                add("m→rn", string.Concat(word.AsSpan(0, i), "rn", word.AsSpan(i + 1)));
            }
        }

        add("first letter lost", word[1..]);
    }

    private static string Replace(string word, int index, char replacement)
    {
        char[] chars = word.ToCharArray();
        chars[index] = replacement;
        return new string(chars);
    }
}
