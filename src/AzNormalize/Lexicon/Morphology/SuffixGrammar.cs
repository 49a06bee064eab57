namespace AzNormalize.Lexicon.Morphology;

/// <summary>Where a parse stands in the suffix order: what kind of form the suffixes so far have made.</summary>
internal enum SuffixState : byte
{
    /// <summary>A noun, adjective, pronoun or any nominal form (a stem, a participle, a derived noun).</summary>
    Noun,

    /// <summary>After the plural <c>-lar</c>.</summary>
    Plural,

    /// <summary>After a possessive other than the third person.</summary>
    Possessive,

    /// <summary>After the third-person possessive <c>-(s)ı</c> or <c>-ları</c>: cases take a buffer <c>n</c>.</summary>
    Possessive3,

    /// <summary>After a case ending other than locative and genitive.</summary>
    Case,

    /// <summary>After the locative or genitive: <c>-kı</c> may follow (<c>evdəki</c>, <c>mənimki</c>).</summary>
    LocativeOrGenitive,

    /// <summary>After <c>-kı</c>: a new nominal that declines like a third-person possessive (<c>evdəkini</c>).</summary>
    Ki,

    /// <summary>A verb stem (with any voice or derivation suffixes).</summary>
    Verb,

    /// <summary>
    /// A verb just derived from a noun (<c>-la</c>, <c>-laş</c>): it takes what a verb takes, but a word may not end here
    /// (a bare imperative like <c>işlə</c> is in the lexicon when it is a word; <c>onula</c> is a slip for <c>onunla</c>).
    /// </summary>
    DerivedVerb,

    /// <summary>After the negation <c>-ma</c>.</summary>
    Negative,

    /// <summary>After a tense or mood that takes the predicative person endings (<c>gəlir-əm</c>, <c>gəlmiş-əm</c>).</summary>
    Tense,

    /// <summary>After the past <c>-dı</c>, the conditional <c>-sa</c> or the past copula: short person endings (<c>gəldi-m</c>).</summary>
    ShortPerson,

    /// <summary>After the converb/evidential <c>-ıb</c>.</summary>
    Converb,

    /// <summary>After a predicative ending or a person ending: only the question particle may follow.</summary>
    Predicate,

    /// <summary>Nothing may follow.</summary>
    End,
}

/// <summary>When a suffix may attach, judged by the end of the form it attaches to.</summary>
internal enum SuffixCondition : byte
{
    /// <summary>After anything.</summary>
    Any,

    /// <summary>After a consonant.</summary>
    AfterConsonant,

    /// <summary>After a vowel.</summary>
    AfterVowel,

    /// <summary>After <c>l</c> (the passive of l-final stems is <c>-ın</c>: <c>alın</c>, <c>bilin</c>).</summary>
    AfterL,

    /// <summary>After a consonant other than <c>l</c>.</summary>
    AfterConsonantNotL,
}

/// <summary>
/// One suffix as a template. Letters stand for themselves except the archiphonemes: <c>A</c> is a or ə and <c>I</c> is ı,
/// i, u or ü by vowel harmony; <c>Q</c> is q after a back vowel and k after a front one (<c>-lıq/-lik</c>,
/// <c>-acaq/-əcək</c>), and becomes ğ/y when a vowel follows; <c>T</c> is the causative t, d when a vowel follows
/// (<c>bənzət</c> → <c>bənzədir</c>). A leading <c>(n)</c>, <c>(y)</c> or <c>(s)</c> is the
/// buffer consonant written only after a vowel; a leading <c>(I)</c> is a vowel written only after a consonant.
/// </summary>
internal sealed class Suffix
{
    public Suffix(string tag, string template, SuffixState next, SuffixCondition condition = SuffixCondition.Any)
    {
        Tag = tag;
        Template = template;
        Next = next;
        Condition = condition;
        string body = template;
        if (body.StartsWith('('))
        {
            char inside = body[1];
            if (inside == 'I')
            {
                OptionalVowel = true;
            }
            else
            {
                Buffer = inside;
            }

            body = body[3..];
        }

        Body = body;
        EndsInQ = body.EndsWith('Q') || body.EndsWith('T');
    }

    /// <summary>A short grammatical name: <c>PL</c>, <c>P3</c>, <c>LOC</c>, <c>PAST</c>…</summary>
    public string Tag { get; }

    /// <summary>The template as written in the grammar.</summary>
    public string Template { get; }

    /// <summary>The template without its buffer or optional vowel.</summary>
    public string Body { get; }

    /// <summary>The buffer consonant written after a vowel, or <c>'\0'</c>.</summary>
    public char Buffer { get; }

    /// <summary>Whether the template starts with a vowel <c>I</c> written only after a consonant.</summary>
    public bool OptionalVowel { get; }

