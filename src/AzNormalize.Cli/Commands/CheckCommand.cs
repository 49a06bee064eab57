using System.Buffers;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using AzNormalize.Checking;
using AzNormalize.Cli.Input;
using AzNormalize.Cli.Output;
using AzNormalize.Correction;

namespace AzNormalize.Cli.Commands;

/// <summary>
/// <c>aznorm check</c>: reports the words <see cref="WordChecker.Default"/> does not know, one finding per line, and exits
/// with <see cref="ExitCode.Findings"/> when it reported any. Only findings whose confidence is at least
/// <c>--min-confidence</c> (default 0.5) are reported, and only they count for the exit code.
/// Text: <c>path:line:column: Kind: word (0.80)</c>, the path <c>-</c> for stdin, path and word escaped by
/// <see cref="TextEscaping"/>. JSON Lines: <c>{"path", "line", "column", "start", "length", "word", "kind", "confidence",
/// "message"}</c>, <c>path</c> null for stdin. <c>start</c>/<c>length</c> are UTF-16 offsets in the input; <c>line</c>/<c>column</c>
/// (1-based, column in text elements) locate <c>start</c> there (see <see cref="LineColumnCursor"/>).
/// </summary>
/// <remarks>The input is checked as it is, not normalized first: run <c>aznorm fix</c> first for text with look-alikes,
/// ligatures or invisible characters, whose words the checker leaves unjudged.</remarks>
internal sealed class CheckCommand : InputCommand
{
    /// <summary>The default of <c>--min-confidence</c>: names and abbreviations (0.3) are not reported unless asked for.</summary>
    public const double DefaultMinConfidence = 0.5;

    private static readonly JsonEncodedText s_path = JsonLines.Name("path");
    private static readonly JsonEncodedText s_line = JsonLines.Name("line");
    private static readonly JsonEncodedText s_column = JsonLines.Name("column");
    private static readonly JsonEncodedText s_start = JsonLines.Name("start");
    private static readonly JsonEncodedText s_length = JsonLines.Name("length");
    private static readonly JsonEncodedText s_word = JsonLines.Name("word");
    private static readonly JsonEncodedText s_kind = JsonLines.Name("kind");
    private static readonly JsonEncodedText s_confidence = JsonLines.Name("confidence");
    private static readonly JsonEncodedText s_message = JsonLines.Name("message");
    private static readonly JsonEncodedText s_suggestions = JsonLines.Name("suggestions");

    /// <summary>The most suggestions a finding lists.</summary>
    private const int MaxSuggestions = 3;

    private readonly Option<double> _minConfidence = new("--min-confidence")
    {
        Description = "Report only findings at least this sure, from 0 to 1 (unknown lowercase words 0.8, at a sentence start 0.6, names and abbreviations 0.3).",
        HelpName = "0..1",
        DefaultValueFactory = _ => DefaultMinConfidence,
        CustomParser = ParseMinConfidence,
    };

    private readonly Option<bool> _diff = new("--diff")
    {
        Description = "After each input's findings, show a unified diff of what 'aznorm fix' would change; a change counts as a finding for the exit code.",
    };

    private readonly Option<bool> _stream = new("--stream")
    {
        Description = "Check each input in chunks of about a million characters, in bounded memory, writing findings as they are found (automatic for plain-text files over 64 MiB together); not with --diff or --format sarif.",
    };

    /// <summary>Creates the command.</summary>
    public CheckCommand(CliContext context)
        : base("check", "Report unknown words with their line and column; exit code 1 when there are any.", context, "text", "json", "sarif", "github")
    {
        Options.Add(_minConfidence);
        Options.Add(_diff);
        Options.Add(_stream);
        Validators.Add(result =>
        {
            if (result.GetValue(_diff) && result.GetValue<string>("--format") is "sarif" or "github" or "json")
            {
                result.AddError("--diff goes with --format text only.");
            }

            if (result.GetValue(_stream) && (result.GetValue(_diff) || result.GetValue<string>("--format") is "sarif"))
            {
                result.AddError("--stream goes with neither --diff nor --format sarif: both need each input whole.");
            }
        });
    }

