using AzNormalize.Text;

namespace AzNormalize.Correction;

/// <summary>
/// What each change to a word costs, by how often real Azerbaijani text goes wrong that way (../shared/docs and
/// docs/correction.md): a lost Azerbaijani letter is cheap, a Turkish or OCR habit a little dearer, a slip to a neighbouring
/// key dearer still, and any other letter dearest.
/// </summary>
/// <remarks>
/// <para>The costs are first settings, chosen by kind and checked against the evaluation (docs/quality.md), not fitted to
/// it. Costs add up; a candidate's cost is the sum of the changes that make it.</para>
/// <para>Two families: <em>restorations</em>, which turn a letter of the word into its Azerbaijani twin (e→ə, k→q …) and may
/// be combined many times in one word (a whole word typed without Azerbaijani letters), and <em>edits</em>, one per
/// candidate (a letter substituted, dropped, added, two swapped).</para>
/// </remarks>
public static class ErrorModel
{
    /// <summary>A lost Azerbaijani letter restored: e→ə, i→ı, s→ş, c→ç, g→ğ, o→ö, u→ü.</summary>
    public const double Diacritic = 0.15;

    /// <summary>A dotted i where ı belongs the other way round (ı→i): OCR and keyboards mix the two.</summary>
    public const double DotlessToDotted = 0.4;

    /// <summary>Turkish k for Azerbaijani q (<c>dikkət</c> → <c>diqqət</c>).</summary>
    public const double TurkishK = 0.35;

    /// <summary>Turkish h for Azerbaijani x (<c>tarih</c> → <c>tarix</c>).</summary>
    public const double TurkishH = 0.5;

    /// <summary>Russian g for Azerbaijani q in loanwords (<c>program</c> → <c>proqram</c>).</summary>
    public const double RussianG = 0.5;

    /// <summary>OCR o read for ə (<c>toşkil</c> → <c>təşkil</c>).</summary>
    public const double OcrO = 0.5;

    /// <summary>A spelling of ş or ç from a keyboard without them: w, sh, ch (<c>kesiwme</c> → <c>kəsişmə</c>).</summary>
    public const double AsciiSpelling = 0.2;

    /// <summary>A letter typed for its neighbour on the Azerbaijani keyboard.</summary>
    public const double NeighbourKey = 0.6;

    /// <summary>An OCR confusion of plain shapes: rn↔m, l↔ı↔i, f↔t, c↔e, n↔h, b↔h, u↔n.</summary>
    public const double OcrShape = 0.6;

    /// <summary>Two neighbouring letters swapped.</summary>
    public const double Transposition = 0.6;

    /// <summary>A doubled letter undone (<c>hökkumət</c> → <c>hökumət</c>).</summary>
    public const double Doubled = 0.45;

    /// <summary>A doubled letter restored where one of the two was dropped (<c>səviyəsindən</c> → <c>səviyyəsindən</c>).</summary>
    public const double Undoubled = 0.6;

    /// <summary>A lost first letter restored (OCR: <c>lə</c> → <c>ilə</c>).</summary>
    public const double LostFirstLetter = 0.8;

    /// <summary>A dropped letter restored anywhere else.</summary>
    public const double Dropped = 0.8;

    /// <summary>An extra letter removed.</summary>
    public const double Extra = 0.9;

    /// <summary>Any other letter substituted.</summary>
    public const double Substitution = 1.0;

    // Only confusions of plain shapes: OCR drops diacritics (restorations undo that) but seldom adds them, so ç→c, ü→u … are
    // not here, and a word that has an Azerbaijani letter is never "corrected" into one without it by shape.
    private static readonly string[] s_ocrShapes = ["lı", "li", "ıi", "ft", "ce", "nh", "bh", "un"];

    /// <summary>
    /// True when <paramref name="typed"/> sits beside <paramref name="intended"/> on the Azerbaijani keyboard
    /// (<see cref="AzKeyboard.AreNeighbours"/>).
    /// </summary>
    public static bool AreNeighbourKeys(char typed, char intended) => AzKeyboard.AreNeighbours(typed, intended);

    /// <summary>True when OCR confuses the shapes of the two letters (either way round).</summary>
    public static bool AreOcrShapes(char a, char b)
    {
        foreach (string pair in s_ocrShapes)
        {
            if ((pair[0] == a && pair[1] == b) || (pair[0] == b && pair[1] == a))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The cost and kind of reading <paramref name="intended"/> where <paramref name="typed"/> stands (a substitution).</summary>
    public static (double Cost, EditKind Kind) Substitute(char typed, char intended)
    {
        if (AreOcrShapes(typed, intended))
        {
            return (OcrShape, EditKind.Ocr);
        }

        return AreNeighbourKeys(typed, intended) ? (NeighbourKey, EditKind.Keyboard) : (Substitution, EditKind.Keyboard);
    }
}
