using System.Buffers;
using System.CommandLine;
using AzNormalize.Cli.Input;
using AzNormalize.Cli.Output;
using AzNormalize.Correction;

namespace AzNormalize.Cli.Commands;

/// <summary>
/// <c>aznorm train</c>: counts the words and word pairs of the inputs (a corpus of text like the text to correct) and
/// writes a <see cref="ContextModel"/> to stdout, for <c>aznorm fix --context-model FILE</c>. The inputs are normalized
/// (characters and layout) first, so the model counts the words as the corrector will see them.
/// </summary>
internal sealed class TrainCommand : InputCommand
{
    private readonly ContextModelBuilder _builder = new();
    private readonly Lock _lock = new();

    /// <summary>Creates the command.</summary>
    public TrainCommand(CliContext context)
        : base("train", "Build a context model (word pair counts) from a corpus and write it to stdout, for fix --context-model.", context)
    {
        // The model is one text file whatever the format; every input is read as text; no aznorm.json or word list changes what is counted.
        Without("--format", "--markdown", "--config", "--no-config", "--dictionary");
    }

    /// <inheritdoc/>
    protected override bool WriteOutput(InputText input, ParseResult parseResult, OutputFormat format, bool severalInputs, IBufferWriter<byte> output)
    {
        string text = s_normalizer.Fix(input.Text).Text;
        lock (_lock)
        {
            _builder.Add(text);
        }

        return false;
    }

    /// <inheritdoc/>
    protected override void WriteEnd(ParseResult parseResult, OutputFormat format, IBufferWriter<byte> output)
    {
        ContextModel model;
        lock (_lock)
        {
            model = _builder.Build();
        }

        var writer = new StringWriter();
        model.Save(writer);
        Utf8Output.Write(output, writer.ToString());
    }

    private static readonly AzNormalizer s_normalizer = new(new AzNormalizerOptions { Spelling = new SpellingOptions { Enabled = false } });
}
