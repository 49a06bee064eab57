namespace AzNormalize.Lexicon;

/// <summary>One suffix of an analysed word: how it is written in the word, and what it is.</summary>
/// <param name="Surface">The suffix as written in this word, lowercase (<c>lər</c>, <c>ğı</c>, <c>ndə</c>).</param>
/// <param name="Tag">
/// What it is: <c>PL</c> plural; <c>P1SG P2SG P3 P1PL P2PL P3PL</c> possessives; <c>GEN DAT ACC LOC ABL INS</c> cases;
/// <c>-KI</c>; <c>COP 1SG 2SG 1PL 2PL 3PL</c> predicative and person endings; <c>Q</c> question particle; verb suffixes
/// <c>PASS CAUS RECP NEG PRES PAST EVID FUT AOR COND NEC CONV OPT.* IMP.*</c>; verb-to-noun <c>PTCP* VN INF AGENT</c>;
/// noun derivation <c>-LI -SIZ -LIQ -ÇI -DAŞ -CA -CIQ ORD -LA -LAŞ</c>.
/// </param>
public readonly record struct AzSuffix(string Surface, string Tag);

/// <summary>What a word is made of: a stem from the lexicon and the suffixes after it.</summary>
/// <param name="Word">The analysed word, lowercase.</param>
/// <param name="Stem">The stem as the lexicon has it (with a final q or k restored where the word has ğ or y).</param>
/// <param name="IsVerbStem">Whether the stem was taken as a verb (the lexicon has its infinitive).</param>
/// <param name="Suffixes">The suffixes in order; empty when the lexicon has the word itself.</param>
public sealed record WordAnalysis(string Word, string Stem, bool IsVerbStem, IReadOnlyList<AzSuffix> Suffixes)
{
    /// <summary>The analysis as <c>stem+suffix+suffix</c>, e.g. <c>ölkə+miz+də</c>.</summary>
    public override string ToString() =>
        Suffixes.Count == 0 ? Stem : Stem + "+" + string.Join('+', Suffixes.Select(static suffix => suffix.Surface));
}
