using System.Buffers;
using System.CommandLine;
using AzNormalize.Cli.Input;
using AzNormalize.Cli.Output;
using AzNormalize.Correction;
using AzNormalize.Lexicon;
using AzNormalize.Normalization;

namespace AzNormalize.Cli.Commands;

/// <summary>
/// A command over inputs (files or stdin) that writes data to stdout: the shared arguments and options, and the
/// read-all, process-all, then write-all run that keeps stdout empty when any input fails.
/// </summary>
internal abstract class InputCommand : Command
{
    private readonly CliContext _context;

    private readonly Argument<string[]> _files = new("PATH")
    {
        Description = "Files, folders (every *.txt, *.md, *.markdown, *.text below them) or globs ('docs/**/*.md') to read, as UTF-8. None, or '-', means standard input.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string> _format = new("--format")
    {
        DefaultValueFactory = _ => "text",
    };

    private readonly Option<bool> _replaceInvalid = new("--replace-invalid")
    {
        Description = "Replace invalid UTF-8 bytes with U+FFFD instead of failing with exit code 3.",
    };

    private readonly Option<string[]> _include = new("--include")
    {
        Description = "Which files a folder contributes (a glob, repeatable; default: *.txt *.md *.markdown *.text).",
        HelpName = "glob",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string[]> _exclude = new("--exclude")
    {
        Description = "Leave out files found in folders and globs whose path below the argument, or any part of it, matches (a glob, repeatable).",
        HelpName = "glob",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string> _config = new("--config")
    {
        Description = "Use this configuration file instead of the nearest aznorm.json above each input.",
        HelpName = "FILE",
    };

    private readonly Option<bool> _noConfig = new("--no-config")
    {
        Description = "Use no aznorm.json.",
    };

    private readonly Option<string[]> _dictionary = new("--dictionary")
    {
        Description = "Add your own words to every stage: a word list (one word per line) or a frequency list ('term count' per line), detected; 'words:FILE' or 'counts:FILE' declares which (repeatable; with aznorm.json's too).",
        HelpName = "FILE",
        AllowMultipleArgumentsPerToken = false,
    };

    private ProjectConfigResolver _configs = new(null, disabled: true);

    private readonly Option<bool> _markdown = new("--markdown")
    {
        Description = "Read every input as Markdown (files named *.md, *.markdown, *.mdx always are): front matter, code blocks and spans, link destinations and HTML are left alone.",
    };

    private readonly Option<int> _jobs = new("--jobs", "-j")
    {
        Description = "How many inputs to process at once (default: the number of processors).",
        HelpName = "N",
    };

    /// <summary>Creates the command with its shared arguments and options.</summary>
    /// <param name="name">The command's name.</param>
    /// <param name="description">Its help text.</param>
    /// <param name="context">Streams and Ctrl+C.</param>
    /// <param name="formats">The <c>--format</c> values it accepts, the default first.</param>
    protected InputCommand(string name, string description, CliContext context, params string[] formats)
        : base(name, description)
    {
        _context = context;
        formats = formats.Length == 0 ? ["text", "json"] : formats;
        _format.Description = formats.Length == 2
            ? "Output format: 'text' or 'json' (JSON Lines, one object per line)."
            : $"Output format: {string.Join(", ", formats.Select(f => $"'{f}'"))}.";
        _format.HelpName = string.Join('|', formats);
        _format.AcceptOnlyFromAmong(formats);
        _jobs.CustomParser = result =>
        {
            string value = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
            if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int jobs) && jobs >= 1)
            {
                return jobs;
            }

            result.AddError($"Invalid value '{value}' for --jobs: expected a whole number of at least 1.");
            return 1;
        };
        Arguments.Add(_files);
        Options.Add(_format);
        Options.Add(_replaceInvalid);
        Options.Add(_include);
        Options.Add(_exclude);
        Options.Add(_jobs);
        Options.Add(_markdown);
        Options.Add(_config);
        Options.Add(_noConfig);
        Options.Add(_dictionary);
        SetAction(parseResult => (int)Execute(parseResult));
    }

    /// <summary>Streams and Ctrl+C.</summary>
    protected CliContext Context => _context;

    /// <summary>Whether this system's file paths compare without case (Windows, macOS), as two inputs' targets and folders do.</summary>
    protected static bool PathsIgnoreCase => OperatingSystem.IsWindows() || OperatingSystem.IsMacOS();

    /// <summary>Takes the shared options a command does not honour off it, so that its help lists only those it does.</summary>
    protected void Without(params string[] names)
    {
        foreach (string name in names)
        {
            Options.Remove(Options.Single(option => option.Name == name));
        }
    }

    /// <summary>No aznorm.json, with this run's <c>--dictionary</c> lists.</summary>
    protected ProjectConfig DictionaryOnly => _configs.None;

    /// <summary>Writes the output for one input to <paramref name="output"/>. Called from several threads at once (one per input).</summary>
    /// <param name="input">The decoded input.</param>
    /// <param name="parseResult">The command line, for the command's own options.</param>
    /// <param name="format">The output format.</param>
    /// <param name="severalInputs">Whether the command has more than one input, so records may need to name theirs.</param>
    /// <param name="output">Receives UTF-8 bytes.</param>
    /// <returns>Whether the output reports findings (only <c>check</c> has any), which makes the exit code <see cref="ExitCode.Findings"/>.</returns>
    protected abstract bool WriteOutput(InputText input, ParseResult parseResult, OutputFormat format, bool severalInputs, IBufferWriter<byte> output);

    /// <summary>What goes before all inputs' output (a SARIF document's head); nothing by default.</summary>
    protected virtual void WriteStart(ParseResult parseResult, OutputFormat format, IBufferWriter<byte> output)
    {
    }

    /// <summary>What goes between two inputs' non-empty outputs; nothing by default.</summary>
    protected virtual ReadOnlySpan<byte> Separator(OutputFormat format) => [];

    /// <summary>What goes after all inputs' output; nothing by default.</summary>
    protected virtual void WriteEnd(ParseResult parseResult, OutputFormat format, IBufferWriter<byte> output)
    {
    }

    /// <summary>
    /// Runs the command when it does not read whole inputs and write them to stdout (<c>fix --in-place</c>, <c>fix --output</c>,
    /// <c>fix --input-format jsonl</c>); returns null to run as usual.
    /// </summary>
    protected virtual ExitCode? TryRunDirect(IReadOnlyList<InputSource> sources, ParseResult parseResult, bool replaceInvalid, int jobs) => null;

    /// <summary>What a folder argument stands for without <c>--include</c>; null for <see cref="InputExpander.DefaultFolderPatterns"/>.</summary>
    protected virtual IReadOnlyList<string>? FolderPatterns(ParseResult parseResult) => null;

    /// <summary>The folder this run writes to (<c>fix --output</c>), whose files folders and globs do not contribute; null for none.</summary>
    protected virtual string? OutputFolder(ParseResult parseResult) => null;

    /// <summary>Called once the output is on stdout, with the run's time (<c>fix --summary</c>).</summary>
    protected virtual void OnCompleted(ParseResult parseResult, TimeSpan elapsed)
    {
    }

    /// <summary>One pipeline per <c>--layout</c> value, built on first use.</summary>
    private static readonly Lazy<AzNormalizer>[] s_pipelines =
    [
        new(() => Pipeline(LayoutMode.Auto)),
        new(() => Pipeline(LayoutMode.None)),
        new(() => Pipeline(LayoutMode.Lines)),
        new(() => Pipeline(LayoutMode.Full)),
    ];

    private static AzNormalizer Pipeline(LayoutMode mode) =>
        mode == LayoutMode.Auto ? AzNormalizer.Default : new AzNormalizer(new AzNormalizerOptions { Layout = new LayoutOptions { Mode = mode } });

    /// <summary>The shared pipeline for a layout mode, with the embedded lexicon.</summary>
    protected static AzNormalizer PipelineFor(LayoutMode mode) => s_pipelines[(int)mode].Value;

    private readonly Dictionary<(ProjectConfig, LayoutMode), AzNormalizer> _pipelinesWithWords = [];
    private readonly Lock _pipelinesLock = new();

    /// <summary>A pipeline whose layout repair and spelling correction also know the configuration's words.</summary>
    protected AzNormalizer PipelineWithWords(ProjectConfig config, LayoutMode layout)
    {
        lock (_pipelinesLock)
        {
            if (!_pipelinesWithWords.TryGetValue((config, layout), out AzNormalizer? pipeline))
            {
                pipeline = new AzNormalizer(new AzNormalizerOptions
                {
                    Layout = new LayoutOptions { Mode = layout },
                    Dictionary = config.HasWords ? config.Dictionary : null,
                    DisabledKinds = DisabledKinds(config),
                });
                _pipelinesWithWords[(config, layout)] = pipeline;
            }

            return pipeline;
        }
    }

    private readonly Dictionary<(ProjectConfig, LayoutMode), AzNormalizer> _pipelinesWithSpelling = [];

    /// <summary>
    /// The spelling options of this run for a lexicon (null: the embedded one), set by a command's options before any input
    /// is processed; null for the library's default (restorations over the embedded lexicon, no context model).
    /// </summary>
    protected Func<AzMorphology?, SpellingOptions>? RunSpelling { get; set; }

    /// <summary>What this run does with Cyrillic script (<c>fix --script</c>), set before any input is processed.</summary>
    protected ScriptMode Script { get; set; } = ScriptMode.Auto;

    /// <summary>The pipeline for an input under <paramref name="config"/>: its words, the layout mode and this run's spelling options.</summary>
    protected AzNormalizer PipelineOf(ProjectConfig config, LayoutMode layout)
    {
        if (RunSpelling is not { } spellingFor)
        {
            if (Script == ScriptMode.Auto)
            {
                return config.HasWords || config.Disabled.Count > 0 ? PipelineWithWords(config, layout) : PipelineFor(layout);
            }

            spellingFor = static words => words is null ? SpellingOptions.Default : new SpellingOptions { Morphology = words };
        }

        lock (_pipelinesLock)
        {
            if (!_pipelinesWithSpelling.TryGetValue((config, layout), out AzNormalizer? pipeline))
            {
                AzMorphology? words = config.HasWords ? config.Morphology : null;
                pipeline = new AzNormalizer(new AzNormalizerOptions
                {
                    Layout = new LayoutOptions { Mode = layout },
                    Dictionary = config.HasWords ? config.Dictionary : null,
                    Spelling = spellingFor(words),
                    DisabledKinds = DisabledKinds(config),
                    Script = Script,
                });
                _pipelinesWithSpelling[(config, layout)] = pipeline;
            }

            return pipeline;
        }
    }

    /// <summary>The kinds of edit aznorm.json's <c>"rules"</c> switch off, for the pipeline (which honours them in every stage).</summary>
    protected static IReadOnlySet<EditKind> DisabledKinds(ProjectConfig config)
    {
        var kinds = new HashSet<EditKind>();
        foreach (EditKind kind in Enum.GetValues<EditKind>())
        {
            if (!config.IsOn(kind))
            {
                kinds.Add(kind);
            }
        }

        return kinds;
    }

    /// <summary>The protected regions as the library's spans.</summary>
    protected static IReadOnlyList<TextSpan>? SpansOf(ProtectedRegions regions) =>
        regions.IsEmpty ? null : regions.Ranges.Select(static range => new TextSpan(range.Start, range.End - range.Start)).ToArray();

    /// <summary>
    /// Cleans one input as <c>fix</c> does: the layout asked for (else aznorm.json's, else auto) (Markdown's line breaks are the
    /// author's, so <c>auto</c> keeps its lines), with the protected regions (ignore markers, Markdown code and links) and the
    /// switched-off rules passed to the pipeline, which honours them in every stage.
    /// </summary>
    protected FixResult CleanInput(InputText input, ParseResult parseResult, LayoutMode? explicitLayout)
    {
        ProjectConfig config = ConfigOf(input.Source);
        LayoutMode layout = explicitLayout ?? config.Layout ?? LayoutMode.Auto;
        bool markdown = IsMarkdown(input.Source, parseResult);
        if (markdown && layout == LayoutMode.Auto)
        {
            layout = LayoutMode.Lines;
        }

        return PipelineOf(config, layout).Fix(input.Text, SpansOf(RegionsOf(input, parseResult)));
    }

    /// <summary>Whether <paramref name="source"/> is read as Markdown: by its name, or because <c>--markdown</c> says so.</summary>
    protected bool IsMarkdown(InputSource source, ParseResult parseResult) =>
        parseResult.GetValue(_markdown) || ConfigOf(source).Markdown == true || ProtectedRegions.IsMarkdownPath(source.Path);

    /// <summary>The aznorm.json that applies to <paramref name="source"/> (<see cref="ProjectConfig.Empty"/> when none).</summary>
    /// <exception cref="InputException">The file is invalid.</exception>
    protected ProjectConfig ConfigOf(InputSource source) => _configs.For(source);

    /// <summary>Whether <paramref name="option"/> was given on the command line (so it wins over aznorm.json).</summary>
    protected static bool IsGiven(ParseResult parseResult, Option option) => parseResult.GetResult(option) is { Implicit: false };

    /// <summary>The regions of <paramref name="input"/> to leave alone: ignore markers, and Markdown's code, links and markup.</summary>
    protected ProtectedRegions RegionsOf(InputText input, ParseResult parseResult) =>
        ProtectedRegions.Find(input.Text, IsMarkdown(input.Source, parseResult));

    /// <summary>The parsed format.</summary>
    protected OutputFormat GetFormat(ParseResult parseResult) => parseResult.GetValue(_format) switch
    {
        "json" => OutputFormat.Json,
        "sarif" => OutputFormat.Sarif,
        "github" => OutputFormat.Github,
        "diff" => OutputFormat.Diff,
        "html" => OutputFormat.Html,
        _ => OutputFormat.Text,
    };

    private ExitCode Execute(ParseResult parseResult)
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        List<InputSource> sources;
        try
        {
            _configs = new ProjectConfigResolver(parseResult.GetValue(_config), parseResult.GetValue(_noConfig), parseResult.GetValue(_dictionary));
            sources = InputExpander.Expand(parseResult.GetValue(_files), parseResult.GetValue(_include) ?? [], parseResult.GetValue(_exclude) ?? [], FolderPatterns(parseResult));
            if (OutputFolder(parseResult) is { } outputFolder)
            {
                // What an earlier run wrote into an output folder inside an input folder is not read back as input. Only an
                // output folder strictly inside the folder or glob root that found a file counts: `fix raw --output .`
                // reads all of raw.
                StringComparison paths = PathsIgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
                string below = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder)) + Path.DirectorySeparatorChar;
                sources.RemoveAll(source =>
                {
                    if (!source.Found || source.RelativePath is null)
                    {
                        return false;
                    }

                    string full = Path.GetFullPath(source.Path!);
                    string root = full[..^source.RelativePath.Length];
                    return full.StartsWith(below, paths) && below.StartsWith(root, paths) && below.Length > root.Length;
                });
            }

