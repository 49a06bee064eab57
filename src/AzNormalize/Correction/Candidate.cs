namespace AzNormalize.Correction;

/// <summary>Where a <see cref="Candidate"/> came from: each source proposes one kind of repair.</summary>
public enum CandidateSource
{
    /// <summary>The word as written: always a candidate.</summary>
    Keep,

    /// <summary>Lost Azerbaijani letters restored, Turkish and Russian spellings made Azerbaijani (any number of them).</summary>
    Restoration,

    /// <summary>Up to two weighted edits (typing slips, OCR shapes), with restorations, found by the edit search.</summary>
    Edit,

    /// <summary>One token read as two words (<c>vəbu</c> → <c>və bu</c>).</summary>
    Split,

    /// <summary>Two tokens read as one word (<c>gücləndiril məsi</c> → <c>gücləndirilməsi</c>).</summary>
    Merge,

    /// <summary>A colloquial ending written in full (<c>evdədi</c> → <c>evdədir</c>, <c>gəlirsiz</c> → <c>gəlirsiniz</c>).</summary>
    Colloquial,

    /// <summary>A known word typed without its Azerbaijani letters (<c>her</c> → <c>hər</c>).</summary>
    KnownTwin,

    /// <summary>A known word where the context expects a close one (<c>sallayan</c> → <c>salamlayan</c>).</summary>
    RealWord,

    /// <summary>One part of a word with an inner hyphen or apostrophe corrected.</summary>
    Hyphenated,
}

/// <summary>
/// One reading of one or two neighbouring word tokens in the sentence decoder's lattice, with the features the scorer turns
/// into a log-probability.
/// </summary>
/// <param name="Token">The index of the first word token it covers (in the sentence's words).</param>
/// <param name="TokenCount">How many word tokens it covers: 1, or 2 for a merge.</param>
/// <param name="Text">The words it reads, lowercase, one space between two (a split).</param>
/// <param name="Source">Which source proposed it.</param>
/// <param name="Kind">The kind of edit it makes.</param>
/// <param name="ErrorCost">The error model's cost of the changes (0 for the word as written).</param>
/// <param name="Reason">The changes, for the edit's reason.</param>
public readonly record struct Candidate(int Token, int TokenCount, string Text, CandidateSource Source, EditKind Kind, double ErrorCost, string Reason)
{
    /// <summary>The part of <see cref="ErrorCost"/> that restorations of lost letters make (weighed apart: they are common).</summary>
    public double RestorationCost { get; init; }

    /// <summary>How often the alignment with the typed word uses each <see cref="ErrorOperation"/> (null: none), for a learned scorer.</summary>
    internal int[]? Operations { get; init; }

    /// <summary>Whether the candidate keeps the token as written.</summary>
    public bool IsKeep => Source == CandidateSource.Keep;

    /// <summary>The index after the last word token it covers.</summary>
    public int End => Token + TokenCount;
}
