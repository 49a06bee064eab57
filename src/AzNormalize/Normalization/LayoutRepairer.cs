using System.Buffers;
using AzNormalize.Lexicon;

namespace AzNormalize.Normalization;

/// <summary>
/// Layout repair for text from scanners, PDFs and hard-wrapped mail: words broken by a line-end hyphen
/// (<c>gücləndi-⏎rilməsi</c>, also across blank lines and page-break debris), hard line breaks inside paragraphs, and
/// paragraphs cut mid-sentence by a page break. Every repair is an <see cref="Edit"/> of kind
/// <see cref="EditKind.Hyphenation"/>, <see cref="EditKind.Unwrap"/> or <see cref="EditKind.Rejoin"/> whose span holds
/// only hyphens, white space, line breaks and page-break debris, never a letter of a word. See docs/layout.md for the rules.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe once built. Time is linear in the length of the text; a text without line breaks costs
/// one vectorized search. The word oracle (by default <see cref="AzMorphology.Default"/>) is asked only at a line-end hyphen,
/// so a text without one never loads the lexicon. Over the morphology or a lexicon, which never change, a repairer keeps its
/// decisions about broken words in a bounded table (8,192 pairs of halves), so a break that texts repeat is decided once;
/// another oracle is asked at every break.</para>
/// <para>A broken word <c>L-⏎R</c> is joined to <c>LR</c> when that is a word and <c>L-R</c> is not listed, and keeps its hyphen
/// (<c>ictimai-⏎siyasi</c> → <c>ictimai-siyasi</c>) when only <c>L-R</c> is a word, when <c>L</c> is a number or an
/// abbreviation with a suffix (<c>2017-⏎ci</c>, <c>NATO-⏎ya</c>), or when <c>R</c> is capitalised after a lowercase
/// <c>L</c>. When neither reading is a word (an OCR error in one of the halves) the halves are joined with a low
/// confidence that says so: a line-end hyphen in running text splits a word far more often than it ends a compound.</para>
/// </remarks>
/// <example>
/// <code>
/// FixResult result = LayoutRepairer.Default.Repair("Məclisin gücləndi-\nrilməsi vacibdir.");
/// // result.Text == "Məclisin gücləndirilməsi vacibdir."
/// </code>
/// </example>
public sealed partial class LayoutRepairer
{
    /// <summary>Characters that end a line.</summary>
    private static readonly SearchValues<char> s_lineBreaks = SearchValues.Create("\n\r\u0085\u2028\u2029");

    /// <summary>Creates a layout repairer.</summary>
    /// <param name="options">What to repair; <see cref="LayoutOptions.Default"/> when null.</param>
    public LayoutRepairer(LayoutOptions? options = null)
    {
        Options = options ?? LayoutOptions.Default;
    }

    /// <summary>A layout repairer with the default options.</summary>
    public static LayoutRepairer Default { get; } = new();

    /// <summary>The options this repairer was built with.</summary>
    public LayoutOptions Options { get; }

    private IWordOracle Oracle => Options.WordOracle ?? AzMorphology.Default;

