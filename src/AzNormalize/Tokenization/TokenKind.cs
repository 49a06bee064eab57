namespace AzNormalize.Tokenization;

/// <summary>What a <see cref="Token"/> is.</summary>
public enum TokenKind
{
    /// <summary>A word: letters, with hyphenated compounds (<c>ictimai-siyasi</c>), inner apostrophes, and numerals or
    /// capital abbreviations with a hyphenated suffix (<c>2021-ci</c>, <c>5-də</c>, <c>ABŞ-ın</c>).</summary>
    Word,

    /// <summary>An abbreviation: capitals (<c>ABŞ</c>, <c>NATO</c>) or lowercase letters with dots (<c>e.ə.</c>).</summary>
    Abbreviation,

    /// <summary>Initials: a capital letter and a dot, possibly repeated (<c>N.Ə.</c>, <c>N.</c>).</summary>
    Initials,

    /// <summary>A number: digits with inner <c>.</c> or <c>,</c> separators (<c>2021</c>, <c>3,5</c>, <c>1.000.000</c>).</summary>
    Number,

    /// <summary>Punctuation; a run of the same mark (<c>...</c>, <c>!!</c>) is one token.</summary>
    Punctuation,

    /// <summary>A symbol (<c>%</c>, <c>$</c>, <c>+</c>, <c>№</c>, emoji).</summary>
    Symbol,

    /// <summary>A run of spaces, tabs and other non-breaking white space on one line.</summary>
    Whitespace,

    /// <summary>One line break: <c>\r\n</c>, <c>\n</c>, <c>\r</c>, form feed, U+0085, U+2028 or U+2029.</summary>
    LineBreak,

    /// <summary>A URL (<c>https://…</c>, <c>www.…</c>).</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A mention (<c>@name</c>).</summary>
    Mention,

    /// <summary>A hashtag (<c>#söz</c>).</summary>
    Hashtag,

    /// <summary>Anything else: control characters, lone invisible characters, unpaired surrogates.</summary>
    Other,
}
