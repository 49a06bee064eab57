namespace AzNormalize.Cli;

/// <summary>What a command may touch: the process's streams, given explicitly so that tests run commands in-process.</summary>
/// <param name="Stdin">Standard input, read as raw bytes.</param>
/// <param name="Stdout">Standard output, written as raw UTF-8 bytes: data only.</param>
/// <param name="Stderr">Standard error: messages only.</param>
/// <param name="Interrupts">Tells whether Ctrl+C was pressed and whether output may still begin.</param>
internal sealed record CliContext(Stream Stdin, Stream Stdout, TextWriter Stderr, InterruptGate Interrupts)
{
    /// <summary>The tool's name, as messages start with it.</summary>
    public const string ToolName = "aznorm";

    /// <summary>Writes <c>aznorm: message</c> to stderr.</summary>
    public void Error(string message) => Stderr.WriteLine($"{ToolName}: {message}");
}
