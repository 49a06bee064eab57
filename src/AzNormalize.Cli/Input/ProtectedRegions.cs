namespace AzNormalize.Cli.Input;

/// <summary>
/// The parts of an input that <c>fix</c> must not change and <c>check</c> must not report: lines and blocks the author
/// switched off with ignore markers, and, in Markdown, front matter, code blocks, code spans, link destinations, autolinks,
/// HTML tags and comments, and link reference definitions.
/// </summary>
/// <remarks>
/// Ignore markers work in any text (they are looked for as plain words, so they may sit in a Markdown or HTML comment):
/// <c>aznorm-disable</c> … <c>aznorm-enable</c> for a block (to the end of the input when not enabled again),
/// <c>aznorm-disable-line</c> for its own line, <c>aznorm-disable-next-line</c> for the line after it.
/// </remarks>
internal sealed class ProtectedRegions
{
    private const string Disable = "aznorm-disable";
    private const string Enable = "aznorm-enable";
    private const string DisableLine = "aznorm-disable-line";
    private const string DisableNextLine = "aznorm-disable-next-line";

    private readonly List<(int Start, int End)> _ranges;

    private ProtectedRegions(List<(int Start, int End)> ranges)
    {
        _ranges = ranges;
    }

    /// <summary>No region.</summary>
    public static ProtectedRegions None { get; } = new([]);

    /// <summary>Whether there is no region at all.</summary>
    public bool IsEmpty => _ranges.Count == 0;

    /// <summary>The regions, ordered and merged, as [start, end) offsets.</summary>
    public IReadOnlyList<(int Start, int End)> Ranges => _ranges;

    /// <summary>Whether a file is Markdown by its extension (<c>.md</c>, <c>.markdown</c>, <c>.mdx</c>).</summary>
    public static bool IsMarkdownPath(string? path) =>
        path is not null && Path.GetExtension(path).ToUpperInvariant() is ".MD" or ".MARKDOWN" or ".MDX";

    /// <summary>Finds the regions of <paramref name="text"/>.</summary>
    /// <param name="text">The input, or the next chunk of a streamed one (cut at a line break).</param>
    /// <param name="markdown">Whether to protect Markdown's code, links and markup too.</param>
    /// <param name="carried">
    /// For a streamed input, where the ignore markers of the chunks before left off (updated for the next chunk), so that a
    /// block or a next-line marker goes on past a cut; null for a whole input.
    /// </param>
    public static ProtectedRegions Find(string text, bool markdown, MarkerState? carried = null)
    {
        var ranges = new List<(int Start, int End)>();
        if (text.Contains("aznorm-", StringComparison.Ordinal) || carried is { Disabled: true } or { DisableNext: true })
        {
            AddIgnoreMarkers(text, ranges, carried);
        }

        if (markdown)
        {
            AddMarkdown(text, ranges);
        }

        if (ranges.Count == 0)
        {
            return None;
        }

        ranges.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var merged = new List<(int Start, int End)>(ranges.Count);
        foreach ((int start, int end) in ranges)
        {
            if (merged.Count > 0 && start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
            }
            else
            {
                merged.Add((start, end));
            }
        }

        return new ProtectedRegions(merged);
    }

