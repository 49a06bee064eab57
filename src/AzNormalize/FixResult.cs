namespace AzNormalize;

/// <summary>The result of cleaning a text: the new text and the edits that made it from the original.</summary>
/// <remarks>Immutable. <see cref="Text"/> equals <c>EditList.Apply(Original, Edits)</c>.</remarks>
public sealed class FixResult
{
    /// <summary>Creates a result from an original text and its edits, applying the edits.</summary>
    /// <param name="original">The input text.</param>
    /// <param name="edits">Ordered, non-overlapping edits with offsets in <paramref name="original"/>.</param>
    public FixResult(string original, IReadOnlyList<Edit> edits)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(edits);
        Original = original;
        Edits = edits;
        Text = EditList.Apply(original, edits);
    }

    /// <summary>A result whose <paramref name="text"/> the caller has already made: what <paramref name="edits"/> make of <paramref name="original"/>.</summary>
    internal FixResult(string original, IReadOnlyList<Edit> edits, string text)
    {
        Original = original;
        Edits = edits;
        Text = text;
    }

    /// <summary>The input text.</summary>
    public string Original { get; }

    /// <summary>The cleaned text; the same instance as <see cref="Original"/> when nothing changed.</summary>
    public string Text { get; }

    /// <summary>The edits, ordered by offset in <see cref="Original"/>.</summary>
    public IReadOnlyList<Edit> Edits { get; }

    /// <summary>Whether any edit was made.</summary>
    public bool Changed => Edits.Count > 0;
}
