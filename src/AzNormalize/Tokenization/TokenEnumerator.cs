namespace AzNormalize.Tokenization;

/// <summary>Enumerates tokens over a span without allocating. Returned by <see cref="Tokenizer.Tokenize"/>.</summary>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    internal TokenEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
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
        // PLACEHOLDER: a minimal scanner so that the pipeline builds; replaced by the real tokenizer.
        if (_position >= _text.Length)
        {
            return false;
        }

        int start = _position;
        char c = _text[start];
        TokenKind kind;
        int end = start + 1;
        if (char.IsLetter(c))
        {
            while (end < _text.Length && (char.IsLetter(_text[end]) || char.GetUnicodeCategory(_text[end]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format))
            {
                end++;
            }

            kind = TokenKind.Word;
        }
        else if (char.IsAsciiDigit(c))
        {
            while (end < _text.Length && char.IsAsciiDigit(_text[end]))
            {
                end++;
            }

            kind = TokenKind.Number;
        }
        else if (c == '\r')
        {
            if (end < _text.Length && _text[end] == '\n')
            {
                end++;
            }

            kind = TokenKind.LineBreak;
        }
        else if (c == '\n')
        {
            kind = TokenKind.LineBreak;
        }
        else if (char.IsWhiteSpace(c))
        {
            while (end < _text.Length && char.IsWhiteSpace(_text[end]) && _text[end] is not ('\r' or '\n'))
            {
                end++;
            }

            kind = TokenKind.Whitespace;
        }
        else if (char.IsPunctuation(c))
        {
            kind = TokenKind.Punctuation;
        }
        else if (char.IsSymbol(c))
        {
            kind = TokenKind.Symbol;
        }
        else
        {
            kind = TokenKind.Other;
        }

        _position = end;
        Current = new Token(kind, start, end - start);
        return true;
    }
}
