namespace AzNormalize.Cli.Tests.Infrastructure;

/// <summary>Shared inputs.</summary>
public static class Samples
{
    /// <summary>Clean Azerbaijani with every letter that leaves ASCII, in both cases, over several lines.</summary>
    public const string CleanAzerbaijani = "Əli İstanbulda işləyir.\nŞəhər çox gözəl, ağ və böyük.\r\nÇay, ÖĞRƏNCİ, ÜMİD, ılıq, Iğdır.\n";

    /// <summary>Every lower- and upper-case Azerbaijani letter outside ASCII.</summary>
    public const string AzerbaijaniLetters = "ə ı İ ş ç ğ ö ü Ə I i Ş Ç Ğ Ö Ü";

    /// <summary>Cyrillic small letter schwa (U+04D9), the look-alike of ə that arrives inside Latin words.</summary>
    public const char CyrillicSchwa = '\u04D9';
}
