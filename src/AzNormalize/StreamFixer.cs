using System.Text;
using AzNormalize.Normalization;
using AzNormalize.Text;

namespace AzNormalize;

/// <summary>
/// Cleans text of any length in bounded memory: the text is written to it piece by piece (<see cref="Write"/>), cut into
/// chunks of about a million characters at a paragraph end (a blank line after a sentence's end; else a line break, a space),
/// each chunk cleaned by the pipeline and written out, and its edits handed on with offsets in the whole stream.
/// </summary>
/// <remarks>
/// <para>Memory stays at about two chunks whatever the length. A paragraph longer than a chunk is cut at a line break or a
/// space, so a word is never split; layout repair and the corrector then see the two parts apart.</para>
/// <para>With <see cref="LayoutMode.Auto"/> the layout is decided once, on the first chunk, and kept for the rest, so one
/// text is not repaired two ways.</para>
/// <para>Not thread-safe: one writer at a time. <see cref="AzNormalizer.FixStream(TextReader, TextWriter, Action{Edit}?, CancellationToken)"/>
/// is the one-call form.</para>
/// </remarks>
/// <example>
/// <code>
/// using var input = File.OpenText("archive.txt");
/// using var output = File.CreateText("archive.clean.txt");
/// long edits = AzNormalizer.Default.FixStream(input, output, edit => Console.Error.WriteLine(edit));
/// </code>
/// </example>
public sealed class StreamFixer
{
    /// <summary>About how many characters one chunk holds (a chunk is cut at or after this many).</summary>
    public const int DefaultChunkCharacters = 1 << 20;

    /// <summary>The largest chunk size (two chunks must fit in a string).</summary>
    public const int MaxChunkCharacters = 1 << 28;

    private readonly AzNormalizer _pipeline;
    private readonly TextWriter _output;
    private readonly Action<Edit>? _edits;
    private readonly Func<string, IReadOnlyList<TextSpan>?>? _protect;
    private readonly CancellationToken _cancellationToken;
    private readonly int _chunkCharacters;
    private readonly StringBuilder _pending;
    private AzNormalizer? _chunkPipeline;
    private bool _completed;

    /// <summary>Creates a stream fixer.</summary>
    /// <param name="pipeline">Cleans each chunk.</param>
    /// <param name="output">Receives the cleaned text.</param>
    /// <param name="edits">Receives every edit, in order, with offsets (UTF-16 code units) in the whole stream; null for none.</param>
    /// <param name="protect">The parts of a chunk no edit may touch (code, quotations); null for none.</param>
    /// <param name="chunkCharacters">About how many characters a chunk holds.</param>
    /// <param name="cancellationToken">Checked for every chunk.</param>
    public StreamFixer(AzNormalizer pipeline, TextWriter output, Action<Edit>? edits = null, Func<string, IReadOnlyList<TextSpan>?>? protect = null, int chunkCharacters = DefaultChunkCharacters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkCharacters, 16);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(chunkCharacters, MaxChunkCharacters);
        _pipeline = pipeline;
        _output = output;
        _edits = edits;
        _protect = protect;
        _cancellationToken = cancellationToken;
        _chunkCharacters = chunkCharacters;
        _pending = new StringBuilder(Math.Min(chunkCharacters, 1 << 16));
    }

    /// <summary>How many characters have been cleaned and written so far.</summary>
    public long CharactersWritten { get; private set; }

    /// <summary>How many edits were made so far.</summary>
    public long EditCount { get; private set; }

    /// <summary>Adds text; every chunk it completes is cleaned and written.</summary>
    /// <exception cref="InvalidOperationException">After <see cref="Complete"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public void Write(ReadOnlySpan<char> text)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
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
            Clean(window[..cut]);
            start += cut;
        }

        _pending.Clear().Append(buffered, start, buffered.Length - start);
    }

    /// <summary>Cleans and writes what is left, and flushes the output.</summary>
    public void Complete()
    {
        if (_completed)
        {
            return;
        }

        if (_pending.Length > 0)
        {
            string rest = _pending.ToString();
            _pending.Clear();
            Clean(rest);
        }

        _completed = true;
        _output.Flush();
    }

    private void Clean(string chunk)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        _chunkPipeline ??= _pipeline.Options.Layout.Mode == LayoutMode.Auto
            ? new AzNormalizer(_pipeline.Options with { Layout = _pipeline.Options.Layout with { Mode = LayoutRepairer.DetectLayout(chunk) } })
            : _pipeline;
        FixResult result = _chunkPipeline.Fix(chunk, _protect?.Invoke(chunk), _cancellationToken);
        if (_edits is not null)
        {
            foreach (Edit edit in result.Edits)
            {
                long start = CharactersWritten + edit.Start;
                if (start + edit.Length > int.MaxValue)
                {
                    // An Edit's offsets are ints: past 2^31 characters they cannot name the place; say so, never a wrong one.
                    throw new InvalidOperationException($"an edit at character {start} of the stream lies past the offsets an Edit can hold (2^31); clean such a stream without an edit sink, or in parts");
                }

                _edits(edit with { Start = (int)start });
            }
        }

        _output.Write(result.Text);
        _output.Flush();
        EditCount += result.Edits.Count;
        CharactersWritten += chunk.Length;
    }

    /// <summary>
    /// Where to end a chunk, at or after <paramref name="chunkCharacters"/>: after a blank line that follows the end of a
    /// sentence, else after the last line break, else after the last space, else anywhere that does not split a surrogate pair.
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

        int lastSpace = text.LastIndexOf(' ');
        if (lastSpace >= from)
        {
            return lastSpace + 1;
        }

        int cut = text.Length - 1;
        return char.IsHighSurrogate(text[cut - 1]) ? cut - 1 : cut;
    }

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
