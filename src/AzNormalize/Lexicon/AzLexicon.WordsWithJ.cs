namespace AzNormalize.Lexicon;

public sealed partial class AzLexicon
{
    /// <summary>
    /// Stems with the letter j, written by hand by the project. The embedded list cannot hold them: the tesseract model
    /// it comes from has no j in its character set, so it has no <c>enerji</c>, <c>jurnalist</c> or <c>rejim</c>. These are
    /// common words of the standard language (mostly French and Russian loans); morphology adds their inflected forms
    /// (<c>enerjisinin</c>, <c>jurnalistlər</c>).
    /// </summary>
    internal static readonly string[] WordsWithJ =
    [
        "abajur", "ajans", "ajiotaj", "bagaj", "bej", "bijuteriya", "birja", "drenaj", "dublyaj", "ekipaj", "enerji",
        "əjdaha", "əjdər", "jaket", "jalüzi", "janr", "jarqon", "jelatin", "jele", "jest", "jeton", "jilet", "jokey",
        "jonqlyor", "jurnal", "jurnalist", "jurnalistika", "jüri", "kamuflyaj", "kolaj", "masaj", "massaj", "mesaj",
        "miraj", "montaj", "müjdə", "orijinal", "pejmürdə", "pejzaj", "personaj", "plaj", "prestij", "qaraj", "rejim",
        "rejissor", "reportaj", "sabotaj", "süjet", "şantaj", "tiraj", "trikotaj", "vitraj",
    ];
}
