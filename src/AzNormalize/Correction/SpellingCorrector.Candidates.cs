using System.Text;
using AzNormalize.Lexicon;
using AzNormalize.Text;

namespace AzNormalize.Correction;

public sealed partial class SpellingCorrector
{
    /// <summary>The longest word the corrector looks at; longer tokens are left alone.</summary>
    internal const int MaxWordLength = 40;

    /// <summary>The most restorations tried for one word (a word with many e, i, s … has 2ⁿ twins).</summary>
    internal const int MaxRestorationsTried = 4096;

    /// <summary>How many letters of a suffix may follow a listed stem in a prefix that no listed word starts with.</summary>
    private const int MaxSuffixStart = 3;

    /// <summary>One change of a candidate: at <see cref="Position"/> of the word, <see cref="From"/> became <see cref="To"/>.</summary>
    private readonly record struct Change(int Position, string From, string To, double Cost, EditKind Kind);

    /// <summary>The twins a letter of a word may stand for, with their costs, in the order they are tried.</summary>
    private static ReadOnlySpan<Change> Restorations(char c) => c switch
    {
        'e' => s_e,
        'i' => s_i,
        'ı' => s_dotless,
        's' => s_s,
        'c' => s_c,
        'g' => s_g,
        'o' => s_o,
        'u' => s_u,
        'k' => s_k,
        'h' => s_h,
        'w' => s_w,
        _ => default,
    };

    private static readonly Change[] s_e = [new(0, "e", "ə", ErrorModel.Diacritic, EditKind.Diacritic)];
    private static readonly Change[] s_i = [new(0, "i", "ı", ErrorModel.Diacritic, EditKind.Diacritic)];
    private static readonly Change[] s_dotless = [new(0, "ı", "i", ErrorModel.DotlessToDotted, EditKind.Ocr)];
    private static readonly Change[] s_s = [new(0, "s", "ş", ErrorModel.Diacritic, EditKind.Diacritic)];
    private static readonly Change[] s_c = [new(0, "c", "ç", ErrorModel.Diacritic, EditKind.Diacritic)];
    private static readonly Change[] s_g = [new(0, "g", "ğ", ErrorModel.Diacritic, EditKind.Diacritic), new(0, "g", "q", ErrorModel.RussianG, EditKind.TurkishSpelling)];
    private static readonly Change[] s_o = [new(0, "o", "ö", ErrorModel.Diacritic, EditKind.Diacritic), new(0, "o", "ə", ErrorModel.OcrO, EditKind.Ocr)];
    private static readonly Change[] s_u = [new(0, "u", "ü", ErrorModel.Diacritic, EditKind.Diacritic)];
    private static readonly Change[] s_k = [new(0, "k", "q", ErrorModel.TurkishK, EditKind.TurkishSpelling)];
    private static readonly Change[] s_h = [new(0, "h", "x", ErrorModel.TurkishH, EditKind.TurkishSpelling)];
    private static readonly Change[] s_w = [new(0, "w", "ş", ErrorModel.AsciiSpelling, EditKind.Diacritic)];

    /// <summary>
    /// Whether candidate searches keep what their buffer's prefixes are as stems (<see cref="AzMorphology.PrefixStems"/>):
    /// always, but in the test that compares the candidates found with and without them.
    /// </summary>
    internal bool PrefixFacts { get; init; } = true;

    /// <summary>A candidate search for this corrector.</summary>
    private CandidateSearch NewSearch() => new(_morphology, MaxRestorationCost, PrefixFacts);

    /// <summary>Collects the known candidates of a lowercase word into <see cref="Candidates"/>.</summary>
    private sealed class CandidateSearch
    {
        private readonly AzMorphology _morphology;
        private readonly double _maxRestorationCost;
        private readonly char[] _output = new char[MaxWordLength + 1];
        private readonly List<Change> _changes = new(8);
        private readonly AzMorphology.PrefixStems? _prefixes;
        private string _word = string.Empty;
        private int _tried;
        private bool _ocrRestorations;

        public CandidateSearch(AzMorphology morphology, double maxRestorationCost, bool prefixFacts = true)
        {
            _morphology = morphology;
            _maxRestorationCost = maxRestorationCost;
            _prefixes = prefixFacts ? new AzMorphology.PrefixStems(morphology, _output) : null;
        }

        /// <summary>Whether candidates are judged capitalised, so that names count as known (set before <see cref="Run"/>).</summary>
        public bool Capitalised { get; set; }

        /// <summary>The known candidates found, each with the cheapest changes that make it.</summary>
        public Dictionary<string, (double Cost, EditKind Kind, string Reason, bool Restoration)> Candidates { get; } = new(StringComparer.Ordinal);

