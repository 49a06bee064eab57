using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using AzNormalize.Evaluation.Infrastructure;
using AzNormalize.Lexicon;
using AzNormalize.Text;

namespace AzNormalize.Evaluation.Vocabulary;

/// <summary>
/// <c>vocabulary</c>: how well each word oracle (<see cref="Oracles"/>) tells correct from misspelled Azerbaijani words.
/// Correct words are the word tokens of clean news text; misspellings are made from its lowercase words by
/// <see cref="MisspellingGenerator"/>. Prints tables, writes the section <see cref="Heading"/> of docs/quality.md and,
/// on request, JSON.
/// </summary>
internal static class VocabularyCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "vocabulary";

    /// <summary>The docs/quality.md section the command owns.</summary>
    public const string Heading = "## Vocabulary: known words and misspellings";

    /// <summary>The ntrex-128 Azerbaijani news reference, under the shared data folder.</summary>
    public const string NewsFile = "ntrex-128/newstest2019-ref.aze-Latn.txt";

    /// <summary>The gold text of the OCR set (the same documents), under the shared data folder.</summary>
    public const string GoldFolder = "tesseract-ocr-ntrex-az/gt";

    private const string GoldPattern = "*.gt.txt";

    /// <summary>Characters that make a shell argument need quotes.</summary>
    private static readonly SearchValues<char> s_shellSpecial = SearchValues.Create(" \t\"'$`\\*?;&|<>()");

    private static string Usage =>
        $"""
        Usage: {Program.RunPrefix} {Name} [options]

        Measures how well word oracles (the embedded lexicon, with a frequency list, hunspell) tell correct
        Azerbaijani words (clean news text) from generated misspellings, and writes the results to docs/quality.md.

        Options:
        {EvaluationRun.CommonOptions}  --dump <dir>        also write every accepted misspelling and unknown lowercase word, per oracle, as TSV
                              files into <dir> (for development: they hold words of the shared data; never commit them)
          -h, --help          show this help

        Without the shared data the command prints "skipped" and exits with 0.

        """;

    /// <summary>Runs the command; <paramref name="args"/> starts with the command's name.</summary>
    public static ExitCode Run(string[] args, TextWriter output, TextWriter error)
    {
        if (EvaluationRun.Start(Name, Usage, args, output, error, out VocabularyOptions options, out string dataRoot) is { } stop)
        {
            return stop;
        }

        List<CleanTextSet> sets = ReadSets(dataRoot, error);
        if (sets.Count == 0)
        {
            error.WriteLine($"{Name}: skipped: neither {NewsFile} nor {GoldFolder}/{GoldPattern} is in {dataRoot}.");
            output.WriteLine("skipped");
            return ExitCode.Success;
        }

        var stopwatch = Stopwatch.StartNew();
        VocabularyResults results;
        try
        {
            results = Measure(dataRoot, sets, error);
        }
        catch (LexiconFormatException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            return ExitCode.DataError;
        }

        string? repository = RepositoryInfo.FindRoot();
        var facts = new ReportFacts(
            Date: DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Commit: RepositoryInfo.DescribeCommit(repository, "docs/quality.md"),
            Runtime: RuntimeInformation.FrameworkDescription,
            Command: DescribeCommand(args),
            DataFiles: DescribeDataFiles(sets));

        VocabularyReport.WriteConsole(results, facts, output);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"measured in {stopwatch.Elapsed.TotalSeconds:0.0} s"));

        EvaluationRun.WriteSection(Name, options, Heading, VocabularyReport.ToMarkdown(results, facts), error);

        if (options.JsonPath is not null)
        {
            using (FileStream stream = File.Create(options.JsonPath))
            {
                VocabularyReport.WriteJson(results, facts, stream);
            }

            error.WriteLine($"{Name}: wrote {Path.GetFullPath(options.JsonPath)}");
        }

        if (options.DumpDirectory is not null)
        {
            VocabularyDump.Write(results, options.DumpDirectory);
            error.WriteLine($"{Name}: wrote the dump to {Path.GetFullPath(options.DumpDirectory)}");
        }

        return ExitCode.Success;
    }

    /// <summary>Reads the clean text sets that exist under <paramref name="dataRoot"/>.</summary>
    internal static List<CleanTextSet> ReadSets(string dataRoot, TextWriter log)
    {
        var sets = new List<CleanTextSet>();
        string news = Path.Combine(dataRoot, NewsFile);
        if (File.Exists(news))
        {
            sets.Add(Read("ntrex-128 newstest2019-ref.aze-Latn", [news], [NewsFile]));
        }
        else
        {
            log.WriteLine($"note: {news} is absent; that text is skipped.");
        }

        string gold = Path.Combine(dataRoot, GoldFolder);
        string[] goldFiles = Directory.Exists(gold) ? Directory.GetFiles(gold, GoldPattern) : [];
        if (goldFiles.Length > 0)
        {
            Array.Sort(goldFiles, StringComparer.Ordinal);
            sets.Add(Read($"tesseract-ocr-ntrex-az gt ({goldFiles.Length} files)", goldFiles, [$"{GoldFolder}/{GoldPattern}"]));
        }
        else
        {
            log.WriteLine($"note: {gold}/{GoldPattern} is absent; that text is skipped.");
        }

        return sets;
    }

    /// <summary>Builds the misspellings and the oracles, and asks every oracle about every word.</summary>
    internal static VocabularyResults Measure(string dataRoot, IReadOnlyList<CleanTextSet> sets, TextWriter log)
    {
        // Every lowercase form of the clean text, whole and part by part: a generated form that is one of them is a correct word.
        var correctForms = new HashSet<string>(StringComparer.Ordinal);
        var sources = new List<string>();
        var query = new HashSet<string>(StringComparer.Ordinal);
        foreach (CleanTextSet set in sets)
        {
            foreach (JudgedWord word in set.Sample.Words)
            {
                query.Add(word.Text);
                string lower = AzCasing.ToLower(word.Text);
                correctForms.Add(lower);
                foreach (string part in WordClassifier.SplitCompound(word.Text))
                {
                    query.Add(part);
                    correctForms.Add(AzCasing.ToLower(part));
                }

                if (word.Class == WordClass.Lowercase && MisspellingGenerator.IsEligible(word.Text))
                {
                    sources.Add(word.Text);
                }
            }
        }

        var generator = new MisspellingGenerator(MisspellingGenerator.DefaultSeed);
        List<Misspelling> misspellings = generator.Generate(sources, correctForms.Contains, out int excluded);
        int sourceWords = new HashSet<string>(sources, StringComparer.Ordinal).Count;
        foreach (Misspelling misspelling in misspellings)
        {
            query.Add(misspelling.Form);
        }

        var provenance = new List<string>();
        List<(string Name, Func<string, bool> IsKnown)> oracles = Oracles.Create(dataRoot, query, log, provenance);

        var coverages = new List<IReadOnlyList<Coverage>>();
        foreach (CleanTextSet set in sets)
        {
            var perOracle = new List<Coverage>();
            foreach ((string name, Func<string, bool> isKnown) in oracles)
            {
                var coverage = new Coverage(name, set);
                foreach (JudgedWord word in set.Sample.Words)
                {
                    ClassCount count = coverage.ByClass[word.Class];
                    count.Tokens++;
                    if (!WordClassifier.IsKnown(isKnown, word.Text))
                    {
                        count.Unknown++;
                        if (word.Class == WordClass.Lowercase)
                        {
                            coverage.UnknownLowercase[word.Text] = coverage.UnknownLowercase.GetValueOrDefault(word.Text) + 1;
                        }
                    }
                }

                perOracle.Add(coverage);
            }

            coverages.Add(perOracle);
        }

        var inLexicon = new bool[misspellings.Count];
        for (int i = 0; i < misspellings.Count; i++)
        {
            inLexicon[i] = AzLexicon.Default.Contains(misspellings[i].Form);
        }

        var accepted = new List<IReadOnlyList<bool>>();
        foreach ((string _, Func<string, bool> isKnown) in oracles)
        {
            var flags = new bool[misspellings.Count];
            for (int i = 0; i < misspellings.Count; i++)
            {
                flags[i] = isKnown(misspellings[i].Form);
            }

            accepted.Add(flags);
        }

        var names = new List<string>();
        foreach ((string name, Func<string, bool> _) in oracles)
        {
            names.Add(name);
        }

        return new VocabularyResults
        {
            Oracles = names,
            Provenance = provenance,
            Sets = sets,
            Coverages = coverages,
            SourceWords = sourceWords,
            ExcludedCandidates = excluded,
            Seed = MisspellingGenerator.DefaultSeed,
            Misspellings = misspellings,
            InEmbeddedLexicon = inLexicon,
            Accepted = accepted,
        };
    }

    private static CleanTextSet Read(string name, string[] paths, string[] displayNames)
    {
        var sample = new WordSample();
        foreach (string path in paths)
        {
            WordClassifier.Collect(File.ReadAllText(path, Encoding.UTF8), sample);
        }

        return new CleanTextSet(name, displayNames, sample);
    }

    private static string DescribeCommand(string[] args)
    {
        var command = new StringBuilder(Program.RunPrefix);
        foreach (string arg in args)
        {
            command.Append(' ');
            bool plain = arg.Length > 0 && arg.AsSpan().IndexOfAny(s_shellSpecial) < 0;
            command.Append(plain ? arg : "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'");
        }

        return command.ToString();
    }

    private static List<string> DescribeDataFiles(IReadOnlyList<CleanTextSet> sets)
    {
        var files = new List<string>();
        foreach (CleanTextSet set in sets)
        {
            foreach (string file in set.Files)
            {
                files.Add("../shared/data/" + file);
            }
        }

        return files;
    }
}

