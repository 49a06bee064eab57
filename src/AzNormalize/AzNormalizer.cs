using AzNormalize.Correction;
using AzNormalize.Normalization;

namespace AzNormalize;

/// <summary>Options for <see cref="AzNormalizer"/>.</summary>
public sealed class AzNormalizerOptions
{
    /// <summary>The defaults.</summary>
    public static AzNormalizerOptions Default { get; } = new();

    /// <summary>Character-level normalization options. Default: <see cref="NormalizerOptions.Default"/>.</summary>
    public NormalizerOptions Normalization { get; init; } = NormalizerOptions.Default;

    /// <summary>
    /// Layout repair options (line-end hyphens, hard-wrapped lines, paragraphs cut by page breaks). Default:
    /// <see cref="LayoutOptions.Default"/> (<see cref="LayoutMode.Auto"/>).
    /// </summary>
    public LayoutOptions Layout { get; init; } = LayoutOptions.Default;

    /// <summary>
    /// Spelling correction options (unknown words, and with a context model real-word errors). Default:
    /// <see cref="SpellingOptions.Default"/> (on, over the embedded lexicon, no context model).
    /// </summary>
    public SpellingOptions Spelling { get; init; } = SpellingOptions.Default;
}

/// <summary>
/// The whole pipeline: character normalization (<see cref="TextNormalizer"/>), layout repair (<see cref="LayoutRepairer"/>),
/// and spelling correction (<see cref="SpellingCorrector"/>).
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe once built.</para>
/// <para>Both stages read the original text; their edits are merged into one list with offsets in it. A layout edit spans
/// only hyphens, white space, line breaks and page-break debris, so it meets a character edit only where that edit removes an
/// invisible character (a soft hyphen at a line end); the layout edit, which replaces the whole span, is kept.</para>
/// <para>The corrector reads the text those edits make, so that it judges whole words (a word joined across a line-end hyphen,
/// a word with a look-alike letter replaced). Its edits are mapped back to the original text; where a correction covers an
/// earlier edit (<c>ol-⏎duqu</c> joined, then corrected to <c>olduğu</c>), the two become one edit of the correction's kind,
/// whose reason names both.</para>
/// </remarks>
/// <example>
/// <code>
/// FixResult result = AzNormalizer.Default.Fix("bölmә");
/// // result.Text == "bölmə"; result.Edits[0].Kind == EditKind.LookAlike
/// </code>
/// </example>
public sealed class AzNormalizer
{
    private readonly TextNormalizer _normalizer;
    private readonly LayoutRepairer _layout;
    private readonly SpellingCorrector? _corrector;

    /// <summary>Creates a pipeline.</summary>
    /// <param name="options">Options; <see cref="AzNormalizerOptions.Default"/> when null.</param>
    public AzNormalizer(AzNormalizerOptions? options = null)
    {
        Options = options ?? AzNormalizerOptions.Default;
        _normalizer = new TextNormalizer(Options.Normalization);
        _layout = new LayoutRepairer(Options.Layout);
        if (Options.Spelling.Enabled)
        {
            _corrector = ReferenceEquals(Options.Spelling, SpellingOptions.Default) ? SpellingCorrector.Default : new SpellingCorrector(Options.Spelling);
        }
    }

    /// <summary>A pipeline with the default options.</summary>
    public static AzNormalizer Default { get; } = new();

    /// <summary>The options this pipeline was built with.</summary>
    public AzNormalizerOptions Options { get; }

    /// <summary>Cleans <paramref name="text"/>.</summary>
    /// <param name="text">The input.</param>
    /// <returns>The cleaned text and every edit that made it.</returns>
    public FixResult Fix(string text) => Fix(text, CancellationToken.None);

    /// <summary>Cleans <paramref name="text"/>, unless <paramref name="cancellationToken"/> is cancelled first.</summary>
    /// <param name="text">The input.</param>
    /// <param name="cancellationToken">Checked between the stages and once per word in the corrector.</param>
    /// <returns>The cleaned text and every edit that made it.</returns>
    /// <exception cref="OperationCanceledException">The call was cancelled: nothing is returned, and the input is untouched.</exception>
    public FixResult Fix(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        List<Edit> edits = Settle(text, [], text, cancellationToken);
        if (_corrector is null)
        {
            return new FixResult(text, edits);
        }

        string middle = edits.Count == 0 ? text : EditList.Apply(text, edits);
        var spelling = new List<Edit>();
        _corrector.FindEdits(middle, spelling, cancellationToken);
        if (spelling.Count == 0)
        {
            return new FixResult(text, edits);
        }

        // A correction can change what the first stages decide (a word that now ends a sentence, a look-alike that was
        // the text's last Cyrillic): they run once more over the corrected text, so fixing the fixed text changes nothing.
        edits = Compose(text, edits, middle, spelling);
        return new FixResult(text, Settle(text, edits, EditList.Apply(text, edits), cancellationToken));
    }

    /// <summary>The most rounds of character normalization and layout repair one call runs until they change nothing.</summary>
    private const int MaxRounds = 3;

