namespace AzNormalize.Tokenization;

/// <summary>Enumerates tokens over a span without allocating. Returned by <see cref="Tokenizer.Tokenize"/>.</summary>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    internal TokenEnumerator(ReadOnlySpan<char> text)
        : this(text, 0)
    {
    }

    /// <summary>Reads the tokens of <paramref name="text"/> from <paramref name="start"/>, which must be where a token starts (a line start: <see cref="TokenChars.IsLineStart"/>).</summary>
    internal TokenEnumerator(ReadOnlySpan<char> text, int start)
    {
        _text = text;
        _position = start;
        Current = default;
    }

    /// <summary>The current token.</summary>
    public Token Current { get; private set; }

    /// <summary>The current token's text.</summary>
    public readonly ReadOnlySpan<char> CurrentText => _text.Slice(Current.Start, Current.Length);

    /// <summary>Returns this enumerator, so that it works with <c>foreach</c>.</summary>
    public readonly TokenEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next token.</summary>
    /// <returns><see langword="false"/> at the end of the text.</returns>
    public bool MoveNext()
    {
        int start = _position;
        if (start >= _text.Length)
        {
            return false;
        }

        int end = TokenScanner.Next(_text, start, out TokenKind kind);
        _position = end;
        Current = new Token(kind, start, end - start);
        return true;
    }
}