    /// <summary>Repairs the layout of <paramref name="text"/>.</summary>
    /// <param name="text">The input.</param>
    /// <returns>The result; its <see cref="FixResult.Text"/> is <paramref name="text"/> itself when nothing changed.</returns>
    public FixResult Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var edits = new List<Edit>();
        FindEdits(text, edits);
        return new FixResult(text, edits);
    }

    /// <summary>Appends the edits that repair the layout of <paramref name="text"/> to <paramref name="edits"/>, in order.</summary>
    /// <param name="text">The input.</param>
    /// <param name="edits">Receives the edits; offsets are in <paramref name="text"/>. Edits are ordered and do not overlap.</param>
    public void FindEdits(ReadOnlySpan<char> text, List<Edit> edits)
    {
        ArgumentNullException.ThrowIfNull(edits);
        if (Options.Mode == LayoutMode.None || text.IndexOfAny(s_lineBreaks) < 0)
        {
            return;
        }

        List<Line> lines = ScanLines(text);
        LayoutMode mode = Options.Mode == LayoutMode.Auto ? DetectAfterJoins(text, lines) : Options.Mode;
        new Pass(this, text, lines, mode, edits).Run();
    }

    /// <summary>
    /// The mode <see cref="LayoutMode.Auto"/> picks, judged on the text as <see cref="LayoutMode.Lines"/> would leave it (its
    /// hyphen breaks joined, which lengthens lines): what the output of a <see cref="LayoutMode.Lines"/> pass would be judged
    /// again, so fixing the fixed text decides the same (idempotence).
    /// </summary>
    private LayoutMode DetectAfterJoins(ReadOnlySpan<char> text, List<Line> lines)
    {
        LayoutMode mode = DetectMode(text, lines);
        if (mode == LayoutMode.Full)
        {
            return mode;
        }

        var joins = new List<Edit>();
        new Pass(this, text, lines, LayoutMode.Lines, joins).Run();
        if (joins.Count == 0)
        {
            return mode;
        }

        string joined = EditList.Apply(text.ToString(), joins);
        return DetectMode(joined, ScanLines(joined));
    }

    /// <summary>
    /// The mode <see cref="LayoutMode.Auto"/> picks for <paramref name="text"/>: <see cref="LayoutMode.Full"/> when it looks
    /// hard-wrapped, else <see cref="LayoutMode.Lines"/>.
    /// </summary>
    /// <param name="text">The input.</param>
    /// <remarks>
    /// A text looks hard-wrapped when at least two lines are followed, inside the same paragraph, by another line that is not a
    /// list item or dialogue, at least half of those lines end mid-sentence (no <c>. ! ? … : ;</c> or a closing quote after
    /// one), and at least half are 40 characters or longer (verse has short lines).
    /// </remarks>
    public static LayoutMode DetectLayout(ReadOnlySpan<char> text) =>
        text.IndexOfAny(s_lineBreaks) < 0 ? LayoutMode.Lines : DetectMode(text, ScanLines(text));

    private static LayoutMode DetectMode(ReadOnlySpan<char> text, List<Line> lines)
    {
        int inner = 0;
        int midSentence = 0;
        int prose = 0;
        for (int i = 0; i + 1 < lines.Count; i++)
        {
            Line a = lines[i];
            Line b = lines[i + 1];
            if (a.IsBlank || b.IsBlank || StartsListItemOrDialogue(text, b))
            {
                continue;
            }

            inner++;
            if (!EndsSentence(text, a))
            {
                midSentence++;
            }

            if (a.ContentLength >= 40)
            {
                prose++;
            }
        }

        return inner >= 2 && midSentence * 2 >= inner && prose * 2 >= inner ? LayoutMode.Full : LayoutMode.Lines;
    }

    /// <summary>Splits the text into lines, each with its content trimmed of horizontal white space.</summary>
    private static List<Line> ScanLines(ReadOnlySpan<char> text)
    {
        var lines = new List<Line>();
        int start = 0;
        while (start <= text.Length)
        {
            int breakAt = text[start..].IndexOfAny(s_lineBreaks);
            int contentLimit = breakAt < 0 ? text.Length : start + breakAt;
            int end = contentLimit;
            if (breakAt >= 0)
            {
                end = text[contentLimit] == '\r' && contentLimit + 1 < text.Length && text[contentLimit + 1] == '\n'
                    ? contentLimit + 2
                    : contentLimit + 1;
            }

            bool formFeed = false;
            int contentStart = start;
            while (contentStart < contentLimit && IsHorizontalSpace(text[contentStart]))
            {
                formFeed |= text[contentStart] == '\f';
                contentStart++;
            }

            int contentEnd = contentLimit;
            while (contentEnd > contentStart && IsHorizontalSpace(text[contentEnd - 1]))
            {
                formFeed |= text[contentEnd - 1] == '\f';
                contentEnd--;
            }

            lines.Add(new Line(start, contentStart, contentEnd, end, formFeed));
            if (breakAt < 0)
            {
                break;
            }

            start = end;
            if (start == text.Length)
            {
                break;
            }
        }

        return lines;
    }

    /// <summary>Horizontal white space, form feeds included (tesseract puts one at the start of a page).</summary>
    private static bool IsHorizontalSpace(char c) =>
        c is ' ' or '\t' or '\f' or '\v' || (c > 0x7F && !s_lineBreaks.Contains(c) && char.IsWhiteSpace(c));

    /// <summary>One line of the text.</summary>
    /// <param name="Start">Where the line starts.</param>
    /// <param name="ContentStart">The first character that is not horizontal white space (<see cref="ContentEnd"/> on a blank line).</param>
    /// <param name="ContentEnd">Just past the last character that is not horizontal white space.</param>
    /// <param name="End">Just past the line break (the text's length on the last line).</param>
    /// <param name="FormFeed">Whether the line's leading or trailing white space has a form feed (a page break).</param>
    private readonly record struct Line(int Start, int ContentStart, int ContentEnd, int End, bool FormFeed)
    {
        public bool IsBlank => ContentStart == ContentEnd;

        public int ContentLength => ContentEnd - ContentStart;
    }
}
