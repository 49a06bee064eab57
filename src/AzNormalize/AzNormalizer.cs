using AzNormalize.Normalization;

namespace AzNormalize;

/// <summary>Options for <see cref="AzNormalizer"/>.</summary>
public sealed class AzNormalizerOptions
{
    /// <summary>The defaults.</summary>
    public static AzNormalizerOptions Default { get; } = new();

    /// <summary>Character-level normalization options. Default: <see cref="NormalizerOptions.Default"/>.</summary>
    public NormalizerOptions Normalization { get; init; } = NormalizerOptions.Default;
}

/// <summary>
/// The whole pipeline: tokenize, normalize, and (in later versions) repair layout and correct spelling.
/// </summary>
/// <remarks>Immutable and thread-safe once built.</remarks>
/// <example>
/// <code>
/// FixResult result = AzNormalizer.Default.Fix("bölmә");
/// // result.Text == "bölmə"; result.Edits[0].Kind == EditKind.LookAlike
/// </code>
/// </example>
public sealed class AzNormalizer
{
    private readonly TextNormalizer _normalizer;

    /// <summary>Creates a pipeline.</summary>
    /// <param name="options">Options; <see cref="AzNormalizerOptions.Default"/> when null.</param>
    public AzNormalizer(AzNormalizerOptions? options = null)
    {
        Options = options ?? AzNormalizerOptions.Default;
        _normalizer = new TextNormalizer(Options.Normalization);
    }

    /// <summary>A pipeline with the default options.</summary>
    public static AzNormalizer Default { get; } = new();

    /// <summary>The options this pipeline was built with.</summary>
    public AzNormalizerOptions Options { get; }

    /// <summary>Cleans <paramref name="text"/>.</summary>
    /// <param name="text">The input.</param>
    /// <returns>The cleaned text and every edit that made it.</returns>
    public FixResult Fix(string text) => _normalizer.Normalize(text);
}
