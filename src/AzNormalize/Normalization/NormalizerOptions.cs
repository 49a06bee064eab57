namespace AzNormalize.Normalization;

/// <summary>What <see cref="TextNormalizer"/> repairs. Every stage is on by default.</summary>
/// <remarks>Immutable once built; share one instance freely.</remarks>
public sealed record class NormalizerOptions
{
    /// <summary>The defaults: every stage on, no word oracle.</summary>
    public static NormalizerOptions Default { get; } = new();

    /// <summary>Compose decomposed letters to NFC and fold <c>i</c> + U+0307 to <c>i</c>. Default: on.</summary>
    public bool UnicodeComposition { get; init; } = true;

    /// <summary>Replace look-alikes inside Azerbaijani words (Cyrillic ә/һ/о… in Latin words, Ǝ/ǝ, ä in Azerbaijani words). Default: on.</summary>
    public bool LookAlikes { get; init; } = true;

    /// <summary>Expand typographic ligatures (ﬁ → fi). Default: on.</summary>
    public bool Ligatures { get; init; } = true;

    /// <summary>Remove soft hyphens, zero-width characters and byte order marks. Default: on.</summary>
    public bool Invisibles { get; init; } = true;

    /// <summary>
    /// An optional lexicon. When set, an <c>ä</c> word that the rules leave alone is folded to <c>ə</c> if the oracle knows
    /// the folded form and not the original. Default: null (rules only).
    /// </summary>
    public IWordOracle? WordOracle { get; init; }
}