            sources.RemoveAll(source => source.Found && ConfigOf(source).IsIgnored(source.Path!));
            foreach (InputSource source in sources)
            {
                ConfigOf(source).Validate(); // a bad aznorm.json, or a bad word in it, fails here, before anything is read
            }
        }
        catch (InputException e)
        {
            _context.Error(e.Message);
            return ExitCode.InputError;
        }

        OutputFormat format = GetFormat(parseResult);
        bool replaceInvalid = parseResult.GetValue(_replaceInvalid);
        int jobs = parseResult.GetResult(_jobs) is null ? Environment.ProcessorCount : parseResult.GetValue(_jobs);
        if (TryRunDirect(sources, parseResult, replaceInvalid, jobs) is { } filesExitCode)
        {
            return filesExitCode;
        }

        // Whole-input mode: every input is read and processed before anything is written, so a bad one fails with stdout
        // empty. Standard input is read first, on this thread; files are read, decoded and processed in parallel.
        var inputs = new InputText?[sources.Count];
        var errors = new string?[sources.Count];
        for (int i = 0; i < sources.Count; i++)
        {
            if (sources[i].IsStdin)
            {
                try
                {
                    inputs[i] = InputReader.Read(sources[i], _context.Stdin, replaceInvalid);
                }
                catch (InputException e)
                {
                    _context.Error(e.Message);
                    return ExitCode.InputError;
                }
            }
        }

        if (_context.Interrupts.IsInterrupted)
        {
            return ExitCode.Interrupted;
        }

        var buffers = new ArrayBufferWriter<byte>[sources.Count];
        var findings = new bool[sources.Count];
        using var progress = new Progress(_context, sources.Count);
        Parallel.For(0, sources.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, (i, state) =>
        {
            if (_context.Interrupts.IsInterrupted)
            {
                state.Stop();
                return;
            }

            try
            {
                inputs[i] ??= InputReader.Read(sources[i], _context.Stdin, replaceInvalid);
            }
            catch (InputException e)
            {
                errors[i] = e.Message;
                return;
            }

            buffers[i] = new ArrayBufferWriter<byte>();
            findings[i] = WriteOutput(inputs[i]!, parseResult, format, sources.Count > 1, buffers[i]);
            inputs[i] = null; // let the text go as soon as its output is made
            progress.Advance();
        });
        progress.Dispose();
        if (_context.Interrupts.IsInterrupted)
        {
            return ExitCode.Interrupted;
        }

        foreach (string? error in errors)
        {
            if (error is not null)
            {
                _context.Error(error); // the first failing input in command-line order
                return ExitCode.InputError;
            }
        }

        var output = new ArrayBufferWriter<byte>();
        WriteStart(parseResult, format, output);
        bool written = false;
        foreach (ArrayBufferWriter<byte> buffer in buffers)
        {
            if (buffer.WrittenCount == 0)
            {
                continue;
            }

            if (written)
            {
                output.Write(Separator(format));
            }

            output.Write(buffer.WrittenSpan);
            written = true;
        }

        WriteEnd(parseResult, format, output);
        ExitCode exitCode = Commit(output.WrittenSpan, findings.Contains(true) ? ExitCode.Findings : ExitCode.Success);
        if (exitCode is ExitCode.Success or ExitCode.Findings)
        {
            OnCompleted(parseResult, stopwatch.Elapsed);
        }

        return exitCode;
    }

    /// <summary>Writes the whole output to stdout in one go, unless Ctrl+C came first.</summary>
    /// <param name="output">The whole output.</param>
    /// <param name="completed">The exit code once it is written: <see cref="ExitCode.Success"/> or <see cref="ExitCode.Findings"/>.</param>
    private ExitCode Commit(ReadOnlySpan<byte> output, ExitCode completed)
    {
        if (!_context.Interrupts.TryBeginOutput())
        {
            return ExitCode.Interrupted;
        }

        try
        {
            _context.Stdout.Write(output);
            _context.Stdout.Flush();
        }
        catch (IOException e)
        {
            _context.Error($"cannot write to standard output: {e.Message}");
            return ExitCode.OutputError;
        }

        // Ctrl+C during the write: the output was finished, and the exit code still says it was interrupted.
        return _context.Interrupts.IsInterrupted ? ExitCode.Interrupted : completed;
    }
}
