namespace AzNormalize.Lexicon;

/// <summary>What an <see cref="AzLexicon"/> holds for one word.</summary>
/// <param name="Attributes">How the sources wrote the word and where it came from.</param>
/// <param name="Count">The word's count from a user frequency list; 0 when no list gave one (the embedded list has no counts).</param>
public readonly record struct LexiconEntry(WordAttributes Attributes, long Count)
{
    /// <summary>
    /// Whether the word looks like a proper name: its source wrote it only with a capital first letter (or in capitals
    /// as well), never in lowercase. <c>Bakı</c> is; <c>iyun</c> is not.
    /// </summary>
    public bool IsLikelyName =>
        (Attributes & WordAttributes.SeenCapitalized) != 0
        && (Attributes & (WordAttributes.SeenLowercase | WordAttributes.HandWritten | WordAttributes.UserSupplied)) == 0;

    /// <summary>Whether the word looks like an abbreviation: its source wrote it only in capitals (<c>BMT</c>, <c>ABŞ</c>).</summary>
    public bool IsLikelyAbbreviation =>
        Attributes == WordAttributes.SeenAllCaps;
}
