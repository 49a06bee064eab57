namespace AzNormalize.Correction;

/// <summary>
/// Every number the sentence decoder (<see cref="SpellingDecoder.Sentence"/>) weighs with, in one named object: the error
/// model's cost per kind of change, how a cost turns into a log-probability, the language model's weights, what each
/// candidate source pays on top, the decision thresholds and the work limits.
/// </summary>
/// <remarks>
/// <para>Immutable. Scores are in log₁₀ units: a candidate's score is −<see cref="ErrorScale"/>·(its error cost) − (its
/// source's penalty) + log₁₀ P(word) (the lexicon's counts) + <see cref="ContextWeight"/>·(how much likelier its neighbours
/// make it than its frequency alone), so scores add up along a sentence.</para>
/// <para>The properties are first settings, set by hand (<see cref="HandSet"/>). Weights learned from data
/// (<see cref="Learned"/>, or a file of your own from the training project, tools/AzNormalize.Training, read by <see cref="Load(string)"/>) replace the
/// scoring: each candidate's score is then a learned weight per feature (each kind of change, each source, the frequency
/// prior, the context, an unknown word kept), and the posterior is calibrated into a probability. The search for candidates
/// (its costs, budgets and limits) stays as set here either way.</para>
/// </remarks>
public sealed class CorrectionWeights
{
    /// <summary>
    /// The default weights the sentence decoder uses: <see cref="Learned"/> (on the evaluation sets it changes fewer
    /// correct words than <see cref="HandSet"/> and fixes more seeded errors; docs/quality.md).
    /// </summary>
    public static CorrectionWeights Default => Learned;

    /// <summary>The settings set by hand (every property at its documented default, no learned scorer).</summary>
    public static CorrectionWeights HandSet { get; } = new();

    private static readonly Lazy<CorrectionWeights> s_learned = new(LoadEmbedded);

    /// <summary>
    /// The weights learned from the shippable training text and embedded in the library (data/weights/az.azw, built by
    /// data/build-weights.sh): the hand-set search with a learned, calibrated scorer.
    /// </summary>
    /// <exception cref="InvalidDataException">The library was built without its weights file.</exception>
    public static CorrectionWeights Learned => s_learned.Value;

    /// <summary>The learned scorer, or null for the hand-set scoring.</summary>
    internal LearnedScorer? Scorer { get; init; }

    /// <summary>Whether these weights have a learned scorer (<see cref="Learned"/>, <see cref="Load(string)"/>).</summary>
    public bool IsLearned => Scorer is not null;

    /// <summary>Where learned weights came from (the training data and command), or empty for the hand-set ones.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>
    /// The confidence an edit is reported with, from the decoder's posterior: the learned calibration when there is one (so
    /// that of the edits made at confidence c, about c are right on the training data's held-out part), else the posterior.
    /// </summary>
    public double Calibrate(double posterior) => Scorer is { } scorer ? scorer.Calibrate(posterior) : posterior;

