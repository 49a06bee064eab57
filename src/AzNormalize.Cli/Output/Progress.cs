using System.Diagnostics;
using System.Globalization;

namespace AzNormalize.Cli.Output;

/// <summary>
/// A progress line on stderr (<c>aznorm: 412/1,600 files</c>, rewritten in place), shown only when stderr is a terminal
/// and the run has lasted <see cref="CliContext.ProgressDelay"/>; redrawn at most four times a second; erased at the end.
/// Thread-safe: workers call <see cref="Advance"/>.
/// </summary>
internal sealed class Progress : IDisposable
{
    private static readonly TimeSpan s_interval = TimeSpan.FromMilliseconds(250);

    private readonly CliContext _context;
    private readonly int _total;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private TimeSpan _lastDrawn = TimeSpan.FromSeconds(-1);
    private int _done;
    private bool _shown;

    /// <summary>Starts counting <paramref name="total"/> inputs.</summary>
    public Progress(CliContext context, int total)
    {
        _context = context;
        _total = total;
    }

    /// <summary>Counts one input done, and redraws if it is time.</summary>
    public void Advance()
    {
        int done = Interlocked.Increment(ref _done);
        if (!_context.ErrorIsTerminal || _total < 2)
        {
            return;
        }

        TimeSpan now = _clock.Elapsed;
        if (now < _context.ProgressDelay || now - _lastDrawn < s_interval && done < _total)
        {
            return;
        }

        lock (_lock)
        {
            _lastDrawn = now;
            _shown = true;
            _context.Stderr.Write(string.Create(CultureInfo.InvariantCulture, $"\r{CliContext.ToolName}: {done:N0}/{_total:N0} files"));
            _context.Stderr.Flush();
        }
    }

    /// <summary>Erases the progress line, if one was drawn.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            if (_shown)
            {
                _context.Stderr.Write("\r\u001b[K");
                _context.Stderr.Flush();
                _shown = false;
            }
        }
    }
}
