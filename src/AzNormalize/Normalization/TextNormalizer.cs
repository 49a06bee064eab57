namespace AzNormalize.Normalization;

/// <summary>Character-level normalization: Unicode composition, look-alikes, ligatures, invisible characters.</summary>
/// <remarks>Immutable and thread-safe once built.</remarks>
public sealed class TextNormalizer
{
    /// <summary>Creates a normalizer.</summary>
    /// <param name="options">What to repair; <see cref="NormalizerOptions.Default"/> when null.</param>
    public TextNormalizer(NormalizerOptions? options = null)
    {
        Options = options ?? NormalizerOptions.Default;
    }

    /// <summary>A normalizer with the default options.</summary>
    public static TextNormalizer Default { get; } = new();

    /// <summary>The options this normalizer was built with.</summary>
    public NormalizerOptions Options { get; }

    /// <summary>Normalizes <paramref name="text"/>.</summary>
    /// <param name="text">The input.</param>
    /// <returns>The result; its <see cref="FixResult.Text"/> is <paramref name="text"/> itself when nothing changed.</returns>
    public FixResult Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var edits = new List<Edit>();
        FindEdits(text, edits);
        return new FixResult(text, edits);
    }

    /// <summary>Appends the edits that normalize <paramref name="text"/> to <paramref name="edits"/>, in order.</summary>
    /// <param name="text">The input.</param>
    /// <param name="edits">Receives the edits; offsets are in <paramref name="text"/>.</param>
    public void FindEdits(ReadOnlySpan<char> text, List<Edit> edits)
    {
        ArgumentNullException.ThrowIfNull(edits);
        // PLACEHOLDER: replaced by the real stages.
        _ = text;
        _ = Options;
    }
}