    /// <summary>Reads a weights file written by the training project (tools/AzNormalize.Training) or <see cref="Save(string)"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The hand-set search settings with the file's scorer, thresholds and calibration.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a complete weights file; the message names the line.</exception>
    public static CorrectionWeights Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"weights file '{path}' does not exist", path);
        }

        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    /// <summary>Reads weights from <paramref name="reader"/> (<paramref name="name"/> names it in errors).</summary>
    /// <exception cref="InvalidDataException">The text is not a complete weights file; the message names the line.</exception>
    public static CorrectionWeights Read(TextReader reader, string name = "weights")
    {
        ArgumentNullException.ThrowIfNull(reader);
        (LearnedScorer scorer, string source, double? min, double? known) = LearnedScorer.Read(reader, name);
        var handSet = HandSet;
        return new CorrectionWeights
        {
            Scorer = scorer,
            Source = source,
            MinConfidence = min ?? handSet.MinConfidence,
            KnownWordMinConfidence = known ?? handSet.KnownWordMinConfidence,
        };
    }

    /// <summary>Writes learned weights to <paramref name="path"/> (atomically: a temporary file, then renamed).</summary>
    /// <exception cref="InvalidOperationException">These weights have no learned scorer.</exception>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        LearnedScorer scorer = Scorer ?? throw new InvalidOperationException("hand-set weights have no learned scorer to save");
        string full = Path.GetFullPath(path);
        string temporary = full + ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using (var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(false)))
        {
            scorer.Write(writer, Source, MinConfidence, KnownWordMinConfidence);
        }

        File.Move(temporary, full, overwrite: true);
    }

    /// <summary>The embedded weights' resource name.</summary>
    internal const string ResourceName = "AzNormalize.Correction.az.azw";

    private static CorrectionWeights LoadEmbedded()
    {
        using Stream stream = typeof(CorrectionWeights).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"the library was built without its learned weights ({ResourceName}); run data/build-weights.sh");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Read(reader, "embedded weights");
    }

    // ---- error model: what each change costs (ErrorModel's first settings) ----

    /// <summary>A lost Azerbaijani letter restored (e→ə, i→ı, s→ş, c→ç, g→ğ, o→ö, u→ü). Default: <see cref="ErrorModel.Diacritic"/>.</summary>
    public double Diacritic { get; init; } = ErrorModel.Diacritic;

    /// <summary>The cost of a lost Azerbaijani letter in text typed without them throughout, where every such letter was lost. Default: 0.03.</summary>
    public double AsciiTypedDiacritic { get; init; } = 0.03;

    /// <summary>ı read where i belongs. Default: <see cref="ErrorModel.DotlessToDotted"/>.</summary>
    public double DotlessToDotted { get; init; } = ErrorModel.DotlessToDotted;

    /// <summary>Turkish k for q. Default: <see cref="ErrorModel.TurkishK"/>.</summary>
    public double TurkishK { get; init; } = ErrorModel.TurkishK;

    /// <summary>Turkish h for x. Default: <see cref="ErrorModel.TurkishH"/>.</summary>
    public double TurkishH { get; init; } = ErrorModel.TurkishH;

    /// <summary>Russian g for q. Default: <see cref="ErrorModel.RussianG"/>.</summary>
    public double RussianG { get; init; } = ErrorModel.RussianG;

    /// <summary>OCR o for ə. Default: <see cref="ErrorModel.OcrO"/>.</summary>
    public double OcrO { get; init; } = ErrorModel.OcrO;

    /// <summary>w, sh, ch for ş, ş, ç. Default: <see cref="ErrorModel.AsciiSpelling"/>.</summary>
    public double AsciiSpelling { get; init; } = ErrorModel.AsciiSpelling;

    /// <summary>A neighbouring key. Default: <see cref="ErrorModel.NeighbourKey"/>.</summary>
    public double NeighbourKey { get; init; } = ErrorModel.NeighbourKey;

    /// <summary>An OCR shape confusion (rn↔m, l↔ı↔i …). Default: <see cref="ErrorModel.OcrShape"/>.</summary>
    public double OcrShape { get; init; } = ErrorModel.OcrShape;

    /// <summary>An Azerbaijani letter where its plain twin belongs (ü for u, ö for o, ş for s …): OCR adds marks too. Default: 0.5.</summary>
    public double OcrMark { get; init; } = 0.5;

    /// <summary>Two neighbouring letters swapped. Default: <see cref="ErrorModel.Transposition"/>.</summary>
    public double Transposition { get; init; } = ErrorModel.Transposition;

    /// <summary>A doubled letter undone. Default: <see cref="ErrorModel.Doubled"/>.</summary>
    public double Doubled { get; init; } = ErrorModel.Doubled;

    /// <summary>A doubled letter restored. Default: <see cref="ErrorModel.Undoubled"/>.</summary>
    public double Undoubled { get; init; } = ErrorModel.Undoubled;

    /// <summary>A lost first letter restored. Default: <see cref="ErrorModel.LostFirstLetter"/>.</summary>
    public double LostFirstLetter { get; init; } = ErrorModel.LostFirstLetter;

    /// <summary>A dropped letter restored. Default: <see cref="ErrorModel.Dropped"/>.</summary>
    public double Dropped { get; init; } = ErrorModel.Dropped;

    /// <summary>An extra letter removed. Default: <see cref="ErrorModel.Extra"/>.</summary>
    public double Extra { get; init; } = ErrorModel.Extra;

    /// <summary>Any other letter substituted. Default: <see cref="ErrorModel.Substitution"/>.</summary>
    public double Substitution { get; init; } = ErrorModel.Substitution;

    // ---- from costs to log-probabilities ----

    /// <summary>log₁₀ units one unit of error cost is worth: a candidate at cost c is 10^(−c·scale) as likely a priori. Default: 4.</summary>
    public double ErrorScale { get; init; } = 4.0;

    /// <summary>log₁₀ units one unit of restoration cost is worth (lost letters are far commoner than other slips). Default: 2.</summary>
    public double RestorationScale { get; init; } = 2.0;

    /// <summary>log₁₀ P of an unknown word kept as written: how likely a word the lexicon lacks is right. Default: −9.</summary>
    public double UnknownWord { get; init; } = -9.0;

    /// <summary>What each letter of an unknown word kept as written adds to <see cref="UnknownWord"/> (log₁₀): longer words are rarer. Default: 0.</summary>
    public double UnknownWordPerLetter { get; init; }

    /// <summary>
    /// How much the text's own noise moves <see cref="UnknownWord"/>: it rises by this times log₁₀(<see cref="NoiseReference"/>
    /// / the text's share of unknown words), so that in clean text an unknown word is more likely right than in OCR output.
    /// Default: 2.
    /// </summary>
    public double NoiseWeight { get; init; } = 2.0;

    /// <summary>The share of unknown words at which <see cref="UnknownWord"/> holds as it is. Default: 0.03.</summary>
    public double NoiseReference { get; init; } = 0.03;

    /// <summary>The words at <see cref="NoiseReference"/> a text's share is smoothed with (short texts tell little). Default: 50.</summary>
    public double NoisePseudoWords { get; init; } = 50;

    /// <summary>The floor of a known word's count (log₁₀ P never below this count in the lexicon's corpus). Default: 0.5.</summary>
    public double CountFloor { get; init; } = 0.5;

    /// <summary>How much the context's lift counts against the frequency prior. Default: 1.</summary>
    public double ContextWeight { get; init; } = 1.0;

    /// <summary>The bigram's weight grows with how often the left word was seen: λ = n / (n + this). Default: 5.</summary>
    public double BigramPseudoCount { get; init; } = 5;

    /// <summary>The most a pair the context model never saw takes off (log₁₀). Default: 0.3.</summary>
    public double MaxContextPenalty { get; init; } = 0.3;

    // ---- what each source pays on top (log₁₀) ----

    /// <summary>A known word replaced by its twin with letters restored, in ordinary text (its restorations cost nothing more). Default: 2.5.</summary>
    public double KnownTwinPenalty { get; init; } = 2.5;

    /// <summary>The same in text typed without Azerbaijani letters throughout. Default: 0.5.</summary>
    public double AsciiTypedKnownTwinPenalty { get; init; } = 0.5;

    /// <summary>A known word replaced by another known word close to it that the context prefers (a real-word error; its letters cost <see cref="RestorationScale"/> each unit). Default: 3.</summary>
    public double RealWordPenalty { get; init; } = 3.0;

    /// <summary>A word split in two. Default: 3.</summary>
    public double SplitPenalty { get; init; } = 3.0;

    /// <summary>Two words merged into one. Default: 2.5.</summary>
    public double MergePenalty { get; init; } = 2.5;

    /// <summary>A colloquial ending written in full (<c>evdədi</c> → <c>evdədir</c>). Default: 1.</summary>
    public double ColloquialPenalty { get; init; } = 1.0;

    /// <summary>A candidate only the morphology knows (not a listed form). Default: 0.3.</summary>
    public double DerivedPenalty { get; init; } = 0.3;

    // ---- decisions ----

    /// <summary>The least posterior an unknown word's correction needs to be made. Default: 0.6.</summary>
    public double MinConfidence { get; init; } = 0.6;

    /// <summary>The least posterior a known word's replacement needs (it must be far likelier than the word as written). Default: 0.9.</summary>
    public double KnownWordMinConfidence { get; init; } = 0.9;

    // ---- limits ----

    /// <summary>The edit budget (error cost beyond restorations) of a word of 4 to 6 letters: one edit. Default: 1.0.</summary>
    public double OneEditBudget { get; init; } = 1.0;

    /// <summary>The edit budget of a word of 7 letters or more: two edits. Default: 1.6.</summary>
    public double TwoEditBudget { get; init; } = 1.6;

    /// <summary>
    /// The most the edit search adds to a word's edit budget for its restorable letters (restorations alone are found by
    /// the restoration search; this is for edits combined with them). Default: 0.45 (three lost letters).
    /// </summary>
    public double MaxRestorationAllowance { get; init; } = 0.45;

    /// <summary>The most trie nodes one word's edit search visits. Default: 60,000.</summary>
    public int MaxSearchNodes { get; init; } = 60_000;

    /// <summary>The most stem-plus-suffix forms one word's edit search asks the morphology about. Default: 32.</summary>
    public int MaxStemChecks { get; init; } = 32;

    /// <summary>The most candidates one word keeps, best first. Default: 12.</summary>
    public int MaxCandidates { get; init; } = 12;
}