    /// <summary>
    /// Streams the run (<c>--stream</c>, or plain-text files over <see cref="StreamingFixer.AutomaticThreshold"/> together)
    /// when its format and options allow: each input is read, checked and reported chunk by chunk (<see cref="StreamChecker"/>),
    /// one input after another. Markdown inputs, whose protected regions need the whole text, are read whole.
    /// </summary>
    protected override ExitCode? TryRunDirect(IReadOnlyList<InputSource> sources, ParseResult parseResult, bool replaceInvalid, int jobs)
    {
        OutputFormat format = GetFormat(parseResult);
        bool asked = IsGiven(parseResult, _stream) ? parseResult.GetValue(_stream) : StreamingFixer.IsLarge(sources);
        if (!asked || format is not (OutputFormat.Text or OutputFormat.Json or OutputFormat.Github) || parseResult.GetValue(_diff)
            || sources.Any(source => IsMarkdown(source, parseResult)))
        {
            return null;
        }

        if (!Context.Interrupts.TryBeginOutput())
        {
            return ExitCode.Interrupted;
        }

        bool reported = false;
        foreach (InputSource source in sources)
        {
            ExitCode code = StreamOne(source, parseResult, format, replaceInvalid, ref reported);
            if (code != ExitCode.Success)
            {
                return code;
            }

            if (Context.Interrupts.IsInterrupted)
            {
                return ExitCode.Interrupted;
            }
        }

        return reported ? ExitCode.Findings : ExitCode.Success;
    }

    /// <summary>Checks one input chunk by chunk, writing each chunk's findings to stdout as soon as they are made.</summary>
    private ExitCode StreamOne(InputSource source, ParseResult parseResult, OutputFormat format, bool replaceInvalid, ref bool reported)
    {
        ProjectConfig config;
        try
        {
            config = ConfigOf(source);
        }
        catch (InputException e)
        {
            Context.Error(e.Message);
            return ExitCode.InputError;
        }

        double minConfidence = MinConfidence(parseResult, config);
        var output = new ArrayBufferWriter<byte>();
        using Utf8JsonWriter? json = format == OutputFormat.Json ? JsonLines.CreateWriter(output) : null;
        var cursor = new LineColumnCursor(string.Empty);
        var markers = new ProtectedRegions.MarkerState();
        bool any = false;
        var checker = new StreamChecker(config.Checker, chunk =>
        {
            cursor.Continue(chunk.Text);
            ProtectedRegions regions = ProtectedRegions.Find(chunk.Text, markdown: false, markers); // every chunk: the markers' state goes on
            foreach (Finding finding in chunk.Findings)
            {
                if (finding.Confidence < minConfidence || !config.IsOn(finding.Kind) || regions.Overlaps(finding.Start, finding.Length))
                {
                    continue;
                }

                any = true;
                (int line, int column) = cursor.Locate(finding.Start);
                WriteFinding(format, source, finding, chunk.Start + finding.Start, Suggest(config, finding), line, column, json, output);
            }

            Context.Stdout.Write(output.WrittenSpan);
            Context.Stdout.Flush();
            output.ResetWrittenCount();
        });
        ExitCode code = ChunkedInput.Read(source, Context, replaceInvalid, checker.Write, checker.Complete);
        reported |= any;
        return code;
    }

    /// <inheritdoc/>
    protected override bool WriteOutput(InputText input, ParseResult parseResult, OutputFormat format, bool severalInputs, IBufferWriter<byte> output)
    {
        ProjectConfig config = ConfigOf(input.Source);
        double minConfidence = MinConfidence(parseResult, config);
        IReadOnlyList<Finding> checkedFindings = config.Checker.Check(input.Text);
        ProtectedRegions regions = checkedFindings.Count == 0 ? ProtectedRegions.None : RegionsOf(input, parseResult);
        IReadOnlyList<Finding> findings = regions.IsEmpty && config.Disabled.Count == 0
            ? checkedFindings
            : checkedFindings.Where(f => config.IsOn(f.Kind) && !regions.Overlaps(f.Start, f.Length)).ToList();
        var cursor = new LineColumnCursor(input.Text);
        bool reported = false;
        if (format == OutputFormat.Sarif)
        {
            using var sarif = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JsonLines.WriterOptions.Encoder, SkipValidation = true });
            foreach (Finding finding in findings)
            {
                if (finding.Confidence < minConfidence)
                {
                    continue;
                }

                // The writer puts the comma between two results itself (SkipValidation keeps it from objecting to
                // several values at the top level).
                reported = true;
                (int line, int column) = cursor.Locate(finding.Start);
                SarifLog.WriteResult(sarif, input.Source, input.Text, finding, line, column, Suggest(config, finding));
            }

