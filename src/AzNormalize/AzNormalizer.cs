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
}

/// <summary>
/// The whole pipeline: character normalization (<see cref="TextNormalizer"/>), layout repair (<see cref="LayoutRepairer"/>),
/// and (in later versions) spelling correction.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe once built.</para>
/// <para>Both stages read the original text; their edits are merged into one list with offsets in it. A layout edit spans
/// only hyphens, white space, line breaks and page-break debris, so it meets a character edit only where that edit removes an
/// invisible character (a soft hyphen at a line end); the layout edit, which replaces the whole span, is kept.</para>
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

    /// <summary>Creates a pipeline.</summary>
    /// <param name="options">Options; <see cref="AzNormalizerOptions.Default"/> when null.</param>
    public AzNormalizer(AzNormalizerOptions? options = null)
    {
        Options = options ?? AzNormalizerOptions.Default;
        _normalizer = new TextNormalizer(Options.Normalization);
        _layout = new LayoutRepairer(Options.Layout);
    }

    /// <summary>A pipeline with the default options.</summary>
    public static AzNormalizer Default { get; } = new();

    /// <summary>The options this pipeline was built with.</summary>
    public AzNormalizerOptions Options { get; }

    /// <summary>Cleans <paramref name="text"/>.</summary>
    /// <param name="text">The input.</param>
    /// <returns>The cleaned text and every edit that made it.</returns>
    public FixResult Fix(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var characters = new List<Edit>();
        _normalizer.FindEdits(text, characters);
        var layout = new List<Edit>();
        _layout.FindEdits(text, layout);
        return new FixResult(text, Merge(characters, layout));
    }

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
