namespace AzNormalize.Lexicon;

/// <summary>What is known about a word in an <c>AzLexicon</c>: how its source wrote it, and where it came from.</summary>
[Flags]
public enum WordAttributes : byte
{
    /// <summary>Nothing is known beyond the word itself.</summary>
    None = 0,

    /// <summary>The source has the word in lowercase: <c>iyun</c>.</summary>
    SeenLowercase = 1,

    /// <summary>The source has the word with a capital first letter: <c>İyun</c>, <c>Bakı</c>.</summary>
    SeenCapitalized = 2,

    /// <summary>The source has the word in capitals: <c>İYUN</c>, <c>BMT</c>.</summary>
    SeenAllCaps = 4,

    /// <summary>The word comes from a list the user supplied (a frequency list or a word list).</summary>
    UserSupplied = 8,

    /// <summary>The word is one of the short words the project lists by hand (<c>o</c>, <c>ki</c>, <c>də</c> …).</summary>
    HandWritten = 16,
}
