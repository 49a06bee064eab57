using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AzNormalize.Correction;
using AzNormalize.Evaluation.Infrastructure;
using AzNormalize.Evaluation.Layout;
using AzNormalize.Evaluation.Vocabulary;
using AzNormalize.Lexicon;
using AzNormalize.Normalization;

namespace AzNormalize.Evaluation.Script;

/// <summary>
/// <c>script</c>: Cyrillic to Latin (<see cref="CyrillicTransliterator"/>) against data nobody here wrote, Debian's
/// <c>tesseract-ocr-aze-cyrl</c> word list (the share of its lowercase forms whose Latin form the lexicon and morphology
/// know, and a class for every one they do not), and a round trip of the gold texts through the project's own Latin to
/// Cyrillic writer and back. Writes the section <see cref="Heading"/> of docs/quality.md, and the whole list of unknown forms
/// to artifacts/script/ (never committed).
/// </summary>
internal static class ScriptCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "script";

    /// <summary>The docs/quality.md section the command owns.</summary>
    public const string Heading = "## Cyrillic script to Latin";

    private const int Examples = 25;

    private static readonly System.Buffers.SearchValues<char> s_russianLetters = System.Buffers.SearchValues.Create("щцъьяюёэй");

    private static string Usage =>
        $"""
        Usage: {Program.RunPrefix} {Name} [options]

        Converts the lowercase forms of Debian's tesseract-ocr-aze-cyrl word list (extracted with combine_tessdata and
        dawg2wordlist; install tesseract-ocr and tesseract-ocr-aze-cyrl first) to Latin and counts those the lexicon and
        morphology know; writes the gold texts of {LayoutCommand.GoldFolder} in Cyrillic with the project's own writer and
        converts them back. Results go to docs/quality.md; the unknown forms to artifacts/script/unknown.tsv.

        Options:
        {EvaluationRun.CommonOptions}  -h, --help          show this help

        Without the word list or the shared data, that part prints "skipped".

        """;

    /// <summary>Runs the command; <paramref name="args"/> starts with the command's name.</summary>
    public static ExitCode Run(string[] args, TextWriter output, TextWriter error)
    {
        if (EvaluationRun.Start(Name, Usage, args, output, error, out VocabularyOptions options, out string dataRoot) is { } stop)
        {
            return stop;
        }

        var report = new StringBuilder();
        report.AppendLine(Heading).AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"- {EvaluationRun.DescribeRun(args)}");
        report.AppendLine("- The converter: `CyrillicTransliterator` (docs/transliteration.md); `ScriptMode.Latin` unless a table says `Auto`.");
        report.AppendLine();
        var stopwatch = Stopwatch.StartNew();
        WordList(report, error);
        RoundTrip(report, dataRoot, error);
        output.Write(report.ToString());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"measured in {stopwatch.Elapsed.TotalSeconds:0.0} s"));
        EvaluationRun.WriteSection(Name, options, Heading, report.ToString(), error);
        return ExitCode.Success;
    }

    /// <summary>The word-list measure: lowercase Cyrillic forms whose Latin form is known, and the classes of the rest.</summary>
    private static void WordList(StringBuilder report, TextWriter error)
    {
        report.AppendLine("### Debian's Azerbaijani Cyrillic word list (goal: at least 95 % known)").AppendLine();
        string? traineddata = Directory.Exists("/usr/share/tesseract-ocr")
            ? Directory.EnumerateFiles("/usr/share/tesseract-ocr", "aze_cyrl.traineddata", SearchOption.AllDirectories).FirstOrDefault()
            : null;
        if (traineddata is null || ChildProcess.FindOnPath("dawg2wordlist") is null || ChildProcess.FindOnPath("combine_tessdata") is null)
        {
            error.WriteLine($"{Name}: word list skipped: install tesseract-ocr and tesseract-ocr-aze-cyrl (Debian) for aze_cyrl.traineddata, combine_tessdata and dawg2wordlist.");
            report.AppendLine("Skipped: tesseract-ocr-aze-cyrl is not installed.").AppendLine();
            return;
        }

        string work = Path.Combine(RepositoryInfo.FindRoot() ?? Directory.GetCurrentDirectory(), "artifacts", "script");
        Directory.CreateDirectory(work);
        string[] all = Extract(traineddata, "aze_cyrl", work);
        string version = ChildProcess.TryRunForOutput("dpkg-query", ["-W", "-f=${Version}", "tesseract-ocr-aze-cyrl"]) ?? "unknown version";
        string sha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(traineddata)));

        // The list's forms, lowercase, with edge punctuation the list carries (|тарих, =(өлүм) trimmed.
        var lowercase = all.Select(word => word.Trim(EdgePunctuation))
            .Where(word => word.Length > 0 && word.Any(c => c is >= '\u0400' and <= '\u04FF') && string.Equals(word, word.ToLowerInvariant(), StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).ToList();

        // Tesseract's Latin list (tesseract-ocr-aze) is the same list in the other script: a converted form found in it verbatim
        // was converted as tesseract's authors wrote it, whatever our lexicon knows.
        string? latinData = Path.Combine(Path.GetDirectoryName(traineddata)!, "aze.traineddata");
        HashSet<string>? latinList = File.Exists(latinData) ? [.. Extract(latinData, "aze", work).Select(word => word.Trim(EdgePunctuation))] : null;

        AzMorphology morphology = AzMorphology.Default;
        CyrillicTransliterator transliterator = CyrillicTransliterator.Default;
        var classes = new SortedDictionary<string, List<(string Cyrillic, string Latin)>>(StringComparer.Ordinal);
        int known = 0;
        int inLatinList = 0;
        int knownInLatinList = 0;
        var timer = Stopwatch.StartNew();
        foreach (string word in lowercase)
        {
            string latin = transliterator.ToLatin(word);
            bool listed = latinList?.Contains(latin) == true;
            inLatinList += listed ? 1 : 0;
            if (morphology.IsKnown(latin))
            {
                known++;
                knownInLatinList += listed ? 1 : 0;
                continue;
            }

            string failure = Classify(word, latin, morphology);
            if (!classes.TryGetValue(failure, out List<(string, string)>? list))
            {
                classes[failure] = list = [];
            }

            list.Add((word, latin));
        }

        timer.Stop();
        int unknown = lowercase.Count - known;
        report.AppendLine(CultureInfo.InvariantCulture, $"- Source: Debian `tesseract-ocr-aze-cyrl` {version} (Apache-2.0), `aze_cyrl.traineddata` sha256 `{sha256[..16]}…`, its LSTM word DAWG extracted with `dawg2wordlist`: {all.Length:N0} forms, of which {lowercase.Count:N0} distinct lowercase forms with a Cyrillic letter are measured (capitalised forms are mostly names).");
        report.AppendLine("- The list is not Azerbaijani Cyrillic as people wrote it: it was made from a Latin list letter by letter. ş is `с̧` (с + combining cedilla), ç `ҹ̧`, ğ `ҝ̆`, ü `ӱ`, ö `ӧ`, İ `Ы̇`; ш ч ғ ү ө never occur. The converter reads both spellings (docs/transliteration.md).");
        report.AppendLine("- Known: the Latin form is known to `AzMorphology.Default` (the embedded lexicon, or an inflection of a word in it).");
        report.AppendLine();
        report.AppendLine("| forms | known | share known | unknown | converted form found verbatim in tesseract's Latin list |");
        report.AppendLine("|---:|---:|---:|---:|---:|");
        report.AppendLine(CultureInfo.InvariantCulture, $"| {lowercase.Count:N0} | {known:N0} | {100.0 * known / lowercase.Count:0.00} % | {unknown:N0} | {(latinList is null ? "(tesseract-ocr-aze not installed)" : $"{inLatinList:N0} ({100.0 * inLatinList / lowercase.Count:0.00} %)")} |");
        report.AppendLine();
        if (latinList is not null)
        {
            var latinLowercase = latinList.Where(word => word.Length > 0 && word.Any(char.IsLetter) && string.Equals(word, AzNormalize.Text.AzCasing.ToLower(word), StringComparison.Ordinal)).ToList();
            int latinKnown = latinLowercase.Count(word => morphology.IsKnown(word));
            report.AppendLine(CultureInfo.InvariantCulture, $"For scale, the same measure on tesseract's Latin list (`tesseract-ocr-aze`, the source of much of our lexicon, whose junk the lexicon build drops): {latinKnown:N0} of its {latinLowercase.Count:N0} lowercase forms are known ({100.0 * latinKnown / latinLowercase.Count:0.00} %). Of the Cyrillic forms found verbatim in the Latin list, {100.0 * knownInLatinList / Math.Max(1, inLatinList):0.00} % are known. So the unknown Cyrillic forms are mostly the list's own misspellings and words the lexicon lacks, not conversion errors: the classes below say which.");
            report.AppendLine();
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"Converted and looked up in {timer.Elapsed.TotalSeconds:0.0} s. Every unknown form falls in one class (the first that applies):");
        report.AppendLine();
        report.AppendLine("| class | forms | share of all | examples (Cyrillic → Latin) |");
        report.AppendLine("|---|---:|---:|---|");
        foreach ((string name, List<(string Cyrillic, string Latin)> list) in classes.OrderByDescending(pair => pair.Value.Count))
        {
            string examples = string.Join(", ", list.Take(Examples).Select(pair => $"{pair.Cyrillic} → {pair.Latin}"));
            report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {list.Count:N0} | {100.0 * list.Count / lowercase.Count:0.00} % | {examples} |");
        }

        report.AppendLine();
        string unknownPath = Path.Combine(work, "unknown.tsv");
        File.WriteAllLines(unknownPath, classes.SelectMany(pair => pair.Value.Select(word => $"{pair.Key}\t{word.Cyrillic}\t{word.Latin}")), new UTF8Encoding(false));
        report.AppendLine(CultureInfo.InvariantCulture, $"The whole list of unknown forms, with their class: `artifacts/script/unknown.tsv` (written by this command, not committed).");
        report.AppendLine();
        error.WriteLine($"{Name}: {known} of {lowercase.Count} known; unknown forms in {unknownPath}");
    }

    private static readonly char[] EdgePunctuation = ['|', '=', '(', ')', '"', '”', '.', ',', ':', '/', '?', '–', '—', '-'];

    /// <summary>The word list of a traineddata file, extracted with combine_tessdata and dawg2wordlist into <paramref name="work"/>.</summary>
    private static string[] Extract(string traineddata, string name, string work)
    {
        string copy = Path.Combine(work, $"{name}.traineddata");
        File.Copy(traineddata, copy, overwrite: true);
        ChildProcess.Run("combine_tessdata", ["-u", copy, Path.Combine(work, $"{name}.")]);
        string wordsPath = Path.Combine(work, $"{name}.words.txt");
        ChildProcess.Run("dawg2wordlist", [Path.Combine(work, $"{name}.lstm-unicharset"), Path.Combine(work, $"{name}.lstm-word-dawg"), wordsPath]);
        return File.ReadAllLines(wordsPath, Encoding.UTF8);
    }

    /// <summary>Why a converted form is unknown: the first class that applies.</summary>
    private static string Classify(string cyrillic, string latin, AzMorphology morphology)
    {
        if (latin.Any(c => c is >= '\u0400' and <= '\u04FF'))
        {
            return "a Cyrillic letter the table lacks";
        }

        if (!latin.All(c => char.IsLetter(c) || c is '\u0307' or '\u0327' or '\u0306' or '\u0308'))
        {
            return "not a word: punctuation or digits in it";
        }

        if (cyrillic.AsSpan().ContainsAny(s_russianLetters))
        {
            return "a loanword in Russian spelling (щ ц ъ ь я ю ё э й)";
        }

        int hyphen = latin.IndexOf('-', StringComparison.Ordinal);
        if (hyphen > 0 && latin.Split('-').All(part => part.Length > 0 && morphology.IsKnown(part)))
        {
            return "a compound whose parts are known";
        }

        if (!latin.Any(c => "aeəıioöuü".Contains(char.ToLowerInvariant(c), StringComparison.Ordinal)))
        {
            return "no vowel: an abbreviation or a fragment (др, нфс)";
        }

        IReadOnlyList<Suggestion> suggestions = SpellingCorrector.Default.Suggest(latin, 1);
        if (suggestions.Count > 0 && suggestions[0].Cost <= 1.0)
        {
            return "one edit from a known word (a spelling variant, or a typo in the list)";
        }

        return latin.Length >= 12
            ? "a long form the morphology does not analyse"
            : "a word or name the lexicon lacks";
    }

    private static string RussianKeyboard(string cyrillic)
    {
        var typed = new StringBuilder(cyrillic);
        foreach ((char from, char to) in new[] { ('ҝ', 'г'), ('Ҝ', 'Г'), ('ғ', 'г'), ('Ғ', 'Г'), ('ә', 'э'), ('Ә', 'Э'), ('ј', 'й'), ('Ј', 'Й'), ('ү', 'у'), ('Ү', 'У'), ('ө', 'о'), ('Ө', 'О'), ('һ', 'h'), ('Һ', 'H') })
        {
            typed.Replace(from, to);
        }

        return typed.ToString();
    }

    /// <summary>How many words of <paramref name="expected"/> <paramref name="actual"/> has in order (a longest common subsequence).</summary>
    private static int WordsAligned(string[] expected, string[] actual)
    {
        var row = new int[actual.Length + 1];
        for (int i = 1; i <= expected.Length; i++)
        {
            int diagonal = 0;
            for (int j = 1; j <= actual.Length; j++)
            {
                int above = row[j];
                row[j] = string.Equals(expected[i - 1], actual[j - 1], StringComparison.Ordinal) ? diagonal + 1 : Math.Max(row[j], row[j - 1]);
                diagonal = above;
            }
        }

        return row[actual.Length];
    }

    /// <summary>The round trip: each gold text written in Cyrillic by the project's writer and read back.</summary>
    private static void RoundTrip(StringBuilder report, string dataRoot, TextWriter error)
    {
        report.AppendLine("### Round trip of the gold texts (goal: at least 99.9 % of words back)").AppendLine();
        string gold = Path.Combine(dataRoot, LayoutCommand.GoldFolder);
        if (!Directory.Exists(gold))
        {
            error.WriteLine($"{Name}: round trip skipped: {LayoutCommand.GoldFolder} is not in {dataRoot}.");
            report.AppendLine("Skipped: the shared data is not here.").AppendLine();
            return;
        }

        string[] files = Directory.GetFiles(gold).Order(StringComparer.Ordinal).ToArray();
        var modes = new[] { (Name: "`ToLatin` (every Cyrillic word)", Mode: ScriptMode.Latin), (Name: "`AzNormalizer` stage, `ScriptMode.Auto`", Mode: ScriptMode.Auto) };
        report.AppendLine(CultureInfo.InvariantCulture, $"Each of the {files.Length} gold texts of `{LayoutCommand.GoldFolder}` is written in Cyrillic by `CyrillicTransliterator.ToCyrillic` (the 1958–1991 alphabet: ə → ә, c → ҹ, ç → ч, g → ҝ, ğ → ғ, q → г, y → ј, ı → ы, İ → И …) and converted back; words are compared at white space.");
        report.AppendLine();
        report.AppendLine("| converter | words | back as they were | share | texts equal |");
        report.AppendLine("|---|---:|---:|---:|---:|");
        var misses = new List<string>();
        foreach ((string name, ScriptMode mode) in modes)
        {
            int words = 0;
            int same = 0;
            int texts = 0;
            foreach (string file in files)
            {
                string latin = File.ReadAllText(file, Encoding.UTF8);
                string cyrillic = CyrillicTransliterator.ToCyrillic(latin);
                string back = mode == ScriptMode.Latin ? CyrillicTransliterator.Default.ToLatin(cyrillic) : CyrillicTransliterator.Default.Transliterate(cyrillic, mode).Text;
                texts += string.Equals(back, latin, StringComparison.Ordinal) ? 1 : 0;
                string[] expected = latin.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                string[] actual = back.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                words += expected.Length;
                for (int i = 0; i < expected.Length; i++)
                {
                    if (i < actual.Length && string.Equals(expected[i], actual[i], StringComparison.Ordinal))
                    {
                        same++;
                    }
                    else if (misses.Count < Examples)
                    {
                        misses.Add($"{expected[i]} → {CyrillicTransliterator.ToCyrillic(expected[i])} → {(i < actual.Length ? actual[i] : "(none)")} ({mode})");
                    }
                }
            }

            report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {words:N0} | {same:N0} | {100.0 * same / words:0.000} % | {texts} of {files.Length} |");
        }

        report.AppendLine();
        report.AppendLine(misses.Count == 0 ? "No word came back changed." : $"Words that came back changed (gold → Cyrillic → back): {string.Join("; ", misses)}.");
        report.AppendLine();

        // Harder: the Cyrillic typed without the letters a Russian keyboard lacks, then the whole default pipeline.
        report.AppendLine("The same texts typed in Cyrillic on a Russian keyboard (ҝ ғ → г, ә → э, ј → й, ү → у, ө → о, һ → Latin h: the letters it lacks), then cleaned by the whole default pipeline (`AzNormalizer.Default.Fix`: conversion, where г е э are read as the lexicon knows them, then the corrector restores lost letters):");
        report.AppendLine();
        report.AppendLine("| input | words | back as in the gold | share |");
        report.AppendLine("|---|---:|---:|---:|");
        foreach ((string name, bool pipeline) in new[] { ("typed on a Russian keyboard, `ToLatin` only", false), ("typed on a Russian keyboard, `AzNormalizer.Default.Fix`", true) })
        {
            int words = 0;
            int same = 0;
            foreach (string file in files)
            {
                string latin = File.ReadAllText(file, Encoding.UTF8);
                string typed = RussianKeyboard(CyrillicTransliterator.ToCyrillic(latin));
                string back = pipeline ? AzNormalizer.Default.Fix(typed).Text : CyrillicTransliterator.Default.ToLatin(typed);
                string[] expected = latin.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                string[] actual = back.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                words += expected.Length;
                same += WordsAligned(expected, actual);
            }

            report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {words:N0} | {same:N0} | {100.0 * same / words:0.0} % |");
        }

        report.AppendLine();
        report.AppendLine("(The pipeline also unwraps lines and joins hyphens as it would in the Latin text, so its words are aligned by a longest common subsequence, not by position.)");
        report.AppendLine();
    }
}
