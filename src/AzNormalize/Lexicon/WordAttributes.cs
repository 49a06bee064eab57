namespace AzNormalize.Lexicon;

/// <summary>What is known about a word in an <c>AzLexicon</c>: how its source wrote it, and where it came from.</summary>
[Flags]
public enum WordAttributes : byte
{
    /// <summary>Nothing is known beyond the word itself.</summary>
    None = 0,

    /// <summary>The source has the word in lowercase: <c>iyun</c>.</summary>
    SeenLowercase = 1,

    /// <summary>The source has the word with a capital first letter: <c>İyun</c>, <c>Bakı</c>.</summary>
    SeenCapitalized = 2,

    /// <summary>The source has the word in capitals: <c>İYUN</c>, <c>BMT</c>.</summary>
    SeenAllCaps = 4,

    /// <summary>The word comes from a list the user supplied (a frequency list or a word list).</summary>
    UserSupplied = 8,

    /// <summary>The word is one of the short words the project lists by hand (<c>o</c>, <c>ki</c>, <c>də</c> …).</summary>
    HandWritten = 16,

    /// <summary>
    /// The word is listed but lends no suffixed forms: the builder found it to be an ASCII-typed twin of a far better
    /// attested stem (<c>siyaset</c> beside <c>siyasət</c>, <c>kisi</c> beside <c>kişi</c>). Stored in the artifact.
    /// </summary>
    NotAStem = 32,

    /// <summary>
    /// The word is itself a shorter listed stem with suffixes (<c>baxımında</c> = baxım+ı+nda), so morphology does not
    /// use it as a stem: its further forms are reached from the shorter stem, where the suffix order is checked
    /// (<c>baxımındam</c> is not a word). Stored in the artifact by the builder.
    /// </summary>
    Inflected = 64,

    /// <summary>
    /// The word is one of the closed-class words the project lists by hand (<c>lakin</c>, <c>çünki</c>, <c>üçün</c>): always
    /// known, but a stem only when the lexicon lists its inflections. Set at load, never stored.
    /// </summary>
    FunctionWord = 128,
}
