namespace AzNormalize.Normalization;

/// <summary>How much of a text's page layout <see cref="LayoutRepairer"/> repairs.</summary>
public enum LayoutMode
{
    /// <summary>
    /// <see cref="Full"/> for a text that looks hard-wrapped (several lines inside paragraphs, most of them ending
    /// mid-sentence, prose-long), <see cref="Lines"/> otherwise. The default.
    /// </summary>
    Auto,

    /// <summary>No layout repair.</summary>
    None,

    /// <summary>
    /// Words broken by a line-end hyphen are joined; every line break stays where it was (the second half of the word moves
    /// up to the first). Safe for any text: verse, lists and code keep their lines.
    /// </summary>
    Lines,

    /// <summary>
    /// <see cref="Lines"/>, and hard line breaks inside a paragraph become spaces, and a paragraph cut mid-sentence is
    /// joined to the next. Headings, list items, dialogue lines and real paragraph breaks stay.
    /// </summary>
    Full,
}
