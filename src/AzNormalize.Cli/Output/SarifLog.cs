using System.Buffers;
using System.Text.Json;
using AzNormalize.Checking;
using AzNormalize.Cli.Input;

namespace AzNormalize.Cli.Output;

/// <summary>
/// <c>check --format sarif</c>: one SARIF 2.1.0 log for all inputs (<c>version</c>, <c>$schema</c>, one run whose tool
/// driver is aznorm with one rule per <see cref="FindingKind"/>, one result per finding). Regions count columns in UTF-16
/// code units, SARIF's default <c>columnKind</c>; <c>charOffset</c>/<c>charLength</c> give the same span as offsets.
/// Written in three pieces (start, results, end) so that each input's results can be made in parallel.
/// </summary>
internal static class SarifLog
{
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string InformationUri = "https://github.com/aznormalize/aznormalize";

    /// <summary>The log up to the opening bracket of the results array.</summary>
    public static void WriteStart(IBufferWriter<byte> output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JsonLines.WriterOptions.Encoder, SkipValidation = true });
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", CliContext.ToolName);
        json.WriteString("version", CliApplication.Version);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (FindingKind kind in Enum.GetValues<FindingKind>())
        {
            json.WriteStartObject();
            json.WriteString("id", kind.ToString());
            json.WriteStartObject("shortDescription");
            json.WriteString("text", Describe(kind));
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", kind == FindingKind.UnknownWord ? "warning" : "note");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        json.Flush();
    }

    /// <summary>
    /// One result object (no separator). Each suggestion is a SARIF <c>fix</c> (§3.55) that replaces the word's region with
    /// it, so code-scanning tools can offer it; the first is the likeliest.
    /// </summary>
    public static void WriteResult(Utf8JsonWriter json, InputSource source, string text, Finding finding, int line, int textElementColumn, IReadOnlyList<string>? suggestions = null)
    {
        int lineStart = finding.Start;
        while (lineStart > 0 && text[lineStart - 1] is not ('\n' or '\r'))
        {
            lineStart--;
        }

        int column = finding.Start - lineStart + 1;
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Kind.ToString());
        json.WriteString("level", finding.Confidence >= 0.8 ? "warning" : "note");
        json.WriteStartObject("message");
        json.WriteString("text", $"{finding.Word}: {finding.Message}");
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", source.Path is null ? "stdin" : ToUri(source.Path));
        json.WriteEndObject();
        WriteRegion(json, "region", finding, line, column);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        if (suggestions is { Count: > 0 })
        {
            json.WriteStartArray("fixes");
            foreach (string suggestion in suggestions)
            {
                json.WriteStartObject();
                json.WriteStartObject("description");
                json.WriteString("text", $"Replace '{finding.Word}' with '{suggestion}'");
                json.WriteEndObject();
                json.WriteStartArray("artifactChanges");
                json.WriteStartObject();
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", source.Path is null ? "stdin" : ToUri(source.Path));
                json.WriteEndObject();
                json.WriteStartArray("replacements");
                json.WriteStartObject();
                WriteRegion(json, "deletedRegion", finding, line, column);
                json.WriteStartObject("insertedContent");
                json.WriteString("text", suggestion);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("properties");
        json.WriteNumber("confidence", finding.Confidence);
        json.WriteNumber("textElementColumn", textElementColumn);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, string name, Finding finding, int line, int column)
    {
        json.WriteStartObject(name);
        json.WriteNumber("startLine", line);
        json.WriteNumber("startColumn", column);
        json.WriteNumber("endColumn", column + finding.Length);
        json.WriteNumber("charOffset", finding.Start);
        json.WriteNumber("charLength", finding.Length);
        json.WriteEndObject();
    }

    /// <summary>Closes the results, the run and the log.</summary>
    public static void WriteEnd(IBufferWriter<byte> output) => Utf8Output.WriteBytes(output, "]}]}\n"u8);

    /// <summary>A relative path as a relative URI reference (forward slashes, escaped); an absolute one as a file URI.</summary>
    private static string ToUri(string path)
    {
        string forward = path.Replace('\\', '/');
        if (forward.StartsWith("./", StringComparison.Ordinal))
        {
            forward = forward[2..];
        }

        if (Path.IsPathRooted(path))
        {
            return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        }

        return string.Join('/', forward.Split('/').Select(Uri.EscapeDataString));
    }

    private static string Describe(FindingKind kind) => kind switch
    {
        FindingKind.UnknownWord => "A word the Azerbaijani lexicon and morphology do not know: perhaps misspelled.",
        FindingKind.UnknownName => "A capitalised word inside a sentence that the lexicon does not know: probably a name.",
        _ => "A word in capitals that the lexicon does not know: probably an abbreviation.",
    };
}
