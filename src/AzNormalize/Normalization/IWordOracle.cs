namespace AzNormalize.Normalization;

/// <summary>
/// Answers whether a word form is a known Azerbaijani word. The seam through which a lexicon helps
/// <see cref="TextNormalizer"/> decide the ambiguous look-alikes (ä for ə in a word with no other Azerbaijani letter).
/// </summary>
/// <remarks>Implementations must be thread-safe and must not consult <see cref="System.Globalization.CultureInfo"/>.</remarks>
public interface IWordOracle
{
    /// <summary>Whether <paramref name="word"/> (as written, any case) is a known Azerbaijani word form.</summary>
    /// <param name="word">One word, in the case it has in the text.</param>
    public bool IsKnown(ReadOnlySpan<char> word);
}
