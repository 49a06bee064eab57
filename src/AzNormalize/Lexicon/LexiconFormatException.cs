namespace AzNormalize.Lexicon;

/// <summary>A user word list or frequency list has a line that is not what its format expects.</summary>
/// <remarks>The message names the list, the line number and what was expected:
/// <c>line 123 of words.txt: expected 'term count' with a whole-number count, found "bakı çox"</c>.</remarks>
public sealed class LexiconFormatException : FormatException
{
    /// <summary>Creates an exception with a generic message.</summary>
    public LexiconFormatException()
        : this("A lexicon list is malformed.")
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    public LexiconFormatException(string message)
        : base(message)
    {
        ListName = string.Empty;
    }

    /// <summary>Creates an exception with <paramref name="message"/> caused by <paramref name="innerException"/>.</summary>
    public LexiconFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        ListName = string.Empty;
    }

    /// <summary>Creates an exception for line <paramref name="lineNumber"/> of <paramref name="listName"/>.</summary>
    /// <param name="listName">The file path (or the name given for a reader).</param>
    /// <param name="lineNumber">The 1-based line number.</param>
    /// <param name="expected">What the line should have been.</param>
    /// <param name="found">The offending line (cut to 80 chars in the message).</param>
    public LexiconFormatException(string listName, int lineNumber, string expected, string found)
        : base($"line {lineNumber} of {listName}: expected {expected}, found \"{Shorten(found)}\"")
    {
        ListName = listName;
        LineNumber = lineNumber;
    }

    /// <summary>The file path, or the name given for a reader; empty when unknown.</summary>
    public string ListName { get; }

    /// <summary>The 1-based line number of the malformed line; 0 when unknown.</summary>
    public int LineNumber { get; }

    private static string Shorten(string line) => line.Length <= 80 ? line : string.Concat(line.AsSpan(0, 80), "…");
}