/// <summary>Facts about a run that do not depend on the machine, for the report.</summary>
/// <param name="Date">The UTC date, <c>yyyy-MM-dd</c>.</param>
/// <param name="Commit">The repository's commit.</param>
/// <param name="Runtime">The .NET runtime.</param>
/// <param name="Command">The exact command.</param>
/// <param name="DataFiles">The clean text files read (the oracles' data is in their provenance).</param>
internal sealed record ReportFacts(string Date, string Commit, string Runtime, string Command, IReadOnlyList<string> DataFiles);

/// <summary>The <c>vocabulary</c> command's options.</summary>
internal sealed class VocabularyOptions
{
    /// <summary>The <c>--data</c> folder, or null.</summary>
    public string? DataDirectory { get; private set; }

    /// <summary>The <c>--json</c> file, or null.</summary>
    public string? JsonPath { get; private set; }

    /// <summary>The <c>--markdown</c> file, or null for docs/quality.md.</summary>
    public string? MarkdownPath { get; private set; }

    /// <summary>The <c>--dump</c> folder, or null.</summary>
    public string? DumpDirectory { get; private set; }

    /// <summary>The <c>--set</c> text (pairs only: run the data sets whose name contains it), or null.</summary>
    public string? SetFilter { get; private set; }

    /// <summary>The <c>--misses</c> file (pairs only: every source error and damaged word as TSV), or null.</summary>
    public string? MissesPath { get; private set; }