        /// <summary>Finds the candidates of <paramref name="word"/> (lowercase, letters only).</summary>
        /// <param name="word">The word.</param>
        /// <param name="edits">
        /// Whether to try single edits (substitutions, drops, additions, swaps) besides restorations, and the OCR restorations
        /// (o→ə, ı→i): both find a known word too easily in a short one.
        /// </param>
        public void Run(string word, bool edits)
        {
            _ocrRestorations = edits;
            Candidates.Clear();
            _changes.Clear();
            _tried = 0;
            _word = word;
            Restore(0, 0, 0);
            if (edits)
            {
                Edit();
            }
        }

        /// <summary>Every combination of restorations from <paramref name="position"/> on, cheapest first at each letter.</summary>
        private void Restore(int position, int length, double cost)
        {
            if (_tried >= MaxRestorationsTried)
            {
                return;
            }

            string word = _word;
            _prefixes?.Forget(length); // the letters from here on are this call's
            while (position < word.Length && Restorations(word[position]).IsEmpty && !IsAsciiDigraph(word, position))
            {
                _output[length++] = word[position++];
            }

            if (position == word.Length)
            {
                if (_changes.Count > 0)
                {
                    Test(_output.AsSpan(0, length), cost);
                }

                return;
            }

            if (length >= 4 && !CanContinue(_output.AsSpan(0, length)))
            {
                return;
            }

            char c = word[position];
            _output[length] = c;
            _prefixes?.Forget(length);
            Restore(position + 1, length + 1, cost);

            if (IsAsciiDigraph(word, position))
            {
                char twin = word[position] == 's' ? 'ş' : 'ç';
                if (cost + ErrorModel.AsciiSpelling <= _maxRestorationCost)
                {
                    _output[length] = twin;
                    _prefixes?.Forget(length);
                    _changes.Add(new Change(position, word.Substring(position, 2), twin.ToString(), ErrorModel.AsciiSpelling, EditKind.Diacritic));
                    Restore(position + 2, length + 1, cost + ErrorModel.AsciiSpelling);
                    _changes.RemoveAt(_changes.Count - 1);
                }
            }

            foreach (Change change in Restorations(c))
            {
                // No Azerbaijani word starts with ğ.
                if (cost + change.Cost > _maxRestorationCost || (change.Kind == EditKind.Ocr && !_ocrRestorations) || (length == 0 && change.To == "ğ"))
                {
                    continue;
                }

                _output[length] = change.To[0];
                _prefixes?.Forget(length);
                _changes.Add(change with { Position = position });
                Restore(position + 1, length + 1, cost + change.Cost);
                _changes.RemoveAt(_changes.Count - 1);
            }
        }

        /// <summary><c>sh</c> or <c>ch</c> at <paramref name="position"/>: how a keyboard without ş and ç spells them.</summary>
        private static bool IsAsciiDigraph(string word, int position) =>
            position + 1 < word.Length && word[position + 1] == 'h' && word[position] is 's' or 'c';

