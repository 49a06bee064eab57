using System.Text;

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
        int delta = 0;
        for (int i = 0; i < edits.Count; i++)
        {
            delta += edits[i].Replacement.Length - edits[i].Length;
        }

        var builder = new StringBuilder(source.Length + Math.Max(0, delta));
        int position = 0;
        for (int i = 0; i < edits.Count; i++)
        {
            Edit edit = edits[i];
            builder.Append(source, position, edit.Start - position);
            builder.Append(edit.Replacement);
            position = edit.End;
        }

        builder.Append(source, position, source.Length - position);
        return builder.ToString();
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
