using System.Globalization;
using System.Text;
using AzNormalize.Text;

namespace AzNormalize;

/// <summary>
/// Cuts text written to it piece by piece into chunks of about <c>chunkCharacters</c> characters, at a paragraph end (a
/// blank line after a sentence's end; else a line break, a space), and hands each chunk on as it completes: what
/// <see cref="StreamFixer"/> and <see cref="Checking.StreamChecker"/> share. Memory stays at about two chunks.
/// </summary>
/// <remarks>Not thread-safe: one writer at a time.</remarks>
internal sealed class TextChunker
{
    private readonly int _chunkCharacters;
    private readonly Action<string> _chunk;
    private readonly object _owner;
    private readonly StringBuilder _pending;
    private bool _completed;

    /// <summary>Creates a chunker that hands each chunk to <paramref name="chunk"/>, for <paramref name="owner"/> (named when it is written to after <see cref="Complete"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="chunkCharacters"/> is below 16 or above <see cref="StreamFixer.MaxChunkCharacters"/>.</exception>
    public TextChunker(int chunkCharacters, Action<string> chunk, object owner)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkCharacters, 16);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(chunkCharacters, StreamFixer.MaxChunkCharacters);
        _chunkCharacters = chunkCharacters;
        _chunk = chunk;
        _owner = owner;
        _pending = new StringBuilder(Math.Min(chunkCharacters, 1 << 16));
    }

    /// <summary>Adds text; every chunk it completes is handed on.</summary>
    /// <exception cref="ObjectDisposedException">After <see cref="Complete"/> (naming the owner).</exception>
    public void Write(ReadOnlySpan<char> text)
    {
        ObjectDisposedException.ThrowIf(_completed, _owner);
        _pending.Append(text);
        if (_pending.Length < 2 * _chunkCharacters)
        {
            return;
        }

        // One copy of what is buffered; each chunk is cut from a window of two chunks, so a large write costs linear time.
        string buffered = _pending.ToString();
        int start = 0;
        while (buffered.Length - start >= 2 * _chunkCharacters)
        {
            string window = buffered.Substring(start, 2 * _chunkCharacters);
            int cut = FindCut(window, _chunkCharacters);
            _chunk(window[..cut]);
            start += cut;
        }

        _pending.Clear().Append(buffered, start, buffered.Length - start);
    }

    /// <summary>Hands on what is left, when anything is; false when the chunker was completed before (nothing is done again).</summary>
    public bool Complete()
    {
        if (_completed)
        {
            return false;
        }

        if (_pending.Length > 0)
        {
            string rest = _pending.ToString();
            _pending.Clear();
            _chunk(rest);
        }

        _completed = true;
        return true;
    }

    /// <summary>
    /// Where to end a chunk, at or after <paramref name="chunkCharacters"/>: after a blank line that follows the end of a
    /// sentence, else after the last line break, else after the last space that a new text element follows, else anywhere
    /// that does not split a surrogate pair.
    /// </summary>
    internal static int FindCut(string text, int chunkCharacters)
    {
        if (text.Length < 2)
        {
            return text.Length;
        }

        int from = Math.Min(chunkCharacters, text.Length - 1);
        for (int i = from; i + 1 < text.Length; i++)
        {
            if (text[i] == '\n' && IsBlankLineAfter(text, i) && SentenceBoundaries.EndsSentence(text.AsSpan(0, i)))
            {
                return SkipBlankLines(text, i);
            }
        }

        int lastBreak = text.LastIndexOf('\n');
        if (lastBreak >= from)
        {
            return lastBreak + 1;
        }

        // A space followed by a combining mark or a joiner is part of one text element with it: cut at a space only where a
        // new text element starts after it, so that no character is read apart from what it marks.
        int lastSpace = text.LastIndexOf(' ');
        while (lastSpace >= from && lastSpace + 1 < text.Length && ExtendsTheCharacterBefore(text[lastSpace + 1]))
        {
            lastSpace = text.LastIndexOf(' ', lastSpace - 1);
        }

        if (lastSpace >= from)
        {
            return lastSpace + 1;
        }

        int cut = text.Length - 1;
        return char.IsHighSurrogate(text[cut - 1]) ? cut - 1 : cut;
    }

    private static bool ExtendsTheCharacterBefore(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format;

    private static bool IsBlankLineAfter(string text, int newline)
    {
        for (int i = newline + 1; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return false;
    }

    private static int SkipBlankLines(string text, int newline)
    {
        int i = newline;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        // Back to just after the last line break, so the next chunk starts at its line's start.
        while (i > newline && text[i - 1] != '\n')
        {
            i--;
        }

        return i;
    }
}
