using System.Buffers;
using System.CommandLine;
using System.Text.Json;
using AzNormalize.Cli.Input;
using AzNormalize.Cli.Output;
using AzNormalize.Correction;
using AzNormalize.Normalization;

namespace AzNormalize.Cli.Commands;

/// <summary>
/// <c>aznorm fix</c>: writes each input cleaned by <see cref="AzNormalizer"/> (character normalization, layout repair
/// <c>--layout auto|none|lines|full</c>, spelling correction <c>--spelling restore|edits|off</c>) to stdout (text, JSON Lines or a unified diff), to <c>--output DIR</c> or back
/// to the files (<c>--in-place</c>, atomic).
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

    private readonly FixSummary _stdoutSummary = new();

    private readonly Option<string> _layout = new("--layout")
    {
        Description = "Layout repair: 'auto' (full for text that looks hard-wrapped, lines otherwise), 'none', 'lines' (join words broken by line-end hyphens, keep every line) or 'full' (also unwrap hard-wrapped lines and rejoin paragraphs cut mid-sentence).",
        DefaultValueFactory = _ => "auto",
        HelpName = "auto|none|lines|full",
    };

    private readonly Option<string> _script = new("--script")
    {
        Description = "Azerbaijani in Cyrillic script: 'auto' (convert to the Latin alphabet the paragraphs that are surely Azerbaijani Cyrillic, leave Russian ones), 'latin' (convert every Cyrillic word) or 'keep' (leave Cyrillic text as it is).",
        DefaultValueFactory = _ => "auto",
        HelpName = "auto|latin|keep",
    };

    private readonly Option<bool> _inPlace = new("--in-place", "-i")
    {
        Description = "Rewrite each file with its cleaned text, atomically (a temporary file beside it, flushed, renamed over it); unchanged files are not touched.",
    };

    private readonly Option<string> _outputFolder = new("--output", "-o")
    {
        Description = "Write each cleaned file under this folder, in the same tree as below the folder or glob that found it (a file named directly goes to the folder's top).",
        HelpName = "DIR",
    };

    private readonly Option<string> _inputFormat = new("--input-format")
    {
        Description = "'text' (default), or 'jsonl': each input line is a JSON object with a \"text\" string (or a bare JSON string), written back as one line with \"text\" cleaned and \"edits\" added, other fields kept; streamed line by line in bounded memory, for use as a mapper (Spark RDD.pipe, Hadoop Streaming).",
        DefaultValueFactory = _ => "text",
        HelpName = "text|jsonl",
    };

    private readonly Option<bool> _stream = new("--stream")
    {
        Description = "Clean and write each input in chunks of about a million characters, in bounded memory (automatic for plain-text files over 64 MiB together); output starts before the input is read whole.",
    };

    private readonly Option<bool> _summary = new("--summary")
    {
        Description = "Print a summary on stderr (files, words, edits by kind, time); always on with --in-place and --output.",
    };

    private readonly Option<string> _spelling = new("--spelling")
    {
        Description = "Spelling correction of unknown words: 'restore' (default: lost Azerbaijani letters and Turkish or Russian spellings, where one candidate clearly wins), 'edits' (also typing slips and OCR letter confusions; finds more, and changes more correct words the lexicon lacks) or 'off'.",
        DefaultValueFactory = _ => "restore",
        HelpName = "restore|edits|off",
    };

    private readonly Option<string> _contextModel = new("--context-model")
    {
        Description = "A word bigram model (made by 'aznorm train') that ranks the spelling candidates by their neighbours.",
        HelpName = "FILE",
    };

    private readonly Option<bool> _realWords = new("--real-words")
    {
        Description = "With --context-model, also replace known words where the model saw a close word in the same place and never this one.",
    };

    private readonly Option<string> _decoder = new("--decoder")
    {
        Description = "How spelling candidates are decided: 'margin' (each word alone, when one candidate clearly wins), 'sentence' (a lattice per sentence decoded under the error and language models) or 'auto' (default: sentence with --spelling edits, margin otherwise).",
        DefaultValueFactory = _ => "auto",
        HelpName = "auto|margin|sentence",
    };

    private readonly Option<double> _minConfidence = new("--min-confidence")
    {
        Description = "Make only the spelling edits at least this sure (0 to 1; with --decoder sentence, the posterior of the edit against every other reading, keeping the word included). Default: 0, the decoder's own thresholds.",
        HelpName = "0..1",
    };

    private readonly Option<string> _weights = new("--weights")
    {
        Description = "The sentence decoder's weights: 'learned' (fitted on the shippable training text and calibrated, embedded), 'hand-set' (the first settings), or a weights file of your own from the training project (tools/AzNormalize.Training). Default: the library's (CorrectionWeights.Default).",
        HelpName = "learned|hand-set|FILE",
    };

    /// <summary>Creates the command.</summary>
    public FixCommand(CliContext context)
        : base("fix", "Clean Azerbaijani text and write it to stdout, to a folder (--output) or back to the files (--in-place).", context, "text", "json", "diff", "html")
    {
        _layout.AcceptOnlyFromAmong("auto", "none", "lines", "full");
        Options.Add(_layout);
        _script.AcceptOnlyFromAmong("auto", "latin", "keep");
        Options.Add(_script);
        Options.Add(_inPlace);
        Options.Add(_outputFolder);
        Options.Add(_summary);
        Options.Add(_stream);
        _inputFormat.AcceptOnlyFromAmong("text", "jsonl");
        Options.Add(_inputFormat);
        _spelling.AcceptOnlyFromAmong("restore", "edits", "off");
        Options.Add(_spelling);
        Options.Add(_contextModel);
        Options.Add(_realWords);
        _decoder.AcceptOnlyFromAmong("auto", "margin", "sentence");
        Options.Add(_decoder);
        Options.Add(_minConfidence);
        Options.Add(_weights);
        Validators.Add(result =>
        {
            if (result.GetValue(_minConfidence) is < 0 or > 1 or double.NaN)
            {
                result.AddError("--min-confidence must be a number from 0 to 1.");
            }

            if (result.GetValue(_inputFormat) == "jsonl" && (result.GetValue(_inPlace) || result.GetValue(_outputFolder) is not null || FormatIs(result, "diff")))
            {
                result.AddError("--input-format jsonl writes JSON Lines to stdout: it goes with neither --in-place, --output nor --format diff.");
            }

            if (FormatIs(result, "html") && (result.GetValue(_inPlace) || result.GetValue(_outputFolder) is not null || result.GetValue(_stream) || result.GetValue(_inputFormat) == "jsonl"))
            {
                result.AddError("--format html writes one review page for the run to stdout: it goes with neither --in-place, --output, --stream nor --input-format jsonl.");
            }

            if (result.GetValue(_inPlace) && result.GetValue(_outputFolder) is not null)
            {
                result.AddError("--in-place and --output cannot be used together.");
            }

            if (result.GetValue(_realWords) && result.GetValue(_contextModel) is null)
            {
                result.AddError("--real-words needs --context-model: only a model tells a real word in the wrong place.");
            }

            if (result.GetValue(_spelling) == "off" && (result.GetValue(_contextModel) is not null || result.GetValue(_realWords)))
            {
                result.AddError("--spelling off turns the corrector off: it goes with neither --context-model nor --real-words.");
            }
        });
    }



    /// <inheritdoc/>
    protected override IReadOnlyList<string>? FolderPatterns(ParseResult parseResult) =>
        parseResult.GetValue(_inputFormat) == "jsonl" ? InputExpander.JsonLinesFolderPatterns : null;

    /// <inheritdoc/>
    protected override string? OutputFolder(ParseResult parseResult) => parseResult.GetValue(_outputFolder);

    /// <inheritdoc/>
    protected override ExitCode? TryRunDirect(IReadOnlyList<InputSource> sources, ParseResult parseResult, bool replaceInvalid, int jobs)
    {
        if (ResolveSpelling(parseResult) is { } spellingError)
        {
            return spellingError;
        }

        if (parseResult.GetValue(_inputFormat) == "jsonl")
        {
            var mapping = System.Diagnostics.Stopwatch.StartNew();
            FixSummary? records = parseResult.GetValue(_summary) ? new FixSummary("record") : null;
            ExitCode mapped = new JsonLinesMapper(Context, PipelineOf(DictionaryOnly, ParseLayout(parseResult.GetValue(_layout))), jobs, records).Run(sources);
            records?.Write(Context, mapping.Elapsed);
            return mapped;
        }

        bool inPlace = parseResult.GetValue(_inPlace);
        string? folder = parseResult.GetValue(_outputFolder);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        if (!inPlace && folder is null)
        {
            bool large = !IsGiven(parseResult, _stream) && GetFormat(parseResult) == OutputFormat.Text && StreamingFixer.IsLarge(sources);
            if ((parseResult.GetValue(_stream) || large) && GetFormat(parseResult) == OutputFormat.Text && !sources.Any(s => IsMarkdown(s, parseResult)))
            {
                // One configuration for the run: the first input's (its layout, words and rules).
                ProjectConfig config = ConfigOf(sources[0]);
                LayoutMode layout = IsGiven(parseResult, _layout) ? ParseLayout(parseResult.GetValue(_layout)) : config.Layout ?? LayoutMode.Auto;
                return new StreamingFixer(
                    Context,
                    mode => PipelineOf(config, mode),
                    layout,
                    replaceInvalid,
                    (chunk, markers) => SpansOf(ProtectedRegions.Find(chunk, markdown: false, markers))).Run(sources);
            }

            return null;
        }

        foreach (InputSource source in sources)
        {
            if (source.IsStdin)
            {
                Context.Error($"standard input cannot be {(inPlace ? "rewritten in place" : "written to a folder")}; name files or folders.");
                return ExitCode.Usage;
            }
        }

        if (folder is not null && FindCollision(sources, folder) is { } collision)
        {
            Context.Error(collision);
            return ExitCode.Usage;
        }

        // From here on the first Ctrl+C lets the files being written finish (each atomically) and starts no new one.
        if (!Context.Interrupts.TryBeginOutput())
        {
            return ExitCode.Interrupted;
        }

        var summary = new FixSummary();
        int readFailures = 0;
        int writeFailures = 0;
        using var progress = new Progress(Context, sources.Count);
        Parallel.For(0, sources.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, (i, state) =>
        {
            if (Context.Interrupts.IsInterrupted)
            {
                state.Stop();
                return;
            }

            InputSource source = sources[i];
            try
            {
                InputText input = InputReader.Read(source, Context.Stdin, replaceInvalid);
                FixResult result = CleanInput(input, parseResult, IsGiven(parseResult, _layout) ? ParseLayout(parseResult.GetValue(_layout)) : null);
                string target = inPlace ? source.Path! : OutputPath(folder!, source);
                if (!inPlace || result.Changed) // else nothing to do: the file keeps its bytes and its time stamp
                {
                    AtomicFile.Write(target, Encode(result.Text, input));
                }

                summary.Add(input.Text, result); // only once written: a file that failed is counted as failed, not changed
            }
            catch (InputException e)
            {
                Interlocked.Increment(ref readFailures);
                summary.AddFailed();
                Context.Error(e.Message);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Interlocked.Increment(ref writeFailures);
                summary.AddFailed();
                Context.Error($"{source.DisplayName}: cannot write: {e.Message}");
            }
            finally
            {
                progress.Advance();
            }
        });
        progress.Dispose();

        summary.Write(Context, stopwatch.Elapsed);
        if (Context.Interrupts.IsInterrupted)
        {
            return ExitCode.Interrupted;
        }

        // A file that could not be written outranks one that could not be read: the disk, not the data, needs a look.
        return writeFailures > 0 ? ExitCode.OutputError : readFailures > 0 ? ExitCode.InputError : ExitCode.Success;
    }

    /// <inheritdoc/>
    protected override void OnCompleted(ParseResult parseResult, TimeSpan elapsed)
    {
        if (parseResult.GetValue(_summary))
        {
            _stdoutSummary.Write(Context, elapsed);
        }
    }

    /// <summary>Where <c>--output</c> writes <paramref name="source"/>: at its path below the folder or glob that found it.</summary>
    private static string OutputPath(string folder, InputSource source) => Path.Combine(folder, source.RelativePath ?? Path.GetFileName(source.Path!));

    /// <summary>
    /// The message when two different inputs would be written to one file under <c>--output</c> (two files named directly
    /// with the same name, two folders with the same tree), so that one would silently replace the other; else null.
    /// Checked before anything is written. Names are compared as the file system does (ignoring case on Windows and macOS).
    /// </summary>
    private static string? FindCollision(IReadOnlyList<InputSource> sources, string folder)
    {
        StringComparer comparer = PathsIgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var byTarget = new Dictionary<string, InputSource>(comparer);
        foreach (InputSource source in sources)
        {
            string target = Path.GetFullPath(OutputPath(folder, source));
            if (!byTarget.TryAdd(target, source) && !comparer.Equals(Path.GetFullPath(byTarget[target].Path!), Path.GetFullPath(source.Path!)))
            {
                return $"--output: {byTarget[target].Path} and {source.Path} would both be written to {OutputPath(folder, source)}; "
                    + "nothing was written. Name a folder above both instead (each keeps its path below it), or run once per input.";
            }
        }

        return null;
    }

    /// <summary>The bytes of <paramref name="text"/> in <paramref name="input"/>'s encoding, with its byte order mark if it had one.</summary>
    private static byte[] Encode(string text, InputText input)
    {
        if (input.Encoding != TextEncoding.Utf8)
        {
            var utf16 = new System.Text.UnicodeEncoding(bigEndian: input.Encoding == TextEncoding.Utf16BigEndian, byteOrderMark: true);
            return [.. utf16.GetPreamble(), .. utf16.GetBytes(text)];
        }

        bool byteOrderMark = input.HadByteOrderMark;
        var encoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        int length = encoding.GetByteCount(text);
        int offset = byteOrderMark ? 3 : 0;
        var bytes = new byte[offset + length];
        if (byteOrderMark)
        {
            bytes[0] = 0xEF;
            bytes[1] = 0xBB;
            bytes[2] = 0xBF;
        }

        encoding.GetBytes(text, bytes.AsSpan(offset));
        return bytes;
    }

    /// <summary>Sets this run's spelling options from --spelling, --context-model and --real-words; an exit code when the model cannot be read.</summary>
    private ExitCode? ResolveSpelling(ParseResult parseResult)
    {
        string mode = parseResult.GetValue(_spelling) ?? "restore";
        string? modelPath = parseResult.GetValue(_contextModel);
        SpellingDecoder decoder = parseResult.GetValue(_decoder) switch
        {
            "sentence" => SpellingDecoder.Sentence,
            "margin" => SpellingDecoder.Margin,
            _ => SpellingDecoder.Auto,
        };
        double minConfidence = parseResult.GetValue(_minConfidence);
        Script = parseResult.GetValue(_script) switch
        {
            "latin" => ScriptMode.Latin,
            "keep" => ScriptMode.Keep,
            _ => ScriptMode.Auto,
        };
        string? weightsName = parseResult.GetValue(_weights);
        if (mode == "restore" && modelPath is null && decoder != SpellingDecoder.Sentence && minConfidence == 0 && weightsName is null)
        {
            RunSpelling = null; // the library's default pipelines
            return null;
        }

        ContextModel? model = null;
        if (modelPath is not null)
        {
            try
            {
                using var reader = new StreamReader(modelPath, System.Text.Encoding.UTF8);
                model = ContextModel.Load(reader, modelPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                Context.Error($"--context-model: {(e is FormatException ? e.Message : $"cannot read {modelPath}: {e.Message}")}");
                return ExitCode.InputError;
            }
        }

        CorrectionWeights weights = CorrectionWeights.Default;
        try
        {
            weights = weightsName switch
            {
                null => CorrectionWeights.Default,
                "learned" => CorrectionWeights.Learned,
                "hand-set" => CorrectionWeights.HandSet,
                _ => CorrectionWeights.Load(weightsName),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Context.Error($"--weights: {(e is InvalidDataException ? e.Message : $"cannot read {weightsName}: {e.Message}")}");
            return ExitCode.InputError;
        }

        bool realWords = parseResult.GetValue(_realWords);
        RunSpelling = words => new SpellingOptions
        {
            Enabled = mode != "off",
            Edits = mode == "edits",
            Context = model,
            RealWords = realWords,
            Morphology = words,
            Decoder = decoder,
            MinConfidence = minConfidence,
            Weights = weights,
        };
        return null;
    }

    /// <summary>Whether --format was given as <paramref name="value"/> (false when it was not, or was given without one).</summary>
    private static bool FormatIs(System.CommandLine.Parsing.CommandResult result, string value) =>
        result.GetResult("--format") is System.CommandLine.Parsing.OptionResult { Tokens: [{ } token, ..] } && token.Value == value;

    /// <inheritdoc/>
    protected override void WriteStart(ParseResult parseResult, OutputFormat format, IBufferWriter<byte> output)
    {
        if (format == OutputFormat.Html)
        {
            HtmlReview.WriteStart(output, $"aznorm {CliApplication.Version}");
        }
    }

    /// <inheritdoc/>
    protected override void WriteEnd(ParseResult parseResult, OutputFormat format, IBufferWriter<byte> output)
    {
        if (format == OutputFormat.Html)
        {
            HtmlReview.WriteEnd(output);
        }
    }

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
        FixResult result = CleanInput(input, parseResult, IsGiven(parseResult, _layout) ? ParseLayout(parseResult.GetValue(_layout)) : null);
        if (parseResult.GetValue(_summary))
        {
            _stdoutSummary.Add(input.Text, result);
        }

        if (format == OutputFormat.Text)
        {
            Utf8Output.Write(output, result.Text);
            return false;
        }

        if (format == OutputFormat.Html)
        {
            HtmlReview.WriteFile(output, input.Source.Path ?? "stdin", input.Text, result);
            return false;
        }

        if (format == OutputFormat.Diff)
        {
            UnifiedDiff.Write(input.Text, result.Edits, input.Source.Path ?? InputSource.StdinArgument, output, input.HadByteOrderMark && input.Encoding == TextEncoding.Utf8);
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
        WriteEdits(json, input.Text, result);
        json.WriteEndObject();
        JsonLines.EndLine(json, output);
        return false;
    }

    /// <summary>Writes <c>"edits": [...]</c>, each edit with its line and column in <paramref name="original"/>.</summary>
    internal static void WriteEdits(Utf8JsonWriter json, string original, FixResult result)
    {
        json.WritePropertyName(s_edits);
        WriteEditArray(json, original, result);
    }

    /// <summary>Writes the array of <see cref="WriteEdits"/> alone (as a value), e.g. as the root of <paramref name="json"/>.</summary>
    internal static void WriteEditArray(Utf8JsonWriter json, string original, FixResult result)
    {
        json.WriteStartArray();
        var cursor = new LineColumnCursor(original);
        foreach (Edit edit in result.Edits)
        {
            (int line, int column) = cursor.Locate(edit.Start);
            json.WriteStartObject();
            json.WriteNumber(s_start, edit.Start);
            json.WriteNumber(s_length, edit.Length);
            JsonLines.WriteString(json, s_original, edit.Original); // a record's text may hold an unpaired surrogate
            JsonLines.WriteString(json, s_replacement, edit.Replacement);
            json.WriteString(s_kind, EnumNames<EditKind>.Json(edit.Kind));
            json.WriteNumber(s_confidence, edit.Confidence);
            json.WriteString(s_reason, edit.Reason);
            json.WriteNumber(s_line, line);
            json.WriteNumber(s_column, column);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
