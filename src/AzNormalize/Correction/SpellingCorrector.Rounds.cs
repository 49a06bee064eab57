using AzNormalize.Checking;
using AzNormalize.Tokenization;

namespace AzNormalize.Correction;

public sealed partial class SpellingCorrector
{
    /// <summary>
    /// The margin decoder's rounds over one text (<see cref="UntilStable"/>): the first reads the whole text; a later one reads
    /// only the lines the last round's edits fell in. The margin decoder decides each word from the word, its neighbours and
    /// the next word's capital on its line (<see cref="Adjacent"/>), and the whole text's typing mode; outside those lines the
    /// text is unchanged, so every word there gets the decision it got in the last round, which was no edit. The typing mode
    /// is kept as counts and updated from the lines' words before and after; when it changes, or an edit touched a line
    /// break (lines may have merged or split), the round reads the whole text.
    /// </summary>
    /// <remarks>
    /// The tokenizer reads the same tokens from a line's start as it does there inside the whole text, and the checker starts
    /// the line in the state it has there (<see cref="WordChecker.TryGetStateAt"/>: whether a sentence starts), so a line read alone
    /// gives the words and findings it gets inside the whole text. A re-read line must end in the state it ended in before (an
    /// edit can turn its end into an abbreviation: ve s. → və s.), else the next line would read differently: then, and when
    /// no line with a word lies within reach before a changed line, the round reads the whole text.
    /// </remarks>
    private sealed class MarginRounds(SpellingCorrector corrector, int textLength, RoundTrace? trace, CancellationToken cancellationToken) : IDisposable
    {
        // What each round learns about a word (its verdict, its twin, its decision between the same neighbours) holds for the next.
        private readonly WordMemo _memo = corrector.NewMemo(textLength);
        private readonly Dictionary<DecisionKey, Edit?> _decisions = [];
        private readonly Dictionary<string, (string Twin, double Frequency, string Reason)?> _twins = new(StringComparer.Ordinal);
        private string? _previous;
        private List<Edit>? _previousEdits;
        private TypingCounts _counts;
        private bool _asciiTyped;

        /// <summary>The decoder for <see cref="UntilStable"/>: round <paramref name="round"/> over <paramref name="text"/>.</summary>
        public void Decode(string text, List<Edit> edits, int round)
        {
            var findings = new List<Finding>();
            int capacity = round == 0 ? text.Length / 6 : 64; // a later round mostly reads a few lines
            List<Token> words = RentWords(capacity);
            var twinFacts = new List<byte>(capacity);
            var contextIds = new List<int>(capacity);
            bool partial = round > 0 && trace?.WholeText != true && TryReadChanged(text, findings, words, twinFacts, contextIds);
            if (!partial)
            {
                findings.Clear();
                words.Clear();
                twinFacts.Clear();
                contextIds.Clear();
                corrector._checker.Check(text.AsSpan(), findings, _memo, words, WordChecker.ReadingState.TextStart, twinFacts, contextIds);
                _counts = TypingCounts.Of(text, words);
                _asciiTyped = IsTypedWithoutAzerbaijaniLetters(_counts);
            }

            corrector.FindEditsByMargin(text, findings, words, twinFacts, contextIds, _asciiTyped, edits, _memo, _decisions, _twins, cancellationToken);
            trace?.Rounds.Add((partial, words.Count, edits.Count));
            (_previous, _previousEdits) = (text, edits);
            ReturnWords(words);
        }

        /// <summary>The most word tokens a thread's kept list holds on to between calls (3 MB).</summary>
        private const int MaxKeptWords = 1 << 18;

        [ThreadStatic]
        private static List<Token>? t_words;

        /// <summary>
        /// An empty list for a round's word tokens: the thread's kept one when it is free (a whole text's tokens fill a large
        /// array, which the runtime would allocate zeroed on its large-object heap in every call), else a new one.
        /// </summary>
        private static List<Token> RentWords(int capacity)
        {
            List<Token>? kept = t_words;
            if (kept is null || kept.Capacity < capacity)
            {
                return new List<Token>(capacity);
            }

            t_words = null; // in use: a call inside this one gets its own
            return kept;
        }

        /// <summary>Keeps <paramref name="words"/> for the thread's next round, emptied, unless a larger one is kept or it is too large to keep.</summary>
        private static void ReturnWords(List<Token> words)
        {
            if (words.Capacity <= MaxKeptWords && (t_words is null || t_words.Capacity < words.Capacity))
            {
                words.Clear();
                t_words = words;
            }
        }

