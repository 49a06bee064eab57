namespace AzNormalize;

/// <summary>Applies and checks lists of <see cref="Edit"/>s.</summary>
public static class EditList
{
    /// <summary>
    /// Applies <paramref name="edits"/> to <paramref name="source"/> and returns the result. Returns
    /// <paramref name="source"/> itself when there are no edits.
    /// </summary>
    /// <param name="source">The original text the edits' offsets refer to.</param>
    /// <param name="edits">Edits ordered by <see cref="Edit.Start"/>, not overlapping (insertions at the same offset keep their order).</param>
    /// <exception cref="ArgumentException">An edit lies outside the text, overlaps the previous one, is out of order,
    /// or its <see cref="Edit.Original"/> is not the text at its span.</exception>
    public static string Apply(string source, IReadOnlyList<Edit> edits)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(edits);
        if (edits.Count == 0)
        {
            return source;
        }

        Validate(source, edits);
        long length = source.Length;
        for (int i = 0; i < edits.Count; i++)
        {
            length += edits[i].Replacement.Length - edits[i].Length;
        }

        // Written straight into the new string: a builder would allocate a second buffer of the text's size (on the large
        // object heap, for a long text) and copy it once more.
        return string.Create(checked((int)length), (source, edits), static (destination, state) =>
        {
            (string text, IReadOnlyList<Edit> list) = state;
            int position = 0;
            int written = 0;
            for (int i = 0; i < list.Count; i++)
            {
                Edit edit = list[i];
                ReadOnlySpan<char> before = text.AsSpan(position, edit.Start - position);
                before.CopyTo(destination[written..]);
                written += before.Length;
                edit.Replacement.CopyTo(destination[written..]);
                written += edit.Replacement.Length;
                position = edit.End;
            }

            text.AsSpan(position).CopyTo(destination[written..]);
        });
    }

    /// <summary>Checks that <paramref name="edits"/> can be applied to <paramref name="source"/>.</summary>
    /// <exception cref="ArgumentException">The first problem found, naming the edit's index.</exception>
    public static void Validate(ReadOnlySpan<char> source, IReadOnlyList<Edit> edits)
    {
        ArgumentNullException.ThrowIfNull(edits);
        int previousEnd = 0;
        for (int i = 0; i < edits.Count; i++)
        {
            Edit edit = edits[i];
            if (edit.Start < 0 || edit.Length < 0 || edit.End > source.Length)
            {
                throw new ArgumentException($"Edit {i} ({edit.Start}..{edit.End}) lies outside the text of length {source.Length}.", nameof(edits));
            }

            if (edit.Start < previousEnd)
            {
                throw new ArgumentException($"Edit {i} starts at {edit.Start}, before the previous edit ends at {previousEnd}: edits must be ordered and must not overlap.", nameof(edits));
            }

            if (!source.Slice(edit.Start, edit.Length).SequenceEqual(edit.Original))
            {
                throw new ArgumentException($"Edit {i} says the original at {edit.Start} is \"{edit.Original}\", but the text there is \"{source.Slice(edit.Start, edit.Length).ToString()}\".", nameof(edits));
            }

            previousEnd = edit.End;
        }
    }
}