            sarif.Flush();
            return reported;
        }

        using Utf8JsonWriter? json = format == OutputFormat.Json ? JsonLines.CreateWriter(output) : null;
        foreach (Finding finding in findings)
        {
            if (finding.Confidence < minConfidence)
            {
                continue;
            }

            reported = true;
            (int line, int column) = cursor.Locate(finding.Start);
            WriteFinding(format, input.Source, finding, finding.Start, Suggest(config, finding), line, column, json, output);
        }

        if (parseResult.GetValue(_diff))
        {
            FixResult fixResult = CleanInput(input, parseResult, explicitLayout: null);
            UnifiedDiff.Write(input.Text, fixResult.Edits, input.Source.Path ?? InputSource.StdinArgument, output, input.HadByteOrderMark && input.Encoding == TextEncoding.Utf8);
            reported |= fixResult.Changed;
        }

        return reported;
    }

    /// <summary>The run's <c>--min-confidence</c>, else the input's aznorm.json's, else <see cref="DefaultMinConfidence"/>.</summary>
    private double MinConfidence(ParseResult parseResult, ProjectConfig config) =>
        IsGiven(parseResult, _minConfidence) ? parseResult.GetValue(_minConfidence) : config.MinConfidence ?? DefaultMinConfidence;

    /// <summary>
    /// One finding in the GitHub, JSON Lines (<paramref name="json"/> given) or text format; <paramref name="start"/> is its
    /// offset in the whole input (a streamed chunk's findings have offsets in the chunk).
    /// </summary>
    private static void WriteFinding(OutputFormat format, InputSource source, Finding finding, long start, IReadOnlyList<string> suggestions, int line, int column, Utf8JsonWriter? json, IBufferWriter<byte> output)
    {
        if (format == OutputFormat.Github)
        {
            WriteGithub(source, finding, suggestions, line, column, output);
        }
        else if (json is null)
        {
            WriteText(source, finding, suggestions, line, column, output);
        }
        else
        {
            WriteJson(source, finding, start, suggestions, line, column, json, output);
        }
    }

    /// <inheritdoc/>
    protected override void WriteStart(ParseResult parseResult, OutputFormat format, IBufferWriter<byte> output)
    {
        if (format == OutputFormat.Sarif)
        {
            SarifLog.WriteStart(output);
        }
    }

    /// <inheritdoc/>
    protected override ReadOnlySpan<byte> Separator(OutputFormat format) => format == OutputFormat.Sarif ? ","u8 : [];

    /// <inheritdoc/>
    protected override void WriteEnd(ParseResult parseResult, OutputFormat format, IBufferWriter<byte> output)
    {
        if (format == OutputFormat.Sarif)
        {
            SarifLog.WriteEnd(output);
        }
    }

    /// <summary>
    /// A GitHub Actions workflow command: <c>::warning file=path,line=3,col=5,title=UnknownWord::message</c> (<c>notice</c>
    /// below 0.8 confidence). Properties and message are escaped as the runner expects (<c>%25 %0D %0A</c>, and <c>%3A %2C</c>
    /// in properties).
    /// </summary>
    private static void WriteGithub(InputSource source, Finding finding, IReadOnlyList<string> suggestions, int line, int column, IBufferWriter<byte> output)
    {
        var builder = new System.Text.StringBuilder();
        builder.Append(finding.Confidence >= 0.8 ? "::warning " : "::notice ");
        if (source.Path is not null)
        {
            builder.Append("file=").Append(GithubProperty(source.Path.Replace('\\', '/'))).Append(',');
        }

        builder.Append(CultureInfo.InvariantCulture, $"line={line},col={column},endColumn={column + finding.Word.Length},title=")
            .Append(GithubProperty($"aznorm {finding.Kind}"))
            .Append("::")
            .Append(GithubData(string.Create(CultureInfo.InvariantCulture, $"{finding.Word}: {finding.Message} ({finding.Confidence:0.00}){DidYouMean(suggestions)}")))
            .Append('\n');
        Utf8Output.Write(output, builder.ToString());
    }

    private static string GithubData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string GithubProperty(string text) =>
        GithubData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    /// <summary><c>path:line:column: Kind: word (0.80)</c> and a line feed.</summary>
    private static void WriteText(InputSource source, Finding finding, IReadOnlyList<string> suggestions, int line, int column, IBufferWriter<byte> output)
    {
        TextEscaping.WriteEscaped(output, source.Path ?? InputSource.StdinArgument);
        Utf8Output.WriteByte(output, (byte)':');
        Utf8Output.WriteInt(output, line);
        Utf8Output.WriteByte(output, (byte)':');
        Utf8Output.WriteInt(output, column);
        Utf8Output.WriteBytes(output, ": "u8);
        Utf8Output.WriteBytes(output, EnumNames<FindingKind>.Utf8(finding.Kind));
        Utf8Output.WriteBytes(output, ": "u8);
        TextEscaping.WriteEscaped(output, finding.Word);
        Utf8Output.WriteBytes(output, " ("u8);
        Utf8Output.WriteDouble(output, finding.Confidence, "0.00");
        Utf8Output.WriteByte(output, (byte)')');
        if (suggestions.Count > 0)
        {
            TextEscaping.WriteEscaped(output, DidYouMean(suggestions));
        }

        Utf8Output.WriteByte(output, (byte)'\n');
    }

    /// <summary>
    /// Up to three words the corrector offers for an <see cref="FindingKind.UnknownWord"/> (with single edits: a person
    /// chooses), best first: restorations of lost letters at any score, other changes scoring within the corrector's limit.
    /// </summary>
    private static IReadOnlyList<string> Suggest(ProjectConfig config, Finding finding)
    {
        if (finding.Kind != FindingKind.UnknownWord)
        {
            return [];
        }

        if (config.Suggested.TryGetValue(finding.Word, out IReadOnlyList<string>? known))
        {
            return known; // a word the input repeats is searched once per run
        }

        SpellingCorrector corrector = config.Suggester;
        var words = new List<string>(MaxSuggestions);
        foreach (Suggestion suggestion in corrector.Suggest(finding.Word, 10))
        {
            if (suggestion.IsRestoration || suggestion.Score <= corrector.Options.MaxScore)
            {
                words.Add(suggestion.Word);
                if (words.Count == MaxSuggestions)
                {
                    break;
                }
            }
        }

        if (Volatile.Read(ref config.SuggestedCount) < MaxRememberedSuggestions && config.Suggested.TryAdd(finding.Word, words))
        {
            Interlocked.Increment(ref config.SuggestedCount);
        }

        return words;
    }

    /// <summary>The most distinct words whose suggestions one run keeps.</summary>
    private const int MaxRememberedSuggestions = 1 << 16;

    private static string DidYouMean(IReadOnlyList<string> suggestions) =>
        suggestions.Count == 0 ? string.Empty : $"; did you mean: {string.Join(", ", suggestions)}";

    private static void WriteJson(InputSource source, Finding finding, long start, IReadOnlyList<string> suggestions, int line, int column, Utf8JsonWriter json, IBufferWriter<byte> output)
    {
        json.WriteStartObject();
        if (source.Path is null)
        {
            json.WriteNull(s_path);
        }
        else
        {
            json.WriteString(s_path, source.Path);
        }

        json.WriteNumber(s_line, line);
        json.WriteNumber(s_column, column);
        json.WriteNumber(s_start, start); // in the whole input
        json.WriteNumber(s_length, finding.Length);
        json.WriteString(s_word, finding.Word);
        json.WriteString(s_kind, EnumNames<FindingKind>.Json(finding.Kind));
        json.WriteNumber(s_confidence, finding.Confidence);
        json.WriteString(s_message, finding.Message);
        if (suggestions.Count > 0)
        {
            json.WriteStartArray(s_suggestions);
            foreach (string suggestion in suggestions)
            {
                json.WriteStringValue(suggestion);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        JsonLines.EndLine(json, output);
    }

    /// <summary>A number from 0 to 1 in invariant notation (<c>0.5</c>, <c>.5</c>, <c>1</c>), whatever the culture.</summary>
    private static double ParseMinConfidence(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return DefaultMinConfidence;
        }

        string value = result.Tokens[0].Value;
        if (double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double number)
            && number is >= 0 and <= 1)
        {
            return number;
        }

        result.AddError($"Invalid value '{value}' for --min-confidence: expected a number from 0 to 1, such as 0.5.");
        return DefaultMinConfidence;
    }
}
