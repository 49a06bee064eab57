using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using AzNormalize.Evaluation.Vocabulary;

using AzNormalize.Evaluation.Pairs;

namespace AzNormalize.Evaluation.Infrastructure;

/// <summary>What every evaluation command does around its measurement: options, help, finding the data, writing docs/quality.md.</summary>
internal static class EvaluationRun
{
    /// <summary>The title of a docs/quality.md made from nothing.</summary>
    public const string QualityTitle = """
        # Quality

        How well AzNormalize does its job on real Azerbaijani text, measured by `benchmarks/AzNormalize.Evaluation`.
        The data comes from `../shared/data`, read at run time and never committed; see README.md ("Quality") for the
        commands. Each section is written by the command it names; run it again to replace the section.
        """;

    /// <summary>The usage lines of the options every command takes (each line indented, each ending in a newline).</summary>
    public static string CommonOptions =>
        $"""
          --data <dir>        the shared data folder (default: ${SharedDataLocator.EnvironmentVariable}, else the nearest
                              shared/data beside the current directory, the executable or an ancestor)
          --json <file>       also write the results as JSON
          --markdown <file>   the Markdown file to update (default: docs/quality.md of the repository)
          --no-markdown       do not write Markdown

        """;

    /// <summary>
    /// Parses the options after the command's name and finds the shared data. Returns the exit code to stop with (usage,
    /// help, a bad <c>--data</c>, or "skipped" when the data is absent), or null to go on with <paramref name="dataRoot"/>.
    /// </summary>
    public static ExitCode? Start(string name, string usage, string[] args, TextWriter output, TextWriter error, out VocabularyOptions options, out string dataRoot)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        dataRoot = string.Empty;
        if (!VocabularyOptions.TryParse(args.AsSpan(1), out options, out string? problem))
        {
            error.WriteLine($"error: {problem}");
            error.Write(usage);
            return ExitCode.Usage;
        }

        if (options.Help)
        {
            output.Write(usage);
            return ExitCode.Success;
        }

        // A part of the pairs evaluation must never replace the whole section in docs/quality.md.
        if (options.SetFilter is not null && name is not (PairsCommand.Name or CalibrationCommand.Name))
        {
            error.WriteLine($"error: the option --set belongs to the {PairsCommand.Name} and {CalibrationCommand.Name} commands, not to {name}.");
            error.Write(usage);
            return ExitCode.Usage;
        }

        // Only pairs lists words; the list is a development aid and holds evaluation text, so it never goes into the repository.
        if (options.MissesPath is { } misses)
        {
            if (name != PairsCommand.Name)
            {
                error.WriteLine($"error: the option --misses belongs to the {PairsCommand.Name} command, not to {name}.");
                error.Write(usage);
                return ExitCode.Usage;
            }

            if (RepositoryInfo.FindRoot() is { } repository && IsUnder(Path.GetFullPath(misses), repository))
            {
                error.WriteLine($"error: --misses {misses} is inside the repository ({repository}); the list quotes evaluation text, write it elsewhere.");
                return ExitCode.Usage;
            }
        }

        // The options are shared by every command, but only vocabulary writes a dump: anywhere else --dump would be ignored.
        if (options.DumpDirectory is not null && name != VocabularyCommand.Name)
        {
            error.WriteLine($"error: the option --dump belongs to the {VocabularyCommand.Name} command, not to {name}.");
            error.Write(usage);
            return ExitCode.Usage;
        }

        SharedDataLocator.Result located = SharedDataLocator.Find(options.DataDirectory);
        if (located.Error is not null)
        {
            error.WriteLine($"error: {located.Error}");
            return ExitCode.DataError;
        }

        if (located.Root is null)
        {
            error.WriteLine($"{name}: skipped: the shared data is absent: {located.Message} Pass --data <dir> or set {SharedDataLocator.EnvironmentVariable}.");
            output.WriteLine("skipped");
            return ExitCode.Success;
        }

        dataRoot = located.Root;
        return null;
    }

    private static bool IsUnder(string path, string folder)
    {
        string prefix = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }

    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The report's first bullet: date, commit, runtime and the command that made it.</summary>
    public static string DescribeRun(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? repository = RepositoryInfo.FindRoot();
        return string.Create(CultureInfo.InvariantCulture,
            $"Run on {DateTime.UtcNow:yyyy-MM-dd} at commit `{RepositoryInfo.DescribeCommit(repository, "docs/quality.md")}`, {RuntimeInformation.FrameworkDescription}. Command (from the repository root): `{Program.RunPrefix} {string.Join(' ', args)}`");
    }

    /// <summary>Writes <paramref name="results"/> as indented camel-case JSON to the <c>--json</c> file, when one is named.</summary>
    public static void WriteJson<T>(string name, VocabularyOptions options, T results, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(error);
        if (options.JsonPath is null)
        {
            return;
        }

        using (FileStream stream = File.Create(options.JsonPath))
        {
            JsonSerializer.Serialize(stream, results, s_json);
        }

        error.WriteLine($"{name}: wrote {Path.GetFullPath(options.JsonPath)}");
    }

    /// <summary>Replaces the section <paramref name="heading"/> of the Markdown file the options name (docs/quality.md by default), unless <c>--no-markdown</c>.</summary>
    public static void WriteSection(string name, VocabularyOptions options, string heading, string section, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(error);
        if (options.NoMarkdown)
        {
            return;
        }

        string? repository = RepositoryInfo.FindRoot();
        string markdownPath = options.MarkdownPath ?? Path.Combine(repository ?? Directory.GetCurrentDirectory(), "docs", "quality.md");
        string? existing = File.Exists(markdownPath) ? File.ReadAllText(markdownPath, Encoding.UTF8) : null;
        string document = MarkdownDocument.ReplaceSection(existing, QualityTitle, heading, section);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(markdownPath))!);
        File.WriteAllText(markdownPath, document, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        error.WriteLine($"{name}: wrote the section \"{heading[3..]}\" of {Path.GetFullPath(markdownPath)}");
    }
}