    /// <summary>Whether <c>--no-markdown</c> was given.</summary>
    public bool NoMarkdown { get; private set; }

    /// <summary>Whether help was asked for.</summary>
    public bool Help { get; private set; }

    /// <summary>Parses the options after the command's name.</summary>
    public static bool TryParse(ReadOnlySpan<string> args, out VocabularyOptions options, out string? problem)
    {
        options = new VocabularyOptions();
        problem = null;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            switch (arg)
            {
                case "-h" or "--help":
                    options.Help = true;
                    break;
                case "--no-markdown":
                    options.NoMarkdown = true;
                    break;
                case "--data" or "--json" or "--markdown" or "--dump" or "--set" or "--misses":
                    if (i + 1 >= args.Length || args[i + 1].Length == 0)
                    {
                        problem = $"the option {arg} needs a value.";
                        return false;
                    }

                    string value = args[++i];
                    if (arg == "--data")
                    {
                        options.DataDirectory = value;
                    }
                    else if (arg == "--json")
                    {
                        options.JsonPath = value;
                    }
                    else if (arg == "--dump")
                    {
                        options.DumpDirectory = value;
                    }
                    else if (arg == "--set")
                    {
                        options.SetFilter = value;
                    }
                    else if (arg == "--misses")
                    {
                        options.MissesPath = value;
                    }
                    else
                    {
                        options.MarkdownPath = value;
                    }

                    break;
                default:
                    problem = $"unknown option or argument '{arg}'.";
                    return false;
            }
        }

        if (options.NoMarkdown && options.MarkdownPath is not null)
        {
            problem = "--markdown and --no-markdown exclude each other.";
            return false;
        }

        if (options.SetFilter is not null && options.MarkdownPath is not null)
        {
            problem = "--set runs part of the evaluation, which never updates Markdown: drop --markdown.";
            return false;
        }

        return true;
    }
}
