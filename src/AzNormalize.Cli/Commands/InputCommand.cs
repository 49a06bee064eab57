using System.Buffers;
using System.CommandLine;
using AzNormalize.Cli.Input;
using AzNormalize.Cli.Output;

namespace AzNormalize.Cli.Commands;

/// <summary>
/// A command over inputs (files or stdin) that writes data to stdout: the shared arguments and options, and the
/// read-all, process-all, then write-all run that keeps stdout empty when any input fails.
/// </summary>
internal abstract class InputCommand : Command
{
    private readonly CliContext _context;

    private readonly Argument<string[]> _files = new("FILE")
    {
        Description = "Files to read, as UTF-8. None, or '-', means standard input.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string> _format = new("--format")
    {
        Description = "Output format: 'text' or 'json' (JSON Lines, one object per line).",
        DefaultValueFactory = _ => "text",
        HelpName = "text|json",
    };

    private readonly Option<bool> _replaceInvalid = new("--replace-invalid")
    {
        Description = "Replace invalid UTF-8 bytes with U+FFFD instead of failing with exit code 3.",
    };

    /// <summary>Creates the command with its shared arguments and options.</summary>
    protected InputCommand(string name, string description, CliContext context)
        : base(name, description)
    {
        _context = context;
        _format.AcceptOnlyFromAmong("text", "json");
        Arguments.Add(_files);
        Options.Add(_format);
        Options.Add(_replaceInvalid);
        SetAction(parseResult => (int)Execute(parseResult));
    }

    /// <summary>Writes the output for one input to <paramref name="output"/>.</summary>
    /// <param name="input">The decoded input.</param>
    /// <param name="parseResult">The command line, for the command's own options.</param>
    /// <param name="format">The output format.</param>
    /// <param name="severalInputs">Whether the command has more than one input, so records may need to name theirs.</param>
    /// <param name="output">Receives UTF-8 bytes.</param>
    /// <returns>Whether the output reports findings (only <c>check</c> has any), which makes the exit code <see cref="ExitCode.Findings"/>.</returns>
    protected abstract bool WriteOutput(InputText input, ParseResult parseResult, OutputFormat format, bool severalInputs, IBufferWriter<byte> output);

    private ExitCode Execute(ParseResult parseResult)
    {
        InputSource[] sources = InputSource.FromArguments(parseResult.GetValue(_files));
        OutputFormat format = parseResult.GetValue(_format) == "json" ? OutputFormat.Json : OutputFormat.Text;
        bool replaceInvalid = parseResult.GetValue(_replaceInvalid);

        // Whole-input mode: read every input first, so a bad one fails before anything is written. Streaming mode
        // (a later issue) will read, write and flush one input at a time through the same WriteOutput.
        var inputs = new InputText[sources.Length];
        for (int i = 0; i < sources.Length; i++)
        {
            try
            {
                inputs[i] = InputReader.Read(sources[i], _context.Stdin, replaceInvalid);
            }
            catch (InputException e)
            {
                _context.Error(e.Message);
                return ExitCode.InputError;
            }

            if (_context.Interrupts.IsInterrupted)
            {
                return ExitCode.Interrupted;
            }
        }

        var output = new ArrayBufferWriter<byte>();
        bool findings = false;
        for (int i = 0; i < inputs.Length; i++)
        {
            findings |= WriteOutput(inputs[i], parseResult, format, inputs.Length > 1, output);
            if (_context.Interrupts.IsInterrupted)
            {
                return ExitCode.Interrupted;
            }
        }

        return Commit(output.WrittenSpan, findings ? ExitCode.Findings : ExitCode.Success);
    }

    /// <summary>Writes the whole output to stdout in one go, unless Ctrl+C came first.</summary>
    /// <param name="output">The whole output.</param>
    /// <param name="completed">The exit code once it is written: <see cref="ExitCode.Success"/> or <see cref="ExitCode.Findings"/>.</param>
    private ExitCode Commit(ReadOnlySpan<byte> output, ExitCode completed)
    {
        if (!_context.Interrupts.TryBeginOutput())
        {
            return ExitCode.Interrupted;
        }

        try
        {
            _context.Stdout.Write(output);
            _context.Stdout.Flush();
        }
        catch (IOException e)
        {
            _context.Error($"cannot write to standard output: {e.Message}");
            return ExitCode.OutputError;
        }

        // Ctrl+C during the write: the output was finished, and the exit code still says it was interrupted.
        return _context.Interrupts.IsInterrupted ? ExitCode.Interrupted : completed;
    }
}