    /// <summary>Whether the last letter alternates before a vowel (<c>Q</c>: q/k → ğ/y; <c>T</c>: t → d).</summary>
    public bool EndsInQ { get; }

    /// <summary>The state the form is in after this suffix.</summary>
    public SuffixState Next { get; }

    /// <summary>When the suffix may attach.</summary>
    public SuffixCondition Condition { get; }
}

/// <summary>
/// The suffix grammar: for each state, the suffixes that may follow, in the order of
/// ../shared/docs/azerbaijani.md (derivation, plural, possessive, case, -kı, copula and person for nouns; voice,
/// negation, tense or mood, person for verbs; participles, verbal nouns and converbs turn a verb into a noun or end it).
/// </summary>
/// <remarks>
/// The grammar is written for precision: a suffix is listed only when it is productive in standard written Azerbaijani,
/// so that a misspelling (a lost ə, a Turkish <c>-ler</c>, a <c>q</c> left unalternated) finds no parse. Harmony,
/// buffers and alternation are not listed form by form: the templates state them once.
/// </remarks>
internal static class SuffixGrammar
{
    private static readonly Suffix[] s_noun = Build(
        [
            // Derivation: noun → noun/adjective.
            new Suffix("-LI", "lI", SuffixState.Noun),
            new Suffix("-SIZ", "sIz", SuffixState.Noun),
            new Suffix("-LIQ", "lIQ", SuffixState.Noun),
            new Suffix("-ÇI", "çI", SuffixState.Noun),
            new Suffix("-DAŞ", "daş", SuffixState.Noun),
            new Suffix("-CA", "cA", SuffixState.Noun),
            new Suffix("-CIQ", "cIQ", SuffixState.Noun),
            new Suffix("ORD", "(I)ncI", SuffixState.Noun),

            // Derivation: noun → verb (-lan is -la and the reflexive -n: maraq+la+n).
            new Suffix("-LA", "lA", SuffixState.DerivedVerb),
            new Suffix("-LAŞ", "lAş", SuffixState.DerivedVerb),

            new Suffix("PL", "lAr", SuffixState.Plural),
        ],
        ThirdPersonPossessives,
        Cases,
        OtherPossessives,
        Predicates);

    // The third-person possessive, then the cases, then the other possessives: the first parse found is the likeliest
    // reading (olduğunu: ol+duğ+u+nu; ananın: ana+nın, not ana+n+ın "your mother's").
    private static readonly Suffix[] s_plural = Build(ThirdPersonPossessives, Cases, OtherPossessives, Predicates);

    private static readonly Suffix[] s_possessive = Build(Cases, Predicates);

    private static readonly Suffix[] s_possessive3 = Build(CasesAfterPossessive3, Predicates);

    private static readonly Suffix[] s_case = Build(Predicates);

    private static readonly Suffix[] s_locativeOrGenitive = Build([new Suffix("-KI", "kI", SuffixState.Ki)], Predicates);

    private static readonly Suffix[] s_ki = Build([new Suffix("PL", "lAr", SuffixState.Plural)], CasesAfterPossessive3, Predicates);

    private static readonly Suffix[] s_verb = Build(
        [
            // Voice: passive, reflexive, causative, reciprocal.
            new Suffix("PASS", "Il", SuffixState.Verb, SuffixCondition.AfterConsonantNotL),
            new Suffix("PASS", "In", SuffixState.Verb, SuffixCondition.AfterL),
            new Suffix("PASS", "n", SuffixState.Verb, SuffixCondition.AfterVowel),
            new Suffix("CAUS", "dIr", SuffixState.Verb, SuffixCondition.AfterConsonant),
            new Suffix("CAUS", "T", SuffixState.Verb, SuffixCondition.AfterVowel),
            new Suffix("RECP", "Iş", SuffixState.Verb, SuffixCondition.AfterConsonant),

            new Suffix("NEG", "mA", SuffixState.Negative),

            // Tense and mood.
            new Suffix("PRES", "(y)Ir", SuffixState.Tense),
            new Suffix("NEG.PRES", "mIr", SuffixState.Tense),
            new Suffix("PAST", "dI", SuffixState.ShortPerson),
            new Suffix("EVID", "mIş", SuffixState.Tense),
            new Suffix("FUT", "(y)AcAQ", SuffixState.Tense),
            new Suffix("AOR", "(y)Ar", SuffixState.Tense),
            new Suffix("NEG.AOR", "mAz", SuffixState.Tense),
            new Suffix("COND", "sA", SuffixState.ShortPerson),
            new Suffix("NEC", "mAlI", SuffixState.Tense),
            new Suffix("CONV", "(y)Ib", SuffixState.Converb),

            // Optative and imperative persons. The bare optative is the form of "edə bilər", "gələ bilməz".
            new Suffix("OPT", "(y)A", SuffixState.Predicate),
            new Suffix("OPT.1PL", "(y)AQ", SuffixState.Predicate),
            new Suffix("OPT.1SG", "(y)Im", SuffixState.Predicate),
            new Suffix("IMP.2PL", "(y)In", SuffixState.Predicate),
            new Suffix("IMP.2PL", "(y)InIz", SuffixState.Predicate),
            new Suffix("IMP.3SG", "sIn", SuffixState.Predicate),
            new Suffix("IMP.3PL", "sInlAr", SuffixState.Predicate),
        ],
        VerbToNoun,
        Converbs);

