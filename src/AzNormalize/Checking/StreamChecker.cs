namespace AzNormalize.Checking;

/// <summary>
/// Checks text of any length in bounded memory: the text is written to it piece by piece (<see cref="Write"/>), cut into
/// chunks as <see cref="StreamFixer"/> cuts them (about a million characters, at a paragraph end, else a line break or a
/// space), and each chunk is checked in the state the text before it left (whether a sentence starts at its first word).
/// Each chunk is handed on with its findings as soon as it is checked.
/// </summary>
/// <remarks>
/// <para>The findings are those <see cref="WordChecker.Check(string)"/> gives the whole text, unless a chunk had to be cut
/// inside a line: at a space (a line longer than a chunk), where initials and abbreviations that the tokenizer reads
/// across a space (<c>N. Əliyev</c>, <c>və s.</c>) are read apart, or inside a word (a run of more than a chunk's characters
/// without a space or a line break).</para>
/// <para>Not thread-safe: one writer at a time.</para>
/// </remarks>
/// <example>
/// <code>
/// using var input = File.OpenText("archive.txt");
/// var checker = new StreamChecker(WordChecker.Default, chunk =>
/// {
///     foreach (Finding finding in chunk.Findings)
///     {
///         Console.WriteLine($"{chunk.Start + finding.Start}: {finding.Word}");
///     }
/// });
/// char[] buffer = new char[1 &lt;&lt; 16];
/// for (int read; (read = input.Read(buffer)) &gt; 0;)
/// {
///     checker.Write(buffer.AsSpan(0, read));
/// }
///
/// checker.Complete();
/// </code>
/// </example>
public sealed class StreamChecker
{
    private readonly WordChecker _checker;
    private readonly Action<CheckedChunk> _chunks;
    private readonly CancellationToken _cancellationToken;
    private readonly TextChunker _chunker;
    private WordChecker.ReadingState _state = WordChecker.ReadingState.TextStart;

    /// <summary>Creates a stream checker.</summary>
    /// <param name="checker">Checks each chunk.</param>
    /// <param name="chunks">Receives every chunk with its findings, in order.</param>
    /// <param name="chunkCharacters">About how many characters a chunk holds.</param>
    /// <param name="cancellationToken">Checked for every chunk.</param>
    public StreamChecker(WordChecker checker, Action<CheckedChunk> chunks, int chunkCharacters = StreamFixer.DefaultChunkCharacters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checker);
        ArgumentNullException.ThrowIfNull(chunks);
        _checker = checker;
        _chunks = chunks;
        _cancellationToken = cancellationToken;
        _chunker = new TextChunker(chunkCharacters, Check, this);
    }

    /// <summary>How many characters have been checked so far.</summary>
    public long CharactersChecked { get; private set; }

    /// <summary>How many findings were handed on so far.</summary>
    public long FindingCount { get; private set; }

    /// <summary>Adds text; every chunk it completes is checked and handed on.</summary>
    /// <exception cref="ObjectDisposedException">After <see cref="Complete"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public void Write(ReadOnlySpan<char> text) => _chunker.Write(text);

    /// <summary>Checks what is left and hands it on.</summary>
    public void Complete() => _chunker.Complete();

    private void Check(string chunk)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var findings = new List<Finding>();
        using (WordMemo memo = WordMemo.For(_checker.Oracle, chunk.Length))
        {
            _state = _checker.Check(chunk, findings, memo, null, _state);
        }

        long start = CharactersChecked;
        CharactersChecked += chunk.Length;
        FindingCount += findings.Count;
        _chunks(new CheckedChunk(chunk, start, findings));
    }
}

/// <summary>One chunk of a text <see cref="StreamChecker"/> checked, with its findings.</summary>
/// <param name="Text">The chunk's text.</param>
/// <param name="Start">Where the chunk starts in the whole stream, in UTF-16 code units.</param>
/// <param name="Findings">The chunk's findings, in text order, with offsets in <paramref name="Text"/>.</param>
public sealed record CheckedChunk(string Text, long Start, IReadOnlyList<Finding> Findings);
