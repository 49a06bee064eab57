namespace AzNormalize.Cli;

/// <summary>
/// Decides what an interrupt (Ctrl+C) may do so that stdout holds either nothing or the whole output: before the
/// output begins the process may stop at once; once it has begun, the output is finished first.
/// </summary>
/// <remarks>Thread-safe: <see cref="Interrupt"/> is called from the signal handler's thread.</remarks>
internal sealed class InterruptGate
{
    private const int Working = 0;
    private const int Writing = 1;
    private const int Stopped = 2;

    private int _state;
    private int _interruptCount;

    /// <summary>Whether an interrupt has been requested.</summary>
    public bool IsInterrupted => Volatile.Read(ref _interruptCount) > 0;

    /// <summary>How many interrupts have been requested.</summary>
    public int InterruptCount => Volatile.Read(ref _interruptCount);

    /// <summary>Records an interrupt.</summary>
    /// <returns><see langword="true"/> when no output has begun, so the process may exit now without writing anything;
    /// <see langword="false"/> when the output is being written and should be finished first.</returns>
    public bool Interrupt()
    {
        Interlocked.Increment(ref _interruptCount);
        return Interlocked.CompareExchange(ref _state, Stopped, Working) != Writing;
    }

    /// <summary>Called once, just before the output is written.</summary>
    /// <returns><see langword="false"/> when an interrupt came first: write nothing.</returns>
    public bool TryBeginOutput() => Interlocked.CompareExchange(ref _state, Writing, Working) == Working;
}
