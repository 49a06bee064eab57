using System.Globalization;
using System.Text;
using AzNormalize.Evaluation.Layout;
using AzNormalize.Evaluation.Pairs;
using AzNormalize.Evaluation.Script;
using AzNormalize.Evaluation.Vocabulary;

namespace AzNormalize.Evaluation;

/// <summary>
/// Quality measurements on real data (<c>../shared/data</c>, read at run time, never committed); results go to
/// docs/quality.md. One class per command.
/// </summary>
internal static class Program
{
    /// <summary>How the commands are run from the repository root; reports quote it.</summary>
    public const string RunPrefix = "dotnet run -c Release --project benchmarks/AzNormalize.Evaluation --";

    private static int Main(string[] args)
    {
        // Belt and braces: the code formats with the invariant culture explicitly; this catches anything missed.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        try
        {
            return (int)Run(args, Console.Out, Console.Error);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"error: {exception}");
            return (int)ExitCode.InternalError;
        }
    }

    /// <summary>Runs the command <paramref name="args"/> names.</summary>
    internal static ExitCode Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? error : output).Write(Usage);
            return args.Length == 0 ? ExitCode.Usage : ExitCode.Success;
        }

        switch (args[0])
        {
            case VocabularyCommand.Name:
                return VocabularyCommand.Run(args, output, error);
            case LayoutCommand.Name:
                return LayoutCommand.Run(args, output, error);
            case PairsCommand.Name:
                return PairsCommand.Run(args, output, error);
            case CalibrationCommand.Name:
                return CalibrationCommand.Run(args, output, error);
            case ScriptCommand.Name:
                return ScriptCommand.Run(args, output, error);
            default:
                error.WriteLine($"error: unknown command '{args[0]}'.");
                error.Write(Usage);
                return ExitCode.Usage;
        }
    }

    private static string Usage =>
        $"""
        Usage: {RunPrefix} <command> [options]

        Commands:
          {VocabularyCommand.Name,-12} how well word oracles tell correct from misspelled Azerbaijani words
          {LayoutCommand.Name,-12} how well layout repair joins line-end hyphens and rebuilds paragraphs of OCR text
          {PairsCommand.Name,-12} whole repairs scored word by word against gold: OCR text, seeded noise, clean text
          {CalibrationCommand.Name,-12} whether the corrector's confidence is a probability (reliability by confidence bucket)
          {ScriptCommand.Name,-12} Cyrillic script to Latin: Debian's Azerbaijani Cyrillic word list, and a round trip of the gold texts

        Run '{RunPrefix} <command> --help' for a command's options.

        """;
}
