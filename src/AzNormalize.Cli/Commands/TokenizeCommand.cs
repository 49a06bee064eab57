using System.Buffers;
using System.CommandLine;
using System.Text.Json;
using AzNormalize.Cli.Input;
using AzNormalize.Cli.Output;
using AzNormalize.Tokenization;

namespace AzNormalize.Cli.Commands;

/// <summary>
/// <c>aznorm tokenize</c>: writes each input's tokens, one per line. Offsets are UTF-16 code units in that input.
/// Text: <c>Kind\tStart\tLength\tText</c>, the text escaped by <see cref="TextEscaping"/> (a line break token prints as
/// <c>\n</c>); with several inputs each line starts with the input's path (escaped the same way, <c>-</c> for stdin) and a tab,
/// as grep does. JSON Lines: <c>{"kind", "start", "length", "text"}</c>, with <c>"path"</c> first (null for stdin) when there
/// are several inputs.
/// </summary>
internal sealed class TokenizeCommand : InputCommand
{
    private static readonly JsonEncodedText s_path = JsonLines.Name("path");
    private static readonly JsonEncodedText s_kind = JsonLines.Name("kind");
    private static readonly JsonEncodedText s_start = JsonLines.Name("start");
    private static readonly JsonEncodedText s_length = JsonLines.Name("length");
    private static readonly JsonEncodedText s_text = JsonLines.Name("text");

    /// <summary>Creates the command.</summary>
    public TokenizeCommand(CliContext context)
        : base("tokenize", "Split text into tokens and write one token per line to stdout.", context)
    {
    }

    /// <inheritdoc/>
    protected override bool WriteOutput(InputText input, ParseResult parseResult, OutputFormat format, bool severalInputs, IBufferWriter<byte> output)
    {
        if (format == OutputFormat.Text)
        {
            WriteText(input, severalInputs, output);
        }
        else
        {
            WriteJson(input, severalInputs, output);
        }

        return false;
    }

    private static void WriteText(InputText input, bool severalInputs, IBufferWriter<byte> output)
    {
        ReadOnlySpan<char> text = input.Text;
        foreach (Token token in Tokenizer.Tokenize(text))
        {
            if (severalInputs)
            {
                TextEscaping.WriteEscaped(output, input.Source.Path ?? InputSource.StdinArgument);
                Utf8Output.WriteByte(output, (byte)'\t');
            }

            Utf8Output.WriteBytes(output, EnumNames<TokenKind>.Utf8(token.Kind));
            Utf8Output.WriteByte(output, (byte)'\t');
            Utf8Output.WriteInt(output, token.Start);
            Utf8Output.WriteByte(output, (byte)'\t');
            Utf8Output.WriteInt(output, token.Length);
            Utf8Output.WriteByte(output, (byte)'\t');
            TextEscaping.WriteEscaped(output, token.GetText(text));
            Utf8Output.WriteByte(output, (byte)'\n');
        }
    }

    private static void WriteJson(InputText input, bool severalInputs, IBufferWriter<byte> output)
    {
        ReadOnlySpan<char> text = input.Text;
        using Utf8JsonWriter json = JsonLines.CreateWriter(output);
        foreach (Token token in Tokenizer.Tokenize(text))
        {
            json.WriteStartObject();
            if (severalInputs)
            {
                if (input.Source.Path is null)
                {
                    json.WriteNull(s_path);
                }
                else
                {
                    json.WriteString(s_path, input.Source.Path);
                }
            }

            json.WriteString(s_kind, EnumNames<TokenKind>.Json(token.Kind));
            json.WriteNumber(s_start, token.Start);
            json.WriteNumber(s_length, token.Length);
            json.WriteString(s_text, token.GetText(text));
            json.WriteEndObject();
            JsonLines.EndLine(json, output);
        }
    }
}
