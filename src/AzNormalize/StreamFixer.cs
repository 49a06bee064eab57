using AzNormalize.Normalization;

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
    private readonly TextChunker _chunker;
    private AzNormalizer? _chunkPipeline;

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
        _pipeline = pipeline;
        _output = output;
        _edits = edits;
        _protect = protect;
        _cancellationToken = cancellationToken;
        _chunker = new TextChunker(chunkCharacters, Clean, this);
    }

    /// <summary>How many characters have been cleaned and written so far.</summary>
    public long CharactersWritten { get; private set; }

    /// <summary>How many edits were made so far.</summary>
    public long EditCount { get; private set; }

    /// <summary>Adds text; every chunk it completes is cleaned and written.</summary>
    /// <exception cref="InvalidOperationException">After <see cref="Complete"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public void Write(ReadOnlySpan<char> text) => _chunker.Write(text);

    /// <summary>Cleans and writes what is left, and flushes the output.</summary>
    public void Complete()
    {
        if (_chunker.Complete())
        {
            _output.Flush();
        }
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
}
