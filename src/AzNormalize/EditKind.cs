namespace AzNormalize;

/// <summary>What kind of repair an <see cref="Edit"/> makes. The kind is the first half of an edit's reason.</summary>
public enum EditKind
{
    /// <summary>Unicode normalization: a decomposed letter composed to NFC, or a stray combining mark folded.</summary>
    Unicode,

    /// <summary>A look-alike character replaced by the Azerbaijani letter it imitates (Cyrillic ә in a Latin word, Ǝ for Ə, ä for ə).</summary>
    LookAlike,

    /// <summary>A typographic ligature (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ) expanded to its letters.</summary>
    Ligature,

    /// <summary>An invisible character removed: soft hyphen, zero-width space or joiner, byte order mark.</summary>
    Invisible,

    /// <summary>A lost Azerbaijani letter restored (e→ə, i→ı, s→ş, c→ç, g→ğ, o→ö, u→ü).</summary>
    Diacritic,

    /// <summary>A keyboard slip: neighbouring key, doubled, dropped or swapped letters.</summary>
    Keyboard,

    /// <summary>An OCR confusion (rn→m, 1→l, o→ə …).</summary>
    Ocr,

    /// <summary>A Turkish spelling habit (k→q, Turkish word forms).</summary>
    TurkishSpelling,

    /// <summary>A real word in the wrong place, told by context.</summary>
    RealWord,

    /// <summary>A word broken by a line-end hyphen joined again.</summary>
    Hyphenation,

    /// <summary>A hard line break inside a paragraph replaced by a space.</summary>
    Unwrap,

    /// <summary>A paragraph cut mid-sentence (by a page break) joined again.</summary>
    Rejoin,

    /// <summary>A word in Azerbaijani Cyrillic script written in the Latin alphabet (ЈАЗЫЧЫ → YAZIÇI).</summary>
    Transliteration,
}
