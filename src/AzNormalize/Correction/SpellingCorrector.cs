using AzNormalize.Checking;
using AzNormalize.Lexicon;
using AzNormalize.Text;
using AzNormalize.Tokenization;

namespace AzNormalize.Correction;

/// <summary>
/// Corrects words the lexicon does not know: it generates the known words a few likely changes away (Azerbaijani letters
/// restored, Turkish and OCR habits undone, one typing slip; <see cref="ErrorModel"/>), ranks them by cost, frequency and
/// context, and replaces the word only when one candidate clearly wins.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe once built: any number of threads may correct at once.</para>
/// <para>Judged words are those <see cref="WordChecker"/> reports as <see cref="FindingKind.UnknownWord"/> (lowercase, or
/// capitalised at a sentence start) and lowercase words spelled with <c>w</c> (a keyboard's ş). Names (capitalised inside a
/// sentence), words in capitals, hyphenated and apostrophed words, and words with digits are left alone. A capitalised word at a
/// sentence start gets only lost Azerbaijani letters back (it may be a name), and none when the next word on its line is
/// capitalised too.</para>
/// <para>A word is replaced only when its best candidate scores within <see cref="SpellingOptions.MaxScore"/> and leads the
/// runner-up by <see cref="SpellingOptions.Margin"/>; otherwise it is left as it is (<see cref="Suggest"/> still lists the
/// candidates). By default only restorations are tried (lost Azerbaijani letters, Turkish and Russian spellings); single
/// edits and OCR restorations come with <see cref="SpellingOptions.Edits"/>, for words of
/// <see cref="SpellingOptions.MinEditLength"/> letters or more. See docs/correction.md.</para>
/// </remarks>
/// <example>
/// <code>
/// var corrector = SpellingCorrector.Default;
/// IReadOnlyList&lt;Suggestion&gt; suggestions = corrector.Suggest("dikkətə"); // diqqətə first
/// </code>
/// </example>
public sealed partial class SpellingCorrector
{
    private static readonly Lazy<SpellingCorrector> s_default = new(() => new SpellingCorrector(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly AzMorphology _morphology;
    private readonly WordChecker _checker;
    private readonly Lazy<ContextModel?> _context; // the embedded model loads when a word first needs context (a clean line never does)

    /// <summary>Creates a corrector.</summary>
    /// <param name="options">Options; <see cref="SpellingOptions.Default"/> when null.</param>
    public SpellingCorrector(SpellingOptions? options = null)
    {
        Options = options ?? SpellingOptions.Default;
        _morphology = Options.Morphology ?? AzMorphology.Default;
        _checker = Options.Morphology is null ? WordChecker.Default : new WordChecker(_morphology);
        SpellingOptions chosen = Options;
        _context = new(() => (chosen.Context, chosen.EmbeddedContext) switch
        {
            (null, false) => null,
            (null, true) => ContextModel.Default,
            ({ } own, false) => own,
            ({ } own, true) => ContextModel.Combine(own, ContextModel.Default, chosen.ContextWeight),
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The context model the corrector asks: <see cref="SpellingOptions.Context"/>, the embedded one, both interpolated, or none.</summary>
    public ContextModel? Context => _context.Value;

    /// <summary>Whether <see cref="Context"/> has been asked for (the embedded model loaded): tests.</summary>
    internal bool ContextAskedFor => _context.IsValueCreated;

    /// <summary>The corrector with the default options, over the embedded lexicon. Built on first use, once.</summary>
    public static SpellingCorrector Default => s_default.Value;

    /// <summary>The options this corrector was built with.</summary>
    public SpellingOptions Options { get; }

    /// <summary>
    /// The known words a few changes from <paramref name="word"/>, best first (at most <paramref name="limit"/>), without
    /// context. Empty when the word is known, or nothing known is close.
    /// </summary>
    /// <param name="word">A word, in any casing (NFC).</param>
    /// <param name="limit">The most suggestions returned.</param>
    public IReadOnlyList<Suggestion> Suggest(string word, int limit = 5)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (_morphology.IsKnown(word) || !TryLower(word, out string lower, out CaseShape shape))
        {
            return [];
        }

        var search = NewSearch();
        List<Suggestion> ranked = Rank(search, lower, shape, null, null, RankingWeights.Default);
        return ranked.Count > limit ? ranked.GetRange(0, limit) : ranked;
    }

    /// <summary>Adds the corrections of <paramref name="text"/> to <paramref name="edits"/>, in text order.</summary>
    /// <param name="text">The text, NFC, after layout repair (the corrector judges whole words).</param>
    /// <param name="edits">Receives the edits; offsets are in <paramref name="text"/>.</param>
    public void FindEdits(string text, List<Edit> edits) => FindEdits(text, edits, CancellationToken.None);

    /// <summary>As <see cref="FindEdits(string, List{Edit})"/>, stopping with <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> is cancelled (checked once per word).</summary>
    /// <exception cref="OperationCanceledException">The call was cancelled; <paramref name="edits"/> may then hold some of its edits.</exception>
    public void FindEdits(string text, List<Edit> edits, CancellationToken cancellationToken) => FindEdits(text, edits, null, cancellationToken);

    /// <summary>
    /// As <see cref="FindEdits(string, List{Edit}, CancellationToken)"/>; <paramref name="trace"/>, when given, receives what
    /// each of the margin decoder's rounds read and found (tests), and reading the whole text in every round when it asks to.
    /// </summary>
    internal void FindEdits(string text, List<Edit> edits, RoundTrace? trace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(edits);
        cancellationToken.ThrowIfCancellationRequested();
        if (!Options.Enabled)
        {
            return;
        }

        int first = edits.Count;
        if (Options.Decoder == SpellingDecoder.Sentence || (Options.Decoder == SpellingDecoder.Auto && Options.Edits))
        {
            FindEditsBySentence(text, edits, cancellationToken);
        }
        else
        {
            // The rounds read versions of one text: what each learns about a word (its verdict, its twin, its decision
            // between the same neighbours) holds for the next.
            using var rounds = new MarginRounds(this, text.Length, trace, cancellationToken);
            edits.AddRange(UntilStable(text, rounds.Decode));
        }

        if (Options.MinConfidence > 0)
        {
            // The stage honours its own threshold: edits below it are never made (nobody filters them afterwards).
            int kept = first;
            for (int i = first; i < edits.Count; i++)
            {
                if (edits[i].Confidence >= Options.MinConfidence)
                {
                    edits[kept++] = edits[i];
                }
            }

            edits.RemoveRange(kept, edits.Count - kept);
        }
    }

    /// <summary>
    /// What a word's decision depends on (<see cref="DecideWord"/>): the word as written, its neighbours as the context model
    /// reads them, whether it is taken for a name, and whether the text was typed without Azerbaijani letters.
    /// </summary>
    private readonly record struct DecisionKey(string Word, string? Previous, string? Next, bool Name, bool AsciiTyped);

    /// <summary>The most rounds a decoder runs over its own output.</summary>
    private const int MaxDecoderRounds = 3;

    /// <summary>
    /// Decodes <paramref name="text"/> (<paramref name="decode"/>: the text, the list to add to, the round), then its own
    /// output again until a round changes nothing (at most <see cref="MaxDecoderRounds"/>), and returns every edit composed
    /// onto <paramref name="text"/>: a correction changes its neighbours' context, the text's noise and typing mode, so the
    /// next run of fix would otherwise decide some words differently (a word joined, then its twin preferred).
    /// </summary>
    private static List<Edit> UntilStable(string text, Action<string, List<Edit>, int> decode)
    {
        string current = text;
        List<Edit> all = [];
        for (int round = 0; round < MaxDecoderRounds; round++)
        {
            var found = new List<Edit>();
            decode(current, found, round);
            if (found.Count == 0)
            {
                break;
            }

            all = round == 0 ? found : AzNormalizer.Compose(text, all, current, found);
            current = EditList.Apply(current, found);
        }

        return all;
    }

    /// <summary>
    /// The memo for a call over a text of <paramref name="textLength"/> characters: its verdicts come from the checker's oracle
    /// and its twin facts from the morphology, so the thread's kept memo serves only when they are one (<see cref="WordMemo.For"/>).
    /// </summary>
    private WordMemo NewMemo(int textLength) =>
        ReferenceEquals(_checker.Oracle, _morphology) ? WordMemo.For(_morphology, textLength) : new WordMemo(textLength);

    /// <summary>What both decoders start from: the checker's findings and the word tokens of <paramref name="text"/>.</summary>
    private (List<Finding> Findings, List<Token> Words) Read(string text, WordMemo memo)
    {
        var findings = new List<Finding>();
        var words = new List<Token>(text.Length / 8);
        _checker.Check(text.AsSpan(), findings, memo, words);
        return (findings, words);
    }

    /// <summary>
    /// The margin decoder of 0.1, each word alone, over the words of <paramref name="text"/> (or of some of its lines:
    /// <see cref="MarginRounds"/>), their <paramref name="findings"/> and the memo's twin facts as the check found them (<paramref name="twinFacts"/>);
    /// <paramref name="asciiTyped"/> is the whole text's
    /// typing mode (<see cref="IsTypedWithoutAzerbaijaniLetters(TypingCounts)"/>).
    /// </summary>
    private void FindEditsByMargin(string text, List<Finding> findings, List<Token> words, List<byte> twinFacts, List<int> contextIds, bool asciiTyped, List<Edit> edits, WordMemo memo,
        Dictionary<DecisionKey, Edit?> decisions, Dictionary<string, (string Twin, double Frequency, string Reason)?> twins, CancellationToken cancellationToken)
    {
        // A text typed without Azerbaijani letters is typed so throughout: only there are known words weighed against their
        // twins at the lower evidence, and capitalised words (names) given their letters back.
        double twinEvidence = asciiTyped ? TwinEvidence : MixedTextTwinEvidence;
        var weights = asciiTyped ? RankingWeights.AsciiTyped : RankingWeights.Default;
        var search = NewSearch();
        using var ids = new ContextIds(this, text, words, memo, contextIds);
        int f = 0;
        for (int w = 0; w < words.Count; w++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Token token = words[w];
            while (f < findings.Count && findings[f].Start < token.Start)
            {
                f++;
            }

            bool flagged = f < findings.Count && findings[f].Start == token.Start;
            bool reported = flagged && findings[f].Kind == FindingKind.UnknownWord;

            // A capitalised word inside a sentence that the lexicon does not know is taken for a name, but a name typed
            // without Azerbaijani letters is one too (Simali Koreya, Ingiltere): its letters come back only when the restored
            // word is a common one (NameTwinMinCount), never by a Turkish, OCR or typing rule.
            bool name = asciiTyped && flagged && findings[f].Kind == FindingKind.UnknownName && Options.Names && _morphology.Lexicon.HasCounts;
            if (asciiTyped && Options.FrequentTwins && _morphology.Lexicon.HasCounts && FindCapitalsTwin(text, token) is { } capitals)
            {
                edits.Add(capitals); // ABS → ABŞ, ABS-in → ABŞ-ın, HIV → HİV
                continue;
            }

            if (!reported && !name && !IsAsciiSpelled(token.GetText(text)))
            {
                if (flagged)
                {
                    continue; // an unknown name or abbreviation the options leave alone: no twin path around them
                }

                // A word the memo already knew to have no twin when the check read it is not asked again.
                if (Options.FrequentTwins && _morphology.Lexicon.HasCounts && twinFacts[w] != NoTwin
                    && FindFrequentTwin(text, words, w, twins, twinEvidence, asciiTyped, memo, twinFacts[w], ids) is { } twin)
                {
                    edits.Add(twin);
                }
                else if (Options.RealWords && Context is not null)
                {
                    FindRealWord(text, words, w, edits);
                }

                continue; // a known word costs no allocation here (without counts)
            }

            if (DecideWord(text, words, w, name, asciiTyped, search, weights, decisions, ids, flagged ? findings[f].Word : null) is { } decided)
            {
                edits.Add(decided);
            }
        }
    }

    /// <summary>
    /// The margin decoder's decision for the judged word <paramref name="w"/> (its edit, start filled in, or null): a
    /// capital I read as İ in text typed without Azerbaijani letters, else the best candidate if it clearly wins, decided
    /// once per (word, neighbours, name) in <paramref name="cache"/>. The sentence decoder asks it for capitalised words.
    /// <paramref name="written"/> is the token's text when the caller has it (the checker's finding holds it).
    /// </summary>
    private Edit? DecideWord(string text, List<Token> words, int w, bool name, bool asciiTyped, CandidateSearch search, RankingWeights weights, Dictionary<DecisionKey, Edit?> cache, ContextIds? ids = null, string? written = null)
    {
        Token token = words[w];
        string word = written ?? token.GetText(text).ToString();
        if (!TryLower(word, out string lower, out CaseShape shape)
            || (!name && shape == CaseShape.Title && w + 1 < words.Count && IsCapitalised(text, words[w + 1])
                && !text.AsSpan(token.End, words[w + 1].Start - token.End).ContainsAny(TokenChars.LineBreaks)))
        {
            return null; // A capitalised word before another on its line is most likely part of a name (Şimali Koreya, Holi Festivalı).
        }

        // An ASCII keyboard has no İ: in text typed on one, a capital I at a word's start is read as İ first (Ingiltere,
        // Indi), and the search still reaches ı from there.
        if (asciiTyped && shape == CaseShape.Title && word[0] == 'I')
        {
            string dotted = string.Concat("i", lower.AsSpan(1));
            if (_morphology.IsKnown(dotted) && _morphology.EstimateCount(dotted) >= _morphology.EstimateCount(lower)
                && (!name || _morphology.GetCount(dotted) >= NameTwinMinCount))
            {
                return new Edit(token.Start, 1, "I", "İ", EditKind.Diacritic, 0.7,
                    $"unknown word in text typed without Azerbaijani letters; I typed for İ: '{AzCasing.ToTitle(dotted)}'");
            }

            lower = dotted;
        }

        // A word without candidates needs no neighbours and no decision (its candidate list is kept: noise, names, foreign words).
        ScoredCandidate[] candidates = FindCandidates(search, lower, weights.NamesForCapitalised && shape == CaseShape.Title);
        if (candidates.Length == 0)
        {
            return null;
        }

        // Neighbours only matter to a context model.
        bool context = Context is not null;
        string? previous = context && w > 0 && Adjacent(text, words[w - 1], token) ? Lower(text, words[w - 1]) : null;
        string? next = context && w + 1 < words.Count && Adjacent(text, token, words[w + 1]) ? Lower(text, words[w + 1]) : null;
        if (!cache.TryGetValue(new DecisionKey(word, previous, next, name, asciiTyped), out Edit? edit))
        {
            edit = Decide(candidates, word, lower, shape, previous, next, name ? NameTwinMinCount : 0, weights,
                previous is null ? null : ids?.Get(w - 1), next is null ? null : ids?.Get(w + 1));
            cache[new DecisionKey(word, previous, next, name, asciiTyped)] = edit;
        }

        return edit is { } found ? found with { Start = token.Start } : null;
    }

    /// <summary>
    /// The evidence a known word's twin needs to replace it (<see cref="FindFrequentTwin"/>): log₁₀ of how many times as
    /// frequent the twin is, plus how much likelier the context model finds it between the word's neighbours; this is the
    /// bar in text typed without Azerbaijani letters throughout, where every word lost its letters alike and the commoner
    /// reading is the likelier (0.5: a twin about 3 times as frequent in a context that prefers neither). Elsewhere the bar
    /// is <see cref="MixedTextTwinEvidence"/>. First settings, measured in docs/quality.md.
    /// </summary>
    internal const double TwinEvidence = 0.5;

    /// <summary>The letters <paramref name="twin"/> restores in <paramref name="word"/> (same length), as 'e→ə, s→ş'.</summary>
    private static string Restored(string word, string twin)
    {
        var reason = new System.Text.StringBuilder();
        for (int i = 0; i < word.Length && i < twin.Length; i++)
        {
            if (word[i] != twin[i])
            {
                reason.Append(reason.Length == 0 ? string.Empty : ", ").Append(word[i]).Append('→').Append(twin[i]);
            }
        }

        return reason.ToString();
    }

    /// <summary>At most this many letters of a word in capitals are tried restored.</summary>
    private const int MaxCapitalsPositions = 6;

    /// <summary>
    /// In text typed without Azerbaijani letters: a word in capitals (an abbreviation, perhaps with a suffix after a hyphen)
    /// whose twin with letters restored, I read as İ, is far commoner in the counts (<c>ABS</c> → <c>ABŞ</c>, <c>HIV</c> →
    /// <c>HİV</c>); the suffix then takes the letters that make it valid after the twin (<c>ABS-in</c> → <c>ABŞ-ın</c>).
    /// </summary>
    private Edit? FindCapitalsTwin(string text, Token token)
    {
        ReadOnlySpan<char> span = token.GetText(text);
        int hyphen = span.IndexOf('-');
        ReadOnlySpan<char> head = hyphen < 0 ? span : span[..hyphen];
        ReadOnlySpan<char> tail = hyphen < 0 ? [] : span[(hyphen + 1)..];
        if (head.Length < 2 || head.Length > 12 || tail.Length > 12 || AzCasing.GetShape(head) != CaseShape.Upper || tail.Contains('-')
            || span.ContainsAny(s_specialLettersAnyCase) || (!tail.IsEmpty && AzCasing.GetShape(tail) != CaseShape.Lower))
        {
            return null;
        }

        foreach (char c in head)
        {
            if (!AzAlphabet.IsLetter(AzCasing.ToLower(c)))
            {
                return null;
            }
        }

        // Read the capitals as an ASCII keyboard types them: I for İ.
        string dotted = AzCasing.ToLower(head.ToString().Replace('I', 'İ'));
        string asWritten = AzCasing.ToLower(head.ToString());
        double own = Math.Max(1, _morphology.GetCount(asWritten));
        string? best = null;
        long bestCount = 0;
        foreach (string twin in Twins(dotted, MaxCapitalsPositions, includeSelf: true))
        {
            long count = _morphology.GetCount(twin);
            if (count > bestCount && !string.Equals(twin, asWritten, StringComparison.Ordinal))
            {
                (best, bestCount) = (twin, count);
            }
        }

        if (best is null || bestCount < MinTwinCount || Math.Log10(bestCount / own) < TwinEvidence)
        {
            return null;
        }

        string replacement = AzCasing.ToUpper(best);
        if (!tail.IsEmpty)
        {
            // Of the suffixes valid after the twin, the one the counts saw most with it (ABŞ-ın, not ABŞ-in), else the first.
            string? suffix = null;
            long suffixCount = -1;
            foreach (string variant in Twins(tail.ToString(), MaxCapitalsPositions, includeSelf: true))
            {
                if (_morphology.IsKnown(string.Concat(replacement, "-", variant)))
                {
                    long count = _morphology.GetCount(string.Concat(best, "-", variant));
                    if (count > suffixCount)
                    {
                        (suffix, suffixCount) = (variant, count);
                    }
                }
            }

            if (suffix is null)
            {
                return null;
            }

            replacement = string.Concat(replacement, "-", suffix);
        }

        if (string.Equals(replacement, span.ToString(), StringComparison.Ordinal))
        {
            return null;
        }

        return new Edit(token.Start, token.Length, span.ToString(), replacement, EditKind.Diacritic, 0.7,
            string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"capitals in text typed without Azerbaijani letters; '{AzCasing.ToUpper(best)}' is {bestCount / own:N0}× as frequent"));
    }

    /// <summary><paramref name="word"/> (lowercase) with every subset of up to <paramref name="max"/> of its ASCII letters restored, fewest changes first.</summary>
    private static List<string> Twins(string word, int max, bool includeSelf)
    {
        var positions = new List<int>();
        for (int i = 0; i < word.Length && positions.Count < max; i++)
        {
            if (AzAlphabet.FromAsciiTwin(word[i]) != '\0')
            {
                positions.Add(i);
            }
        }

        var twins = new List<(int Changes, string Twin)>();
        char[] buffer = word.ToCharArray();
        for (int mask = includeSelf ? 0 : 1; mask < 1 << positions.Count; mask++)
        {
            for (int b = 0; b < positions.Count; b++)
            {
                int p = positions[b];
                buffer[p] = (mask & (1 << b)) != 0 ? AzAlphabet.FromAsciiTwin(word[p]) : word[p];
            }

            twins.Add((System.Numerics.BitOperations.PopCount((uint)mask), new string(buffer)));
        }

        twins.Sort(static (a, b) => a.Changes.CompareTo(b.Changes));
        var result = new List<string>(twins.Count);
        foreach ((_, string twin) in twins)
        {
            result.Add(twin);
        }

        return result;
    }

    /// <summary>The evidence a known word's twin needs in a text that is not typed without Azerbaijani letters throughout.</summary>
    internal const double MixedTextTwinEvidence = 2.5;

    /// <summary>A text with at least this many words of three letters or more can be judged typed without Azerbaijani letters.</summary>
    internal const int MinWordsToJudgeTyping = 8;

    /// <summary>
    /// Whether under one in twenty of the words of three letters or more has an Azerbaijani-only letter (ə ı ş ç ğ ö ü; about
    /// half of all words in Azerbaijani text have one): the text was typed without them.
    /// </summary>
    internal static bool IsTypedWithoutAzerbaijaniLetters(string text, List<Token> words) =>
        IsTypedWithoutAzerbaijaniLetters(TypingCounts.Of(text, words));

    /// <summary>As <see cref="IsTypedWithoutAzerbaijaniLetters(string, List{Token})"/>, from the words' counts.</summary>
    private static bool IsTypedWithoutAzerbaijaniLetters(TypingCounts counts) =>
        counts.Judged >= MinWordsToJudgeTyping && counts.Special * 20 < counts.Judged;

    /// <summary>What the typing mode is judged from: words of three letters or more, and those of them with an Azerbaijani-only letter.</summary>
    private readonly record struct TypingCounts(int Judged, int Special)
    {
        /// <summary>The counts of <paramref name="words"/> (from index <paramref name="from"/>), tokens of <paramref name="text"/>.</summary>
        public static TypingCounts Of(ReadOnlySpan<char> text, List<Token> words, int from = 0)
        {
            TypingCounts counts = default;
            for (int i = from; i < words.Count; i++)
            {
                counts += OfWord(words[i].GetText(text));
            }

            return counts;
        }

        /// <summary>The counts of the word tokens of <paramref name="text"/>, read by the checker from <paramref name="state"/>, which ends where the text does.</summary>
        public static TypingCounts Of(ReadOnlySpan<char> text, ref WordChecker.ReadingState state)
        {
            TypingCounts counts = default;
            foreach (Token token in Tokenizer.Tokenize(text))
            {
                state.Read(token, text);
                if (token.Kind == TokenKind.Word)
                {
                    counts += OfWord(token.GetText(text));
                }
            }

            return counts;
        }

        private static TypingCounts OfWord(ReadOnlySpan<char> word) =>
            word.Length < 3 ? default : new(1, word.ContainsAny(s_specialLettersAnyCase) ? 1 : 0);

        public static TypingCounts operator +(TypingCounts a, TypingCounts b) => new(a.Judged + b.Judged, a.Special + b.Special);

        public static TypingCounts operator -(TypingCounts a, TypingCounts b) => new(a.Judged - b.Judged, a.Special - b.Special);
    }

    // Capital I is no sign: an ASCII keyboard types it too (Ingiltere).
    private static readonly System.Buffers.SearchValues<char> s_specialLettersAnyCase = System.Buffers.SearchValues.Create(AzAlphabet.SpecialLowercase + AzAlphabet.SpecialUppercase);

    /// <summary>The fewest occurrences a twin must have in the lexicon's counts to replace a known word.</summary>
    internal const long MinTwinCount = 1000;

    /// <summary>The fewest occurrences the restored form of an unknown capitalised word (a name?) must have in the counts.</summary>
    internal const long NameTwinMinCount = 1000;

    /// <summary>
    /// With word counts (only then are known words weighed against their twins): a known lowercase or capitalised word without
    /// Azerbaijani letters whose twin (letters restored, as for an unknown word) has <see cref="TwinEvidence"/> on its side,
    /// counting both frequency and context, is taken for the twin typed without its letters (<c>ses</c> → <c>səs</c>,
    /// <c>Men</c> → <c>Mən</c>), which a list of real text holds too, so the word is no longer unknown.
    /// </summary>
    private Edit? FindFrequentTwin(string text, List<Token> words, int index, Dictionary<string, (string Twin, double Frequency, string Reason)?> twins, double required, bool asciiTyped, WordMemo memo, byte known = 0, ContextIds? ids = null)
    {
        Token token = words[index];
        ReadOnlySpan<char> span = token.GetText(text);
        CaseShape shape;
        if (span.Length < 2 || span.Length > MaxWordLength || span.ContainsAny(s_specialLetters)
            || (shape = AzCasing.GetShape(span)) is not (CaseShape.Lower or CaseShape.Title))
        {
            // No twin whatever the text: the memo says so, and the margin decoder does not ask again for this word.
            if (known == 0)
            {
                memo.Get(span, out _).Twin = NoTwin;
            }

            return null;
        }

        // A capitalised word is weighed only in a text typed without Azerbaijani letters, and inside a sentence only when it
        // is no listed name: elsewhere Eden, Sam, Aldi are names, not edən, şam, aldı.
        if (shape == CaseShape.Title && !asciiTyped)
        {
            return null;
        }

        Span<char> lowered = stackalloc char[MaxWordLength];
        int length = AzCasing.ToLower(span, lowered);
        string best = string.Empty;
        long bestCount = 0;
        if (known != MayHaveTwin)
        {
            // Most words have no twin, whatever the text's typing mode: the memo remembers that (it depends on the word
            // alone), so a word the text repeats asks the index once. (A word the check found to have one is not asked again.)
            ref WordMemo.Slot fact = ref memo.Get(span, out _);
            if (fact.Twin == NoTwin)
            {
                return null;
            }

            fact.Twin = NoTwin; // until found below

            // One lookup in the lexicon's index of ASCII-typed forms decides whether there is a twin at all: a known word
            // costs no allocation here unless it has one.
            if (!_morphology.Lexicon.TryGetAsciiTwin(lowered[..length], out best, out bestCount)
                || (shape == CaseShape.Title && _morphology.Lexicon.TryGetEntry(lowered[..length], out LexiconEntry entry) && entry.IsLikelyName))
            {
                return null; // a listed name (Eden, Sam) stays a name
            }

            fact.Twin = MayHaveTwin;
        }

        // What the twin is worth depends on the word alone: weighed once per call.
        if (!twins.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lowered[..length], out string? word, out (string Twin, double Frequency, string Reason)? found))
        {
            if (known == MayHaveTwin && !_morphology.Lexicon.TryGetAsciiTwin(lowered[..length], out best, out bestCount))
            {
                return null;
            }

            word = new(lowered[..length]);
            double own = Math.Max(1, _morphology.EstimateCount(word));
            found = bestCount >= MinTwinCount && !string.Equals(best, word, StringComparison.Ordinal)
                ? (best, Math.Log10(bestCount / own), Restored(word, best))
                : null;
            twins[word] = found;
        }

        if (found is not { } twin || twin.Frequency + (Context is null ? 0 : 10) < required)
        {
            return null; // a generous bound on what the context's lift can add
        }

        double contextGain = 0;
        if (Context is { } model)
        {
            bool hasPrevious = index > 0 && Adjacent(text, words[index - 1], token);
            bool hasNext = index + 1 < words.Count && Adjacent(text, token, words[index + 1]);
            if (model.IsCombined)
            {
                string? previous = hasPrevious ? Lower(text, words[index - 1]) : null;
                string? next = hasNext ? Lower(text, words[index + 1]) : null;
                contextGain = ContextLift(model, previous, twin.Twin, next) - ContextLift(model, previous, word, next);
            }
            else
            {
                // By ids: each neighbour looked up once, lowercased on the stack (once per round when the caller keeps them).
                int previous = !hasPrevious ? -1 : ids?.Get(index - 1) ?? LowerId(model, text, words[index - 1]);
                int next = !hasNext ? -1 : ids?.Get(index + 1) ?? LowerId(model, text, words[index + 1]);
                int own = ids?.Get(index) ?? model.Id(word); // the word is its token lowercased
                contextGain = model.Lift(previous, model.Id(twin.Twin), next, hasNext) - model.Lift(previous, own, next, hasNext);
            }
        }

        double evidence = twin.Frequency + contextGain;
        if (evidence < required)
        {
            return null;
        }

        string replacement = shape == CaseShape.Title ? AzCasing.ToTitle(twin.Twin) : twin.Twin;
        return new Edit(token.Start, token.Length, span.ToString(), replacement, EditKind.Diacritic, 0.7,
            string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"a known word, but its twin is {Math.Pow(10, twin.Frequency):N0}× as frequent (context {contextGain:+0.0;-0.0}); Azerbaijani letters restored: {twin.Reason}"));
    }

    private static readonly System.Buffers.SearchValues<char> s_specialLetters = System.Buffers.SearchValues.Create(AzAlphabet.SpecialLetters);

    private const byte NoTwin = 1;
    private const byte MayHaveTwin = 2;

    /// <summary>The restoration budget: enough for a whole long word typed without Azerbaijani letters.</summary>
    private const double MaxRestorationCost = 3.0;

    /// <summary>The edit for one judged word from its <paramref name="candidates"/> (<see cref="FindCandidates"/>), or null when none clearly wins (the start is filled in by the caller).</summary>
    private Edit? Decide(ScoredCandidate[] candidates, string word, string lower, CaseShape shape, string? previous, string? next, long minCount, RankingWeights weights,
        int? previousId, int? nextId)
    {
        // Rank's first two, without the rest of its list.
        if (candidates.Length == 0)
        {
            return null;
        }

        Span<double> scores = candidates.Length <= MaxScoresOnStack ? stackalloc double[candidates.Length] : new double[candidates.Length];
        Score(candidates, lower, previous, next, weights, scores, previousId, nextId);
        (int first, int second) = BestTwo(candidates, scores, shape);
        ScoredCandidate winner = candidates[first];
        var best = new Suggestion(Cased(winner.Word, shape), winner.Cost, scores[first], winner.Kind, winner.Reason) { IsRestoration = winner.Restoration };
        if (minCount > 0 && _morphology.GetCount(best.Word) < minCount)
        {
            return null; // an unknown name's restored form must be a common word
        }

        double margin = second >= 0 ? scores[second] - best.Score : double.PositiveInfinity;
        if (best.Score > (best.IsRestoration ? MaxRestorationCost : Options.MaxScore) || margin < Options.Margin)
        {
            return null;
        }

        // A single edit must land on a listed form, not one only the morphology builds (it still counts as a rival above):
        // on the OCR documents, edits to derived forms were right about as often as they damaged a correct word.
        if (!best.IsRestoration && !_morphology.Lexicon.Contains(best.Word))
        {
            return null;
        }

        // A capitalised word at a sentence start may be a name the lexicon lacks (Ford, James): only lost Azerbaijani letters
        // are restored there, never a letter changed by a Turkish, OCR or typing rule.
        if (shape == CaseShape.Title && !(best.IsRestoration && best.Kind == EditKind.Diacritic))
        {
            return null;
        }

        double confidence = Confidence(best.IsRestoration ? best.Score / MaxRestorationCost * Options.MaxScore : best.Score, margin);
        return new Edit(0, word.Length, word, best.Word, best.Kind, confidence, $"{Describe(best.Kind)}: {best.Reason}");
    }

    /// <summary>
    /// A first setting, not fitted: 0.5 for a winner just inside the limits, rising with the margin over the runner-up and
    /// falling with the score; at most 0.99.
    /// </summary>
    internal double Confidence(double score, double margin)
    {
        double lead = double.IsPositiveInfinity(margin) ? 1 : Math.Min(1, margin);
        double value = 0.5 + 0.3 * lead + 0.2 * (1 - Math.Clamp(score / Options.MaxScore, 0, 1));
        return Math.Round(Math.Min(0.99, value), 2);
    }

    private static string Describe(EditKind kind) => kind switch
    {
        EditKind.Diacritic => "unknown word; Azerbaijani letters restored",
        EditKind.TurkishSpelling => "unknown word; Turkish or Russian spelling made Azerbaijani",
        EditKind.Ocr => "unknown word; OCR confusion undone",
        EditKind.RealWord => "a known word where context expects another",
        _ => "unknown word; typing slip undone",
    };

    /// <summary>Lowercase <paramref name="word"/> when it is one the corrector may change: letters only, lowercase or capitalised.</summary>
    private static bool TryLower(string word, out string lower, out CaseShape shape)
    {
        lower = string.Empty;
        shape = AzCasing.GetShape(word);
        if (word.Length < 2 || word.Length > MaxWordLength || shape is not (CaseShape.Lower or CaseShape.Title))
        {
            return false;
        }

        lower = AzCasing.ToLower(word);
        foreach (char c in lower)
        {
            if (!AzAlphabet.IsLetter(c) && c != 'w')
            {
                return false;
            }
        }

        return lower.Length == word.Length;
    }

    /// <summary>A lowercase word with <c>w</c>, which the checker leaves alone (not an Azerbaijani letter) and keyboards type for ş.</summary>
    private static bool IsAsciiSpelled(ReadOnlySpan<char> word) =>
        word.Contains('w') && AzCasing.GetShape(word) == CaseShape.Lower;

    /// <summary>Whether two word tokens are neighbours as <see cref="ContextModel"/> counts them: no line break or break mark between.</summary>
    private static bool Adjacent(string text, Token left, Token right)
    {
        for (int i = left.End; i < right.Start; i++)
        {
            char c = text[i];
            if (SentenceBoundaries.IsContextBreak(c) || TokenChars.IsLineBreak(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Lower(string text, Token token) => AzCasing.ToLower(token.GetText(text).ToString());

    /// <summary>
    /// The context model's ids of a round's word tokens lowercased (<see cref="LowerId"/>), each looked up on first use: a
    /// word is asked about as its own and as its neighbours' neighbour. The corrector's model is asked for on first use too
    /// (the embedded one loads then: a clean line never needs it). Rented; dispose it.
    /// </summary>
    private sealed class ContextIds(SpellingCorrector corrector, string text, List<Token> words, WordMemo memo, List<int> memoIds) : IDisposable
    {
        private const int Unknown = int.MinValue;
        private int[]? _ids;
        private bool _memoHolds;

        /// <summary>
        /// The id of word token <paramref name="index"/>, or null without a single context model (a combined one has no ids).
        /// A word the memo already holds the id of (the memo ids, as the check found them) is not looked up;
        /// one it does not is looked up once and its id kept in the memo for the next round and call.
        /// </summary>
        public int? Get(int index)
        {
            if (corrector.Context is not { IsCombined: false } model)
            {
                return null;
            }

            if (_ids is null)
            {
                _ids = System.Buffers.ArrayPool<int>.Shared.Rent(words.Count);
                Array.Fill(_ids, Unknown, 0, words.Count);
                _memoHolds = memo.HoldsIdsOf(model);
            }

            int id = _ids[index];
            if (id == Unknown)
            {
                if (_memoHolds && memoIds[index] != 0)
                {
                    id = memoIds[index] - WordMemo.ContextIdOffset;
                }
                else
                {
                    id = LowerId(model, text, words[index]);
                    if (_memoHolds)
                    {
                        memo.Get(words[index].GetText(text), out _).ContextId = id + WordMemo.ContextIdOffset;
                    }
                }

                _ids[index] = id;
            }

            return id;
        }

        public void Dispose()
        {
            if (_ids is not null)
            {
                System.Buffers.ArrayPool<int>.Shared.Return(_ids);
                _ids = null;
            }
        }
    }

    /// <summary>The context model's id of <paramref name="token"/> lowercased (<see cref="ContextModel.Id"/>), lowercased on the stack.</summary>
    private static int LowerId(ContextModel model, string text, Token token)
    {
        ReadOnlySpan<char> span = token.GetText(text);
        if (span.Length > MaxWordLength)
        {
            return model.Id(AzCasing.ToLower(span.ToString()));
        }

        Span<char> lower = stackalloc char[MaxWordLength];
        return model.Id(lower[..AzCasing.ToLower(span, lower)]);
    }

    private static bool IsCapitalised(string text, Token token) => AzCasing.ToLower(text[token.Start]) != text[token.Start];
}
