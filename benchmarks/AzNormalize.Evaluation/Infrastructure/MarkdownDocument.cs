namespace AzNormalize.Evaluation.Infrastructure;

/// <summary>Replaces one level-2 section of a Markdown document, leaving the rest as it is.</summary>
internal static class MarkdownDocument
{
    /// <summary>
    /// <paramref name="document"/> with the section that starts with the line <paramref name="heading"/> (a <c>## …</c>
    /// line outside code fences) up to the next level-1 or level-2 heading replaced by <paramref name="section"/>; the
    /// section appended when absent; a new document titled <paramref name="title"/> when <paramref name="document"/> is null.
    /// </summary>
    /// <param name="document">The document's text, or null when the file does not exist.</param>
    /// <param name="title">The new document's first lines (a <c># …</c> title and an introduction).</param>
    /// <param name="heading">The section's heading line, e.g. <c>## Vocabulary: known words and misspellings</c>.</param>
    /// <param name="section">The new section, starting with <paramref name="heading"/>.</param>
    public static string ReplaceSection(string? document, string title, string heading, string section)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(heading);
        ArgumentNullException.ThrowIfNull(section);
        section = section.TrimEnd('\n') + "\n";
        if (document is null)
        {
            return title.TrimEnd('\n') + "\n\n" + section;
        }

        string[] lines = document.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int start = -1;
        int end = lines.Length;
        bool inFence = false;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                continue;
            }

            if (start < 0)
            {
                if (string.Equals(line.TrimEnd(), heading, StringComparison.Ordinal))
                {
                    start = i;
                }
            }
            else if (line.StartsWith("# ", StringComparison.Ordinal) || line.StartsWith("## ", StringComparison.Ordinal))
            {
                end = i;
                break;
            }
        }

        if (start < 0)
        {
            return document.TrimEnd('\n') + "\n\n" + section;
        }

        string before = string.Join('\n', lines, 0, start);
        string after = string.Join('\n', lines, end, lines.Length - end);
        string result = before.Length == 0 ? section : before.TrimEnd('\n') + "\n\n" + section;
        return after.Trim('\n').Length == 0 ? result : result + "\n" + after.TrimStart('\n').TrimEnd('\n') + "\n";
    }
}
