namespace AzNormalize.Normalization;

/// <summary>What <see cref="LayoutRepairer"/> repairs. Every repair is on by default; <see cref="Mode"/> says how far.</summary>
/// <remarks>Immutable once built; share one instance freely.</remarks>
public sealed record class LayoutOptions
{
    /// <summary>The defaults: <see cref="LayoutMode.Auto"/>, every repair on, the embedded lexicon and morphology.</summary>
    public static LayoutOptions Default { get; } = new();

    /// <summary>How much layout to repair. Default: <see cref="LayoutMode.Auto"/>.</summary>
    public LayoutMode Mode { get; init; } = LayoutMode.Auto;

    /// <summary>Join words broken by a line-end hyphen (<c>gücləndi-⏎rilməsi</c>). Default: on.</summary>
    public bool Hyphenation { get; init; } = true;

    /// <summary>In <see cref="LayoutMode.Full"/>, replace hard line breaks inside a paragraph by spaces. Default: on.</summary>
    public bool Unwrap { get; init; } = true;

    /// <summary>In <see cref="LayoutMode.Full"/>, join a paragraph cut mid-sentence (by a page break) to the next. Default: on.</summary>
    public bool Rejoin { get; init; } = true;

    /// <summary>
    /// Decides whether the joined or the hyphenated reading of a broken word is a word. Default: null, which means
    /// <see cref="Lexicon.AzMorphology.Default"/> (loaded on the first hyphen break, not before).
    /// </summary>
    public IWordOracle? WordOracle { get; init; }
}
