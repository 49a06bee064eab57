namespace AzNormalize.Tokenization;

/// <summary>A token: a kind and a span of the text it was read from. Holds no text, so enumeration allocates nothing.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Start">Offset of the token's first UTF-16 code unit in the input.</param>
/// <param name="Length">Number of UTF-16 code units; never 0.</param>
public readonly record struct Token(TokenKind Kind, int Start, int Length)
{
    /// <summary>Offset just past the token in the input.</summary>
    public int End => Start + Length;

    /// <summary>The token's text in <paramref name="source"/>, the text it was read from.</summary>
    /// <param name="source">The tokenizer's input.</param>
    public ReadOnlySpan<char> GetText(ReadOnlySpan<char> source) => source.Slice(Start, Length);
}
