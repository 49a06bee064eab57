using AzNormalize.Lexicon;
using AzNormalize.Normalization;
using AzNormalize.Text;
using AzNormalize.Tokenization;

namespace AzNormalize.Checking;

/// <summary>
/// Finds the words of a text that an <see cref="IWordOracle"/> does not know, and tells a probable misspelling from a
/// probable name or abbreviation by its capitals and its place in the sentence.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe (given a thread-safe oracle, as <see cref="IWordOracle"/> requires): any number of threads
/// may check texts at once. Never consults <see cref="System.Globalization.CultureInfo"/>.</para>
/// <para>Only <see cref="TokenKind.Word"/> tokens are judged; URLs, e-mail addresses, mentions, hashtags, numbers,
/// abbreviations in capitals (<c>ABŞ</c>, so also a whole word in capitals, <c>DİQQƏT</c>) and initials are not. Of a word:</para>
/// <list type="bullet">
/// <item>a hyphenated compound (<c>ictimai-siyasi</c>) is known when the oracle knows the whole or every part;</item>
/// <item>a numeral with a suffix (<c>2021-ci</c>, <c>5-də</c>, <c>2021ci</c>) is known when the suffix after the digits (and an
/// optional hyphen) is one to six Azerbaijani letters. This is a first, loose rule: it does not check the suffix's vowel
/// harmony with the number as spoken. Any other word that starts with a digit is not judged;</item>
/// <item>an abbreviation in capitals with a lowercase suffix (<c>ABŞ-ın</c>, <c>BMT-nin</c>, <c>NATO-ya</c>, and without the
/// hyphen, <c>ABŞın</c>) is known when the oracle knows the abbreviation or it is two to six capitals; the suffix is not
/// judged;</item>
/// <item>a word with any other character than Azerbaijani letters, joining hyphens and apostrophes (digits, <c>w</c>, Cyrillic
/// or other letters, combining marks other than U+0307 after <c>i</c>/<c>I</c>, invisible characters) is not judged: such
/// characters are the normalizer's business, so give the checker the normalizer's output (NFC).</item>
/// </list>
/// <para>A word the oracle does not know is reported as a <see cref="FindingKind.UnknownName"/> when it is capitalised inside a
/// sentence, as a <see cref="FindingKind.UnknownAbbreviation"/> when it is all capitals, and as a
/// <see cref="FindingKind.UnknownWord"/> otherwise (lowercase, or capitalised at the start of a sentence, with less
/// confidence). The confidences are 0.8 (unknown word), 0.6 (at a sentence start), 0.3 (name) and 0.3 (abbreviation): first
/// settings, not measured. A sentence starts at the start of the text, after <c>.</c>, <c>!</c>, <c>?</c> or <c>…</c>, and after a blank
/// line; quotation marks, brackets and dashes in between do not end the start (<c>"Salam</c>, <c>— Salam</c>).</para>
/// <para>A word the oracle does not know is not therefore wrong: a word list misses most inflected forms. The confidences
/// say how much each finding is worth a look.</para>
/// </remarks>
public sealed partial class WordChecker
{
    // First settings, not measured: to be tuned on real text once the evaluation command exists (docs/quality.md).

    /// <summary>Confidence of an unknown lowercase word: most of these are misspellings or unlisted forms.</summary>
    internal const double UnknownWordConfidence = 0.8;

    /// <summary>Confidence of an unknown capitalised word at the start of a sentence: a misspelling or a name.</summary>
    internal const double SentenceStartConfidence = 0.6;

    /// <summary>Confidence of an unknown capitalised word inside a sentence: most of these are names.</summary>
    internal const double UnknownNameConfidence = 0.3;

    /// <summary>Confidence of an unknown word in capitals: most of these are abbreviations.</summary>
    internal const double UnknownAbbreviationConfidence = 0.3;

    private const string UnknownWordMessage = "unknown word";
    private const string SentenceStartMessage = "unknown word, capitalised at the start of a sentence (a misspelling or a name)";
    private const string UnknownNameMessage = "unknown word, probably a name";
    private const string UnknownAbbreviationMessage = "unknown word in capitals, probably an abbreviation";