    /// <summary>
    /// Runs character normalization, then layout repair over the normalized text, over <paramref name="current"/> (what
    /// <paramref name="edits"/> make of <paramref name="text"/>), again over their output until a round changes nothing (at
    /// most <see cref="MaxRounds"/>), and returns every edit of <paramref name="text"/>. A round can enable the next: a removed
    /// invisible character or a joined line break puts a look-alike inside a Latin word, a folded look-alike makes a word
    /// known to the hyphenation rules.
    /// </summary>
    private List<Edit> Settle(string text, List<Edit> edits, string current, CancellationToken cancellationToken)
    {
        for (int round = 0; round < MaxRounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var characters = new List<Edit>();
            _normalizer.FindEdits(current, characters);
            string normalized = characters.Count == 0 ? current : EditList.Apply(current, characters);
            var layout = new List<Edit>();
            _layout.FindEdits(normalized, layout);
            List<Edit> stage = layout.Count == 0 ? characters : Compose(current, characters, normalized, layout);
            if (stage.Count == 0)
            {
                break;
            }

            edits = edits.Count == 0 ? stage : Compose(text, edits, current, stage);
            current = EditList.Apply(current, stage);
        }

        return edits;
    }

    /// <summary>
    /// The edits of <paramref name="original"/> that make what <paramref name="second"/> (edits of <paramref name="middle"/>, the
    /// text <paramref name="first"/> makes) makes of it: a second edit clear of the first ones is shifted back; one that covers
    /// any of them absorbs them into a single edit of its kind, with both reasons and the lower confidence.
    /// </summary>
    internal static List<Edit> Compose(string original, List<Edit> first, string middle, List<Edit> second)
    {
        var result = new List<Edit>(first.Count + second.Count);
        int i = 0;
        int delta = 0; // Length of middle less length of original, over the first edits consumed so far.
        foreach (Edit edit in second)
        {
            while (i < first.Count && !Covers(edit, first[i].Start + delta, first[i].Replacement.Length)
                && first[i].Start + delta + first[i].Replacement.Length <= edit.Start)
            {
                delta += first[i].Replacement.Length - first[i].Length;
                result.Add(first[i++]);
            }

            int j = i;
            int deltaAfter = delta;
            while (j < first.Count && Covers(edit, first[j].Start + deltaAfter, first[j].Replacement.Length))
            {
                deltaAfter += first[j].Replacement.Length - first[j].Length;
                j++;
            }

            if (j == i)
            {
                result.Add(edit with { Start = edit.Start - delta });
                continue;
            }

            Edit head = first[i];
            Edit tail = first[j - 1];
            int headOut = head.Start + delta;
            int tailOutEnd = tail.Start + deltaAfter - (tail.Replacement.Length - tail.Length) + tail.Replacement.Length;
            int middleStart = Math.Min(edit.Start, headOut);
            int middleEnd = Math.Max(edit.End, tailOutEnd);
            int originalStart = headOut <= edit.Start ? head.Start : edit.Start - delta;
            int originalEnd = tailOutEnd >= edit.End ? tail.End : edit.End - deltaAfter;
            string replacement = string.Concat(middle.AsSpan(middleStart, edit.Start - middleStart), edit.Replacement, middle.AsSpan(edit.End, middleEnd - edit.End));
            double confidence = edit.Confidence;
            var reasons = new List<string>(j - i);
            for (int k = i; k < j; k++)
            {
                confidence = Math.Min(confidence, first[k].Confidence);
                reasons.Add(first[k].Reason);
            }

            result.Add(new Edit(originalStart, originalEnd - originalStart, original[originalStart..originalEnd], replacement, edit.Kind, confidence,
                $"{edit.Reason} (after: {string.Join("; ", reasons)})"));
            i = j;
            delta = deltaAfter;
        }

        while (i < first.Count)
        {
            result.Add(first[i++]);
        }

        return result;
    }

    /// <summary>Whether <paramref name="edit"/> covers the text a first edit made at <paramref name="start"/> (<paramref name="length"/> long, 0 for a deletion).</summary>
    private static bool Covers(Edit edit, int start, int length) =>
        length == 0 ? start > edit.Start && start < edit.End : start < edit.End && start + length > edit.Start;

    /// <summary>Merges two ordered edit lists; where an edit of <paramref name="layout"/> overlaps one of <paramref name="characters"/>, the layout edit wins.</summary>
    internal static List<Edit> Merge(List<Edit> characters, List<Edit> layout)
    {
        if (layout.Count == 0)
        {
            return characters;
        }

        if (characters.Count == 0)
        {
            return layout;
        }

        var merged = new List<Edit>(characters.Count + layout.Count);
        int c = 0;
        foreach (Edit edit in layout)
        {
            while (c < characters.Count && characters[c].End <= edit.Start)
            {
                merged.Add(characters[c++]);
            }

            while (c < characters.Count && Overlaps(characters[c], edit))
            {
                c++; // replaced by the layout edit
            }

            merged.Add(edit);
        }

        while (c < characters.Count)
        {
            merged.Add(characters[c++]);
        }

        return merged;
    }

    private static bool Overlaps(Edit character, Edit layout) =>
        character.Start < layout.End && layout.Start < character.End
        || (character.Length == 0 && character.Start > layout.Start && character.Start < layout.End);
}