    /// <summary>Whether [start, start + length) overlaps a region; a zero-length span counts when strictly inside one.</summary>
    public bool Overlaps(int start, int length)
    {
        // The first region that ends after start.
        int low = 0;
        int high = _ranges.Count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (_ranges[middle].End <= start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        if (low == _ranges.Count)
        {
            return false;
        }

        int regionStart = _ranges[low].Start;
        return length > 0 ? regionStart < start + length : regionStart < start;
    }

    private static void AddIgnoreMarkers(string text, List<(int Start, int End)> ranges, MarkerState? carried)
    {
        int disabledFrom = carried is { Disabled: true } ? 0 : -1;
        bool disableNext = carried is { DisableNext: true };
        foreach ((int lineStart, int lineEnd, int nextLine) in Lines(text))
        {
            ReadOnlySpan<char> line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (disableNext)
            {
                ranges.Add((lineStart, nextLine));
                disableNext = false;
            }

            if (line.Contains(DisableNextLine, StringComparison.Ordinal))
            {
                disableNext = true;
                ranges.Add((lineStart, nextLine));
            }
            else if (line.Contains(DisableLine, StringComparison.Ordinal))
            {
                ranges.Add((lineStart, nextLine));
            }
            else if (disabledFrom < 0 && ContainsMarker(line, Disable))
            {
                disabledFrom = lineStart;
            }
            else if (disabledFrom >= 0 && line.Contains(Enable, StringComparison.Ordinal))
            {
                ranges.Add((disabledFrom, nextLine));
                disabledFrom = -1;
            }
        }

        if (disabledFrom >= 0)
        {
            ranges.Add((disabledFrom, text.Length));
        }

        if (carried is not null)
        {
            carried.Disabled = disabledFrom >= 0;
            carried.DisableNext = disableNext;
        }
    }

    /// <summary>Where a streamed input's ignore markers leave off at the end of a chunk.</summary>
    internal sealed class MarkerState
    {
        /// <summary>Inside an <c>aznorm-disable</c> block not yet enabled again.</summary>
        public bool Disabled { get; set; }

        /// <summary>The last line read was <c>aznorm-disable-next-line</c>: the next chunk's first line is left alone.</summary>
        public bool DisableNext { get; set; }
    }

    /// <summary>The block marker <c>aznorm-disable</c>, not as the start of <c>aznorm-disable-line</c>.</summary>
    private static bool ContainsMarker(ReadOnlySpan<char> line, string marker)
    {
        int index = line.IndexOf(marker, StringComparison.Ordinal);
        while (index >= 0)
        {
            int after = index + marker.Length;
            if (after == line.Length || line[after] != '-')
            {
                return true;
            }

            int next = line[after..].IndexOf(marker, StringComparison.Ordinal);
            index = next < 0 ? -1 : after + next;
        }

        return false;
    }

    private static void AddMarkdown(string text, List<(int Start, int End)> ranges)
    {
        int position = 0;

        // Front matter: "---" on the first line, up to the next "---" or "..." line.
        if (text.StartsWith("---", StringComparison.Ordinal))
        {
            bool first = true;
            foreach ((int lineStart, int lineEnd, int nextLine) in Lines(text))
            {
                ReadOnlySpan<char> line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
                if (first)
                {
                    if (line is not "---")
                    {
                        break;
                    }

                    first = false;
                    continue;
                }

                if (line is "---" or "...")
                {
                    ranges.Add((0, nextLine));
                    position = nextLine;
                    break;
                }
            }
        }

        string? fence = null;
        int fenceStart = 0;
        bool previousBlank = true;
        foreach ((int lineStart, int lineEnd, int nextLine) in Lines(text))
        {
            if (lineStart < position)
            {
                continue;
            }

            ReadOnlySpan<char> line = text.AsSpan(lineStart, lineEnd - lineStart);
            ReadOnlySpan<char> trimmed = line.TrimStart(' ');
            int indent = line.Length - trimmed.Length;
            if (fence is not null)
            {
                if (indent < 4 && trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.TrimEnd().TrimStart(fence[0]).IsEmpty)
                {
                    ranges.Add((fenceStart, nextLine));
                    fence = null;
                }

                continue;
            }

            if (indent < 4 && (trimmed.StartsWith("```") || trimmed.StartsWith("~~~")))
            {
                int count = 0;
                while (count < trimmed.Length && trimmed[count] == trimmed[0])
                {
                    count++;
                }

                fence = new string(trimmed[0], count);
                fenceStart = lineStart;
                continue;
            }

            bool blank = line.IsWhiteSpace();
            if (!blank && previousBlank && (indent >= 4 || line.StartsWith('\t')))
            {
                ranges.Add((lineStart, nextLine)); // an indented code block line
                continue;
            }

            // A link reference definition: [label]: destination "title".
            if (indent < 4 && trimmed.StartsWith('[') && trimmed.IndexOf("]:", StringComparison.Ordinal) > 0)
            {
                ranges.Add((lineStart, nextLine));
                previousBlank = false;
                continue;
            }

            AddInline(text, lineStart, lineEnd, ranges);
            previousBlank = blank;
        }

        if (fence is not null)
        {
            ranges.Add((fenceStart, text.Length)); // an unclosed fence runs to the end
        }
    }

    /// <summary>Code spans, link destinations, autolinks, HTML tags and comments inside one line.</summary>
    private static void AddInline(string text, int lineStart, int lineEnd, List<(int Start, int End)> ranges)
    {
        int i = lineStart;
        while (i < lineEnd)
        {
            char c = text[i];
            if (c == '`')
            {
                int run = 1;
                while (i + run < lineEnd && text[i + run] == '`')
                {
                    run++;
                }

                int close = text.IndexOf(new string('`', run), i + run, lineEnd - i - run, StringComparison.Ordinal);
                if (close >= 0)
                {
                    ranges.Add((i, close + run));
                    i = close + run;
                    continue;
                }

                i += run;
                continue;
            }

            if (c == ']' && i + 1 < lineEnd && text[i + 1] == '(')
            {
                int close = text.IndexOf(')', i + 2, lineEnd - i - 2);
                if (close >= 0)
                {
                    ranges.Add((i + 1, close + 1));
                    i = close + 1;
                    continue;
                }
            }

            if (c == '<')
            {
                if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
                {
                    int close = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
                    int end = close < 0 ? text.Length : close + 3;
                    ranges.Add((i, end));
                    i = Math.Max(end, i + 1);
                    if (i > lineEnd)
                    {
                        return; // a comment over several lines; the lines inside it are protected already
                    }

                    continue;
                }

                int tagEnd = text.IndexOf('>', i + 1, lineEnd - i - 1);
                if (tagEnd > i + 1 && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!'))
                {
                    ranges.Add((i, tagEnd + 1));
                    i = tagEnd + 1;
                    continue;
                }
            }

            i++;
        }
    }

    /// <summary>Lines as (start, end of content, start of the next line).</summary>
    private static IEnumerable<(int Start, int End, int Next)> Lines(string text)
    {
        int start = 0;
        while (start < text.Length)
        {
            int newline = text.IndexOfAny(['\n', '\r'], start);
            if (newline < 0)
            {
                yield return (start, text.Length, text.Length);
                yield break;
            }

            int next = text[newline] == '\r' && newline + 1 < text.Length && text[newline + 1] == '\n' ? newline + 2 : newline + 1;
            yield return (start, newline, next);
            start = next;
        }
    }
}
