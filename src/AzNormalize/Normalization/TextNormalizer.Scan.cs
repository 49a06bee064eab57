using System.Buffers;
using System.Globalization;
using System.Text;
using AzNormalize.Text;
using AzNormalize.Tokenization;

namespace AzNormalize.Normalization;

public sealed partial class TextNormalizer
{
    /// <summary>Characters that make a chunk of non-space text code-like (paths, identifiers, markup, addresses).</summary>
    private static readonly SearchValues<char> s_codeMarks = SearchValues.Create("_={}<>\\|`~^@/");

    /// <summary>How sure each rule is.</summary>
    private static class Confidence
    {
        public const double Composition = 1.0;
        public const double DotAboveFold = 0.99;
        public const double ByteOrderMark = 1.0;
        public const double Invisible = 0.99;
        public const double Ligature = 0.99;
        public const double TurnedE = 0.97;
        public const double CyrillicInLatinWord = 0.99;
        public const double CyrillicOnlyWord = 0.9;
        public const double ADiaeresisWithAzerbaijaniLetter = 0.9;
        public const double ADiaeresisKnownToOracle = 0.9;
        public const double ADiaeresisOldAlphabet = 0.8;
        public const double ADiaeresisOldAlphabetCapitalised = 0.65;
    }

    /// <summary>One normalization pass over a text: tokens in order, edits appended in order.</summary>
    private ref struct Scan
    {
        private readonly NormalizerOptions _options;
        private readonly ReadOnlySpan<char> _text;
        private readonly List<Edit> _edits;
        private readonly DocumentFacts _document;
        private QuoteState _quotes;

        /// <summary>Everything before this offset has been handled (an NFC sequence may run into the next token).</summary>
        private int _consumed;

        private int _chunkStart;
        private int _chunkEnd;
        private bool _chunkIsCode;

        public Scan(NormalizerOptions options, ReadOnlySpan<char> text, List<Edit> edits, DocumentFacts document)
        {
            _options = options;
            _text = text;
            _edits = edits;
            _document = document;
            _chunkStart = -1;
            _chunkEnd = -1;
        }

        /// <summary>
        /// Reads the lines that hold a candidate character, each from its start, and skips the others: every rule acts on a
        /// token with a candidate in it or just after it, and what a scan carries from token to token (the quote state, the
        /// code-like chunk, how far a composed sequence reached) starts afresh at each line, so a skipped line could have
        /// changed nothing.
        /// </summary>
        /// <param name="firstCandidate">The offset of the text's first candidate character (the caller found it).</param>
        public void Run(int firstCandidate)
        {
            int found = firstCandidate;
            while (found >= 0)
            {
                int next = ScanLine(TokenChars.LineStart(_text, found));
                int offset = next < _text.Length ? IndexOfCandidate(_text[next..]) : -1;
                found = offset < 0 ? -1 : next + offset;
            }
        }

        /// <summary>Reads every token of the text in one pass, as the scan did before it skipped lines (tests compare the two).</summary>
        public void RunEveryToken()
        {
            foreach (Token token in Tokenizer.Tokenize(_text))
            {
                ScanToken(token);
            }
        }

        /// <summary>Reads the tokens of the line that starts at <paramref name="start"/>, up to and with its line break; returns where the next line starts.</summary>
        private int ScanLine(int start)
        {
            _quotes.Reset();
            var tokens = new TokenEnumerator(_text, start);
            while (tokens.MoveNext())
            {
                Token token = tokens.Current;
                ScanToken(token);
                if (token.Kind == TokenKind.LineBreak)
                {
                    return token.End;
                }
            }

            return _text.Length;
        }

        private void ScanToken(Token token)
        {
            switch (token.Kind)
            {
                case TokenKind.LineBreak:
                    _quotes.Reset();
                    break;
                case TokenKind.Punctuation:
                    _quotes.Update(token.GetText(_text));
                    ScanOther(token);
                    break;
                case TokenKind.Url or TokenKind.Email or TokenKind.Mention:
                    ScanProtected(token);
                    break;
                case var kind when IsWordLike(kind):
                    ScanWord(token);
                    break;
                default:
                    ScanOther(token);
                    break;
            }

            _consumed = Math.Max(_consumed, token.End);
        }

        private readonly bool HasCandidate(Token token)
        {
            // One character past the token: a base letter at its end may carry a mark that the tokenizer put in the next token.
            int length = Math.Min(token.Length + 1, _text.Length - token.Start);
            return _text.Slice(token.Start, length).IndexOfAny(s_candidates) >= 0;
        }

        /// <summary>Inside URLs, e-mail addresses, mentions and code only a byte order mark is removed.</summary>
        private readonly void ScanProtected(Token token)
        {
            if (!_options.Invisibles)
            {
                return;
            }

            for (int i = Math.Max(token.Start, _consumed); i < token.End; i++)
            {
                if (_text[i] == InvisibleCharacters.ByteOrderMark)
                {
                    AddInvisibleRemoval(i, InvisibleCharacters.ByteOrderMark, string.Empty);
                }
            }
        }

        /// <summary>Punctuation, spaces, numbers, symbols: composition and invisible characters between words.</summary>
        private void ScanOther(Token token)
        {
            if (!HasCandidate(token))
            {
                return;
            }

            if (IsInCodeChunk(token))
            {
                ScanProtected(token);
                return;
            }

            int i = Math.Max(token.Start, _consumed);
            while (i < token.End)
            {
                int next = TryCompose(i, foldADiaeresis: false, default);
                if (next >= 0)
                {
                    i = _consumed = next;
                    continue;
                }

                char c = _text[i];
                if (_options.Invisibles && c is InvisibleCharacters.SoftHyphen or InvisibleCharacters.ZeroWidthSpace
                        or InvisibleCharacters.WordJoiner or InvisibleCharacters.ByteOrderMark && !IsLineEndSoftHyphen(i))
                {
                    AddInvisibleRemoval(i, c, " between words shows nothing");
                }

                i++;
            }
        }

        private void ScanWord(Token token)
        {
            if (!HasCandidate(token))
            {
                return;
            }

            if (IsInCodeChunk(token))
            {
                ScanProtected(token);
                return;
            }

            ReadOnlySpan<char> wordText = token.GetText(_text);
            WordFacts word = WordFacts.Of(wordText);
            (bool foldCyrillic, double cyrillicConfidence, string cyrillicContext) = DecideCyrillic(word);
            (bool foldADiaeresis, double aConfidence, string aReason) = DecideADiaeresis(wordText, word);
            var aDecision = new ADiaeresisDecision(aConfidence, aReason);

            int i = Math.Max(token.Start, _consumed);
            while (i < token.End)
            {
                int next = TryCompose(i, foldADiaeresis, aDecision);
                if (next >= 0)
                {
                    i = _consumed = next;
                    continue;
                }

                char c = _text[i];
                if (_options.Invisibles && IsRemovableInWord(c, word) && !IsLineEndSoftHyphen(i))
                {
                    AddInvisibleRemoval(i, c, " inside a word");
                }
                else if (_options.Ligatures && LookAlikes.ExpandLigature(c) is string letters)
                {
                    Add(i, 1, letters, EditKind.Ligature, Confidence.Ligature,
                        string.Create(CultureInfo.InvariantCulture, $"ligature '{c}' (U+{(int)c:X4}) expanded to '{letters}'"));
                }
                else if (_options.LookAlikes)
                {
                    FoldLookAlike(i, c, foldCyrillic, cyrillicConfidence, cyrillicContext, foldADiaeresis, aDecision);
                }

                i++;
            }
        }

        private void FoldLookAlike(int i, char c, bool foldCyrillic, double cyrillicConfidence, string cyrillicContext, bool foldADiaeresis, ADiaeresisDecision aDecision)
        {
            if (c is LookAlikes.TurnedE or LookAlikes.CapitalReversedE)
            {
                char schwa = c == LookAlikes.TurnedE ? AzAlphabet.Schwa : AzAlphabet.CapitalSchwa;
                Add(i, 1, schwa.ToString(), EditKind.LookAlike, Confidence.TurnedE,
                    string.Create(CultureInfo.InvariantCulture, $"'{c}' (U+{(int)c:X4}, turned e) typed for schwa '{schwa}' (U+{(int)schwa:X4})"));
            }
            else if (foldCyrillic && LookAlikes.CyrillicToLatin(c) is char latin and not '\0')
            {
                Add(i, 1, latin.ToString(), EditKind.LookAlike, cyrillicConfidence,
                    string.Create(CultureInfo.InvariantCulture, $"Cyrillic '{c}' (U+{(int)c:X4}) {cyrillicContext}"));
            }
            else if (foldADiaeresis && c is LookAlikes.SmallADiaeresis or LookAlikes.CapitalADiaeresis)
            {
                char schwa = c == LookAlikes.SmallADiaeresis ? AzAlphabet.Schwa : AzAlphabet.CapitalSchwa;
                Add(i, 1, schwa.ToString(), EditKind.LookAlike, aDecision.Confidence, string.Create(CultureInfo.InvariantCulture, $"'{c}' {aDecision.Reason}"));
            }
        }

        private readonly (bool Fold, double Confidence, string Context) DecideCyrillic(WordFacts word)
        {
            if (!_options.LookAlikes || word.CyrillicLookAlikes == 0 || word.HasOtherCyrillic)
            {
                return (false, 0, string.Empty);
            }

            if (word.LatinLetters > 0)
            {
                // In a text that also has real Cyrillic, a mostly-Cyrillic word with a stray Latin letter is Cyrillic.
                bool fold = !_document.HasRealCyrillic || word.LatinLetters >= word.CyrillicLookAlikes || word.HasAzerbaijaniLatinLetter;
                return (fold, Confidence.CyrillicInLatinWord, "inside a Latin word");
            }

            return (_document.CyrillicOnlyWordsFoldable, Confidence.CyrillicOnlyWord,
                "in a word of Cyrillic look-alikes within Azerbaijani Latin text that has no other Cyrillic");
        }

        private readonly (bool Fold, double Confidence, string Reason) DecideADiaeresis(ReadOnlySpan<char> wordText, WordFacts word)
        {
            if (!_options.LookAlikes || !word.HasADiaeresis)
            {
                return (false, 0, string.Empty);
            }

            if (word.HasAzerbaijaniLetter)
            {
                return (true, Confidence.ADiaeresisWithAzerbaijaniLetter,
                    "for schwa in a word with Azerbaijani letters (ə ı İ ğ ş): the 1991–92 spelling");
            }

            if (_document.OldAlphabet && !word.HasForeignLetter && !(word.IsCapitalised && _quotes.Inside))
            {
                return word.IsCapitalised
                    ? (true, Confidence.ADiaeresisOldAlphabetCapitalised,
                        "for schwa in a text in the 1991–92 alphabet (no 'ə' anywhere, 'ä' in several words); capitalised, so it may be a foreign name")
                    : (true, Confidence.ADiaeresisOldAlphabet,
                        "for schwa in a text in the 1991–92 alphabet (no 'ə' anywhere, 'ä' in several words)");
            }

            if (_options.WordOracle is { } oracle && KnowsFoldedForm(oracle, wordText))
            {
                return (true, Confidence.ADiaeresisKnownToOracle, "for schwa: the lexicon knows the word with 'ə' and not with 'ä'");
            }

            return (false, 0, string.Empty);
        }

        private static bool KnowsFoldedForm(IWordOracle oracle, ReadOnlySpan<char> word)
        {
            const int StackLimit = 128;
            char[]? rented = null;
            Span<char> folded = word.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(word.Length));
            try
            {
                folded = folded[..word.Length];
                word.CopyTo(folded);
                folded.Replace(LookAlikes.SmallADiaeresis, AzAlphabet.Schwa);
                folded.Replace(LookAlikes.CapitalADiaeresis, AzAlphabet.CapitalSchwa);
                return oracle.IsKnown(folded) && !oracle.IsKnown(word);
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<char>.Shared.Return(rented);
                }
            }
        }

        /// <summary>
        /// Whether the character at <paramref name="i"/> is a soft hyphen before a line break: it marks where a word was
        /// broken, which layout repair (reading the normalized text) joins with the break, so it is left to it.
        /// </summary>
        private bool IsLineEndSoftHyphen(int i) =>
            _text[i] == InvisibleCharacters.SoftHyphen && i + 1 < _text.Length && _text[i + 1] is '\n' or '\r' or '\u2028';

        private static bool IsRemovableInWord(char c, WordFacts word) => c switch
        {
            InvisibleCharacters.SoftHyphen or InvisibleCharacters.ZeroWidthSpace or InvisibleCharacters.WordJoiner or InvisibleCharacters.ByteOrderMark => true,
            InvisibleCharacters.ZeroWidthJoiner or InvisibleCharacters.ZeroWidthNonJoiner => !word.HasJoiningScript,
            _ => false,
        };

        /// <summary>
        /// If a combining sequence (a character and the combining marks after it) starts at <paramref name="i"/>, adds the edit
        /// that composes it to NFC, when that changes it, and returns the offset after it; otherwise returns -1.
        /// </summary>
        private readonly int TryCompose(int i, bool foldADiaeresis, ADiaeresisDecision aDecision)
        {
            if (!_options.UnicodeComposition)
            {
                return -1;
            }

            char first = _text[i];
            if (!CanonicalComposition.NeedsAttention.Contains(first) && !IsCombining(_text, i + 1))
            {
                return -1;
            }

            int end = i + 1;
            while (IsCombining(_text, end))
            {
                end++;
            }

            if (end - i > CanonicalComposition.MaxCombiningMarks + 1)
            {
                // Not text a reader can see as letters (a "Zalgo" pile): leave it whole.
                return end;
            }

            ReadOnlySpan<char> sequence = _text[i..end];
            Span<char> buffer = stackalloc char[(CanonicalComposition.MaxCombiningMarks + 1) * CanonicalComposition.MaxDecompositionLength];
            int length = CanonicalComposition.Compose(sequence, buffer);
            bool dotFolded = false;
            bool aFolded = false;
            int written = 0;
            for (int k = 0; k < length; k++)
            {
                char c = buffer[k];
                if (c is 'i' or 'ı' && k + 1 < length && buffer[k + 1] == AzCasing.CombiningDotAbove)
                {
                    // i + U+0307 (and ı + U+0307) is a dotted i that a Turkic-unaware lowercase of İ left behind.
                    buffer[written++] = 'i';
                    k++;
                    dotFolded = true;
                    continue;
                }

                if (foldADiaeresis && _options.LookAlikes && c is LookAlikes.SmallADiaeresis or LookAlikes.CapitalADiaeresis)
                {
                    c = c == LookAlikes.SmallADiaeresis ? AzAlphabet.Schwa : AzAlphabet.CapitalSchwa;
                    aFolded = true;
                }

                buffer[written++] = c;
            }

            ReadOnlySpan<char> result = buffer[..written];
            if (result.SequenceEqual(sequence))
            {
                return end;
            }

            string described = Describe(sequence);
            string replacement = result.ToString();
            if (aFolded)
            {
                Add(i, end - i, replacement, EditKind.LookAlike, aDecision.Confidence,
                    string.Create(CultureInfo.InvariantCulture, $"decomposed ä ({described}) {aDecision.Reason}"));
            }
            else if (dotFolded)
            {
                Add(i, end - i, replacement, EditKind.Unicode, Confidence.DotAboveFold,
                    string.Create(CultureInfo.InvariantCulture, $"dotted i with a combining dot above ({described}), left by a Turkic-unaware lowercase of 'İ', folded to '{replacement}'"));
            }
            else
            {
                Add(i, end - i, replacement, EditKind.Unicode, Confidence.Composition,
                    string.Create(CultureInfo.InvariantCulture, $"decomposed ({described}) composed to NFC '{replacement}'"));
            }

            return end;
        }

        private bool IsInCodeChunk(Token token)
        {
            if (token.Start < _chunkStart || token.Start >= _chunkEnd)
            {
                int start = token.Start;
                while (start > 0 && !char.IsWhiteSpace(_text[start - 1]))
                {
                    start--;
                }

                int end = token.End;
                while (end < _text.Length && !char.IsWhiteSpace(_text[end]))
                {
                    end++;
                }

                _chunkStart = start;
                _chunkEnd = Math.Max(end, start + 1);
                _chunkIsCode = IsCodeLike(_text[start..end]);
            }

            return _chunkIsCode;
        }

        private static bool IsCodeLike(ReadOnlySpan<char> chunk)
        {
            if (chunk.IndexOfAny(s_codeMarks) >= 0)
            {
                return true;
            }

            // A dot followed by two letters: file.txt, site.az, object.Method.
            for (int dot = chunk.IndexOf('.'); dot >= 0 && dot + 2 < chunk.Length; dot = chunk[(dot + 1)..].IndexOf('.') is int next and >= 0 ? dot + 1 + next : -1)
            {
                if (char.IsLetter(chunk[dot + 1]) && char.IsLetter(chunk[dot + 2]))
                {
                    return true;
                }
            }

            return false;
        }

        private readonly void AddInvisibleRemoval(int i, char c, string where)
        {
            if (c == InvisibleCharacters.ByteOrderMark)
            {
                Add(i, 1, string.Empty, EditKind.Invisible, Confidence.ByteOrderMark, "byte order mark (U+FEFF): an encoding signature, not text");
            }
            else
            {
                Add(i, 1, string.Empty, EditKind.Invisible, Confidence.Invisible, InvisibleCharacters.GetName(c) + where);
            }
        }

        private readonly void Add(int start, int length, string replacement, EditKind kind, double confidence, string reason) =>
            _edits.Add(new Edit(start, length, _text.Slice(start, length).ToString(), replacement, kind, confidence, reason));

        private static string Describe(ReadOnlySpan<char> sequence)
        {
            var builder = new StringBuilder();
            foreach (char c in sequence)
            {
                if (builder.Length > 0)
                {
                    builder.Append(" + ");
                }

                if (CanonicalComposition.GetCombiningClass(c) > 0 || CanonicalComposition.HasDecomposition(c) && CanonicalComposition.NeedsAttention.Contains(c))
                {
                    builder.Append(CultureInfo.InvariantCulture, $"U+{(int)c:X4}");
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }
    }

    private readonly record struct ADiaeresisDecision(double Confidence, string Reason);
}
