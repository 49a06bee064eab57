using System.Buffers;
using System.Text;
using System.Text.Json;
using AzNormalize.Cli.Input;
using AzNormalize.Cli.Output;

namespace AzNormalize.Cli.Commands;

/// <summary>
/// <c>aznorm fix --input-format jsonl</c>: a streaming mapper. Each input line is a record, a JSON object with a
/// <c>"text"</c> string (its other fields are kept, in order) or a bare JSON string; each output line is that record with
/// <c>"text"</c> cleaned and <c>"edits"</c> (as in <c>fix --format json</c>, lines and columns within the record's text)
/// added. A blank line gives a blank line, so input and output lines pair up, as Spark's <c>RDD.pipe</c> and Hadoop
/// Streaming expect. Lines are read, cleaned (in parallel batches, <c>--jobs</c>) and written batch by batch, so memory
/// stays bounded by the batch, whatever the input's size.
/// </summary>
/// <remarks>
/// Unlike whole-input mode, output is written as it is made: a malformed line stops the run with exit code 3 after the
/// lines before it were written, and the message names the input and line number.
/// </remarks>
internal sealed class JsonLinesMapper
{
    /// <summary>Records per job in one batch.</summary>
    private const int RecordsPerJob = 64;

    private static readonly JsonEncodedText s_text = JsonLines.Name("text");
    private static readonly JsonEncodedText s_edits = JsonLines.Name("edits");

    private readonly CliContext _context;
    private readonly AzNormalizer _pipeline;
    private readonly int _jobs;

    /// <summary>Creates a mapper.</summary>
    public JsonLinesMapper(CliContext context, AzNormalizer pipeline, int jobs)
    {
        _context = context;
        _pipeline = pipeline;
        _jobs = jobs;
    }

    /// <summary>Maps every line of every input to stdout.</summary>
    public ExitCode Run(IReadOnlyList<InputSource> sources)
    {
        foreach (InputSource source in sources)
        {
            ExitCode code = RunOne(source);
            if (code != ExitCode.Success)
            {
                return code;
            }
        }

        return ExitCode.Success;
    }

    private ExitCode RunOne(InputSource source)
    {
        Stream stream;
        try
        {
            stream = InputReader.Open(source, _context.Stdin);
        }
        catch (InputException e)
        {
            _context.Error(e.Message);
            return ExitCode.InputError;
        }

        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: source.IsStdin);
        var batch = new List<string>(RecordsPerJob * _jobs);
        long firstLine = 1;
        while (true)
        {
            batch.Clear();
            try
            {
                while (batch.Count < RecordsPerJob * _jobs && reader.ReadLine() is { } line)
                {
                    batch.Add(line);
                }
            }
            catch (DecoderFallbackException)
            {
                _context.Error($"{source.DisplayName}: invalid UTF-8 near line {firstLine + batch.Count}");
                return ExitCode.InputError;
            }

            if (batch.Count == 0)
            {
                return ExitCode.Success;
            }

            var outputs = new ArrayBufferWriter<byte>[batch.Count];
            var errors = new string?[batch.Count];
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = _jobs }, i =>
            {
                outputs[i] = new ArrayBufferWriter<byte>();
                errors[i] = MapLine(batch[i], outputs[i]);
            });

            for (int i = 0; i < batch.Count; i++)
            {
                if (errors[i] is { } error)
                {
                    _context.Error($"{source.DisplayName}: line {firstLine + i}: {error}");
                    return ExitCode.InputError;
                }

                try
                {
                    _context.Stdout.Write(outputs[i].WrittenSpan);
                }
                catch (IOException e)
                {
                    _context.Error($"cannot write to standard output: {e.Message}");
                    return ExitCode.OutputError;
                }
            }

            _context.Stdout.Flush();
            if (_context.Interrupts.IsInterrupted)
            {
                return ExitCode.Interrupted;
            }

            firstLine += batch.Count;
        }
    }

    /// <summary>Maps one line; returns an error message, or null.</summary>
    private string? MapLine(string line, ArrayBufferWriter<byte> output)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            Utf8Output.WriteByte(output, (byte)'\n');
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return $"not JSON: {e.Message}";
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            using Utf8JsonWriter json = JsonLines.CreateWriter(output);
            if (root.ValueKind == JsonValueKind.String)
            {
                string text = root.GetString()!;
                FixResult result = _pipeline.Fix(text);
                json.WriteStartObject();
                json.WriteString(s_text, result.Text);
                FixCommand.WriteEdits(json, text, result);
                json.WriteEndObject();
            }
            else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("text", out JsonElement textElement) && textElement.ValueKind == JsonValueKind.String)
            {
                string text = textElement.GetString()!;
                FixResult result = _pipeline.Fix(text);
                json.WriteStartObject();
                foreach (JsonProperty property in root.EnumerateObject())
                {
                    if (property.NameEquals("text"))
                    {
                        json.WriteString(s_text, result.Text);
                    }
                    else if (!property.NameEquals("edits"))
                    {
                        property.WriteTo(json);
                    }
                }

                FixCommand.WriteEdits(json, text, result);
                json.WriteEndObject();
            }
            else
            {
                return "expected a JSON object with a \"text\" string, or a JSON string";
            }

            JsonLines.EndLine(json, output);
        }

        return null;
    }
}
