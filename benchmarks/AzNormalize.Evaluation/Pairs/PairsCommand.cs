using System.Diagnostics;
using System.Globalization;
using System.Text;
using AzNormalize.Evaluation.Infrastructure;
using AzNormalize.Evaluation.Layout;
using AzNormalize.Evaluation.Vocabulary;
using AzNormalize.Lexicon;
using AzNormalize.Normalization;

namespace AzNormalize.Evaluation.Pairs;

/// <summary>
/// <c>pairs</c>: scores whole repair pipelines on (noisy, gold) text pairs, word by word (<see cref="PairScorer"/>): the 80
/// OCR documents, the same documents' gold text with seeded noise of each <see cref="NoiseKind"/>, and the clean gold alone
/// (where every change is damage). Prints a table and writes the section <see cref="Heading"/> of docs/quality.md.
/// </summary>
internal static class PairsCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "pairs";

    /// <summary>The docs/quality.md section the command owns.</summary>
    public const string Heading = "## Pairs: whole repairs against gold text";

    /// <summary>The seed of the noise (the document's index is added).</summary>
    public const int Seed = 20_261_201;

    private static string Usage =>
        $"""
        Usage: {Program.RunPrefix} {Name} [options]

        Scores the repair pipelines on the OCR documents of {LayoutCommand.OcrFolder}, on their gold text with seeded
        noise of each kind, and on the clean gold alone: words fixed, missed, wrongly fixed and damaged.

        Options:
        {EvaluationRun.CommonOptions}  -h, --help          show this help

        Without the shared data the command prints "skipped" and exits with 0.

        """;

    /// <summary>A repair pipeline scored.</summary>
    internal sealed record System(string Name, Func<string, string> Repair);

    /// <summary>A data set: (source, gold) pairs.</summary>
    internal sealed record DataSet(string Name, IReadOnlyList<(string Source, string Gold)> Pairs);

    /// <summary>One system's score on one set.</summary>
    internal sealed record Row(string Set, string System, PairScore Score);

    /// <summary>
    /// The systems compared on every set. With <paramref name="dataRoot"/>, also the configuration with the LocalDoc
    /// frequency list merged into the lexicon that layout repair asks (when the list is there). The corrector will add its
    /// own rows here, and the context-model configuration with it.
    /// </summary>
    internal static IReadOnlyList<System> Systems(string? dataRoot = null)
    {
        var systems = new List<System>
        {
            new("no correction", text => text),
            new("plain edit distance (baseline)", PlainEditDistanceCorrector.Correct),
            new("AzNormalizer.Default (characters + layout)", text => AzNormalizer.Default.Fix(text).Text),
        };

        string? localDoc = dataRoot is null ? null : Path.Combine(dataRoot, Oracles.LocalDocFrequencyList);
        if (localDoc is not null && File.Exists(localDoc))
        {
            var withList = new AzNormalizer(new AzNormalizerOptions
            {
                Layout = new LayoutOptions { WordOracle = new AzMorphology(AzLexicon.Default.WithFrequencyFile(localDoc)) },
            });
            systems.Add(new("AzNormalizer + LocalDoc frequency list", text => withList.Fix(text).Text));
        }

        return systems;
    }

    /// <summary>The sets the (slow) Hunspell baseline runs on: suggestions take hunspell about 20 ms a word.</summary>
    private static readonly string[] s_hunspellSets = ["OCR documents", "clean gold alone (damage)"];

    /// <summary>The sets made from (OCR, gold) document pairs.</summary>
    internal static List<DataSet> Sets(IReadOnlyList<(string Ocr, string Gold)> documents)
    {
        var sets = new List<DataSet> { new("OCR documents", documents) };
        foreach (NoiseKind kind in Enum.GetValues<NoiseKind>())
        {
            var pairs = new List<(string, string)>(documents.Count);
            for (int i = 0; i < documents.Count; i++)
            {
                pairs.Add((TextNoiser.Apply(documents[i].Gold, kind, Seed + i), documents[i].Gold));
            }

            sets.Add(new DataSet($"gold + seeded {Describe(kind)}", pairs));
        }

        sets.Add(new DataSet("clean gold alone (damage)", documents.Select(d => (d.Gold, d.Gold)).ToList()));
        return sets;
    }

    /// <summary>Runs the command; <paramref name="args"/> starts with the command's name.</summary>
    public static ExitCode Run(string[] args, TextWriter output, TextWriter error)
    {
        if (EvaluationRun.Start(Name, Usage, args, output, error, out VocabularyOptions options, out string dataRoot) is { } stop)
        {
            return stop;
        }

        if (!Directory.Exists(Path.Combine(dataRoot, LayoutCommand.OcrFolder)))
        {
            error.WriteLine($"{Name}: skipped: {LayoutCommand.OcrFolder} is not in {dataRoot}.");
            output.WriteLine("skipped");
            return ExitCode.Success;
        }

        var stopwatch = Stopwatch.StartNew();
        List<(string Ocr, string Gold)> documents = LayoutCommand.ReadPairs(dataRoot);
        List<DataSet> sets = Sets(documents);
        List<Row> rows = Measure(sets, Systems(dataRoot));
        if (HunspellCorrector.TryCreate(Path.Combine(dataRoot, "mozillaz-hunspell-az", "az"), error) is { } hunspell)
        {
            var hunspellSets = sets.Where(set => s_hunspellSets.Contains(set.Name)).ToList();
            hunspell.Prepare(hunspellSets.SelectMany(set => set.Pairs.Select(pair => pair.Source)));
            rows.AddRange(Measure(hunspellSets, [new System("Hunspell az (Mozilla), first suggestion (baseline)", hunspell.Correct)]));
        }

        string report = ToMarkdown(rows, documents.Count, EvaluationRun.DescribeRun(args)) + WebFlags(dataRoot, error);
        output.Write(report);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"measured in {stopwatch.Elapsed.TotalSeconds:0.0} s"));
        EvaluationRun.WriteSection(Name, options, Heading, report, error);
        EvaluationRun.WriteJson(Name, options, rows, error);

        return ExitCode.Success;
    }

    /// <summary>The web sentences of lingua-testdata-az, one per line: real noise without gold.</summary>
    public const string WebSentences = "lingua-testdata-az/sentences/az.txt";

    /// <summary>
    /// Flags on real web text without gold: how many words each system changes in the lingua sentences (look-alikes and
    /// typos a repair should change, names and foreign words it should not), with examples to read.
    /// </summary>
    private static string WebFlags(string dataRoot, TextWriter log)
    {
        string path = Path.Combine(dataRoot, WebSentences);
        if (!File.Exists(path))
        {
            log.WriteLine($"note: {path} is absent; the web-text table is skipped.");
            return string.Empty;
        }

        string[] sentences = File.ReadAllLines(path, Encoding.UTF8);
        int wordCount = sentences.Sum(sentence => LayoutScorer.Words(sentence).Count);
        var md = new StringBuilder();
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"""
            ### Real web text, no gold: words changed

            `../shared/data/{WebSentences}` ({sentences.Length:N0} web and Wikipedia sentences, {wordCount:N0} words, with real
            Cyrillic look-alikes and typos), each sentence repaired on its own. Without gold, the count of words changed is what
            a reader reviews; the examples show what kind.
            """);
        md.AppendLine();
        md.AppendLine("| system | words changed | per 1,000 words | first changes |");
        md.AppendLine("|---|---:|---:|---|");
        foreach (System system in Systems(dataRoot).Skip(1))
        {
            int changed = 0;
            var examples = new List<string>();
            foreach (string sentence in sentences)
            {
                List<string> words = LayoutScorer.Words(sentence);
                Aligned[] aligned = PairScorer.Align(LayoutScorer.Words(system.Repair(sentence)), words, out _);
                for (int j = 0; j < words.Count; j++)
                {
                    if (!aligned[j].Exact)
                    {
                        changed++;
                        if (examples.Count < 6)
                        {
                            examples.Add($"`{words[j]}` → `{aligned[j].Text}`");
                        }
                    }
                }
            }

            md.AppendLine(CultureInfo.InvariantCulture, $"| {system.Name} | {changed:N0} | {1000.0 * changed / Math.Max(1, wordCount):0.0} | {string.Join(", ", examples)} |");
        }

        return md.ToString();
    }

    /// <summary>Scores every system on every set.</summary>
    internal static List<Row> Measure(IReadOnlyList<DataSet> sets, IReadOnlyList<System> systems)
    {
        var rows = new List<Row>();
        foreach (DataSet set in sets)
        {
            foreach (System system in systems)
            {
                var total = new PairScore();
                foreach ((string source, string gold) in set.Pairs)
                {
                    total.Add(PairScorer.Score(source, system.Repair(source), gold));
                }

                rows.Add(new Row(set.Name, system.Name, total));
            }
        }

        return rows;
    }

    private static string Describe(NoiseKind kind) => kind switch
    {
        NoiseKind.DiacriticLoss => "diacritic loss (15 % of words)",
        NoiseKind.TurkishHabit => "Turkish habits (15 % of words)",
        NoiseKind.KeyboardSlip => "keyboard slips (15 % of words)",
        NoiseKind.OcrConfusion => "OCR confusions (15 % of words)",
        NoiseKind.NoAzerbaijaniLetters => "typing without Azerbaijani letters (whole text)",
        _ => "line-end hyphen breaks (wrapped at 60 columns)",
    };

    internal static string ToMarkdown(IReadOnlyList<Row> rows, int documents, string run)
    {
        var md = new StringBuilder();
        md.AppendLine(Heading);
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"""
            Whole pipelines scored word by word against gold text: the {documents} OCR documents of
            `../shared/data/{LayoutCommand.OcrFolder}` against `{LayoutCommand.GoldFolder}`, the same gold texts with seeded noise of
            each kind (`TextNoiser`, seed {Seed} + document), and the clean gold alone, where every change is damage (read at run
            time, never committed).
            """);
        md.AppendLine();
        md.AppendLine($"- {run}");
        md.AppendLine("""
            - Words are split at white space, edge punctuation and quotes dropped (quote styles never count). The alignment is a
              word edit distance in which two tokens may stand for one gold word, or one token for two, at the cost of one error:
              a word split by a hyphen or merged with its neighbour is one error.
            - Per gold word: a **source error** when the source does not have it one to one; then **fixed** (the output has it),
              **missed** (the output has what the source had) or **wrong fix** (something else). **Damaged**: the source had
              it, the output does not. Paragraphs equal: gold paragraphs found word for word (punctuation included) in the output.
            - The spelling corrector does not exist yet: these rows measure character normalization and layout repair, and set the
              baselines the corrector is measured against: a plain edit-distance corrector of our own (first lexicon word one
              edit from an unknown lowercase word; `Pairs/Baselines.cs`) and, on the OCR and clean sets only (hunspell's
              suggestions are slow), Debian's `hunspell` with the Mozilla dictionary, each flagged word replaced by its
              first suggestion.
            """);
        md.AppendLine();
        md.AppendLine("| data set | system | gold words | source errors | fixed | missed | wrong fixes | damaged | paragraphs equal |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (Row row in rows)
        {
            PairScore s = row.Score;
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Set} | {row.System} | {s.GoldWords:N0} | {LayoutScorer.Percent(s.SourceErrors, s.GoldWords)} ({s.SourceErrors:N0}) | {LayoutScorer.Percent(s.Fixed, s.SourceErrors)} ({s.Fixed:N0}) | {s.Missed:N0} | {s.WrongFixes:N0} | {s.Damaged:N0} | {s.ParagraphsEqual:N0} of {s.GoldParagraphs:N0} |");
        }

        return md.ToString();
    }
}
