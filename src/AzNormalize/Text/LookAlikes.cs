namespace AzNormalize.Text;

/// <summary>
/// Characters that look like Azerbaijani Latin letters but are not: Cyrillic letters of the same shape, the turned e
/// (Ǝ ǝ) typed for schwa, the 1991–92 spelling ä for ə, and typographic ligatures. Only the tables; when a look-alike is
/// folded is <see cref="Normalization.TextNormalizer"/>'s decision.
/// </summary>
/// <remarks>Static and thread-safe.</remarks>
public static class LookAlikes
{
    // Cyrillic letters whose shape matches a Latin letter. ә/Ә and һ/Һ are Azerbaijani Cyrillic letters that
    // Azerbaijani keyboards still offer; the others are shared shapes that a mixed keyboard layout lets slip in.

    /// <summary>U+04D9 CYRILLIC SMALL LETTER SCHWA, looks like ə (U+0259).</summary>
    public const char CyrillicSmallSchwa = '\u04D9';

    /// <summary>U+04D8 CYRILLIC CAPITAL LETTER SCHWA, looks like Ə (U+018F).</summary>
    public const char CyrillicCapitalSchwa = '\u04D8';

    /// <summary>U+04BB CYRILLIC SMALL LETTER SHHA, looks like h.</summary>
    public const char CyrillicSmallShha = '\u04BB';

    /// <summary>U+04BA CYRILLIC CAPITAL LETTER SHHA, the Azerbaijani Cyrillic H.</summary>
    public const char CyrillicCapitalShha = '\u04BA';

    /// <summary>U+0430 CYRILLIC SMALL LETTER A, looks like a.</summary>
    public const char CyrillicSmallA = '\u0430';

    /// <summary>U+0410 CYRILLIC CAPITAL LETTER A, looks like A.</summary>
    public const char CyrillicCapitalA = '\u0410';

    /// <summary>U+0412 CYRILLIC CAPITAL LETTER VE, looks like B.</summary>
    public const char CyrillicCapitalVe = '\u0412';

    /// <summary>U+0435 CYRILLIC SMALL LETTER IE, looks like e.</summary>
    public const char CyrillicSmallIe = '\u0435';

    /// <summary>U+0415 CYRILLIC CAPITAL LETTER IE, looks like E.</summary>
    public const char CyrillicCapitalIe = '\u0415';

    /// <summary>U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I, looks like i.</summary>
    public const char CyrillicSmallDottedI = '\u0456';

    /// <summary>U+0406 CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I, looks like I.</summary>
    public const char CyrillicCapitalDottedI = '\u0406';

    /// <summary>U+0458 CYRILLIC SMALL LETTER JE, looks like j (Azerbaijani Cyrillic uses it for y).</summary>
    public const char CyrillicSmallJe = '\u0458';

    /// <summary>U+0408 CYRILLIC CAPITAL LETTER JE, looks like J.</summary>
    public const char CyrillicCapitalJe = '\u0408';

    /// <summary>U+043A CYRILLIC SMALL LETTER KA, looks like k (seen in web text: <c>Baкı</c>).</summary>
    public const char CyrillicSmallKa = '\u043A';

    /// <summary>U+041A CYRILLIC CAPITAL LETTER KA, looks like K.</summary>
    public const char CyrillicCapitalKa = '\u041A';

    /// <summary>U+041C CYRILLIC CAPITAL LETTER EM, looks like M.</summary>
    public const char CyrillicCapitalEm = '\u041C';

    /// <summary>U+041D CYRILLIC CAPITAL LETTER EN, looks like H.</summary>
    public const char CyrillicCapitalEn = '\u041D';

    /// <summary>U+043E CYRILLIC SMALL LETTER O, looks like o.</summary>
    public const char CyrillicSmallO = '\u043E';

    /// <summary>U+041E CYRILLIC CAPITAL LETTER O, looks like O.</summary>
    public const char CyrillicCapitalO = '\u041E';

    /// <summary>U+0440 CYRILLIC SMALL LETTER ER, looks like p.</summary>
    public const char CyrillicSmallEr = '\u0440';

    /// <summary>U+0420 CYRILLIC CAPITAL LETTER ER, looks like P.</summary>
    public const char CyrillicCapitalEr = '\u0420';

    /// <summary>U+0441 CYRILLIC SMALL LETTER ES, looks like c.</summary>
    public const char CyrillicSmallEs = '\u0441';

    /// <summary>U+0421 CYRILLIC CAPITAL LETTER ES, looks like C.</summary>
    public const char CyrillicCapitalEs = '\u0421';

    /// <summary>U+0455 CYRILLIC SMALL LETTER DZE, looks like s.</summary>
    public const char CyrillicSmallDze = '\u0455';

    /// <summary>U+0405 CYRILLIC CAPITAL LETTER DZE, looks like S.</summary>
    public const char CyrillicCapitalDze = '\u0405';

    /// <summary>U+0422 CYRILLIC CAPITAL LETTER TE, looks like T.</summary>
    public const char CyrillicCapitalTe = '\u0422';

    /// <summary>U+0443 CYRILLIC SMALL LETTER U, looks like y.</summary>
    public const char CyrillicSmallU = '\u0443';

    /// <summary>U+0423 CYRILLIC CAPITAL LETTER U, looks like Y.</summary>
    public const char CyrillicCapitalU = '\u0423';

