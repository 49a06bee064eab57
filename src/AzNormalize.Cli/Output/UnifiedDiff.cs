using System.Buffers;

namespace AzNormalize.Cli.Output;

/// <summary>
/// A unified diff (<c>diff -u</c> format, 3 lines of context) of a text against the same text with edits applied, made
/// from the edits themselves: no diff algorithm runs, the hunks are the lines the edits touch.
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>U+FEFF, which UTF-8 encodes as the byte order mark EF BB BF.</summary>
    private const string ByteOrderMark = "\uFEFF";

    /// <summary>Writes the diff of <paramref name="original"/> and its <paramref name="edits"/>; nothing when there are none.</summary>
    /// <param name="original">The original text.</param>
    /// <param name="edits">Ordered, non-overlapping edits of <paramref name="original"/>.</param>
    /// <param name="path">The name in the <c>---</c>/<c>+++</c> header lines.</param>
    /// <param name="output">Receives UTF-8.</param>
    /// <param name="byteOrderMark">
    /// Whether the file starts with a UTF-8 byte order mark, which <paramref name="original"/> lacks: then the first line
    /// starts with it in the diff (old and new, as <c>--in-place</c> keeps it), so that <c>git apply</c> and <c>patch</c>,
    /// which compare bytes, find the line.
    /// </param>
    public static void Write(string original, IReadOnlyList<Edit> edits, string path, IBufferWriter<byte> output, bool byteOrderMark = false)
    {
        if (edits.Count == 0)
        {
            return;
        }

        if (byteOrderMark)
        {
            var shifted = new List<Edit>(edits.Count);
            foreach (Edit edit in edits)
            {
                shifted.Add(edit with { Start = edit.Start + 1 });
            }

            original = ByteOrderMark + original;
            edits = shifted;
        }

        List<int> lineStarts = LineStarts(original);
        Utf8Output.WriteBytes(output, "--- a/"u8);
        Utf8Output.Write(output, path);
        Utf8Output.WriteBytes(output, "\n+++ b/"u8);
        Utf8Output.Write(output, path);
        Utf8Output.WriteByte(output, (byte)'\n');

        // Clusters: edits that share lines, with the old lines they cover and the new text of those lines.
        var clusters = new List<(int First, int Last, List<string> Old, List<string> New)>();
        int e = 0;
        while (e < edits.Count)
        {
            int first = LineOf(lineStarts, edits[e].Start);
            int last = LastLineOf(lineStarts, edits[e]);
            int end = e + 1;
            while (end < edits.Count && LineOf(lineStarts, edits[end].Start) <= last)
            {
                last = Math.Max(last, LastLineOf(lineStarts, edits[end]));
                end++;
            }

            int from = lineStarts[first];
            int to = LineEnd(lineStarts, last, original.Length);
            var local = new List<Edit>(end - e);
            for (int i = e; i < end; i++)
            {
                local.Add(edits[i] with { Start = edits[i].Start - from });
            }

            string oldText = original[from..to];
            clusters.Add((first, last, SplitLines(oldText), SplitLines(EditList.Apply(oldText, local))));
            e = end;
        }

        // Hunks: clusters less than two contexts apart, with the unchanged lines between them as context.
        int lineDelta = 0;
        int c = 0;
        while (c < clusters.Count)
        {
            int end = c + 1;
            while (end < clusters.Count && clusters[end].First - clusters[end - 1].Last - 1 <= 2 * Context)
            {
                end++;
            }

            int hunkFirst = Math.Max(0, clusters[c].First - Context);
            int hunkLast = Math.Min(lineStarts.Count - 1, clusters[end - 1].Last + Context);
            int oldCount = hunkLast - hunkFirst + 1;
            int newCount = oldCount;
            for (int i = c; i < end; i++)
            {
                newCount += clusters[i].New.Count - clusters[i].Old.Count;
            }

            Utf8Output.WriteBytes(output, "@@ -"u8);
            WriteRange(output, hunkFirst + 1, oldCount);
            Utf8Output.WriteBytes(output, " +"u8);
            WriteRange(output, hunkFirst + 1 + lineDelta, newCount);
            Utf8Output.WriteBytes(output, " @@\n"u8);
            int line = hunkFirst;
            for (int i = c; i < end; i++)
            {
                for (; line < clusters[i].First; line++)
                {
                    WriteLine(output, ' ', Line(original, lineStarts, line));
                }

                foreach (string old in clusters[i].Old)
                {
                    WriteLine(output, '-', old);
                }

                foreach (string added in clusters[i].New)
                {
                    WriteLine(output, '+', added);
                }

                line = clusters[i].Last + 1;
                lineDelta += clusters[i].New.Count - clusters[i].Old.Count;
            }

            for (; line <= hunkLast; line++)
            {
                WriteLine(output, ' ', Line(original, lineStarts, line));
            }

            c = end;
        }
    }

    private static int LineEnd(List<int> lineStarts, int line, int textLength) =>
        line + 1 < lineStarts.Count ? lineStarts[line + 1] : textLength;

    private static string Line(string text, List<int> lineStarts, int line) =>
        text[lineStarts[line]..LineEnd(lineStarts, line, text.Length)];

    private static void WriteRange(IBufferWriter<byte> output, int start, int count)
    {
        Utf8Output.WriteInt(output, count == 0 ? start - 1 : start);
        if (count != 1)
        {
            Utf8Output.WriteByte(output, (byte)',');
            Utf8Output.WriteInt(output, count);
        }
    }

    /// <summary>A line with its terminator; a last line without one gets diff's "no newline" marker.</summary>
    private static void WriteLine(IBufferWriter<byte> output, char mark, string line)
    {
        Utf8Output.WriteByte(output, (byte)mark);
        Utf8Output.Write(output, line);
        if (!line.EndsWith('\n') && !line.EndsWith('\r'))
        {
            Utf8Output.WriteBytes(output, "\n\\ No newline at end of file\n"u8);
        }
    }

    /// <summary>Lines with their terminators (<c>\n</c>, <c>\r\n</c> or <c>\r</c>).</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if ((text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'))) && i + 1 < text.Length)
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static int LineOf(List<int> lineStarts, int offset)
    {
        int index = lineStarts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The last line an edit changes: the line after it too when it removes or replaces a line break.</summary>
    private static int LastLineOf(List<int> lineStarts, Edit edit)
    {
        if (edit.Length == 0)
        {
            return LineOf(lineStarts, edit.Start);
        }

        int last = LineOf(lineStarts, edit.End);
        return lineStarts[last] == edit.End ? last : LineOf(lineStarts, edit.End - 1);
    }
}
