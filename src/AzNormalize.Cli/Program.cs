using System.Runtime.InteropServices;
using System.Text;

namespace AzNormalize.Cli;

/// <summary>The entry point of <c>aznorm</c>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var interrupts = new InterruptGate();
        using PosixSignalRegistration sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            if (interrupts.Interrupt())
            {
                // Nothing written yet: stop now, even while blocked reading stdin.
                context.Cancel = true;
                Environment.Exit((int)ExitCode.Interrupted);
            }

            // The output is being written: the first Ctrl+C lets it finish whole; a second one ends the process.
            context.Cancel = interrupts.InterruptCount == 1;
        });

        using Stream stdin = Console.OpenStandardInput();
        using Stream stdout = Console.OpenStandardOutput();
        using var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = true };
        return Run(args, stdin, stdout, stderr, interrupts, errorIsTerminal: !Console.IsErrorRedirected);
    }

    /// <summary>Runs <c>aznorm</c> in-process on the given streams; <see cref="Main"/> calls it with the real ones.</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="stdin">Read as raw bytes (decoded as UTF-8 by the command, whatever the console's encoding).</param>
    /// <param name="stdout">Receives raw UTF-8 data, without a byte order mark, and nothing else.</param>
    /// <param name="stderr">Receives messages.</param>
    /// <param name="interrupts">Ctrl+C state; a fresh, never-interrupted gate when null.</param>
    /// <param name="errorIsTerminal">Whether stderr is a terminal (progress lines may be drawn).</param>
    /// <param name="progressDelay">How long a run lasts before a progress line appears; two seconds when null.</param>
    /// <returns>An <see cref="ExitCode"/>.</returns>
    internal static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr, InterruptGate? interrupts = null, bool errorIsTerminal = false, TimeSpan? progressDelay = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        // Workers report from several threads: one lock around stderr keeps messages whole.
        var context = new CliContext(stdin, stdout, TextWriter.Synchronized(stderr), interrupts ?? new InterruptGate(), errorIsTerminal)
        {
            ProgressDelay = progressDelay ?? TimeSpan.FromSeconds(2),
        };
        try
        {
            return (int)CliApplication.Run(args, context);
        }
#pragma warning disable CA1031 // The last line of defence: report any bug as exit code 70 rather than a crash dump.
        catch (Exception e)
#pragma warning restore CA1031
        {
            context.Error($"internal error: {e}");
            return (int)ExitCode.InternalError;
        }
    }
}
