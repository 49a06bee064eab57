using System.Diagnostics;
using System.Globalization;
using System.Text;
using AzNormalize.Correction;
using AzNormalize.Evaluation.Infrastructure;
using AzNormalize.Evaluation.Layout;
using AzNormalize.Evaluation.Vocabulary;
using AzNormalize.Peers;

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
        {EvaluationRun.CommonOptions}  --set <text>        only the data sets whose name contains <text> (no Markdown written)
          --misses <file>     also write every gold word that is a source error or damaged, per set and system, as TSV
                              (set, system, document, fixed/missed/wrong/damaged, gold, source, output, gold context);
                              a development aid, refused inside the repository
          -h, --help          show this help

        Without the shared data the command prints "skipped" and exits with 0.

        """;

    /// <summary>A repair pipeline scored.</summary>
    /// <param name="Name">The name in the tables.</param>
    /// <param name="Repair">Text in, text out (for text that is none of the documents).</param>
    /// <param name="RepairDocument">When set, used for document <c>i</c> of a set instead (a held-out context model per document).</param>
    internal sealed record System(string Name, Func<string, string> Repair, Func<int, string, string>? RepairDocument = null)
    {
        /// <summary>Repairs document <paramref name="index"/> of a set.</summary>
        public string RepairAt(int index, string text) => RepairDocument is null ? Repair(text) : RepairDocument(index, text);
    }

    /// <summary>A data set: (source, gold) pairs.</summary>
    internal sealed record DataSet(string Name, IReadOnlyList<(string Source, string Gold)> Pairs);

    /// <summary>One system's score on one set.</summary>
    internal sealed record Row(string Set, string System, PairScore Score);

    /// <summary>
    /// The systems compared on every set. With <paramref name="dataRoot"/>, also the SymSpell peer on the LocalDoc list
    /// (<see cref="SymSpellCorrector"/>, when its source and the list are there) and the configurations with a context model
    /// trained on the news text of the other documents (<see cref="NewsContext"/>, when the text is there), alone and
    /// interpolated with the embedded model.
    /// </summary>
    internal static IReadOnlyList<System> Systems(string? dataRoot = null, TextWriter? log = null)
    {
        var systems = new List<System>
        {
            new("no correction", text => text),
            new("plain edit distance (baseline)", PlainEditDistanceCorrector.Correct),
            new("AzNormalizer, characters + layout only (spelling off)", text => s_withoutSpelling.Fix(text).Text),
            new(DefaultName, text => s_default.Fix(text).Text),
            new("AzNormalizer, embedded counts but no context model (EmbeddedContext off)", text => s_withoutContext.Fix(text).Text),
            new("AzNormalizer + single edits, margin decoder (SpellingDecoder.Margin)", text => s_withEdits.Fix(text).Text),
            new(SentenceName, text => s_sentence.Fix(text).Text),
            new(SentenceEditsName, text => s_sentenceEdits.Fix(text).Text),
            new(SentenceEditsName + ", confidence ≥ 0.9", text => s_sentenceEdits90.Fix(text).Text),
        };
        if (DevelopmentWeights.Learned is { } learned)
        {
            systems.Add(new(LearnedName, text => LearnedPipeline(learned, 0).Fix(text).Text));
            systems.Add(new(LearnedName + ", confidence ≥ 0.9", text => LearnedPipeline(learned, 0.9).Fix(text).Text));
            systems.Add(new(LearnedRestorationsName, text => LearnedPipeline(learned, 0, edits: false).Fix(text).Text));
        }

        if (dataRoot is null)
        {
            return systems;
        }

        if (SymSpellCorrector.TryCreate(Path.Combine(dataRoot, Oracles.LocalDocFrequencyList), log ?? TextWriter.Null) is { } symSpell)
        {
            systems.Insert(2, new System(SymSpellName, symSpell.Correct));
        }

        static AzNormalizer Pipeline(ContextModel? context, bool embedded, bool edits = false, bool realWords = false, bool sentence = false) => new(new AzNormalizerOptions
        {
            Spelling = new SpellingOptions
            {
                Context = context, EmbeddedContext = embedded, Edits = edits, RealWords = realWords, Weights = DevelopmentWeights.Value,
                Decoder = sentence ? SpellingDecoder.Sentence : SpellingDecoder.Margin,
            },
        });

        if (NewsContext.TryLoad(dataRoot, log ?? TextWriter.Null) is { } news)
        {
            System HeldOut(string name, bool embedded, bool edits = false, bool realWords = false, bool sentence = false)
            {
                AzNormalizer[] folds = [Pipeline(news.For(0), embedded, edits, realWords, sentence), Pipeline(news.For(1), embedded, edits, realWords, sentence)];
                AzNormalizer all = Pipeline(news.All, embedded, edits, realWords, sentence);
                return new System(name, text => all.Fix(text).Text, (i, text) => folds[i % 2].Fix(text).Text);
            }

            systems.Add(HeldOut("AzNormalizer + news context model alone (held-out documents, no embedded model)", embedded: false));
            systems.Add(HeldOut("AzNormalizer + news context model interpolated with the embedded one (held-out)", embedded: true));
            systems.Add(HeldOut("AzNormalizer + news and embedded context + real-word errors", embedded: true, realWords: true));
            systems.Add(HeldOut("AzNormalizer + news and embedded context + single edits", embedded: true, edits: true));
            systems.Add(HeldOut("AzNormalizer, sentence decoder + edits + news and embedded context (held-out), hand-set weights", embedded: true, edits: true, sentence: true));
            systems.Add(HeldOut("AzNormalizer, sentence decoder + edits + news and embedded context + real-word errors (held-out), hand-set weights", embedded: true, edits: true, realWords: true, sentence: true));
        }

        return systems;
    }

    /// <summary>The name of the SymSpell peer's row.</summary>
    internal const string SymSpellName = "SymSpell (LocalDoc 80k, edit distance 2, Top), peer";

    /// <summary>The name of the default pipeline's row.</summary>
    internal const string DefaultName = "AzNormalizer.Default (characters + layout + spelling)";

    private static readonly AzNormalizer s_default = new(new AzNormalizerOptions { Spelling = new SpellingOptions { Weights = DevelopmentWeights.Value } });

    /// <summary>The row of the sentence decoder with restorations only.</summary>
    internal const string SentenceName = "AzNormalizer, sentence decoder (SpellingDecoder.Sentence), restorations, hand-set weights";

    /// <summary>The row of the sentence decoder with edits.</summary>
    internal const string SentenceEditsName = "AzNormalizer + edits, sentence decoder (Edits; up to two edits, splits, merges), hand-set weights";

    private static readonly AzNormalizer s_sentence = new(new AzNormalizerOptions { Spelling = new SpellingOptions { Decoder = SpellingDecoder.Sentence, Weights = DevelopmentWeights.Value } });

    /// <summary>The row of the sentence decoder with edits and the learned weights.</summary>
    internal const string LearnedName = "AzNormalizer + edits, sentence decoder, learned weights (CorrectionWeights.Learned, the default)";

    /// <summary>The row of the sentence decoder with restorations only and the learned weights.</summary>
    internal const string LearnedRestorationsName = "AzNormalizer, sentence decoder, restorations, learned weights";

    private static readonly Dictionary<(double, bool), AzNormalizer> s_learnedPipelines = [];

    /// <summary>The sentence decoder with <paramref name="weights"/> (one pipeline per setting, made once).</summary>
    internal static AzNormalizer LearnedPipeline(CorrectionWeights weights, double minConfidence, bool edits = true)
    {
        lock (s_learnedPipelines)
        {
            if (!s_learnedPipelines.TryGetValue((minConfidence, edits), out AzNormalizer? pipeline))
            {
                pipeline = new AzNormalizer(new AzNormalizerOptions
                {
                    Spelling = new SpellingOptions { Decoder = SpellingDecoder.Sentence, Edits = edits, MinConfidence = minConfidence, Weights = weights },
                });
                s_learnedPipelines[(minConfidence, edits)] = pipeline;
            }

            return pipeline;
        }
    }

    private static readonly AzNormalizer s_sentenceEdits90 = new(new AzNormalizerOptions { Spelling = new SpellingOptions { Decoder = SpellingDecoder.Sentence, Edits = true, MinConfidence = 0.9, Weights = DevelopmentWeights.Value } });

    private static readonly AzNormalizer s_sentenceEdits = new(new AzNormalizerOptions { Spelling = new SpellingOptions { Decoder = SpellingDecoder.Sentence, Edits = true, Weights = DevelopmentWeights.Value } });

    private static readonly AzNormalizer s_withoutSpelling = new(new AzNormalizerOptions { Spelling = new SpellingOptions { Enabled = false } });

    private static readonly AzNormalizer s_withEdits = new(new AzNormalizerOptions { Spelling = new SpellingOptions { Edits = true, Decoder = SpellingDecoder.Margin } });

    private static readonly AzNormalizer s_withoutContext = new(new AzNormalizerOptions { Spelling = new SpellingOptions { EmbeddedContext = false, Weights = DevelopmentWeights.Value } });

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

    /// <summary>
    /// The OCR document pairs and the sets made of them, only those whose name contains <c>--set</c>'s text; null, with
    /// "skipped" written, when the OCR documents are not in <paramref name="dataRoot"/> (<paramref name="command"/> names
    /// the command in the note).
    /// </summary>
    internal static (List<(string Ocr, string Gold)> Documents, List<DataSet> Sets)? ReadSets(
        string command, string dataRoot, VocabularyOptions options, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(Path.Combine(dataRoot, LayoutCommand.OcrFolder)))
        {
            error.WriteLine($"{command}: skipped: {LayoutCommand.OcrFolder} is not in {dataRoot}.");
            output.WriteLine("skipped");
            return null;
        }

        List<(string Ocr, string Gold)> documents = LayoutCommand.ReadPairs(dataRoot);
        List<DataSet> sets = Sets(documents);
        if (options.SetFilter is { } filter)
        {
            sets = sets.Where(set => set.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)).ToList();
        }

        return (documents, sets);
    }

    /// <summary>Runs the command; <paramref name="args"/> starts with the command's name.</summary>
    public static ExitCode Run(string[] args, TextWriter output, TextWriter error)
    {
        if (EvaluationRun.Start(Name, Usage, args, output, error, out VocabularyOptions options, out string dataRoot) is { } stop)
        {
            return stop;
        }

        var stopwatch = Stopwatch.StartNew();
        if (ReadSets(Name, dataRoot, options, output, error) is not ({ } documents, { } sets))
        {
            return ExitCode.Success;
        }

        IReadOnlyList<System> systems = Systems(dataRoot, error);
        if (options.SetFilter is not null && Environment.GetEnvironmentVariable("AZNORM_EVAL_SYSTEMS") is { Length: > 0 } only)
        {
            // Development: with --set only, the systems whose name contains the variable's text (docs/quality.md is never written then).
            systems = systems.Where(system => system.Name.Contains(only, StringComparison.Ordinal)).ToList();
        }
        using StreamWriter? misses = options.MissesPath is null ? null : new StreamWriter(options.MissesPath, append: false, new UTF8Encoding(false));
        misses?.Write(MissesHeader);
        List<Row> rows = Measure(sets, systems, misses);
        if (HunspellCorrector.TryCreate(Path.Combine(dataRoot, "mozillaz-hunspell-az", "az"), error) is { } hunspell)
        {
            var hunspellSets = sets.Where(set => s_hunspellSets.Contains(set.Name)).ToList();
            hunspell.Prepare(hunspellSets.SelectMany(set => set.Pairs.Select(pair => pair.Source)));
            rows.AddRange(Measure(hunspellSets, [new System("Hunspell az (Mozilla), first suggestion (baseline)", hunspell.Correct)], misses));
        }

        if (misses is not null)
        {
            misses.Flush();
            error.WriteLine($"{Name}: wrote {Path.GetFullPath(options.MissesPath!)}");
        }

        string report = ToMarkdown(rows, documents.Count, EvaluationRun.DescribeRun(args)) + (options.SetFilter is null ? WebFlags(dataRoot, systems, error) : string.Empty);
        output.Write(report);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"measured in {stopwatch.Elapsed.TotalSeconds:0.0} s"));
        if (options.SetFilter is null)
        {
            EvaluationRun.WriteSection(Name, options, Heading, report, error);
        }

        EvaluationRun.WriteJson(Name, options, rows, error);

        return ExitCode.Success;
    }

    /// <summary>The web sentences of lingua-testdata-az, one per line: real noise without gold.</summary>
    public const string WebSentences = "lingua-testdata-az/sentences/az.txt";

    /// <summary>
    /// Flags on real web text without gold: how many words each system changes in the lingua sentences (look-alikes and
    /// typos a repair should change, names and foreign words it should not), with examples to read.
    /// </summary>
    private static string WebFlags(string dataRoot, IReadOnlyList<System> systems, TextWriter log)
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
        foreach (System system in systems.Skip(1))
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

    /// <summary>The header line of the <c>--misses</c> TSV.</summary>
    internal const string MissesHeader = "set\tsystem\tdocument\tcategory\tgold\tsource\toutput\tcontext\n";

    /// <summary>Scores every system on every set; with <paramref name="misses"/>, also writes there a TSV line per gold word that is a source error or damaged.</summary>
    internal static List<Row> Measure(IReadOnlyList<DataSet> sets, IReadOnlyList<System> systems, TextWriter? misses = null)
    {
        var rows = new List<Row>();
        foreach (DataSet set in sets)
        {
            foreach (System system in systems)
            {
                var total = new PairScore();
                for (int i = 0; i < set.Pairs.Count; i++)
                {
                    (string source, string gold) = set.Pairs[i];
                    string output = system.RepairAt(i, source);
                    total.Add(PairScorer.Score(source, output, gold));
                    if (misses is not null)
                    {
                        WriteMisses(misses, set.Name, system.Name, i, PairScorer.Compare(source, output, gold));
                    }
                }

                rows.Add(new Row(set.Name, system.Name, total));
            }
        }

        return rows;
    }

    /// <summary>Writes one TSV line per word of <paramref name="results"/> (document <paramref name="document"/>, counted from 0 in file name order).</summary>
    internal static void WriteMisses(TextWriter writer, string set, string system, int document, IEnumerable<WordResult> results)
    {
        foreach (WordResult result in results)
        {
            string category = result.Outcome switch
            {
                WordOutcome.Fixed => "fixed",
                WordOutcome.Missed => "missed",
                WordOutcome.WrongFix => "wrong",
                _ => "damaged",
            };
            writer.Write(string.Join('\t', [set, system, document.ToString(CultureInfo.InvariantCulture), category, result.Gold, result.Source, result.Output, result.Context()]));
            writer.Write('\n');
        }
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
            - Systems: the pipeline without spelling correction; the default (restorations of lost Azerbaijani letters and Turkish
              spellings ranked with the embedded word counts and the embedded context model, data/README.md; docs/correction.md);
              the default without the embedded context model (counts only); the default with single edits (these four use the
              margin decoder of 0.1, still the default without edits); the sentence decoder (`SpellingDecoder.Sentence`,
              docs/correction.md) with restorations only and with edits (up to two weighted edits, splits, merges, colloquial
              endings), with the default `CorrectionWeights`; and with a word bigram
              model trained on the ntrex-128 news text, alone and interpolated with the embedded one. The OCR documents are those
              same news documents, so the news model is held out: document *i* is corrected with the model trained on the
              documents of the other parity only (two folds of 40), and the web sentences with the model of all 80. The embedded
              model is built from shippable text only (legal codes, TIL news sentences, Tatoeba, tesseract's attested pairs), none
              of it evaluation text. Baselines: a plain edit-distance corrector of our own (first lexicon word one edit from an
              unknown lowercase word; `Pairs/Baselines.cs`) and, on the OCR and clean sets only (hunspell's suggestions are slow),
              Debian's `hunspell` with the Mozilla dictionary, each flagged word replaced by its first suggestion.
            - Peer: SymSpell (wolfgarbe/SymSpell, compiled from `../shared/peers/symspell` when present, never committed;
              `benchmarks/AzNormalize.Peers`) on raw text, set up as people use it for Azerbaijani: `new SymSpell(82765, 2, 7)`,
              LocalDoc's 80k frequency list (`../shared/data/localdoc-symspell-az`), and each word of letters only whose
              Azerbaijani lowercase (I/ı, İ/i) is not in the list replaced by the first suggestion of
              `Lookup(word, Verbosity.Top, 2)`, its case pattern restored; words with digits, hyphens or apostrophes are left
              alone. It runs on every set and on the web sentences. The list is 80k word forms and SymSpell has no morphology, so
              a name or an inflected form outside the list is replaced too: what most of its changes to the clean gold are.
            - The clean gold has real typos of its own (`partiyanin`, `etmləlidir`, `potensillarını`): a corrector that fixes one
              is counted as damaging the gold there.
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
