namespace AzNormalize.Text;

/// <summary>The capitalisation pattern of a word, to carry from a misspelling to its correction.</summary>
public enum CaseShape
{
    /// <summary>No cased letters (digits, punctuation).</summary>
    None,

    /// <summary>All lowercase: <c>diqqət</c>.</summary>
    Lower,

    /// <summary>First letter capital, the rest lowercase: <c>İyun</c>.</summary>
    Title,

    /// <summary>All capitals, at least two cased letters: <c>DİQQƏT</c>.</summary>
    Upper,

    /// <summary>Anything else: <c>AzTV</c>, <c>iPhone</c>.</summary>
    Mixed,
}
