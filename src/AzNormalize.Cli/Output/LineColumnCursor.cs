using System.Globalization;

namespace AzNormalize.Cli.Output;

/// <summary>
/// Turns UTF-16 offsets into 1-based line and column numbers, walking forward through a text once.
/// </summary>
/// <remarks>
/// Lines end at <c>\n</c>, <c>\r\n</c> or <c>\r</c> (as editors count them; U+2028 and U+0085 do not start a line).
/// Columns count text elements (extended grapheme clusters, what a reader sees as one character): <c>ə</c>, <c>i</c> + U+0307
/// and an emoji with modifiers are one column each. An offset inside a text element gets that element's column.
/// Offsets must be asked for in non-decreasing order; the whole walk is linear in the text.
/// </remarks>
internal struct LineColumnCursor
{
    private string _text;
    private int _position; // Always at a text element boundary.
    private int _line;
    private int _column;

    /// <summary>Creates a cursor at the start of <paramref name="text"/>.</summary>
    public LineColumnCursor(string text)
    {
        _text = text;
        _position = 0;
        _line = 1;
        _column = 1;
    }

    /// <summary>
    /// Goes on into <paramref name="next"/>, the text that follows this one (the next chunk of a streamed input, cut at a
    /// text element boundary): offsets are then asked in it, and lines and columns go on counting.
    /// </summary>
    public void Continue(string next)
    {
        _ = Locate(_text.Length);
        _text = next;
        _position = 0;
    }

    /// <summary>The line and column of <paramref name="offset"/>.</summary>
    /// <param name="offset">A UTF-16 offset in the text, not before the previous one asked for.</param>
    public (int Line, int Column) Locate(int offset)
    {
        if (offset < _position)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, "Offsets must not decrease.");
        }

        while (_position < _text.Length)
        {
            int length = StringInfo.GetNextTextElementLength(_text, _position);
            if (_position + length > offset)
            {
                break;
            }

            char first = _text[_position];
            if (first is '\n' or '\r')
            {
                // \r\n is one text element, so this counts it once.
                _line++;
                _column = 1;
            }
            else
            {
                _column++;
            }

            _position += length;
        }

        return (_line, _column);
    }
}