    private static readonly Suffix[] s_negative = Build(
        [
            new Suffix("PAST", "dI", SuffixState.ShortPerson),
            new Suffix("EVID", "mIş", SuffixState.Tense),
            new Suffix("FUT", "(y)AcAQ", SuffixState.Tense),
            new Suffix("COND", "sA", SuffixState.ShortPerson),
            new Suffix("NEC", "mAlI", SuffixState.Tense),
            new Suffix("CONV", "(y)Ib", SuffixState.Converb),
            new Suffix("OPT.1PL", "(y)AQ", SuffixState.Predicate),
            new Suffix("OPT.1SG", "(y)Im", SuffixState.Predicate),
            new Suffix("IMP.2PL", "(y)In", SuffixState.Predicate),
            new Suffix("IMP.2PL", "(y)InIz", SuffixState.Predicate),
            new Suffix("IMP.3SG", "sIn", SuffixState.Predicate),
            new Suffix("IMP.3PL", "sInlAr", SuffixState.Predicate),
            new Suffix("PTCP", "(y)An", SuffixState.Noun),
            new Suffix("PTCP.PAST", "dIQ", SuffixState.Noun),
            new Suffix("PTCP.FUT", "(y)AcAQ", SuffixState.Noun),
            new Suffix("PTCP.EVID", "mIş", SuffixState.Noun),
            new Suffix("INF", "mAQ", SuffixState.Noun),
            new Suffix("CONV", "dAn", SuffixState.End),
        ]);

    private static readonly Suffix[] s_tense = Build(
        [
            new Suffix("1SG", "(y)Am", SuffixState.Predicate),
            new Suffix("2SG", "sAn", SuffixState.Predicate),
            new Suffix("1PL", "(y)IQ", SuffixState.Predicate),
            new Suffix("2PL", "sInIz", SuffixState.Predicate),
            new Suffix("3PL", "lAr", SuffixState.Predicate),
            new Suffix("COP", "dIr", SuffixState.Predicate),
            new Suffix("COP.3PL", "dIrlAr", SuffixState.Predicate),
            new Suffix("PAST.COP", "(y)dI", SuffixState.ShortPerson),
            new Suffix("EVID.COP", "(y)mIş", SuffixState.Predicate),
            new Suffix("COND.COP", "(y)sA", SuffixState.ShortPerson),
            new Suffix("CONV", "kən", SuffixState.End),
            new Suffix("Q", "mI", SuffixState.End),
        ]);

    private static readonly Suffix[] s_shortPerson = Build(
        [
            new Suffix("1SG", "m", SuffixState.Predicate),
            new Suffix("2SG", "n", SuffixState.Predicate),
            new Suffix("1PL", "Q", SuffixState.Predicate),
            new Suffix("2PL", "nIz", SuffixState.Predicate),
            new Suffix("3PL", "lAr", SuffixState.Predicate),
            new Suffix("PAST.COP", "(y)dI", SuffixState.ShortPerson),
            new Suffix("Q", "mI", SuffixState.End),
        ]);

    private static readonly Suffix[] s_converb = Build(
        [
            new Suffix("2SG", "sAn", SuffixState.Predicate),
            new Suffix("2PL", "sInIz", SuffixState.Predicate),
            new Suffix("3PL", "lAr", SuffixState.Predicate),
            new Suffix("COP", "dIr", SuffixState.Predicate),
            new Suffix("COP.3PL", "dIrlAr", SuffixState.Predicate),
            new Suffix("EVID.COP", "mIş", SuffixState.Predicate),
        ]);

    // After a copula or a person ending: the question particle, or the conditional copula (olmuşdursa, gəlirəmsə).
    private static readonly Suffix[] s_predicate = Build([new Suffix("Q", "mI", SuffixState.End), new Suffix("COND.COP", "sA", SuffixState.End)]);

    private static IEnumerable<Suffix> ThirdPersonPossessives =>
    [
        new Suffix("P3", "(s)I", SuffixState.Possessive3),
        new Suffix("P3PL", "lArI", SuffixState.Possessive3),
    ];

