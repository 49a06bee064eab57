using System.Buffers;
using System.CommandLine;
using System.Text.Json;
using AzNormalize.Cli.Input;
using AzNormalize.Cli.Output;
using AzNormalize.Normalization;

namespace AzNormalize.Cli.Commands;

/// <summary>
/// <c>aznorm fix</c>: writes each input cleaned by <see cref="AzNormalizer"/> (character normalization and layout repair,
/// <c>--layout auto|none|lines|full</c>).
/// Text: the cleaned texts, concatenated in input order, nothing added. JSON Lines: one object per input,
/// <c>{"path", "text", "edits": [{"start", "length", "original", "replacement", "kind", "confidence", "reason", "line", "column"}]}</c>,
/// where <c>path</c> is null for stdin, <c>start</c>/<c>length</c> are UTF-16 offsets in the original text, and
/// <c>line</c>/<c>column</c> (1-based, column in text elements) locate <c>start</c> there (see <see cref="LineColumnCursor"/>).
/// </summary>
internal sealed class FixCommand : InputCommand
{
    private static readonly JsonEncodedText s_path = JsonLines.Name("path");
    private static readonly JsonEncodedText s_text = JsonLines.Name("text");
    private static readonly JsonEncodedText s_edits = JsonLines.Name("edits");
    private static readonly JsonEncodedText s_start = JsonLines.Name("start");
    private static readonly JsonEncodedText s_length = JsonLines.Name("length");
    private static readonly JsonEncodedText s_original = JsonLines.Name("original");
    private static readonly JsonEncodedText s_replacement = JsonLines.Name("replacement");
    private static readonly JsonEncodedText s_kind = JsonLines.Name("kind");
    private static readonly JsonEncodedText s_confidence = JsonLines.Name("confidence");
    private static readonly JsonEncodedText s_reason = JsonLines.Name("reason");
    private static readonly JsonEncodedText s_line = JsonLines.Name("line");
    private static readonly JsonEncodedText s_column = JsonLines.Name("column");

    /// <summary>One pipeline per <c>--layout</c> value, built on first use.</summary>
    private static readonly Lazy<AzNormalizer>[] s_pipelines =
    [
        new(() => Pipeline(LayoutMode.Auto)),
        new(() => Pipeline(LayoutMode.None)),
        new(() => Pipeline(LayoutMode.Lines)),
        new(() => Pipeline(LayoutMode.Full)),
    ];

    private readonly Option<string> _layout = new("--layout")
    {
        Description = "Layout repair: 'auto' (full for text that looks hard-wrapped, lines otherwise), 'none', 'lines' (join words broken by line-end hyphens, keep every line) or 'full' (also unwrap hard-wrapped lines and rejoin paragraphs cut mid-sentence).",
        DefaultValueFactory = _ => "auto",
        HelpName = "auto|none|lines|full",
    };

    /// <summary>Creates the command.</summary>
    public FixCommand(CliContext context)
        : base("fix", "Clean Azerbaijani text and write it to stdout.", context)
    {
        _layout.AcceptOnlyFromAmong("auto", "none", "lines", "full");
        Options.Add(_layout);
    }

    private static AzNormalizer Pipeline(LayoutMode mode) =>
        mode == LayoutMode.Auto ? AzNormalizer.Default : new AzNormalizer(new AzNormalizerOptions { Layout = new LayoutOptions { Mode = mode } });

    private static LayoutMode ParseLayout(string? value) => value switch
    {
        "none" => LayoutMode.None,
        "lines" => LayoutMode.Lines,
        "full" => LayoutMode.Full,
        _ => LayoutMode.Auto,
    };

    /// <inheritdoc/>
    protected override bool WriteOutput(InputText input, ParseResult parseResult, OutputFormat format, bool severalInputs, IBufferWriter<byte> output)
    {
        FixResult result = s_pipelines[(int)ParseLayout(parseResult.GetValue(_layout))].Value.Fix(input.Text);
        if (format == OutputFormat.Text)
        {
            Utf8Output.Write(output, result.Text);
            return false;
        }

        using Utf8JsonWriter json = JsonLines.CreateWriter(output);
        json.WriteStartObject();
        if (input.Source.Path is null)
        {
            json.WriteNull(s_path);
        }
        else
        {
            json.WriteString(s_path, input.Source.Path);
        }

        json.WriteString(s_text, result.Text);
        json.WriteStartArray(s_edits);
        var cursor = new LineColumnCursor(input.Text);
        foreach (Edit edit in result.Edits)
        {
            (int line, int column) = cursor.Locate(edit.Start);
            json.WriteStartObject();
            json.WriteNumber(s_start, edit.Start);
            json.WriteNumber(s_length, edit.Length);
            json.WriteString(s_original, edit.Original);
            json.WriteString(s_replacement, edit.Replacement);
            json.WriteString(s_kind, EnumNames<EditKind>.Json(edit.Kind));
            json.WriteNumber(s_confidence, edit.Confidence);
            json.WriteString(s_reason, edit.Reason);
            json.WriteNumber(s_line, line);
            json.WriteNumber(s_column, column);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        JsonLines.EndLine(json, output);
        return false;
    }
}
