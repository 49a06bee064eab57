namespace AzNormalize.Tokenization;

/// <summary>The lossless tokenizer: concatenating the tokens' texts gives the input back exactly.</summary>
/// <remarks>Stateless and thread-safe. Enumeration allocates nothing.</remarks>
public static class Tokenizer
{
    /// <summary>Enumerates the tokens of <paramref name="text"/>; use with <c>foreach</c>.</summary>
    /// <param name="text">The text to split.</param>
    public static TokenEnumerator Tokenize(ReadOnlySpan<char> text) => new(text);

    /// <summary>All tokens of <paramref name="text"/> in a list (allocates; for convenience off the hot path).</summary>
    /// <param name="text">The text to split.</param>
    public static List<Token> TokenizeToList(ReadOnlySpan<char> text)
    {
        var tokens = new List<Token>();
        foreach (Token token in Tokenize(text))
        {
            tokens.Add(token);
        }

        return tokens;
    }
}
