namespace AzNormalize.Correction;

/// <summary>A word the corrector offers for a misspelling, with what it costs to get there and why.</summary>
/// <param name="Word">The suggested word, in the casing of the misspelling.</param>
/// <param name="Cost">The error model's cost of the changes (lower is likelier); see <see cref="ErrorModel"/>.</param>
/// <param name="Score">The ranking score: the cost less what the word's frequency and context earn it (lower is better).</param>
/// <param name="Kind">What kind of error the changes undo (<see cref="EditKind.Diacritic"/>, <see cref="EditKind.Keyboard"/> …).</param>
/// <param name="Reason">The changes in words, in English: <c>e→ə, s→ş</c>.</param>
public readonly record struct Suggestion(string Word, double Cost, double Score, EditKind Kind, string Reason)
{
    /// <summary>
    /// True when the word comes from restorations alone (letters turned into their Azerbaijani twins: e→ə, k→q …), false when
    /// a letter was also substituted, dropped, added or swapped.
    /// </summary>
    public bool IsRestoration { get; init; }
}