        /// <summary>
        /// Whether a word could still begin with <paramref name="prefix"/>: a listed word starts with it, or it is a listed word
        /// of three letters or more with the first few letters of a suffix after it (a stem whose inflections are not listed).
        /// Cuts the twins of a long word from 2ⁿ to a few, and most single edits before the morphology is asked (a lookup there
        /// costs about 20 µs for a word it does not know, a prefix test under 1 µs).
        /// </summary>
        private bool CanContinue(ReadOnlySpan<char> prefix)
        {
            AzLexicon lexicon = _morphology.Lexicon;
            if (lexicon.CountWithPrefix(prefix, 1) > 0)
            {
                return true;
            }

            for (int j = prefix.Length - 1; j >= Math.Max(3, prefix.Length - MaxSuffixStart); j--)
            {
                if (_prefixes?.IsListed(j) ?? lexicon.Contains(prefix[..j])) // prefix is the buffer's first letters
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Single edits of the word: a swap, a substitution, a letter dropped or added, rn↔m.</summary>
        private void Edit()
        {
            string word = _word;
            Span<char> buffer = _output;
            for (int i = 0; i + 1 < word.Length; i++)
            {
                if (word[i] == word[i + 1])
                {
                    continue;
                }

                word.CopyTo(buffer);
                (buffer[i], buffer[i + 1]) = (buffer[i + 1], buffer[i]);
                TestEdit(buffer[..word.Length], i + 2, new Change(i, word.Substring(i, 2), $"{word[i + 1]}{word[i]}", ErrorModel.Transposition, EditKind.Keyboard), "swapped");
            }

            for (int i = 0; i < word.Length; i++)
            {
                word.CopyTo(buffer);
                foreach (char letter in AzAlphabet.Lowercase)
                {
                    if (letter == word[i])
                    {
                        continue;
                    }

                    buffer[i] = letter;
                    (double cost, EditKind kind) = ErrorModel.Substitute(word[i], letter);
                    TestEdit(buffer[..word.Length], i + 1, new Change(i, word[i].ToString(), letter.ToString(), cost, kind), null);
                }
            }

            for (int i = 0; i < word.Length; i++)
            {
                word.AsSpan(0, i).CopyTo(buffer);
                word.AsSpan(i + 1).CopyTo(buffer[i..]);
                bool doubled = (i > 0 && word[i - 1] == word[i]) || (i + 1 < word.Length && word[i + 1] == word[i]);
                TestEdit(buffer[..(word.Length - 1)], i + 1, new Change(i, word[i].ToString(), string.Empty, doubled ? ErrorModel.Doubled : ErrorModel.Extra, EditKind.Keyboard), doubled ? "doubled letter undone" : "extra letter removed");
            }

            for (int i = 0; i <= word.Length; i++)
            {
                word.AsSpan(0, i).CopyTo(buffer);
                word.AsSpan(i).CopyTo(buffer[(i + 1)..]);
                foreach (char letter in AzAlphabet.Lowercase)
                {
                    buffer[i] = letter;
                    bool doubling = (i > 0 && word[i - 1] == letter) || (i < word.Length && word[i] == letter);
                    (double cost, EditKind kind, string note) = i == 0
                        ? (ErrorModel.LostFirstLetter, EditKind.Ocr, "lost first letter restored")
                        : doubling ? (ErrorModel.Undoubled, EditKind.Keyboard, "doubled letter restored") : (ErrorModel.Dropped, EditKind.Keyboard, "dropped letter restored");
                    TestEdit(buffer[..(word.Length + 1)], i + 1, new Change(i, string.Empty, letter.ToString(), cost, kind), note);
                }
            }

            for (int i = 0; i + 1 < word.Length; i++)
            {
                if (word[i] == 'r' && word[i + 1] == 'n')
                {
                    word.AsSpan(0, i).CopyTo(buffer);
                    buffer[i] = 'm';
                    word.AsSpan(i + 2).CopyTo(buffer[(i + 1)..]);
                    TestEdit(buffer[..(word.Length - 1)], i + 1, new Change(i, "rn", "m", ErrorModel.OcrShape, EditKind.Ocr), null);
                }
            }

            for (int i = 0; i < word.Length; i++)
            {
                if (word[i] == 'm' && word.Length + 1 <= MaxWordLength)
                {
                    word.AsSpan(0, i).CopyTo(buffer);
                    buffer[i] = 'r';
                    buffer[i + 1] = 'n';
                    word.AsSpan(i + 1).CopyTo(buffer[(i + 2)..]);
                    TestEdit(buffer[..(word.Length + 1)], i + 2, new Change(i, "m", "rn", ErrorModel.OcrShape, EditKind.Ocr), null);
                }
            }
        }

        /// <summary>Tests one edit; <paramref name="changeEnd"/> is where the changed letters end in <paramref name="candidate"/>.</summary>
        private void TestEdit(ReadOnlySpan<char> candidate, int changeEnd, Change change, string? note)
        {
            int checkedLength = Math.Min(candidate.Length, Math.Max(changeEnd, 4));
            if (checkedLength >= 4 && _morphology.Lexicon.CountWithPrefix(candidate[..checkedLength], 1) == 0)
            {
                return;
            }

            if (KnownAndCheaper(candidate, change.Cost, null) is not { } text)
            {
                return;
            }

            string reason = note is null ? $"{Show(change.From)}→{Show(change.To)}" : $"{note} ({Show(change.From)}→{Show(change.To)})";
            Candidates[text] = (change.Cost, change.Kind, reason, false);
        }

        private void Test(ReadOnlySpan<char> candidate, double cost)
        {
            if (KnownAndCheaper(candidate, cost, _prefixes) is not { } text)
            {
                return;
            }

            EditKind kind = EditKind.Diacritic;
            var reason = new StringBuilder();
            foreach (Change change in _changes)
            {
                if (change.Kind == EditKind.TurkishSpelling || (change.Kind == EditKind.Ocr && kind == EditKind.Diacritic))
                {
                    kind = change.Kind;
                }

                reason.Append(reason.Length == 0 ? string.Empty : ", ").Append(change.From).Append('→').Append(change.To);
            }

            Candidates[text] = (cost, kind, reason.ToString(), true);
        }

        /// <summary>
        /// The candidate as a string when the morphology knows it and no cheaper way to it was found, else null. A restoration
        /// passes what is known about its buffer's prefixes; single edits write the buffer without telling it.
        /// </summary>
        private string? KnownAndCheaper(ReadOnlySpan<char> candidate, double cost, AzMorphology.PrefixStems? prefixes)
        {
            _tried++;
            if (!_morphology.IsKnown(candidate, prefixes) && !(Capitalised && _morphology.IsKnown(AzCasing.ToTitle(candidate.ToString()))))
            {
                return null;
            }

            string text = candidate.ToString();
            return Candidates.TryGetValue(text, out var known) && known.Cost <= cost ? null : text;
        }

        private static string Show(string letters) => letters.Length == 0 ? "∅" : letters;
    }
}
