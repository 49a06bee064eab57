using AzNormalize.Checking;
using AzNormalize.Lexicon;
using AzNormalize.Text;
using AzNormalize.Tokenization;

namespace AzNormalize.Correction;

public sealed partial class SpellingCorrector
{
    /// <summary>
    /// The sentence decoder: per run of neighbouring words (no break mark or line break between), every token gets candidates
    /// from the sources (<see cref="CandidateSource"/>), each scored by the error model and the language model; the likeliest
    /// path is decoded and its changes are made where their posterior reaches the thresholds.
    /// </summary>
    private void FindEditsBySentence(string text, List<Edit> edits, CancellationToken cancellationToken) =>
        FindEditsBySentence(text, edits, null, cancellationToken);

    /// <summary>
    /// Runs the sentence decoder over <paramref name="text"/> as <see cref="FindEdits(string, List{Edit})"/> does, and hands every decoded lattice
    /// (its candidates, their features and posteriors) to <paramref name="sink"/>: what the training project learns from.
    /// </summary>
    internal void Trace(string text, List<Edit> edits, Action<LatticeSample> sink)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sink);
        FindEditsBySentence(text, edits, sink, CancellationToken.None);
    }

    /// <summary>
    /// Decodes <paramref name="text"/> and its own output until a round changes nothing (<see cref="UntilStable"/>). The
    /// rounds share the candidate searches, so a later round costs little more than its decoding; the sink sees the first.
    /// </summary>
    private void FindEditsBySentence(string text, List<Edit> edits, Action<LatticeSample>? sink, CancellationToken cancellationToken)
    {
        using var caches = new DecoderCaches(NewMemo(text.Length));
        edits.AddRange(UntilStable(text, (current, found, round) => DecodeOnce(current, found, round == 0 ? sink : null, caches, cancellationToken)));
    }

    /// <summary>What the decoder's rounds over one text share: candidate lists per word, and the work spent.</summary>
    private sealed class DecoderCaches(WordMemo memo) : IDisposable
    {
        /// <summary>The checker's verdicts and the twin facts of the words the rounds have read.</summary>
        public WordMemo Memo { get; } = memo;

        /// <inheritdoc />
        public void Dispose() => Memo.Dispose();

        /// <summary>An unknown word's candidates, per typing mode (0: mixed text, 1: typed without Azerbaijani letters).</summary>
        public Dictionary<string, List<Candidate>>[] WordCandidates { get; } =
            [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];

        /// <summary>Edit-search nodes the call has visited.</summary>
        public long SearchNodes { get; set; }
    }

    private void DecodeOnce(string text, List<Edit> edits, Action<LatticeSample>? sink, DecoderCaches caches, CancellationToken cancellationToken)
    {
        (List<Finding> findings, List<Token> words) = Read(text, caches.Memo);

        bool asciiTyped = IsTypedWithoutAzerbaijaniLetters(text, words);
        var run = new SentenceRun(this, text, words, findings, asciiTyped, caches) { Sink = sink, Cancellation = cancellationToken };
        int start = 0;
        for (int w = 0; w < words.Count; w++)
        {
            if (w + 1 == words.Count || !Adjacent(text, words[w], words[w + 1]))
            {
                run.Decode(start, w + 1, edits);
                start = w + 1;
            }
        }
    }

    /// <summary>The state of one <see cref="FindEditsBySentence(string, List{Edit}, CancellationToken)"/> call: its caches, searches and the text's tokens.</summary>
    private sealed class SentenceRun
    {
        private readonly SpellingCorrector _corrector;
        private readonly AzMorphology _morphology;
        private readonly CorrectionWeights _w;
        private readonly ErrorCosts _costs;
        private readonly string _text;
        private readonly List<Token> _words;
        private readonly bool[] _reported;
        private readonly bool[] _flagged;
        private readonly bool[] _nameFlag;
        private readonly bool _asciiTyped;
        private readonly CandidateSearch _restorations;
        private readonly EditSearch _edits;
        private readonly Dictionary<string, double> _unigrams = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, string), double> _lifts = new();
        private readonly Dictionary<string, List<Candidate>> _wordCandidates;
        private readonly Dictionary<DecisionKey, Edit?> _oldDecisions = new();
        private readonly Dictionary<string, (string Twin, double Frequency, string Reason)?> _twins = new(StringComparer.Ordinal);
        private readonly double _logTotal;
        private readonly double _unknownWord;
        private readonly double _noise;
        private readonly double _contextWeight;
        private readonly LearnedScorer? _scorer;
        private readonly RankingWeights _rankingWeights;

        /// <summary>When set (training), receives every decoded lattice with its candidates' features.</summary>
        internal Action<LatticeSample>? Sink { get; init; }

        /// <summary>Checked once per word: a cancelled call stops with <see cref="OperationCanceledException"/>.</summary>
        internal CancellationToken Cancellation { get; init; }

        /// <summary>What the rounds of this call share (its work budget is <see cref="SpellingOptions.MaxSearchNodesPerCall"/>).</summary>
        private readonly DecoderCaches _caches;

        /// <summary>Unknown words that got no edit search because the call's budget was spent.</summary>
        internal int WordsOverBudget { get; private set; }

        public SentenceRun(SpellingCorrector corrector, string text, List<Token> words, List<Finding> findings, bool asciiTyped, DecoderCaches caches)
        {
            _caches = caches;
            _wordCandidates = caches.WordCandidates[asciiTyped ? 1 : 0];
            _corrector = corrector;
            _morphology = corrector._morphology;
            _w = corrector.Options.Weights;
            _costs = new ErrorCosts(_w, asciiTyped);
            _text = text;
            _words = words;
            _asciiTyped = asciiTyped;
            _rankingWeights = asciiTyped ? RankingWeights.AsciiTyped : RankingWeights.Default;
            _restorations = _corrector.NewSearch();
            _edits = new EditSearch(_morphology, _costs);
            _logTotal = Math.Log10(_morphology.Lexicon.TotalCount);
            _reported = new bool[words.Count];
            _flagged = new bool[words.Count];
            _nameFlag = new bool[words.Count];
            int f = 0;
            for (int w = 0; w < words.Count; w++)
            {
                while (f < findings.Count && findings[f].Start < words[w].Start)
                {
                    f++;
                }

                _flagged[w] = f < findings.Count && findings[f].Start == words[w].Start;
                _reported[w] = _flagged[w] && findings[f].Kind == FindingKind.UnknownWord;
                _nameFlag[w] = _flagged[w] && findings[f].Kind == FindingKind.UnknownName;
            }

            // The text's own noise: the share of its words of 3 letters or more that the checker reports unknown, smoothed.
            int judged = 0;
            int unknown = 0;
            for (int w = 0; w < words.Count; w++)
            {
                if (words[w].Length >= 3)
                {
                    judged++;
                    unknown += _reported[w] ? 1 : 0;
                }
            }

            double share = (unknown + (_w.NoisePseudoWords * _w.NoiseReference)) / (judged + _w.NoisePseudoWords);
            _noise = Math.Log10(_w.NoiseReference / share);
            _unknownWord = _w.UnknownWord + (_w.NoiseWeight * _noise);
            _scorer = _w.Scorer;
            _contextWeight = _scorer is { } scorer ? scorer[ScoringFeature.Context] : _w.ContextWeight;
        }

        private SpellingOptions Options => _corrector.Options;

        /// <summary>Decodes the words [<paramref name="from"/>, <paramref name="to"/>) as one lattice.</summary>
        public void Decode(int from, int to, List<Edit> edits)
        {
            var nodes = new List<Candidate>();
            var oov = new List<bool>();
            var fixedEdits = new Dictionary<int, Edit>();
            for (int w = from; w < to; w++)
            {
                Cancellation.ThrowIfCancellationRequested();
                AddCandidates(w, from, nodes, oov, fixedEdits);
            }

            AddMerges(from, to, nodes, oov);
            int count = nodes.Count;
            if (count == to - from)
            {
                // One reading per word (the usual case in clean text): nothing to decode, only decided words to report.
                for (int w = from; w < to; w++)
                {
                    if (fixedEdits.TryGetValue(w, out Edit decided))
                    {
                        edits.Add(decided);
                    }
                }

                return;
            }

            var starts = new int[count];
            var ends = new int[count];
            var local = new double[count];
            var firsts = new string[count];
            var lasts = new string[count];
            for (int k = 0; k < count; k++)
            {
                Candidate c = nodes[k];
                if (c.Text.Length == 0)
                {
                    c = c with { Text = AzCasing.ToLower(_words[from + c.Token].GetText(_text).ToString()) };
                    nodes[k] = c;
                }

                starts[k] = c.Token;
                ends[k] = c.End;
                (firsts[k], lasts[k]) = Words(c.Text);
                local[k] = Local(c, oov[k], firsts[k], lasts[k]);
            }

            double Transition(int a, int b)
            {
                if (a < 0 || oov[a] || oov[b])
                {
                    return 0;
                }

                return _contextWeight * Lift(lasts[a], firsts[b]);
            }

            SentenceDecoder.Result result = SentenceDecoder.Decode(to - from, starts, ends, local, Transition);
            if (Sink is { } sink)
            {
                Report(sink, from, to, nodes, oov, fixedEdits, starts, ends, result);
            }

            foreach (int k in result.Path)
            {
                Candidate c = nodes[k];
                int w = from + c.Token;
                if (fixedEdits.TryGetValue(w, out Edit done))
                {
                    edits.Add(done);
                    continue;
                }

                if (c.IsKeep)
                {
                    continue;
                }

                double posterior = SentenceDecoder.Posterior(result, starts, ends, k);
                double confidence = _w.Calibrate(posterior);
                // A known word's replacement must be far likelier, except a twin in text typed without Azerbaijani letters
                // throughout, where every word lost its letters alike.
                double threshold = Math.Max(Options.MinConfidence, IsKnownWordReplacement(c) ? _w.KnownWordMinConfidence : _w.MinConfidence);
                if (confidence < threshold)
                {
                    continue;
                }

                edits.Add(MakeEdit(c, w, posterior, confidence));
            }
        }

        /// <summary>Whether a candidate replaces a known word (it needs <see cref="CorrectionWeights.KnownWordMinConfidence"/>).</summary>
        internal bool IsKnownWordReplacement(Candidate c) =>
            c.Source is CandidateSource.RealWord || (c.Source is CandidateSource.KnownTwin && !_asciiTyped);

        private Edit MakeEdit(Candidate c, int w, double posterior, double confidence)
        {
            Token first = _words[w];
            Token last = _words[w + c.TokenCount - 1];
            string original = _text[first.Start..last.End];
            string replacement = AzCasing.GetShape(first.GetText(_text)) == CaseShape.Title ? AzCasing.ToTitle(c.Text) : c.Text;
            string what = c.Source switch
            {
                CandidateSource.Split => "two words run together, split",
                CandidateSource.Merge => "a word broken in two, joined",
                CandidateSource.Colloquial => "a colloquial ending written in full",
                CandidateSource.KnownTwin => "a known word, but its twin with Azerbaijani letters fits far better",
                CandidateSource.RealWord => "a known word where context expects another",
                _ => Describe(c.Kind),
            };
            string reason = _scorer is null
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{what}: {c.Reason} (posterior {posterior:0.00})")
                : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{what}: {c.Reason} (posterior {posterior:0.00}, calibrated {confidence:0.00})");
            return new Edit(first.Start, last.End - first.Start, original, replacement, c.Kind, Math.Round(Math.Min(0.99, confidence), 2), reason);
        }

        /// <summary>The first and last word a candidate reads: the same string for one word, the halves of a split.</summary>
        private static (string First, string Last) Words(string text)
        {
            int space = text.IndexOf(' ', StringComparison.Ordinal);
            return space < 0 ? (text, text) : (text[..space], text[(space + 1)..]);
        }

        /// <summary>A candidate's own score: error model, source penalty, frequency prior and, within a split, the pair's lift.</summary>
        private double Local(Candidate c, bool oov, string first, string last)
        {
            if (_scorer is { } scorer)
            {
                Span<double> features = stackalloc double[ScoringFeature.Count];
                Features(c, oov, first, last, features);
                return scorer.Score(features);
            }

            if (oov)
            {
                return _unknownWord + (_w.UnknownWordPerLetter * c.Text.Length);
            }

            // A real-word candidate was proposed by the context itself (a close word seen in this very place): its letters
            // are weighed as restorations are, and its penalty carries the rarity of real-word errors.
            double restoration = c.Source == CandidateSource.RealWord ? c.ErrorCost : Math.Min(c.RestorationCost, c.ErrorCost);
            double score = -(_w.ErrorScale * (c.ErrorCost - restoration)) - (_w.RestorationScale * restoration) - Penalty(c) + Unigram(first);
            if (!ReferenceEquals(first, c.Text))
            {
                score += Unigram(last) + (_contextWeight * Lift(first, last));
            }

            return score;
        }

        /// <summary>The features a learned scorer weighs (<see cref="ScoringFeature"/>), into <paramref name="features"/> (cleared first).</summary>
        internal void Features(Candidate c, bool oov, string first, string last, Span<double> features)
        {
            features.Clear();
            if (oov)
            {
                features[ScoringFeature.Unknown] = 1;
                features[ScoringFeature.Noise] = _noise;
                features[ScoringFeature.UnknownLength] = c.Text.Length;
                return;
            }

            if (c.Operations is { } operations)
            {
                for (int i = 0; i < operations.Length; i++)
                {
                    features[i] = operations[i];
                }
            }

            switch (c.Source)
            {
                case CandidateSource.Split:
                    features[ScoringFeature.Split] = 1;
                    break;
                case CandidateSource.Merge:
                    features[ScoringFeature.Merge] = 1;
                    break;
                case CandidateSource.Colloquial:
                    features[ScoringFeature.Colloquial] = 1;
                    break;
                case CandidateSource.KnownTwin:
                    features[_asciiTyped ? ScoringFeature.AsciiTypedKnownTwin : ScoringFeature.KnownTwin] = 1;
                    break;
                case CandidateSource.RealWord:
                    features[ScoringFeature.RealWord] = 1;
                    break;
                case CandidateSource.Restoration or CandidateSource.Edit when !_morphology.Lexicon.Contains(c.Text):
                    features[ScoringFeature.Derived] = 1;
                    break;
            }

            features[ScoringFeature.Frequency] = Unigram(first);
            if (!ReferenceEquals(first, c.Text))
            {
                features[ScoringFeature.Frequency] += Unigram(last);
                features[ScoringFeature.Context] = Lift(first, last);
            }
        }

        /// <summary>Hands a decoded lattice to <paramref name="sink"/>: the run's tokens, each node with its features and posterior.</summary>
        private void Report(Action<LatticeSample> sink, int from, int to, List<Candidate> nodes, List<bool> oov, Dictionary<int, Edit> fixedEdits,
            int[] starts, int[] ends, SentenceDecoder.Result result)
        {
            var samples = new LatticeNode[nodes.Count];
            var onPath = new bool[nodes.Count];
            foreach (int k in result.Path)
            {
                onPath[k] = true;
            }

            for (int k = 0; k < nodes.Count; k++)
            {
                Candidate c = nodes[k];
                (string first, string last) = Words(c.Text);
                var features = new double[ScoringFeature.Count];
                Features(c, oov[k], first, last, features);
                double posterior = SentenceDecoder.Posterior(result, starts, ends, k);
                samples[k] = new LatticeNode(c, features, oov[k], fixedEdits.ContainsKey(from + c.Token), onPath[k], posterior,
                    _w.Calibrate(posterior), IsKnownWordReplacement(c), first, last);
            }

            var tokens = new (int Start, int End)[to - from];
            for (int w = from; w < to; w++)
            {
                tokens[w - from] = (_words[w].Start, _words[w].End);
            }

            sink(new LatticeSample(_text, tokens, samples, Lift));
        }

        private double Penalty(Candidate c)
        {
            double penalty = c.Source switch
            {
                CandidateSource.Split => _w.SplitPenalty,
                CandidateSource.Merge => _w.MergePenalty,
                CandidateSource.Colloquial => _w.ColloquialPenalty,
                CandidateSource.KnownTwin => _asciiTyped ? _w.AsciiTypedKnownTwinPenalty : _w.KnownTwinPenalty,
                CandidateSource.RealWord => _w.RealWordPenalty,
                _ => 0,
            };
            if (c.Source is CandidateSource.Restoration or CandidateSource.Edit && !_morphology.Lexicon.Contains(c.Text))
            {
                penalty += _w.DerivedPenalty;
            }

            return penalty;
        }

        /// <summary>log₁₀ P(word) by the lexicon's counts (estimated for forms only the morphology knows).</summary>
        private double Unigram(string word)
        {
            if (!_unigrams.TryGetValue(word, out double value))
            {
                value = Math.Log10(Math.Max(_w.CountFloor, _morphology.EstimateCount(word))) - _logTotal;
                _unigrams[word] = value;
            }

            return value;
        }

        /// <summary>How much likelier <paramref name="right"/> is after <paramref name="left"/> than alone (log₁₀, no less than −<see cref="CorrectionWeights.MaxContextPenalty"/>).</summary>
        private double Lift(string left, string right)
        {
            if (_corrector.Context is not { } model)
            {
                return 0;
            }

            if (!_lifts.TryGetValue((left, right), out double value))
            {
                double bigram = model.BigramProbability(left, right, out double total);
                if (total <= 0)
                {
                    value = 0;
                }
                else
                {
                    double unigram = Math.Pow(10, Unigram(right));
                    double lambda = total / (total + _w.BigramPseudoCount);
                    double lift = Math.Log10(((lambda * bigram) + ((1 - lambda) * unigram)) / unigram);
                    value = Math.Max(-_w.MaxContextPenalty, lift);
                }

                _lifts[(left, right)] = value;
            }

            return value;
        }

        /// <summary>Adds the candidates of word <paramref name="w"/> (lattice positions relative to <paramref name="from"/>).</summary>
        private void AddCandidates(int w, int from, List<Candidate> nodes, List<bool> oov, Dictionary<int, Edit> fixedEdits)
        {
            Token token = _words[w];
            int position = w - from;

            // The usual word: lowercase, known, no twin, nothing to try. It costs no string: its text is read only if its
            // sentence is decoded at all.
            ReadOnlySpan<char> span = token.GetText(_text);
            if (!_flagged[w] && !_reported[w] && !_asciiTyped && !(Options.RealWords && _corrector.Context is not null)
                && span.Length <= MaxWordLength && AzCasing.GetShape(span) == CaseShape.Lower && !span.Contains('w')
                && !(Options.FrequentTwins && _morphology.Lexicon.HasCounts && _morphology.Lexicon.TryGetAsciiTwin(span, out _, out _))
                && _morphology.IsKnown(span))
            {
                nodes.Add(new Candidate(position, 1, string.Empty, CandidateSource.Keep, EditKind.Diacritic, 0, string.Empty));
                oov.Add(false);
                return;
            }

            string written = span.ToString();
            CaseShape shape = AzCasing.GetShape(written);
            string lower = AzCasing.ToLower(written);
            bool known = _morphology.IsKnown(written);

            // Words the 0.1 rules decide on their own: capitals and names in text typed without Azerbaijani letters, and
            // capitalised words (a sentence start: perhaps a name). They enter the lattice as decided.
            if (_asciiTyped && Options.FrequentTwins && _morphology.Lexicon.HasCounts && _corrector.FindCapitalsTwin(_text, token) is { } capitals)
            {
                Fixed(position, capitals, nodes, oov, fixedEdits, w);
                return;
            }

            // OCR reads W as VV (no Azerbaijani word starts with vv): VVest, VVheeling-də.
            if (written.Length > 2 && written[0] == 'V' && written[1] is 'V' or 'v' && AzAlphabet.IsLetter(AzCasing.ToLower(written[2])))
            {
                Fixed(position, new Edit(token.Start, 2, written[..2], "W", EditKind.Ocr, 0.9, "OCR read W as two Vs (no Azerbaijani word starts with vv)"), nodes, oov, fixedEdits, w);
                return;
            }

            // A piece after an apostrophe, quote, hyphen or percent sign that follows a word or number is a suffix (Trump’ın,
            // Rosa"nın, 57%-nin, ABŞ-dan): leave it to what it follows.
            if (IsSuffixPiece(token) && token.Length <= MaxSuffixPiece)
            {
                Keep(position, lower, known, nodes, oov);
                if (_asciiTyped && _reported[w] && IsLetters(lower))
                {
                    // Typed without Azerbaijani letters, the suffix lost them too (10%-inden, Uzvleri"ne): restorations only.
                    foreach (Candidate c in UnknownWordCandidates(lower))
                    {
                        if (c.Source == CandidateSource.Restoration)
                        {
                            nodes.Add(c with { Token = position });
                            oov.Add(false);
                        }
                    }
                }

                return;
            }

            // A word that layout repair joined from two halves may keep a capital inside it (sonun-⏎Cu → sonunCu, hü-⏎Quqların).
            if (shape == CaseShape.Mixed && char.IsLower(written[0]))
            {
                // Lowered only when the lowercase word would be kept as it is: one with a frequent twin (eSa → esa, whose twin
                // əsa the next run would prefer) goes through the lattice instead, so a second fix changes nothing.
                if (known && _morphology.IsKnown(lower) && !string.Equals(lower, written, StringComparison.Ordinal) && IsLetters(lower)
                    && !(Options.FrequentTwins && _morphology.Lexicon.HasCounts && _morphology.Lexicon.TryGetAsciiTwin(lower, out string lowerTwin, out long lowerTwinCount)
                        && lowerTwinCount >= MinTwinCount && !string.Equals(lowerTwin, lower, StringComparison.Ordinal)))
                {
                    Fixed(position, new Edit(token.Start, token.Length, written, lower, EditKind.Ocr, 0.9, "a capital inside a lowercase word (OCR, or the halves of a broken word): lowered"), nodes, oov, fixedEdits, w);
                    return;
                }

                shape = CaseShape.Lower;
            }

            bool name = _asciiTyped && _nameFlag[w] && Options.Names && _morphology.Lexicon.HasCounts;
            bool judged = _reported[w] || IsAsciiSpelled(written) || (shape == CaseShape.Lower && !known && AzCasing.GetShape(written) == CaseShape.Mixed);
            if (shape == CaseShape.Title && (judged || name))
            {
                if (OldDecision(w, name) is { } decided)
                {
                    Fixed(position, decided, nodes, oov, fixedEdits, w);
                    return;
                }

                Keep(position, lower, known, nodes, oov);
                return;
            }

            if (shape == CaseShape.Title && _asciiTyped && !_flagged[w] && Options.FrequentTwins && _morphology.Lexicon.HasCounts)
            {
                // A known capitalised word in ASCII-typed text: the 0.1 twin rule (Men → Mən), which knows listed names.
                Keep(position, lower, known, nodes, oov);
                if (_corrector.FindFrequentTwin(_text, _words, w, _twins, TwinEvidence, true, _caches.Memo) is { } twin)
                {
                    nodes.RemoveAt(nodes.Count - 1);
                    oov.RemoveAt(oov.Count - 1);
                    Fixed(position, twin, nodes, oov, fixedEdits, w);
                }

                return;
            }

            Keep(position, lower, known && !judged, nodes, oov);
            if (shape != CaseShape.Lower || lower.Length < 2 || lower.Length > MaxWordLength || !IsLetters(lower))
            {
                return;
            }

            if (judged)
            {
                foreach (Candidate c in UnknownWordCandidates(lower))
                {
                    nodes.Add(c with { Token = position });
                    oov.Add(false);
                }

                return;
            }

            if (_flagged[w])
            {
                return; // a name or abbreviation the checker knows of, in lowercase: leave it
            }

            // A known word: its twin with letters restored, and (with a context model and RealWords) close words the context expects.
            if (Options.FrequentTwins && _morphology.Lexicon.HasCounts && _morphology.Lexicon.TryGetAsciiTwin(lower, out string twinWord, out long twinCount)
                && twinCount >= MinTwinCount && !string.Equals(twinWord, lower, StringComparison.Ordinal))
            {
                // Its penalty is the whole price: the frequency ratio and the context must outweigh it (the rule of 0.1).
                int[] operations = new int[ScoringFeature.Operations];
                (_, EditKind kind, string reason, _) = _costs.Align(lower, twinWord, out _, operations);
                nodes.Add(new Candidate(position, 1, twinWord, CandidateSource.KnownTwin, kind, 0, reason) { Operations = operations });
                oov.Add(false);
            }

            if (Options.RealWords && _corrector.Context is { } model && w > 0 && lower.Length >= 4)
            {
                string previous = AzCasing.ToLower(_words[w - 1].GetText(_text).ToString());
                foreach (string follower in _corrector.RealWordNeighbours(model, previous, lower))
                {
                    int[] operations = new int[ScoringFeature.Operations];
                    (double cost, EditKind _, string reason, _) = _costs.Align(lower, follower, out _, operations);
                    nodes.Add(new Candidate(position, 1, follower, CandidateSource.RealWord, EditKind.RealWord, cost, reason) { Operations = operations });
                    oov.Add(false);
                }
            }
        }

        /// <summary>The longest piece after a mark that is taken for a suffix (dır, nın, ların, dən …).</summary>
        private const int MaxSuffixPiece = 5;

        private bool IsSuffixPiece(Token token)
        {
            int i = token.Start - 1;
            int marks = 0;
            while (i >= 0 && marks < 2 && _text[i] is '\'' or '’' or 'ʼ' or '‘' or '`' or '-' or '"' or '”' or '“' or '»' or '%')
            {
                i--;
                marks++;
            }

            return marks > 0 && i >= 0 && char.IsLetterOrDigit(_text[i]);
        }

        private static bool IsLetters(string lower)
        {
            foreach (char c in lower)
            {
                if (!AzAlphabet.IsLetter(c) && c != 'w')
                {
                    return false;
                }
            }

            return true;
        }

        private static void Keep(int position, string lower, bool known, List<Candidate> nodes, List<bool> oov)
        {
            nodes.Add(new Candidate(position, 1, lower, CandidateSource.Keep, EditKind.Diacritic, 0, string.Empty));
            oov.Add(!known);
        }

        private static void Fixed(int position, Edit edit, List<Candidate> nodes, List<bool> oov, Dictionary<int, Edit> fixedEdits, int w)
        {
            fixedEdits[w] = edit;
            nodes.Add(new Candidate(position, 1, AzCasing.ToLower(edit.Replacement), CandidateSource.Keep, edit.Kind, 0, string.Empty));
            oov.Add(false);
        }

        /// <summary>The 0.1 decision for a capitalised word (restorations only, as there), or null to keep it.</summary>
        private Edit? OldDecision(int w, bool name) =>
            _corrector.DecideWord(_text, _words, w, name, _asciiTyped, _restorations, _rankingWeights, _oldDecisions);

        /// <summary>The candidates of an unknown lowercase word: restorations, edits, splits and colloquial endings (cached per word).</summary>
        private List<Candidate> UnknownWordCandidates(string lower)
        {
            if (_wordCandidates.TryGetValue(lower, out List<Candidate>? cached))
            {
                return cached;
            }

            var found = new Dictionary<string, (double Cost, double Restoration, EditKind Kind, string Reason, CandidateSource Source, int[]? Operations)>(StringComparer.Ordinal);
            _restorations.Capitalised = false;
            _restorations.Run(lower, edits: false);
            foreach (string candidate in _restorations.Candidates.Keys)
            {
                int[] operations = new int[ScoringFeature.Operations];
                (double cost, EditKind kind, string reason, _) = _costs.Align(lower, candidate, out double restoration, operations);
                found[candidate] = (cost, restoration, kind, reason, CandidateSource.Restoration, operations);
            }

            if (Options.Edits && _caches.SearchNodes >= Options.MaxSearchNodesPerCall)
            {
                WordsOverBudget++; // the call's work budget is spent: restorations, splits and endings only from here on
            }
            else if (Options.Edits)
            {
                double allowance = RestorationAllowance(lower);
                _edits.Run(lower, allowance + EditBudget(lower.Length), allowance + _w.OneEditBudget);
                _caches.SearchNodes += _edits.Nodes;
                foreach ((string candidate, double _) in _edits.Found)
                {
                    if (found.ContainsKey(candidate) || !_morphology.IsKnown(candidate))
                    {
                        continue;
                    }

                    int[] operations = new int[ScoringFeature.Operations];
                    (double cost, EditKind kind, string reason, bool restorationsOnly) = _costs.Align(lower, candidate, out double restoration, operations);
                    found[candidate] = (cost, restoration, kind, reason, restorationsOnly ? CandidateSource.Restoration : CandidateSource.Edit, operations);
                }
            }

            // Two words run together (vəbu → və bu): both listed.
            if (lower.Length >= 4)
            {
                for (int k = 1; k < lower.Length; k++)
                {
                    string left = lower[..k];
                    string right = lower[k..];
                    if ((k >= 2 || left is "o" or "a" or "ə" or "i") && (right.Length >= 2 || right is "o" or "a" or "ə" or "i")
                        && _morphology.Lexicon.Contains(left) && _morphology.Lexicon.Contains(right) && _morphology.IsKnown(left) && _morphology.IsKnown(right))
                    {
                        found[$"{left} {right}"] = (0, 0, EditKind.Keyboard, $"'{left}' + '{right}'", CandidateSource.Split, null);
                    }
                }
            }

            foreach (string full in ColloquialForms(lower))
            {
                if (!found.ContainsKey(full) && _morphology.IsKnown(full))
                {
                    found[full] = (0, 0, EditKind.Keyboard, $"'{lower}' → '{full}'", CandidateSource.Colloquial, null);
                }
            }

            // The best few by their own score (error, penalty, frequency): the lattice stays small.
            var list = new List<(double Score, Candidate Candidate)>(found.Count);
            foreach ((string text, (double cost, double restoration, EditKind kind, string reason, CandidateSource source, int[]? operations)) in found)
            {
                var candidate = new Candidate(0, 1, text, source, kind, cost, reason) { RestorationCost = restoration, Operations = operations };
                (string first, string last) = Words(text);
                list.Add((Local(candidate, false, first, last), candidate));
            }

            list.Sort(static (a, b) => b.Score.CompareTo(a.Score));
            var result = new List<Candidate>(Math.Min(list.Count, _w.MaxCandidates));
            for (int i = 0; i < list.Count && i < _w.MaxCandidates; i++)
            {
                result.Add(list[i].Candidate);
            }

            _wordCandidates[lower] = result;
            return result;
        }

        /// <summary>What restoring every letter that has a twin could cost: the budget restorations get on top of edits.</summary>
        private double RestorationAllowance(string lower)
        {
            double total = 0;
            foreach (char c in lower)
            {
                if (AzAlphabet.FromAsciiTwin(c) != '\0' || c == 'w')
                {
                    total += _costs.Diacritic;
                }
                else if (c is 'k' or 'h' or 'ı')
                {
                    total += _w.TurkishK;
                }
            }

            return Math.Min(total, _w.MaxRestorationAllowance);
        }

        private double EditBudget(int length) => length switch
        {
            < 3 => _w.LostFirstLetter,
            < 7 => _w.OneEditBudget,
            _ => _w.TwoEditBudget,
        };

        /// <summary>Colloquial endings written in full: -dı → -dır (evdədi → evdədir), -sız → -sınız (gəlirsiz → gəlirsiniz).</summary>
        private static IEnumerable<string> ColloquialForms(string lower)
        {
            int n = lower.Length;
            if (n >= 4 && lower[n - 2] is 'd' or 't' && lower[n - 1] is 'ı' or 'i' or 'u' or 'ü')
            {
                yield return lower + "r";
            }

            if (n >= 6 && lower[n - 3] == 's' && lower[n - 2] is 'ı' or 'i' or 'u' or 'ü' && lower[n - 1] == 'z')
            {
                char v = lower[n - 2];
                yield return string.Concat(lower.AsSpan(0, n - 1), $"n{v}z");
            }
        }

        /// <summary>Two tokens that one space parts, one of them unknown, whose join is a known word.</summary>
        private void AddMerges(int from, int to, List<Candidate> nodes, List<bool> oov)
        {
            for (int w = from; w + 1 < to; w++)
            {
                Token a = _words[w];
                Token b = _words[w + 1];
                if (b.Start != a.End + 1 || _text[a.End] != ' ' || !(_reported[w] || _reported[w + 1]))
                {
                    continue;
                }

                string left = _text[a.Start..a.End];
                string right = _text[b.Start..b.End];
                if (AzCasing.GetShape(right) != CaseShape.Lower || AzCasing.GetShape(left) is not (CaseShape.Lower or CaseShape.Title))
                {
                    continue;
                }

                string joined = AzCasing.ToLower(string.Concat(left, right));
                if (joined.Length > MaxWordLength || !IsLetters(joined))
                {
                    continue;
                }

                if (_morphology.Lexicon.Contains(joined) && _morphology.IsKnown(joined))
                {
                    nodes.Add(new Candidate(w - from, 2, joined, CandidateSource.Merge, EditKind.Ocr, 0, $"'{left}' + '{right}'"));
                    oov.Add(false);
                }
            }
        }
    }
}
