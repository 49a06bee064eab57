namespace AzNormalize.Cli;

/// <summary>What a command may touch: the process's streams, given explicitly so that tests run commands in-process.</summary>
/// <param name="Stdin">Standard input, read as raw bytes.</param>
/// <param name="Stdout">Standard output, written as raw UTF-8 bytes: data only.</param>
/// <param name="Stderr">Standard error: messages only.</param>
/// <param name="Interrupts">Tells whether Ctrl+C was pressed and whether output may still begin.</param>
/// <param name="ErrorIsTerminal">Whether stderr is a terminal, so a progress line may be drawn there.</param>
internal sealed record CliContext(Stream Stdin, Stream Stdout, TextWriter Stderr, InterruptGate Interrupts, bool ErrorIsTerminal = false)
{
    /// <summary>How long a run lasts before a progress line appears (on a terminal only). Default: two seconds.</summary>
    public TimeSpan ProgressDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The tool's name, as messages start with it.</summary>
    public const string ToolName = "aznorm";

    /// <summary>Writes <c>aznorm: message</c> to stderr.</summary>
    /// <remarks>On a terminal the line is cleared first, so a message never runs into a progress line.</remarks>
    public void Error(string message) => Stderr.WriteLine(ErrorIsTerminal ? $"\r\u001b[K{ToolName}: {message}" : $"{ToolName}: {message}");
}