    private static IEnumerable<Suffix> OtherPossessives =>
    [
        new Suffix("P1SG", "(I)m", SuffixState.Possessive),
        new Suffix("P2SG", "(I)n", SuffixState.Possessive),
        new Suffix("P1PL", "(I)mIz", SuffixState.Possessive),
        new Suffix("P2PL", "(I)nIz", SuffixState.Possessive),
    ];

    private static IEnumerable<Suffix> Cases =>
    [
        new Suffix("GEN", "(n)In", SuffixState.LocativeOrGenitive),
        new Suffix("DAT", "(y)A", SuffixState.Case),
        new Suffix("ACC", "(n)I", SuffixState.Case),
        new Suffix("LOC", "dA", SuffixState.LocativeOrGenitive),
        new Suffix("ABL", "dAn", SuffixState.Case),
        new Suffix("INS", "(y)lA", SuffixState.Case),
    ];

    private static IEnumerable<Suffix> CasesAfterPossessive3 =>
    [
        new Suffix("GEN", "nIn", SuffixState.LocativeOrGenitive),
        new Suffix("DAT", "nA", SuffixState.Case),
        new Suffix("ACC", "nI", SuffixState.Case),
        new Suffix("LOC", "ndA", SuffixState.LocativeOrGenitive),
        new Suffix("ABL", "ndAn", SuffixState.Case),
        new Suffix("INS", "ylA", SuffixState.Case),
    ];

    private static IEnumerable<Suffix> Predicates =>
    [
        new Suffix("COP", "dIr", SuffixState.Predicate),
        new Suffix("COP.3PL", "dIrlAr", SuffixState.Predicate),
        new Suffix("1SG", "(y)Am", SuffixState.Predicate),
        new Suffix("2SG", "sAn", SuffixState.Predicate),
        new Suffix("1PL", "(y)IQ", SuffixState.Predicate),
        new Suffix("2PL", "sInIz", SuffixState.Predicate),
        new Suffix("PAST.COP", "(y)dI", SuffixState.ShortPerson),
        new Suffix("EVID.COP", "(y)mIş", SuffixState.Predicate),
        new Suffix("COND.COP", "(y)sA", SuffixState.ShortPerson),
        new Suffix("CONV", "(y)kən", SuffixState.End),
        new Suffix("Q", "mI", SuffixState.End),
    ];

    private static IEnumerable<Suffix> VerbToNoun =>
    [
        new Suffix("PTCP", "(y)An", SuffixState.Noun),
        new Suffix("PTCP.PAST", "dIQ", SuffixState.Noun),
        new Suffix("PTCP.FUT", "(y)AcAQ", SuffixState.Noun),
        new Suffix("PTCP.EVID", "mIş", SuffixState.Noun),
        new Suffix("PTCP.NEC", "mAlI", SuffixState.Noun),
        new Suffix("PTCP.POT", "(y)AsI", SuffixState.Noun),
        new Suffix("VN", "mA", SuffixState.Noun),
        new Suffix("INF", "mAQ", SuffixState.Noun),
        new Suffix("VN", "(y)Iş", SuffixState.Noun),
        new Suffix("AGENT", "(y)IcI", SuffixState.Noun),
    ];

    private static IEnumerable<Suffix> Converbs =>
    [
        new Suffix("CONV", "(y)ArAQ", SuffixState.End),
        new Suffix("CONV", "(y)AndA", SuffixState.End),
        new Suffix("CONV", "mAdAn", SuffixState.End),
        new Suffix("CONV", "mAzdAn", SuffixState.End),
        new Suffix("CONV", "dIQdA", SuffixState.End),
        new Suffix("CONV", "dIQcA", SuffixState.End),
        new Suffix("CONV", "(y)IncA", SuffixState.End),
        new Suffix("CONV", "(y)AlI", SuffixState.End),
    ];

    /// <summary>The suffixes that may follow a form in <paramref name="state"/>.</summary>
    public static ReadOnlySpan<Suffix> After(SuffixState state) => state switch
    {
        SuffixState.Noun => s_noun,
        SuffixState.Plural => s_plural,
        SuffixState.Possessive => s_possessive,
        SuffixState.Possessive3 => s_possessive3,
        SuffixState.Case => s_case,
        SuffixState.LocativeOrGenitive => s_locativeOrGenitive,
        SuffixState.Ki => s_ki,
        SuffixState.Verb or SuffixState.DerivedVerb => s_verb,
        SuffixState.Negative => s_negative,
        SuffixState.Tense => s_tense,
        SuffixState.ShortPerson => s_shortPerson,
        SuffixState.Converb => s_converb,
        SuffixState.Predicate => s_predicate,
        _ => [],
    };

    private static Suffix[] Build(params IEnumerable<Suffix>[] groups) => [.. groups.SelectMany(static group => group)];
}