        /// <summary>
        /// Reads the lines of <paramref name="text"/> that the last round's edits changed; false when the whole text must be
        /// read: an edit touched a line break, a re-read line ends in another state than before, a line's state is not
        /// settled within reach, or the typing mode changed.
        /// </summary>
        private bool TryReadChanged(string text, List<Finding> findings, List<Token> words, List<byte> twinFacts, List<int> contextIds)
        {
            List<Edit> changes = _previousEdits!;
            foreach (Edit edit in changes)
            {
                if (edit.Original.AsSpan().ContainsAny(TokenChars.LineBreaks) || edit.Replacement.AsSpan().ContainsAny(TokenChars.LineBreaks))
                {
                    return false;
                }
            }

            // Line by line, in order: a line's bounds lie outside every edit (an edit holds no line break), where the two texts
            // differ by the shift of the edits before them.
            string previous = _previous!;
            TypingCounts counts = _counts;
            int delta = 0; // text's offsets less previous's, over the edits consumed so far
            for (int e = 0; e < changes.Count;)
            {
                int from = TokenChars.LineStart(text, changes[e].Start + delta);
                int previousFrom = from - delta;
                int to = TokenChars.LineEnd(text, changes[e].Start + delta + changes[e].Replacement.Length);
                while (true)
                {
                    while (e < changes.Count && changes[e].Start + delta < to)
                    {
                        delta += changes[e].Replacement.Length - changes[e].Length;
                        e++;
                    }

                    // A changed line right after is read with these: one check, and its start state is where these end.
                    if (e == changes.Count || TokenChars.LineStart(text, changes[e].Start + delta) != to)
                    {
                        break;
                    }

                    to = TokenChars.LineEnd(text, changes[e].Start + delta + changes[e].Replacement.Length);
                }

                int first = words.Count;
                if (!Read(text, from, to, findings, words, twinFacts, contextIds, out WordChecker.ReadingState start, out WordChecker.ReadingState after))
                {
                    return false;
                }

                // The line as it was, read from the same state (the text before it reads as it did last round: it is the same,
                // or its changed lines ended in the states they ended in then): its words leave the counts, and the state at
                // its end is where the next line started last round. The next line must start there again: an edit can change
                // how a line ends (ve s. → və s., an abbreviation), and with it whether a sentence starts on the next line.
                WordChecker.ReadingState before = start;
                counts -= TypingCounts.Of(previous.AsSpan(previousFrom, to - delta - previousFrom), ref before);
                if (to < text.Length && !after.SameAs(before))
                {
                    return false;
                }

                counts += TypingCounts.Of(text, words, first);
            }

            if (IsTypedWithoutAzerbaijaniLetters(counts) != _asciiTyped)
            {
                return false;
            }

            _counts = counts;
            return true;
        }

        /// <summary>
        /// Checks <paramref name="text"/>[<paramref name="from"/>..<paramref name="to"/>] alone, with the offsets of the whole
        /// text; <paramref name="state"/> and <paramref name="after"/> are the checker's states at <paramref name="from"/> and <paramref name="to"/>. False when the state at
        /// <paramref name="from"/> is not settled within reach.
        /// </summary>
        private bool Read(string text, int from, int to, List<Finding> findings, List<Token> words, List<byte> twinFacts, List<int> contextIds, out WordChecker.ReadingState state, out WordChecker.ReadingState after)
        {
            if (!WordChecker.TryGetStateAt(text, from, out state))
            {
                after = default;
                return false;
            }

            int firstFinding = findings.Count;
            int firstWord = words.Count;
            after = corrector._checker.Check(text.AsSpan(from, to - from), findings, _memo, words, state, twinFacts, contextIds);
            for (int i = firstWord; i < words.Count; i++)
            {
                words[i] = words[i] with { Start = words[i].Start + from };
            }

            for (int i = firstFinding; i < findings.Count; i++)
            {
                findings[i] = findings[i] with { Start = findings[i].Start + from };
            }

            return true;
        }

        /// <inheritdoc />
        public void Dispose() => _memo.Dispose();
    }

    /// <summary>What the margin decoder's rounds over one text did (tests).</summary>
    internal sealed class RoundTrace
    {
        /// <summary>Read the whole text in every round, as before lines were read alone.</summary>
        public bool WholeText { get; init; }

        /// <summary>Per round: whether it read only some lines, the words it read, the edits it found.</summary>
        public List<(bool Partial, int Words, int Edits)> Rounds { get; } = [];
    }
}
