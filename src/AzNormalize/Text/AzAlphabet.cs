namespace AzNormalize.Text;

/// <summary>The Azerbaijani Latin alphabet (32 letters) and the vowel classes that drive suffix harmony.</summary>
/// <remarks>Static and thread-safe. Only the 32 letters of the alphabet are classified; every other character is not a vowel,
/// not a consonant and not an Azerbaijani letter.</remarks>
public static class AzAlphabet
{
    /// <summary>The 32 lowercase letters in alphabetical order.</summary>
    public const string Lowercase = "abcçdeəfgğhxıijkqlmnoöprsştuüvyz";

    /// <summary>The 32 capital letters in alphabetical order.</summary>
    public const string Uppercase = "ABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ";

    /// <summary>The letters an English or Russian keyboard lacks: ə ı ş ç ğ ö ü (either case). The ones text loses.</summary>
    public const string SpecialLetters = "əışçğöüƏIŞÇĞÖÜİ";

    /// <summary>The lowercase letters an English or Russian keyboard lacks, in the order of <see cref="AsciiTwins"/>.</summary>
    internal const string SpecialLowercase = "əışçğöü";

    /// <summary>The ASCII letters a keyboard without Azerbaijani letters types for <see cref="SpecialLowercase"/>, in order.</summary>
    internal const string AsciiTwins = "eiscgou";

    /// <summary>
    /// The ASCII letter typed for <paramref name="c"/> on a keyboard without Azerbaijani letters (ə→e, ı→i, ş→s, ç→c, ğ→g,
    /// ö→o, ü→u; lowercase), or <paramref name="c"/> itself.
    /// </summary>
    internal static char ToAsciiTwin(char c)
    {
        int index = SpecialLowercase.IndexOf(c, StringComparison.Ordinal);
        return index < 0 ? c : AsciiTwins[index];
    }

    /// <summary>
    /// The capitals an English or Russian keyboard lacks, in the order of <see cref="AsciiTwins"/>: Ə İ Ş Ç Ğ Ö Ü. İ stands
    /// where ı stands in <see cref="SpecialLowercase"/>: a keyboard without Azerbaijani letters has the capital I of ı but not
    /// the İ of i, and types I for it.
    /// </summary>
    internal const string SpecialUppercase = "ƏİŞÇĞÖÜ";

    /// <summary>The ASCII capitals a keyboard without Azerbaijani letters types for <see cref="SpecialUppercase"/>, in order.</summary>
    internal const string AsciiTwinsUppercase = "EISCGOU";

    /// <summary>
    /// The ASCII letter a keyboard without Azerbaijani letters types for <paramref name="c"/>, in either case (ə→e … ü→u,
    /// Ə→E, İ→I … Ü→U), or <paramref name="c"/> itself. Unlike <see cref="ToAsciiTwin"/>, capitals are folded too.
    /// </summary>
    internal static char ToAsciiTyped(char c)
    {
        int index = SpecialLowercase.IndexOf(c, StringComparison.Ordinal);
        if (index >= 0)
        {
            return AsciiTwins[index];
        }

        index = SpecialUppercase.IndexOf(c, StringComparison.Ordinal);
        return index < 0 ? c : AsciiTwinsUppercase[index];
    }

    /// <summary>The Azerbaijani letter <paramref name="c"/> (ASCII, lowercase) stands for when typed without them, or '\0'.</summary>
    internal static char FromAsciiTwin(char c)
    {
        int index = AsciiTwins.IndexOf(c, StringComparison.Ordinal);
        return index < 0 ? '\0' : SpecialLowercase[index];
    }

    /// <summary>Schwa, the most frequent vowel (U+0259).</summary>
    public const char Schwa = 'ə';

    /// <summary>Capital schwa (U+018F).</summary>
    public const char CapitalSchwa = 'Ə';

    /// <summary>Dotless small i (U+0131).</summary>
    public const char DotlessI = 'ı';

    /// <summary>Capital I with dot above (U+0130).</summary>
    public const char CapitalDottedI = 'İ';

    /// <summary>Whether <paramref name="c"/> is one of the 64 letters (either case) of the Azerbaijani alphabet.</summary>
    public static bool IsLetter(char c) => GetInfo(c) != LetterInfo.None;

    /// <summary>Whether <paramref name="c"/> is a vowel: a ı o u (back), ə e i ö ü (front), either case.</summary>
    public static bool IsVowel(char c) => (GetInfo(c) & LetterInfo.Vowel) != 0;

    /// <summary>Whether <paramref name="c"/> is a back vowel: a ı o u, either case.</summary>
    public static bool IsBackVowel(char c) => (GetInfo(c) & (LetterInfo.Vowel | LetterInfo.Back)) == (LetterInfo.Vowel | LetterInfo.Back);

    /// <summary>Whether <paramref name="c"/> is a front vowel: ə e i ö ü, either case.</summary>
    public static bool IsFrontVowel(char c) => (GetInfo(c) & (LetterInfo.Vowel | LetterInfo.Back)) == LetterInfo.Vowel;

    /// <summary>Whether <paramref name="c"/> is a rounded vowel: o u ö ü, either case.</summary>
    public static bool IsRoundedVowel(char c) => (GetInfo(c) & (LetterInfo.Vowel | LetterInfo.Rounded)) == (LetterInfo.Vowel | LetterInfo.Rounded);

    /// <summary>Whether <paramref name="c"/> is a consonant of the alphabet, either case.</summary>
    public static bool IsConsonant(char c) => GetInfo(c) == LetterInfo.Consonant;

    /// <summary>Whether <paramref name="c"/> is one of ə ı ş ç ğ ö ü or their capitals (with İ).</summary>
    public static bool IsSpecialLetter(char c) => SpecialLetters.Contains(c, StringComparison.Ordinal);

    /// <summary>The last vowel of <paramref name="word"/>, the one a suffix harmonizes with, or <c>'\0'</c> when it has none.</summary>
    public static char LastVowel(ReadOnlySpan<char> word)
    {
        for (int i = word.Length - 1; i >= 0; i--)
        {
            if (IsVowel(word[i]))
            {
                return AzCasing.ToLower(word[i]);
            }
        }

        return '\0';
    }

    private static LetterInfo GetInfo(char c) => c < (char)s_info.Length ? (LetterInfo)s_info[c] : Classify(c);

    /// <summary>The alphabet's letters are below U+0300: a table read per character there, not a case mapping and a switch.</summary>
    private static readonly byte[] s_info = BuildInfo();

    private static LetterInfo Classify(char c) => AzCasing.ToLower(c) switch
    {
        'a' or 'ı' => LetterInfo.Vowel | LetterInfo.Back,
        'o' or 'u' => LetterInfo.Vowel | LetterInfo.Back | LetterInfo.Rounded,
        'ə' or 'e' or 'i' => LetterInfo.Vowel,
        'ö' or 'ü' => LetterInfo.Vowel | LetterInfo.Rounded,
        'b' or 'c' or 'ç' or 'd' or 'f' or 'g' or 'ğ' or 'h' or 'x' or 'j' or 'k' or 'q' or 'l' or 'm' or 'n' or 'p'
            or 'r' or 's' or 'ş' or 't' or 'v' or 'y' or 'z' => LetterInfo.Consonant,
        _ => LetterInfo.None,
    };

    private static byte[] BuildInfo()
    {
        var table = new byte[0x0300];
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = (byte)Classify((char)i);
        }

        return table;
    }

    [Flags]
    private enum LetterInfo
    {
        None = 0,
        Consonant = 1,
        Vowel = 2,
        Back = 4,
        Rounded = 8,
    }
}
