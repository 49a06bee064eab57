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

        if (!File.Exists(input))
        {
            Console.Error.WriteLine($"input '{Path.GetFullPath(input)}' does not exist");
            return ExitInput;
        }

        var cleaner = new LexiconCleaner();
        Dictionary<string, WordAttributes> kept = cleaner.Clean(File.ReadLines(input, Encoding.UTF8));

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

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (FileStream stream = File.Create(output))
        {
            LexiconArtifact.Write(stream, words, source);
        }

        Report(cleaner, kept, output);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {MisspelledTwinRule.Id} | {MisspelledTwinRule.Description} | {twins.Count} forms | {string.Join(", ", twins.Take(8).Select(static pair => pair.Key + " (" + pair.Value + ")"))} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {MisspelledTwinRule.AsciiFamilyId} | {MisspelledTwinRule.AsciiFamilyDescription} | {asciiFamilies.Count} forms | {string.Join(", ", asciiFamilies.Take(8).Select(static pair => pair.Key + " (" + pair.Value + ")"))} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {MisspelledTwinRule.NoisyStemId} | {MisspelledTwinRule.NoisyStemDescription} | {noisyStems.Count} forms | {string.Join(", ", noisyStems.Take(8).Select(static pair => pair.Key + " (" + pair.Value + ")"))} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {SuffixTwinRule.Id} | {SuffixTwinRule.Description} | {suffixTwins.Count} forms | {string.Join(", ", suffixTwins.Take(8).Select(static pair => pair.Key + " (" + pair.Value + ")"))} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {StemTwinRule.Id} | {StemTwinRule.Description} | {stemTwins.Count} forms | {string.Join(", ", stemTwins.Take(8).Select(static pair => pair.Key + " (" + pair.Value + ")"))} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {RareStemRule.Id} | {RareStemRule.Description} | {rareStems.Count} forms | {string.Join(", ", rareStems.Take(8).Select(static pair => pair.Key + " (" + pair.Value + ")"))} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {MisspelledTwinRule.InflectedId} | {MisspelledTwinRule.InflectedDescription} | {inflected} forms | |"));
        if (measure.Count > 0)
        {
            Measure(cleaner, kept, measure);
        }

        return ExitOk;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: AzNormalize.LexiconBuilder --input <raw word list> --output <artifact> --source <provenance> [--list-twins <file>] [--list-words <file>] [--measure <text file>...]");
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