    /// <summary>U+0445 CYRILLIC SMALL LETTER HA, looks like x.</summary>
    public const char CyrillicSmallHa = '\u0445';

    /// <summary>U+0425 CYRILLIC CAPITAL LETTER HA, looks like X (also a Roman numeral typed on a Cyrillic layout: ХХ əsr).</summary>
    public const char CyrillicCapitalHa = '\u0425';

    /// <summary>U+051B CYRILLIC SMALL LETTER QA, looks like q.</summary>
    public const char CyrillicSmallQa = '\u051B';

    /// <summary>U+051A CYRILLIC CAPITAL LETTER QA, looks like Q.</summary>
    public const char CyrillicCapitalQa = '\u051A';

    /// <summary>U+01DD LATIN SMALL LETTER TURNED E, typed for ə (U+0259).</summary>
    public const char TurnedE = '\u01DD';

    /// <summary>U+018E LATIN CAPITAL LETTER REVERSED E (the capital of ǝ), typed for Ə (U+018F).</summary>
    public const char CapitalReversedE = '\u018E';

    /// <summary>U+00E4 LATIN SMALL LETTER A WITH DIAERESIS: the 1991–92 Azerbaijani alphabet's ə; also German, Finnish, Swedish.</summary>
    public const char SmallADiaeresis = '\u00E4';

    /// <summary>U+00C4 LATIN CAPITAL LETTER A WITH DIAERESIS: the 1991–92 Azerbaijani alphabet's Ə.</summary>
    public const char CapitalADiaeresis = '\u00C4';

    /// <summary>U+0308 COMBINING DIAERESIS: a + U+0308 is a decomposed ä.</summary>
    public const char CombiningDiaeresis = '\u0308';

    /// <summary>Every Cyrillic look-alike of this class, for searching.</summary>
    public const string CyrillicAll =
        "\u04D9\u04D8\u04BB\u04BA\u0430\u0410\u0412\u0435\u0415\u0456\u0406\u0458\u0408\u043A\u041A\u041C\u041D" +
        "\u043E\u041E\u0440\u0420\u0441\u0421\u0455\u0405\u0422\u0443\u0423\u0445\u0425\u051B\u051A";

    /// <summary>The first typographic ligature, U+FB00 LATIN SMALL LIGATURE FF.</summary>
    public const char FirstLigature = '\uFB00';

    /// <summary>The last Latin typographic ligature, U+FB06 LATIN SMALL LIGATURE ST.</summary>
    public const char LastLigature = '\uFB06';

    /// <summary>The Latin letter a Cyrillic look-alike imitates, or <c>'\0'</c> when <paramref name="c"/> is not one.</summary>
    public static char CyrillicToLatin(char c) => c switch
    {
        CyrillicSmallSchwa => 'ə',
        CyrillicCapitalSchwa => 'Ə',
        CyrillicSmallShha => 'h',
        CyrillicCapitalShha => 'H',
        CyrillicSmallA => 'a',
        CyrillicCapitalA => 'A',
        CyrillicCapitalVe => 'B',
        CyrillicSmallIe => 'e',
        CyrillicCapitalIe => 'E',
        CyrillicSmallDottedI => 'i',
        CyrillicCapitalDottedI => 'I',
        CyrillicSmallJe => 'j',
        CyrillicCapitalJe => 'J',
        CyrillicSmallKa => 'k',
        CyrillicCapitalKa => 'K',
        CyrillicCapitalEm => 'M',
        CyrillicCapitalEn => 'H',
        CyrillicSmallO => 'o',
        CyrillicCapitalO => 'O',
        CyrillicSmallEr => 'p',
        CyrillicCapitalEr => 'P',
        CyrillicSmallEs => 'c',
        CyrillicCapitalEs => 'C',
        CyrillicSmallDze => 's',
        CyrillicCapitalDze => 'S',
        CyrillicCapitalTe => 'T',
        CyrillicSmallU => 'y',
        CyrillicCapitalU => 'Y',
        CyrillicSmallHa => 'x',
        CyrillicCapitalHa => 'X',
        CyrillicSmallQa => 'q',
        CyrillicCapitalQa => 'Q',
        _ => '\0',
    };

    /// <summary>Whether <paramref name="c"/> is in the Cyrillic blocks (U+0400–U+052F).</summary>
    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u052F';

    /// <summary>Whether <paramref name="c"/> is a Latin letter: ASCII, Latin-1, Latin Extended-A/B, IPA (ə),
    /// Latin Extended Additional, or a Latin ligature.</summary>
    public static bool IsLatinLetter(char c) =>
        char.IsAsciiLetter(c)
        || (c is >= '\u00C0' and <= '\u02AF' && c is not ('\u00D7' or '\u00F7'))
        || c is >= '\u1E00' and <= '\u1EFF'
        || c is >= FirstLigature and <= LastLigature;

    /// <summary>The letters a Latin ligature stands for (<c>ﬁ</c> → <c>fi</c>), or null when <paramref name="c"/> is not one.</summary>
    public static string? ExpandLigature(char c) => c switch
    {
        '\uFB00' => "ff",  // ﬀ
        '\uFB01' => "fi",  // ﬁ
        '\uFB02' => "fl",  // ﬂ
        '\uFB03' => "ffi", // ﬃ
        '\uFB04' => "ffl", // ﬄ
        '\uFB05' => "st",  // ﬅ (long s + t)
        '\uFB06' => "st",  // ﬆ
        _ => null,
    };
}
