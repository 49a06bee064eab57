using AzNormalize.Lexicon;

namespace AzNormalize.Correction;

/// <summary>Options for <see cref="SpellingCorrector"/>.</summary>
/// <remarks>The defaults are first settings chosen for precision (a corrector that damages correct text is worse than none) and
/// measured in docs/quality.md; they are not fitted to the evaluation texts.</remarks>
public sealed record class SpellingOptions
{
    /// <summary>The defaults.</summary>
    public static SpellingOptions Default { get; } = new();

    /// <summary>Whether unknown words are corrected at all. Default: true.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The words that are known, and the candidates' frequencies. Default: null, meaning <see cref="AzMorphology.Default"/>.</summary>
    public AzMorphology? Morphology { get; init; }

    /// <summary>
    /// A word bigram model of your own text that ranks candidates by their neighbours (and finds real-word errors when
    /// <see cref="RealWords"/> is on); with <see cref="EmbeddedContext"/> it is interpolated with <see cref="ContextModel.Default"/>.
    /// Default: null (the embedded model alone, or none when <see cref="EmbeddedContext"/> is off).
    /// </summary>
    public ContextModel? Context { get; init; }

    /// <summary>
    /// Whether the model the library ships (<see cref="ContextModel.Default"/>) ranks candidates too: alone when
    /// <see cref="Context"/> is null, else interpolated with it (<see cref="ContextWeight"/>). Default: true.
    /// </summary>
    public bool EmbeddedContext { get; init; } = true;

    /// <summary>The weight of <see cref="Context"/> against the embedded model when both are used, 0 to 1. Default: 0.5.</summary>
    public double ContextWeight { get; init; } = 0.5;

    /// <summary>
    /// Whether a known word typed without Azerbaijani letters is replaced by its twin when the lexicon's counts show the twin
    /// far more often (at least 1,000 times) and the context model does not object: log₁₀ of the frequency ratio plus the
    /// context's lift must reach 0.5 in text typed without Azerbaijani letters throughout, 2.5 elsewhere (<c>ses</c> → <c>səs</c>, <c>Men</c> → <c>Mən</c>). Asked only of a lexicon with counts
    /// (the embedded one has them). Default: true.
    /// </summary>
    public bool FrequentTwins { get; init; } = true;

    /// <summary>
    /// Whether an unknown capitalised word inside a sentence (which the checker takes for a name) gets its lost Azerbaijani
    /// letters back when the restored word is common in the lexicon's counts (<c>Simali Koreya</c> → <c>Şimali Koreya</c>,
    /// <c>Ingiltere</c> → <c>İngiltərə</c>). Only restorations, never a Turkish, OCR or typing rule. Default: true.
    /// </summary>
    public bool Names { get; init; } = true;

    /// <summary>
    /// Whether known words are replaced where <see cref="Context"/> has seen a close word in the same place and never this one
    /// (<c>qonaqları sallayan</c> → <c>qonaqları salamlayan</c>). Needs a model trained on plenty of text like the one corrected.
    /// Default: false.
    /// </summary>
    public bool RealWords { get; init; }

    /// <summary>
    /// The highest score a correction with a single edit may have (the error model's cost, adjusted by frequency and context).
    /// A word made by restorations alone may score up to the restoration budget (3.0: a whole long word typed without
    /// Azerbaijani letters), since landing on a known word by many twin letters is no accident. Default: 1.0.
    /// </summary>
    public double MaxScore { get; init; } = 1.0;

    /// <summary>
    /// How each sentence is decided: <see cref="SpellingDecoder.Sentence"/> (candidates from every source in a lattice per
    /// sentence, the likeliest path under the error and language models) or <see cref="SpellingDecoder.Margin"/> (each word
    /// alone: the best candidate if it leads the runner-up by <see cref="Margin"/>, the decoder of version 0.1). Default:
    /// <see cref="SpellingDecoder.Auto"/>: the sentence decoder with <see cref="Edits"/> (it fixes more typing slips, OCR
    /// confusions and OCR errors than the margin decoder with edits, and changes fewer correct words), the margin decoder
    /// without (restorations alone: there it changes a few more correct words than the margin decoder; docs/quality.md).
    /// </summary>
    public SpellingDecoder Decoder { get; init; } = SpellingDecoder.Auto;

    /// <summary>
    /// The sentence decoder's weights, costs and limits. Default: <see cref="CorrectionWeights.Default"/> (the learned,
    /// calibrated weights; <see cref="CorrectionWeights.HandSet"/> for the first settings, <see cref="CorrectionWeights.Load(string)"/>
    /// for weights trained on your own text).
    /// </summary>
    public CorrectionWeights Weights { get; init; } = CorrectionWeights.Default;

    /// <summary>
    /// The corrector makes only edits whose confidence is at least this (0 to 1): for the sentence decoder, the posterior of
    /// the candidate against every other reading of its words, keeping them as written included (calibrated by learned
    /// weights, so that of the edits made at confidence c, about c were right on their held-out data), and never less than the
    /// weights' own thresholds (<see cref="CorrectionWeights.MinConfidence"/>, <see cref="CorrectionWeights.KnownWordMinConfidence"/>);
    /// for the margin decoder, its confidence. Default: 0 (the decoder's own thresholds alone).
    /// </summary>
    public double MinConfidence { get; init; }

    /// <summary>How much better than the runner-up the best candidate must score, or the word is left alone as ambiguous. Default: 0.3.</summary>
    public double Margin { get; init; } = 0.3;

    /// <summary>
    /// Whether single edits (a letter substituted, dropped, added, two swapped) and OCR restorations (o→ə, ı→i) are tried
    /// besides restorations of lost Azerbaijani letters and Turkish spellings. They find about twice as many OCR errors, but
    /// they also change correct words the lexicon lacks (foreign names, rare loanwords: <c>kraterdə</c> → <c>katerdə</c>), so
    /// they are off unless asked for; docs/quality.md measures both. Default: false.
    /// </summary>
    public bool Edits { get; init; }

    /// <summary>
    /// With <see cref="Edits"/>, the shortest word (in letters) for which single edits (a letter substituted, dropped, added, two swapped) are tried;
    /// restorations of Azerbaijani letters are tried for words of two letters or more. Short words have too many neighbours
    /// one edit away. Default: 5.
    /// </summary>
    public int MinEditLength { get; init; } = 5;

    /// <summary>
    /// The work budget of one call of the sentence decoder with <see cref="Edits"/>: edit-search nodes over every word (each
    /// word's own search stops at <see cref="CorrectionWeights.MaxSearchNodes"/>). Once spent, the call's remaining unknown
    /// words get restorations, splits and colloquial endings but no edit search, so a text of random letters cannot take
    /// long. Default: 200,000,000 (some seconds of search; clean or typical noisy text uses a small part of it).
    /// </summary>
    public long MaxSearchNodesPerCall { get; init; } = 200_000_000;
}

/// <summary>How <see cref="SpellingCorrector"/> decides which candidates to take.</summary>
public enum SpellingDecoder
{
    /// <summary><see cref="Sentence"/> when <see cref="SpellingOptions.Edits"/> is on, <see cref="Margin"/> otherwise.</summary>
    Auto,

    /// <summary>A lattice of candidates per sentence, decoded for the likeliest path; confidence is the posterior.</summary>
    Sentence,

    /// <summary>Each word alone: its best candidate when it leads the runner-up by <see cref="SpellingOptions.Margin"/> (0.1's decoder).</summary>
    Margin,
}
