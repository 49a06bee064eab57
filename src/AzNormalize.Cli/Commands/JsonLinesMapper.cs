using System.Buffers;
using System.Globalization;
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

    private readonly CliContext _context;
    private readonly AzNormalizer _pipeline;
    private readonly int _jobs;
    private readonly FixSummary? _summary;

    /// <summary>Creates a mapper.</summary>
    /// <param name="context">Streams and messages.</param>
    /// <param name="pipeline">Cleans each record's text.</param>
    /// <param name="jobs">Records cleaned at once.</param>
    /// <param name="summary">Counts each record's words and edits (<c>fix --summary</c>); null for none.</param>
    public JsonLinesMapper(CliContext context, AzNormalizer pipeline, int jobs, FixSummary? summary = null)
    {
        _context = context;
        _pipeline = pipeline;
        _jobs = jobs;
        _summary = summary;
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
        if (!InputReader.TryOpen(source, _context, out Stream stream))
        {
            return ExitCode.InputError;
        }

        // An encoding with a preamble, so that the reader drops a UTF-8 byte order mark at the start (and only there).
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: source.IsStdin);
        var batch = new List<string>(RecordsPerJob * _jobs);
        var record = new StringBuilder();
        long firstLine = 1;
        while (true)
        {
            batch.Clear();
            try
            {
                while (batch.Count < RecordsPerJob * _jobs && ReadRecord(reader, record) is { } line)
                {
                    batch.Add(line);
                }
            }
            catch (DecoderFallbackException e)
            {
                // JSON exchanged between systems is UTF-8 (RFC 8259, and JSON Lines says so); a UTF-16 byte order mark gets a hint.
                bool utf16 = firstLine == 1 && batch.Count == 0 && e.Index == 0 && e.BytesUnknown is [0xFF or 0xFE, ..];
                _context.Error(utf16
                    ? $"{source.DisplayName}: UTF-16 (it starts with a UTF-16 byte order mark), but JSON Lines must be UTF-8; convert it first (iconv -f UTF-16 -t UTF-8)"
                    : $"{source.DisplayName}: invalid UTF-8 near line {firstLine + batch.Count}");
                return ExitCode.InputError;
            }

            if (batch.Count == 0)
            {
                return ExitCode.Success;
            }

            var outputs = new ArrayBufferWriter<byte>[batch.Count];
            var errors = new string?[batch.Count];
            var cleaned = new (string Text, FixResult Result)?[batch.Count];
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = _jobs }, i =>
            {
                outputs[i] = new ArrayBufferWriter<byte>();
                errors[i] = MapLine(batch[i], outputs[i], out cleaned[i]);
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
                    if (cleaned[i] is { } counted)
                    {
                        _summary?.Add(counted.Text, counted.Result); // only records written count
                    }
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

    /// <summary>
    /// The next line, or null at the end: JSON Lines ends a line at <c>\n</c> only, dropping a <c>\r</c> just before it
    /// (<see cref="TextReader.ReadLine"/> also ends one at a lone <c>\r</c>, which JSON reads as white space: a blank line of
    /// <c>\r\r</c> would become three, and every later line number would be wrong).
    /// </summary>
    private static string? ReadRecord(StreamReader reader, StringBuilder record)
    {
        record.Clear();
        int c;
        while ((c = reader.Read()) >= 0 && c != '\n')
        {
            record.Append((char)c);
        }

        if (c < 0 && record.Length == 0)
        {
            return null;
        }

        if (record.Length > 0 && record[^1] == '\r')
        {
            record.Length--;
        }

        return record.ToString();
    }

    /// <summary>Maps one line; returns an error message, or null.</summary>
    /// <remarks>
    /// The record is read token by token with <see cref="Utf8JsonReader"/>, not as a <see cref="JsonDocument"/>: an escaped
    /// unpaired surrogate (<c>"\ud800"</c>, legal JSON, common in scraped text) makes System.Text.Json throw when it is turned
    /// into a string or written again. So the text is unescaped here, keeping such a surrogate (the pipeline leaves it
    /// alone, and it goes out as the same escape), and every other field, name and value, is copied as its raw bytes.
    /// </remarks>
    private string? MapLine(string line, ArrayBufferWriter<byte> output, out (string Text, FixResult Result)? cleaned)
    {
        cleaned = null;
        if (string.IsNullOrWhiteSpace(line))
        {
            Utf8Output.WriteByte(output, (byte)'\n');
            return null;
        }

        byte[] utf8 = Encoding.UTF8.GetBytes(line); // the line was decoded strictly, so it has no unpaired surrogate itself
        var fields = new List<(Range Name, Range Value, bool IsText)>();
        bool bare = false;
        bool textIsString = false;
        Range textValue = default;
        bool textEscaped = false;
        try
        {
            var reader = new Utf8JsonReader(utf8);
            reader.Read();
            if (reader.TokenType == JsonTokenType.String)
            {
                bare = textIsString = true;
                textEscaped = reader.ValueIsEscaped;
                textValue = ((int)reader.TokenStartIndex + 1)..((int)reader.BytesConsumed - 1);
            }
            else if (reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    int nameStart = (int)reader.TokenStartIndex;
                    Range name = nameStart..(nameStart + reader.ValueSpan.Length + 2);
                    string? special = SpecialName(ref reader);
                    reader.Read();
                    int valueStart = (int)reader.TokenStartIndex;
                    JsonTokenType valueType = reader.TokenType;
                    bool valueEscaped = reader.ValueIsEscaped;
                    reader.Skip(); // to the end of an object or array; nothing for other values
                    Range value = valueStart..(int)reader.BytesConsumed;
                    if (special == "text")
                    {
                        // As JsonDocument.TryGetProperty: the last "text" is the one cleaned (and written for every "text").
                        textIsString = valueType == JsonTokenType.String;
                        textEscaped = valueEscaped;
                        textValue = (valueStart + 1)..((int)reader.BytesConsumed - 1);
                    }

                    if (special != "edits")
                    {
                        fields.Add((name, value, special == "text"));
                    }
                }
            }

            reader.Read(); // throws when anything but white space follows the record
        }
        catch (JsonException e)
        {
            return $"not JSON: {e.Message}";
        }

        if (!textIsString)
        {
            return "expected a JSON object with a \"text\" string, or a JSON string";
        }

        ReadOnlySpan<byte> rawText = utf8.AsSpan(textValue);
        string text = textEscaped ? Unescape(rawText) : Encoding.UTF8.GetString(rawText);
        FixResult result = _pipeline.Fix(text);
        cleaned = (text, result);
        Utf8Output.WriteByte(output, (byte)'{');
        if (bare)
        {
            Utf8Output.WriteBytes(output, "\"text\":"u8);
            JsonLines.WriteStringLiteral(output, result.Text);
        }

        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                Utf8Output.WriteByte(output, (byte)',');
            }

            Utf8Output.WriteBytes(output, utf8.AsSpan(fields[i].Name));
            Utf8Output.WriteByte(output, (byte)':');
            if (fields[i].IsText)
            {
                JsonLines.WriteStringLiteral(output, result.Text);
            }
            else
            {
                Utf8Output.WriteBytes(output, utf8.AsSpan(fields[i].Value));
            }
        }

        Utf8Output.WriteBytes(output, ",\"edits\":"u8);
        using (Utf8JsonWriter json = JsonLines.CreateWriter(output))
        {
            FixCommand.WriteEditArray(json, text, result);
        }

        Utf8Output.WriteBytes(output, "}\n"u8);
        return null;
    }

    /// <summary>"text" or "edits" when the property name the reader is on is one of them (escaped or not), else null.</summary>
    private static string? SpecialName(ref Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> raw = reader.ValueSpan;
        if (reader.ValueIsEscaped)
        {
            return Unescape(raw) switch
            {
                "text" => "text",
                "edits" => "edits",
                _ => null,
            };
        }

        return raw.SequenceEqual("text"u8) ? "text" : raw.SequenceEqual("edits"u8) ? "edits" : null;
    }

    /// <summary>
    /// The value of a JSON string's raw bytes (without quotes, escapes already checked by <see cref="Utf8JsonReader"/>),
    /// where <c>\uXXXX</c> may be an unpaired surrogate, which is kept.
    /// </summary>
    private static string Unescape(ReadOnlySpan<byte> raw)
    {
        var text = new StringBuilder(raw.Length);
        while (true)
        {
            int backslash = raw.IndexOf((byte)'\\');
            text.Append(Encoding.UTF8.GetString(backslash < 0 ? raw : raw[..backslash]));
            if (backslash < 0)
            {
                return text.ToString();
            }

            byte escape = raw[backslash + 1];
            raw = raw[(backslash + 2)..];
            switch (escape)
            {
                case (byte)'u':
                    text.Append((char)int.Parse(raw[..4], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                    raw = raw[4..];
                    break;
                case (byte)'b':
                    text.Append('\b');
                    break;
                case (byte)'f':
                    text.Append('\f');
                    break;
                case (byte)'n':
                    text.Append('\n');
                    break;
                case (byte)'r':
                    text.Append('\r');
                    break;
                case (byte)'t':
                    text.Append('\t');
                    break;
                default:
                    text.Append((char)escape); // " \\ /
                    break;
            }
        }
    }
}