    // The one place that names the default oracle.
    private static readonly Lazy<WordChecker> s_default = new(() => new WordChecker(AzMorphology.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly IWordOracle _oracle;

    /// <summary>Creates a checker that asks <paramref name="oracle"/> which words are known.</summary>
    /// <param name="oracle">Thread-safe, as <see cref="IWordOracle"/> requires.</param>
    public WordChecker(IWordOracle oracle)
    {
        ArgumentNullException.ThrowIfNull(oracle);
        _oracle = oracle;
    }

    /// <summary>The checker over <see cref="AzMorphology.Default"/> (the embedded lexicon and its suffixed forms). Built on first use, once.</summary>
    public static WordChecker Default => s_default.Value;

    /// <summary>The oracle that tells known words.</summary>
    public IWordOracle Oracle => _oracle;

    /// <summary>The findings of <paramref name="text"/>, in text order.</summary>
    /// <param name="text">The text, NFC (the normalizer's output).</param>
    /// <returns>The findings; offsets are in <paramref name="text"/>.</returns>
    public IReadOnlyList<Finding> Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var findings = new List<Finding>();
        Check(text.AsSpan(), findings);
        return findings;
    }

    /// <summary>Adds the findings of <paramref name="text"/> to <paramref name="findings"/>, in text order.</summary>
    /// <param name="text">The text, NFC (the normalizer's output).</param>
    /// <param name="findings">Receives the findings; offsets are in <paramref name="text"/>. Nothing else is added or removed.</param>
    /// <remarks>Allocates nothing for a known word; a finding allocates its <see cref="Finding.Word"/>.</remarks>
    public void Check(ReadOnlySpan<char> text, ICollection<Finding> findings)
    {
        using var memo = WordMemo.For(_oracle, text.Length);
        Check(text, findings, memo);
    }

    /// <summary>
    /// As <see cref="Check(ReadOnlySpan{char}, ICollection{Finding})"/>, keeping each word's verdict in <paramref name="memo"/>
    /// (which a caller that checks several versions of one text shares between them), and adding every word token to
    /// <paramref name="words"/> when given (the corrector reads them: one pass of the tokenizer, not two).
    /// </summary>
    internal void Check(ReadOnlySpan<char> text, ICollection<Finding> findings, WordMemo memo, List<Token>? words = null) =>
        _ = Check(text, findings, memo, words, ReadingState.TextStart);

    /// <summary>
    /// As <see cref="Check(ReadOnlySpan{char}, ICollection{Finding}, WordMemo, List{Token}?)"/> over a part of a text that starts
    /// at a token boundary, in <paramref name="state"/>: what the part's start reads as in the whole text (<see cref="TryGetStateAt"/>).
    /// </summary>
    /// <param name="text">The part.</param>
    /// <param name="findings">Receives the findings; offsets are in the part.</param>
    /// <param name="memo">The memo of verdicts.</param>
    /// <param name="words">Receives every word token, when given.</param>
    /// <param name="state">The checker's state at the part's start.</param>
    /// <param name="twinFacts">Receives, per word token, the memo's twin fact as the check found it (0 when not yet known), when given.</param>
    /// <param name="contextIds">Receives, per word token, the memo's context id as the check found it (<see cref="WordMemo.Slot.ContextId"/>: 0 when not yet known), when given.</param>
    /// <returns>The checker's state at the part's end.</returns>
    internal ReadingState Check(ReadOnlySpan<char> text, ICollection<Finding> findings, WordMemo memo, List<Token>? words, ReadingState state, List<byte>? twinFacts = null, List<int>? contextIds = null)
    {
        ArgumentNullException.ThrowIfNull(findings);

        // The words go in batches: their memo slots are read together (WordMemo.Touch) before the first is judged, so the
        // reads from memory overlap. Judged in the text's order, as one at a time.
        Span<Token> batch = stackalloc Token[BatchLength];
        Span<uint> hashes = stackalloc uint[BatchLength];
        Span<bool> sentenceStarts = stackalloc bool[BatchLength];
        int count = 0;
        foreach (Token token in Tokenizer.Tokenize(text))
        {
            bool sentenceStart = state.SentenceStart;
            if (!state.Read(token, text))
            {
                continue;
            }

            (batch[count], hashes[count], sentenceStarts[count]) = (token, WordMemo.Hash(token.GetText(text)), sentenceStart);
            if (++count == BatchLength)
            {
                CheckBatch(text, batch, hashes, sentenceStarts, findings, memo, words, twinFacts, contextIds);
                count = 0;
            }
        }

        CheckBatch(text, batch[..count], hashes[..count], sentenceStarts[..count], findings, memo, words, twinFacts, contextIds);
        return state;
    }

    /// <summary>Words per batch of <see cref="Check(ReadOnlySpan{char}, ICollection{Finding}, WordMemo, List{Token}?, ReadingState, List{byte}?, List{int}?)"/>.</summary>
    private const int BatchLength = 32;

    private void CheckBatch(ReadOnlySpan<char> text, ReadOnlySpan<Token> batch, ReadOnlySpan<uint> hashes, ReadOnlySpan<bool> sentenceStarts, ICollection<Finding> findings, WordMemo memo, List<Token>? words, List<byte>? twinFacts, List<int>? contextIds)
    {
        memo.Touch(hashes);
        for (int i = 0; i < batch.Length; i++)
        {
            Token token = batch[i];
            words?.Add(token);
            ReadOnlySpan<char> word = token.GetText(text);
            ref WordMemo.Slot known = ref memo.Get(word, hashes[i], out _);
            if (known.Verdict == 0)
            {
                known.Verdict = (byte)(Judge(word) + 1); // a word the text repeats is judged once
            }

            twinFacts?.Add(known.Twin);
            contextIds?.Add(known.ContextId);
            var verdict = (Verdict)(known.Verdict - 1);
            if (verdict is Verdict.Unknown or Verdict.UnknownAbbreviation)
            {
                findings.Add(Report(token, word, verdict, sentenceStarts[i]));
            }
        }
    }

    /// <summary>
    /// Where the checker is in a text: whether a sentence starts at the next word, and the line breaks since the last token
    /// other than white space (2 make a blank line, which starts a sentence).
    /// </summary>
    internal struct ReadingState
    {
        /// <summary>The state at a text's start.</summary>
        public static ReadingState TextStart => new() { SentenceStart = true };

        /// <summary>Whether a sentence starts at the next word.</summary>
        public bool SentenceStart { get; private set; }

        private int _lineBreaks;

        /// <summary>Reads <paramref name="token"/> of <paramref name="text"/>; true when it is a word to judge (read before its state changed).</summary>
        public bool Read(Token token, ReadOnlySpan<char> text)
        {
            switch (token.Kind)
            {
                case TokenKind.Whitespace:
                case TokenKind.Other: // Control and lone invisible characters neither end nor start anything.
                    return false;
                case TokenKind.LineBreak:
                    if (++_lineBreaks >= 2)
                    {
                        SentenceStart = true;
                    }

                    return false;
                case TokenKind.Word:
                    SentenceStart = false;
                    _lineBreaks = 0;
                    return true;
                case TokenKind.Punctuation:
                    SentenceStart = SentenceBoundaries.StartsSentenceAfter(token.GetText(text), SentenceStart);
                    break;
                default:
                    SentenceStart = false;
                    break;
            }

            _lineBreaks = 0;
            return false;
        }

        /// <summary>Whether <paramref name="other"/> is the same state.</summary>
        public readonly bool SameAs(ReadingState other) => SentenceStart == other.SentenceStart && _lineBreaks == other._lineBreaks;

        /// <summary>Whether the state after <paramref name="token"/> no longer depends on the state before it.</summary>
        public static bool Resets(Token token) => token.Kind is not (TokenKind.Whitespace or TokenKind.Other or TokenKind.LineBreak or TokenKind.Punctuation);
    }

    /// <summary>
    /// The checker's state at <paramref name="lineStart"/> (the start of a line of <paramref name="text"/>) when it reads the
    /// whole text: read from the start of the nearest line before it that holds a word or another token after which the state is
    /// the same whatever came before (or from the text's start). False when no such line lies within
    /// <see cref="MaxStateLookBack"/> characters (thousands of lines without a word): the caller reads the whole text.
    /// </summary>
    internal static bool TryGetStateAt(ReadOnlySpan<char> text, int lineStart, out ReadingState state)
    {
        state = ReadingState.TextStart;
        int from = lineStart;
        while (from > 0)
        {
            if (lineStart - from > MaxStateLookBack)
            {
                state = default;
                return false;
            }

            // The line before; its tokens tell whether it settles the state, and give the state after it.
            int end = from;
            from = TokenChars.LineStart(text, from - 1);
            ReadOnlySpan<char> line = text[from..end];
            state = ReadingState.TextStart;
            bool settled = false;
            foreach (Token token in Tokenizer.Tokenize(line))
            {
                settled |= ReadingState.Resets(token);
                state.Read(token, line);
            }

            if (end == lineStart && (settled || from == 0))
            {
                return true; // most often the line just before settles it: read once, for both questions
            }

            if (settled)
            {
                break;
            }
        }

        state = ReadingState.TextStart;
        ReadOnlySpan<char> part = text[from..lineStart];
        foreach (Token token in Tokenizer.Tokenize(part))
        {
            state.Read(token, part);
        }

        return true;
    }

    /// <summary>How far back <see cref="TryGetStateAt"/> looks for a line that settles the state.</summary>
    internal const int MaxStateLookBack = 4096;

    /// <summary>The finding for a word the oracle does not know, by its capitals and its place.</summary>
    private static Finding Report(Token token, ReadOnlySpan<char> word, Verdict verdict, bool sentenceStart)
    {
        CaseShape shape = verdict == Verdict.UnknownAbbreviation ? CaseShape.Upper : AzCasing.GetShape(word);
        (FindingKind kind, double confidence, string message) = shape switch
        {
            CaseShape.Upper => (FindingKind.UnknownAbbreviation, UnknownAbbreviationConfidence, UnknownAbbreviationMessage),
            CaseShape.Title or CaseShape.Mixed when IsUpper(word[0]) => sentenceStart
                ? (FindingKind.UnknownWord, SentenceStartConfidence, SentenceStartMessage)
                : (FindingKind.UnknownName, UnknownNameConfidence, UnknownNameMessage),
            _ => (FindingKind.UnknownWord, UnknownWordConfidence, UnknownWordMessage),
        };
        return new Finding(token.Start, token.Length, word.ToString(), kind, confidence, message);
    }

    private static bool IsUpper(char c) => AzCasing.ToLower(c) != c;
}
