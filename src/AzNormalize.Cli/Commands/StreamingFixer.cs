using System.Text;
using AzNormalize.Cli.Input;
using AzNormalize.Normalization;

namespace AzNormalize.Cli.Commands;

/// <summary>
/// <c>aznorm fix --stream</c> (and plain-text inputs over <see cref="AutomaticThreshold"/> together): each input is read,
/// decoded, cleaned and written in chunks of about <see cref="ChunkChars"/> characters, so memory stays bounded whatever
/// its size. A chunk ends at a paragraph break after the end of a sentence (where layout repair would not join anything),
/// else at the last line break or space, so the output is the whole-input output in all but rare cases: the layout mode of
/// <c>auto</c> is decided on the first chunk, and the alphabet facts of character normalization are gathered per chunk.
/// </summary>
/// <remarks>Output is written as it is made: invalid UTF-8 late in an input stops the run with exit code 3 after the text before it.</remarks>
internal sealed class StreamingFixer
{
    /// <summary>Plain-text inputs whose files add up to more than this are streamed without being asked.</summary>
    public const long AutomaticThreshold = 64L << 20;

    /// <summary>About how many characters one chunk holds (the library's <see cref="StreamFixer"/> cuts them).</summary>
    internal const int ChunkChars = StreamFixer.DefaultChunkCharacters;

    private readonly CliContext _context;
    private readonly Func<LayoutMode, AzNormalizer> _pipelines;
    private readonly LayoutMode _layout;
    private readonly bool _replaceInvalid;
    private readonly Func<string, ProtectedRegions.MarkerState, IReadOnlyList<TextSpan>?> _protect;

    /// <summary>Creates a streaming fixer.</summary>
    /// <param name="context">Streams.</param>
    /// <param name="pipelines">The pipeline for a layout mode.</param>
    /// <param name="layout">The layout mode asked for; <see cref="LayoutMode.Auto"/> is decided on each input's first chunk (by <see cref="StreamFixer"/>).</param>
    /// <param name="replaceInvalid">Replace invalid UTF-8 instead of failing.</param>
    /// <param name="protect">The protected regions of a chunk (the same as whole inputs get), given where the input's ignore markers left off (one state per input, updated chunk by chunk).</param>
    public StreamingFixer(CliContext context, Func<LayoutMode, AzNormalizer> pipelines, LayoutMode layout, bool replaceInvalid, Func<string, ProtectedRegions.MarkerState, IReadOnlyList<TextSpan>?> protect)
    {
        _protect = protect;
        _context = context;
        _pipelines = pipelines;
        _layout = layout;
        _replaceInvalid = replaceInvalid;
    }

    /// <summary>Whether <paramref name="sources"/> are files whose sizes add up to more than <see cref="AutomaticThreshold"/>.</summary>
    public static bool IsLarge(IReadOnlyList<InputSource> sources)
    {
        long total = 0;
        foreach (InputSource source in sources)
        {
            if (source.Path is not null && File.Exists(source.Path))
            {
                total += new FileInfo(source.Path).Length;
            }
        }

        return total > AutomaticThreshold;
    }

    /// <summary>Streams every input to stdout, in order.</summary>
    public ExitCode Run(IReadOnlyList<InputSource> sources)
    {
        if (!_context.Interrupts.TryBeginOutput())
        {
            return ExitCode.Interrupted;
        }

        foreach (InputSource source in sources)
        {
            ExitCode code = RunOne(source);
            if (code != ExitCode.Success)
            {
                return code;
            }

            if (_context.Interrupts.IsInterrupted)
            {
                return ExitCode.Interrupted;
            }
        }

        return ExitCode.Success;
    }

    private ExitCode RunOne(InputSource source)
    {
        using var writer = new StreamWriter(_context.Stdout, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true);
        var markers = new ProtectedRegions.MarkerState();
        var fixer = new StreamFixer(_pipelines(_layout), writer, protect: chunk => _protect(chunk, markers));
        return ChunkedInput.Read(source, _context, _replaceInvalid, fixer.Write, fixer.Complete);
    }
}
