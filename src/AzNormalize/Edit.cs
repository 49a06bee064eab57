namespace AzNormalize;

/// <summary>
/// One change the library makes to a text: the span of the ORIGINAL text it replaces, what stood there,
/// what replaces it, why, and how sure the library is.
/// </summary>
/// <remarks>
/// Every output text of the library is its input with a list of edits applied (<see cref="EditList.Apply(string, IReadOnlyList{Edit})"/>);
/// the CLI's JSON, diff and CI views are views of the same edits. Immutable.
/// </remarks>
/// <param name="Start">Offset, in UTF-16 code units, of the first replaced character in the original text.</param>
/// <param name="Length">Number of UTF-16 code units replaced; 0 for a pure insertion.</param>
/// <param name="Original">The original text of the span (<c>source.Substring(Start, Length)</c>).</param>
/// <param name="Replacement">The text that replaces the span; empty for a deletion.</param>
/// <param name="Kind">What kind of repair this is.</param>
/// <param name="Confidence">How sure the library is, from 0 (a guess) to 1 (certain).</param>
/// <param name="Reason">A short human-readable explanation, in English.</param>
public readonly record struct Edit(
    int Start,
    int Length,
    string Original,
    string Replacement,
    EditKind Kind,
    double Confidence,
    string Reason)
{
    /// <summary>Offset just past the replaced span in the original text.</summary>
    public int End => Start + Length;
}
