namespace AzNormalize.Checking;

/// <summary>
/// One word <see cref="WordChecker"/> reports: where it stands in the text it checked, what it is, and how sure the
/// checker is that it deserves a look.
/// </summary>
/// <remarks>Immutable. A finding reports; it changes nothing (the corrector's <see cref="Edit"/> does).</remarks>
/// <param name="Start">Offset, in UTF-16 code units, of the word's first character in the checked text.</param>
/// <param name="Length">Number of UTF-16 code units of the word; never 0.</param>
/// <param name="Word">The word as it stands in the text (<c>text.Substring(Start, Length)</c>).</param>
/// <param name="Kind">What the finding reports.</param>
/// <param name="Confidence">How sure the checker is that the word is wrong, from 0 (a guess) to 1 (certain).</param>
/// <param name="Message">A short human-readable explanation, in English.</param>
public readonly record struct Finding(
    int Start,
    int Length,
    string Word,
    FindingKind Kind,
    double Confidence,
    string Message)
{
    /// <summary>Offset just past the word in the checked text.</summary>
    public int End => Start + Length;
}
