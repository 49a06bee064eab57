using System.Globalization;
using System.Text;
using AzNormalize.Lexicon;
using AzNormalize.Text;

namespace AzNormalize.LexiconBuilder;

/// <summary>
/// Builds data/lexicon/az.azlex from the word list <c>dawg2wordlist</c> extracts from Debian's
/// <c>tesseract-ocr-aze</c>. Run by data/build-lexicon.sh.
/// <code>
/// AzNormalize.LexiconBuilder --input raw.txt --output az.azlex --source "…" [--measure text.txt …]
/// </code>
/// <c>--measure</c> is for development only: it reports how many word tokens of the given texts each rule costs.
/// </summary>
internal static class Program
{
    private const int ExitOk = 0;
    private const int ExitUsage = 2;
    private const int ExitInput = 3;

    /// <summary>Rules 18 and 19 repeat at most this many times (they settle in a few).</summary>
    private const int MaxTwinRounds = 8;

    private static int Main(string[] args)
    {
        string? input = null;
        string? output = null;
        string? source = null;
        string? listRemoved = null;
        string? listWords = null;
        string? countsPath = null;
        string? headwordsPath = null;
        string? ranksPath = null;
        bool markInflected = false;
        var measure = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--input" when i + 1 < args.Length:
                    input = args[++i];
                    break;
                case "--output" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--source" when i + 1 < args.Length:
                    source = args[++i];
                    break;
                case "--list-twins" when i + 1 < args.Length:
                    listRemoved = args[++i];
                    break;
                case "--list-words" when i + 1 < args.Length:
                    listWords = args[++i];
                    break;
                case "--counts" when i + 1 < args.Length:
                    countsPath = args[++i];
                    break;
                case "--headwords" when i + 1 < args.Length:
                    headwordsPath = args[++i];
                    break;
                case "--ranks" when i + 1 < args.Length:
                    ranksPath = args[++i];
                    break;
                case "--mark-inflected":
                    markInflected = true; // rule 17, experimental: off in the shipped artifact (see data/README.md)
                    break;
                case "--measure":
                    while (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        measure.Add(args[++i]);
                    }

                    break;
                default:
                    Console.Error.WriteLine($"unknown or incomplete argument '{args[i]}'");
                    return Usage();
            }
        }

        if (input is null || output is null || source is null)
        {
            return Usage();
        }

        foreach (string? path in new[] { input, countsPath, headwordsPath, ranksPath })
        {
            if (path is not null && !File.Exists(path))
            {
                Console.Error.WriteLine($"input '{Path.GetFullPath(path)}' does not exist");
                return ExitInput;
            }
        }

        // The Debian list and the AzeLexicon headwords go through rules 1-13 together; headwords that survive them are
        // protected from the twin rules (an orthographic dictionary's lemma is no ASCII-typed twin) and are stems.
        var cleaner = new LexiconCleaner();
        List<string> headwords = headwordsPath is null ? [] : LanguageSources.ReadHeadwords(headwordsPath);
        Dictionary<string, WordAttributes> kept = cleaner.Clean(File.ReadLines(input, Encoding.UTF8).Concat(headwords));
        var protectedForms = new Dictionary<string, WordAttributes>(StringComparer.Ordinal);
        var headwordForms = new HashSet<string>(StringComparer.Ordinal);
        foreach (string headword in headwords)
        {
            string lower = AzCasing.ToLower(LexiconCleaner.Normalize(headword));
            if (kept.TryGetValue(lower, out WordAttributes flags))
            {
                protectedForms[lower] = flags;
                headwordForms.Add(lower);
            }
        }

        // The counted forms: ASCII and Turkish twins removed by their counts (rule 21a), then rules 1-13 of their own; the
        // survivors join the list as lowercase forms (a form the list holds keeps its case evidence: a name stays a name).
        Dictionary<string, long> counts = countsPath is null ? new(StringComparer.Ordinal) : LanguageSources.ReadCounts(countsPath);
        int countedForms = counts.Count;
        // The words the library lists by hand (de, ye, ki, lakin …) keep their counts whatever rules 21a and 1-13 say of them:
        // the library adds them at load, and a known word without a count would look endlessly rarer than its twin.
        var handWritten = new HashSet<string>(AzLexicon.ShortWords.Concat(AzLexicon.FunctionWords).Concat(AzLexicon.Units).Concat(AzLexicon.WordsWithJ), StringComparer.Ordinal);
        List<KeyValuePair<string, string>> countedTwins = CountRules.RemoveCountedTwins(counts, handWritten);
        var countCleaner = new LexiconCleaner();
        Dictionary<string, WordAttributes> countedKept = countCleaner.Clean(counts.Keys.ToList());
        int countedRejected = 0;
        foreach (string form in counts.Keys.ToList())
        {
            if (!countedKept.ContainsKey(form) && !handWritten.Contains(form))
            {
                counts.Remove(form);
                countedRejected++;
            }
        }

        // Rule 21c: the counts' tokenizer split suffixes off at apostrophes and hyphens (Trump'ın, ABŞ-lər), so they hold pieces
        // that are only suffixes (ın, nin, lər, dən, yə): a short counted form that is a suffix sequence after a stem is no
        // word, and leaves the list too.
        AzMorphology listed = RuleSupport.Morphology(kept, source);
        var suffixPieces = new List<KeyValuePair<string, string>>();
        foreach (string form in countedKept.Keys.ToList())
        {
            if (form.Length <= CountRules.MaxSuffixPieceLength && !headwordForms.Contains(form) && !handWritten.Contains(form)
                && !listed.HasSuffixes(form) // sizin is siz+in, a word
                && !CountRules.PronounPrefixes.Any(prefix => form.StartsWith(prefix, StringComparison.Ordinal)) // nədir, nəysə
                && CountRules.SuffixPieceStems.FirstOrDefault(stem => listed.IsSuffixSequenceAfter(stem, form)) is { } stem)
            {
                suffixPieces.Add(new(form, stem + "+" + form));
                countedKept.Remove(form);
                counts.Remove(form);
                kept.Remove(form); // the Debian list holds such pieces too
            }
        }

        int countedAdded = 0;
        foreach ((string form, WordAttributes flags) in countedKept)
        {
            if (kept.TryAdd(form, flags))
            {
                countedAdded++;
            }

            protectedForms.TryAdd(form, kept[form]);
        }

        // A hand-written word with a count is listed (without case evidence: the library marks it hand-written at load) so
        // that its count ships; it was known anyway.
        foreach (string word in handWritten)
        {
            if (counts.ContainsKey(word) && kept.TryAdd(word, WordAttributes.None))
            {
                protectedForms.TryAdd(word, WordAttributes.None);
            }
        }

        List<KeyValuePair<string, string>> uncountedTwins = CountRules.RemoveUncountedTwins(kept, counts, headwordForms);

        List<KeyValuePair<string, string>> twins = MisspelledTwinRule.Find(kept, source);
        foreach (KeyValuePair<string, string> twin in twins)
        {
            kept.Remove(twin.Key);
        }

        List<KeyValuePair<string, string>> asciiFamilies = MisspelledTwinRule.RemoveAsciiFamilies(kept, source);
        List<KeyValuePair<string, string>> noisyStems = MisspelledTwinRule.MarkNoisyStems(kept, source);
        // Rules 18 and 19 run until nothing changes: removing an ASCII-typed stem (hissesi) takes away the suffixed forms
        // it lent to the next round (hissesidir).
        var suffixTwins = new List<KeyValuePair<string, string>>();
        var stemTwins = new List<KeyValuePair<string, string>>();
        for (int round = 0; round < MaxTwinRounds; round++)
        {
            List<KeyValuePair<string, string>> suffixRound = SuffixTwinRule.Apply(kept, source);
            List<KeyValuePair<string, string>> stemRound = StemTwinRule.Apply(kept, source);
            suffixTwins.AddRange(suffixRound);
            stemTwins.AddRange(stemRound);
            Console.Error.WriteLine($"twin round {round + 1}: {suffixRound.Count} suffix twins, {stemRound.Count} stem twins");
            if (suffixRound.Count + stemRound.Count == 0)
            {
                break;
            }
        }

        List<KeyValuePair<string, string>> rareStems = RareStemRule.Apply(kept, source);

        // Protected forms come back whatever rules 14-20 removed: counted forms were judged by their counts (rule 21a), and
        // headwords are an orthographic dictionary's lemmas. Rules 15 and 20 may still mark them NotAStem: a lemma the list
        // holds no inflection of, beside a far commoner twin, lends its suffixes to misspellings of the twin.
        int restored = 0;
        foreach ((string form, WordAttributes flags) in protectedForms)
        {
            if (kept.TryAdd(form, flags))
            {
                restored++;
            }
        }

        Dictionary<string, int> ranks = ranksPath is null ? new(StringComparer.Ordinal) : LanguageSources.ReadRanks(ranksPath);
        (Dictionary<string, long> estimates, double intercept, double slope, int fitted) = CountRules.EstimateFromRanks(kept.Keys, counts, ranks);
        List<KeyValuePair<string, sbyte>> chains = counts.Count == 0 ? [] : CountRules.ChainCodes(RuleSupport.Morphology(kept, source), counts);
        suffixTwins.Sort(static (left, right) => string.CompareOrdinal(left.Key, right.Key));
        stemTwins.Sort(static (left, right) => string.CompareOrdinal(left.Key, right.Key));
        int inflected = markInflected ? MisspelledTwinRule.MarkInflected(kept, source) : 0;
        if (listRemoved is not null)
        {
            File.WriteAllLines(listRemoved, twins.Select(static pair => pair.Key + "\t" + pair.Value + "\tremoved")
                .Concat(asciiFamilies.Select(static pair => pair.Key + "\t" + pair.Value + "\tascii-family"))
                .Concat(noisyStems.Select(static pair => pair.Key + "\t" + pair.Value + "\tnot-a-stem"))
                .Concat(suffixTwins.Select(static pair => pair.Key + "\t" + pair.Value + "\tsuffix-twin"))
                .Concat(stemTwins.Select(static pair => pair.Key + "\t" + pair.Value + "\tstem-twin"))
                .Concat(rareStems.Select(static pair => pair.Key + "\t" + pair.Value + "\trare-stem")), new UTF8Encoding(false));
        }

        var words = new List<KeyValuePair<string, WordAttributes>>(kept);
        if (listWords is not null)
        {
            File.WriteAllLines(listWords, words.Select(static pair => pair.Key + "\t" + ((int)pair.Value).ToString(CultureInfo.InvariantCulture)), new UTF8Encoding(false));
        }

        var records = new List<ArtifactWord>(words.Count);
        int counted = 0;
        foreach ((string word, WordAttributes flags) in words)
        {
            long count = counts.TryGetValue(word, out long c) ? c : estimates.GetValueOrDefault(word);
            counted += counts.ContainsKey(word) ? 1 : 0;
            records.Add(new ArtifactWord(word, flags, CountCode.Encode(count)));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (FileStream stream = File.Create(output))
        {
            LexiconArtifact.Write(stream, records, chains, source);
        }

        Report(cleaner, kept, output);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {MisspelledTwinRule.Id} | {MisspelledTwinRule.Description} | {twins.Count} forms | {string.Join(", ", twins.Take(8).Select(static pair => pair.Key + " (" + pair.Value + ")"))} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {MisspelledTwinRule.AsciiFamilyId} | {MisspelledTwinRule.AsciiFamilyDescription} | {asciiFamilies.Count} forms | {string.Join(", ", asciiFamilies.Take(8).Select(static pair => pair.Key + " (" + pair.Value + ")"))} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {MisspelledTwinRule.NoisyStemId} | {MisspelledTwinRule.NoisyStemDescription} | {noisyStems.Count} forms | {string.Join(", ", noisyStems.Take(8).Select(static pair => pair.Key + " (" + pair.Value + ")"))} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {SuffixTwinRule.Id} | {SuffixTwinRule.Description} | {suffixTwins.Count} forms | {string.Join(", ", suffixTwins.Take(8).Select(static pair => pair.Key + " (" + pair.Value + ")"))} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {StemTwinRule.Id} | {StemTwinRule.Description} | {stemTwins.Count} forms | {string.Join(", ", stemTwins.Take(8).Select(static pair => pair.Key + " (" + pair.Value + ")"))} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {RareStemRule.Id} | {RareStemRule.Description} | {rareStems.Count} forms | {string.Join(", ", rareStems.Take(8).Select(static pair => pair.Key + " (" + pair.Value + ")"))} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {MisspelledTwinRule.InflectedId} | {MisspelledTwinRule.InflectedDescription} | {inflected} forms | |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {CountRules.CountedTwinId} | {CountRules.CountedTwinDescription} | {countedTwins.Count} forms | {string.Join(", ", countedTwins.Take(8).Select(static pair => pair.Key + " (" + pair.Value + ")"))} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {CountRules.SuffixPieceId} | {CountRules.SuffixPieceDescription} | {suffixPieces.Count} forms | {string.Join(", ", suffixPieces.Take(8).Select(static pair => pair.Key + " (" + pair.Value + ")"))} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {CountRules.UncountedTwinId} | {CountRules.UncountedTwinDescription} | {uncountedTwins.Count} forms | {string.Join(", ", uncountedTwins.Take(8).Select(static pair => pair.Key + " (" + pair.Value + ")"))} |"));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"headwords: {headwords.Count} one-word lines, {headwordForms.Count} kept after rules 1-13"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"counted forms: {countedForms} read, {countedTwins.Count} twins (21a), {countedRejected} removed by rules 1-13, {countedAdded} new to the list"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"protected forms restored after rules 14-20: {restored}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"words with a count: {counted}; with a rank estimate: {estimates.Count} (log10 count = {intercept:F3} {slope:+0.000;-0.000} log10 rank, fitted on {fitted} forms); suffix chains: {chains.Count}"));
        foreach (CleaningRule rule in countCleaner.Rules)
        {
            if (rule.Count > 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  counted forms, {rule.Id}: {rule.Count} ({string.Join(", ", rule.Examples(6))})"));
            }
        }
        if (measure.Count > 0)
        {
            Measure(cleaner, kept, measure);
        }

        return ExitOk;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: AzNormalize.LexiconBuilder --input <raw word list> --output <artifact> --source <provenance> [--counts <term count list>] [--headwords <headword list>] [--ranks <frequency-ordered list>] [--list-twins <file>] [--list-words <file>] [--measure <text file>...]");
        return ExitUsage;
    }

    private static void Report(LexiconCleaner cleaner, Dictionary<string, WordAttributes> kept, string output)
    {
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(culture, $"raw entries: {cleaner.RawEntries}"));
        Console.WriteLine(string.Create(culture, $"changed by NFC, ligature or look-alike folding (kept): {cleaner.Normalized}"));
        Console.WriteLine();
        Console.WriteLine("| rule | removes | count | examples |");
        Console.WriteLine("|---|---|---:|---|");
        foreach (CleaningRule rule in cleaner.Rules)
        {
            string examples = string.Join(", ", rule.Examples(6));
            Console.WriteLine(string.Create(culture, $"| {rule.Id} | {rule.Description} | {rule.Count} {(rule.PerEntry ? "entries" : "forms")} | {examples} |"));
        }

        Console.WriteLine();
        int names = 0;
        int capitalsOnly = 0;
        foreach (WordAttributes flags in kept.Values)
        {
            if ((flags & WordAttributes.SeenLowercase) == 0)
            {
                names++;
            }

            if (flags == WordAttributes.SeenAllCaps)
            {
                capitalsOnly++;
            }
        }

        Console.WriteLine(string.Create(culture, $"entries folded into another by case (İYUN, İyun, iyun → iyun): {cleaner.CaseDuplicates}"));
        Console.WriteLine(string.Create(culture, $"kept forms: {kept.Count} (never seen lowercase: {names}; only in capitals: {capitalsOnly})"));
        Console.WriteLine(string.Create(culture, $"artifact: {output}, {new FileInfo(output).Length} bytes"));
    }

    /// <summary>Development only: how many word tokens of <paramref name="files"/> the raw list and the cleaned list know, and what each rule cost.</summary>
    private static void Measure(LexiconCleaner cleaner, Dictionary<string, WordAttributes> kept, List<string> files)
    {
        var removedBy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (CleaningRule rule in cleaner.Rules)
        {
            foreach (string item in rule.Removed)
            {
                removedBy.TryAdd(rule.PerEntry ? AzCasing.ToLower(item) : item, rule.Id);
            }
        }

        int tokens = 0;
        int known = 0;
        var lost = new Dictionary<string, int>(StringComparer.Ordinal);
        var lostWords = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (string file in files)
        {
            foreach (string token in Words(File.ReadAllText(file, Encoding.UTF8)))
            {
                string lower = AzCasing.ToLower(token);
                tokens++;
                if (kept.ContainsKey(lower))
                {
                    known++;
                }
                else if (removedBy.TryGetValue(lower, out string? id))
                {
                    lost[id] = lost.GetValueOrDefault(id) + 1;
                    if (!lostWords.TryGetValue(id, out SortedSet<string>? set))
                    {
                        lostWords[id] = set = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(lower);
                }
            }
        }

        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine(string.Create(culture, $"measure: {tokens} word tokens, {known} known ({100.0 * known / Math.Max(1, tokens):F1}%)"));
        foreach (KeyValuePair<string, int> pair in lost)
        {
            Console.WriteLine(string.Create(culture, $"  {pair.Key}: {pair.Value} tokens lost: {string.Join(' ', lostWords[pair.Key])}"));
        }
    }

    /// <summary>Runs of letters with single inner hyphens.</summary>
    private static IEnumerable<string> Words(string text)
    {
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            bool letter = char.IsLetter(c) || c == AzCasing.CombiningDotAbove;
            bool innerHyphen = c == '-' && start >= 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]);
            if (letter || innerHyphen)
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
