namespace AzNormalize.Correction;

/// <summary>
/// The kinds of change the error model tells apart (<see cref="ErrorCosts"/>): each has a cost in
/// <see cref="CorrectionWeights"/> for the search, and its own weight in a learned scorer.
/// </summary>
internal enum ErrorOperation
{
    /// <summary>A lost Azerbaijani letter restored (e→ə, i→ı, s→ş …).</summary>
    Diacritic,

    /// <summary>The same in text typed without Azerbaijani letters throughout.</summary>
    AsciiTypedDiacritic,

    /// <summary>ı read where i belongs.</summary>
    DotlessToDotted,

    /// <summary>Turkish k for q.</summary>
    TurkishK,

    /// <summary>Turkish h for x.</summary>
    TurkishH,

    /// <summary>Russian g for q.</summary>
    RussianG,

    /// <summary>OCR o for ə.</summary>
    OcrO,

    /// <summary>w, sh, ch for ş, ş, ç.</summary>
    AsciiSpelling,

    /// <summary>An OCR shape confusion (rn↔m, l↔ı↔i, t↔i …).</summary>
    OcrShape,

    /// <summary>An Azerbaijani letter where its plain twin belongs (OCR added a mark).</summary>
    OcrMark,

    /// <summary>A neighbouring key.</summary>
    NeighbourKey,

    /// <summary>Any other letter for a letter.</summary>
    Substitution,

    /// <summary>The first letter lost.</summary>
    LostFirstLetter,

    /// <summary>A doubled letter typed once.</summary>
    Undoubled,

    /// <summary>A letter dropped.</summary>
    Dropped,

    /// <summary>A letter typed twice.</summary>
    Doubled,

    /// <summary>An extra letter.</summary>
    Extra,

    /// <summary>Two neighbouring letters swapped.</summary>
    Transposition,
}

/// <summary>
/// The features of a lattice candidate that a learned scorer weighs (<see cref="LearnedScorer"/>): one slot per
/// <see cref="ErrorOperation"/> (how often the candidate's alignment uses it), then the source's indicators, the frequency
/// prior, the context lift and, for an unknown word kept, its constant, the text's noise and its length.
/// </summary>
internal static class ScoringFeature
{
    /// <summary>The number of error operations (the first slots).</summary>
    public const int Operations = 18;

    /// <summary>A split into two words.</summary>
    public const int Split = Operations;

    /// <summary>Two tokens joined.</summary>
    public const int Merge = Operations + 1;

    /// <summary>A colloquial ending written in full.</summary>
    public const int Colloquial = Operations + 2;

    /// <summary>A known word's twin with Azerbaijani letters.</summary>
    public const int KnownTwin = Operations + 3;

    /// <summary>The same in text typed without Azerbaijani letters throughout.</summary>
    public const int AsciiTypedKnownTwin = Operations + 4;

    /// <summary>A known word where context expects another.</summary>
    public const int RealWord = Operations + 5;

    /// <summary>A restoration or edit to a form only the morphology knows (not listed).</summary>
    public const int Derived = Operations + 6;

    /// <summary>log₁₀ P(word) by the lexicon's counts (both words of a split).</summary>
    public const int Frequency = Operations + 7;

    /// <summary>The context lift: inside a split, and (in the decoder) between neighbouring candidates.</summary>
    public const int Context = Operations + 8;

    /// <summary>An unknown word kept (1).</summary>
    public const int Unknown = Operations + 9;

    /// <summary>For an unknown word kept: log₁₀(the reference noise share / this text's share of unknown words).</summary>
    public const int Noise = Operations + 10;

    /// <summary>For an unknown word kept: its length in letters.</summary>
    public const int UnknownLength = Operations + 11;

    /// <summary>The number of features.</summary>
    public const int Count = Operations + 12;

    private static readonly string[] s_names = BuildNames();

    /// <summary>The features' names, as the weights file writes them.</summary>
    public static IReadOnlyList<string> Names => s_names;

    private static string[] BuildNames()
    {
        var names = new string[Count];
        for (int i = 0; i < Operations; i++)
        {
            names[i] = ((ErrorOperation)i).ToString();
        }

        names[Split] = "Split";
        names[Merge] = "Merge";
        names[Colloquial] = "Colloquial";
        names[KnownTwin] = "KnownTwin";
        names[AsciiTypedKnownTwin] = "AsciiTypedKnownTwin";
        names[RealWord] = "RealWord";
        names[Derived] = "Derived";
        names[Frequency] = "Frequency";
        names[Context] = "Context";
        names[Unknown] = "Unknown";
        names[Noise] = "Noise";
        names[UnknownLength] = "UnknownLength";
        return names;
    }
}
