namespace AzNormalize.Checking;

/// <summary>What a <see cref="Finding"/> reports.</summary>
public enum FindingKind
{
    /// <summary>A word the lexicon does not know, in lowercase or capitalised at the start of a sentence: perhaps misspelled.</summary>
    UnknownWord,

    /// <summary>A capitalised word the lexicon does not know, inside a sentence: probably a name.</summary>
    UnknownName,

    /// <summary>A word in capitals the lexicon does not know: probably an abbreviation.</summary>
    UnknownAbbreviation,
}
