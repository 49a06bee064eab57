namespace AzNormalize.Text;

/// <summary>Invisible characters that arrive in Azerbaijani text from PDFs, word processors and web pages.</summary>
/// <remarks>Static and thread-safe. U+00A0 NO-BREAK SPACE is deliberately absent: it is visible typography and stays.</remarks>
public static class InvisibleCharacters
{
    /// <summary>U+00AD SOFT HYPHEN: a hyphenation hint, invisible unless a line breaks there.</summary>
    public const char SoftHyphen = '\u00AD';

    /// <summary>U+200B ZERO WIDTH SPACE: a line-break opportunity that shows nothing.</summary>
    public const char ZeroWidthSpace = '\u200B';

    /// <summary>U+200C ZERO WIDTH NON-JOINER: meaningful in Arabic-script and Indic text, an artefact between Latin letters.</summary>
    public const char ZeroWidthNonJoiner = '\u200C';

    /// <summary>U+200D ZERO WIDTH JOINER: meaningful in emoji sequences and joining scripts, an artefact between Latin letters.</summary>
    public const char ZeroWidthJoiner = '\u200D';

    /// <summary>U+2060 WORD JOINER: forbids a line break, shows nothing.</summary>
    public const char WordJoiner = '\u2060';

    /// <summary>U+FEFF BYTE ORDER MARK (ZERO WIDTH NO-BREAK SPACE): an encoding signature that leaked into the text.</summary>
    public const char ByteOrderMark = '\uFEFF';

    /// <summary>All of the above.</summary>
    public const string All = "\u00AD\u200B\u200C\u200D\u2060\uFEFF";

    /// <summary>The Unicode name of an invisible character, for edit reasons; null for any other character.</summary>
    public static string? GetName(char c) => c switch
    {
        SoftHyphen => "soft hyphen (U+00AD)",
        ZeroWidthSpace => "zero-width space (U+200B)",
        ZeroWidthNonJoiner => "zero-width non-joiner (U+200C)",
        ZeroWidthJoiner => "zero-width joiner (U+200D)",
        WordJoiner => "word joiner (U+2060)",
        ByteOrderMark => "byte order mark (U+FEFF)",
        _ => null,
    };
}
