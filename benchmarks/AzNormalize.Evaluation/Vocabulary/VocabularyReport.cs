using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AzNormalize.Evaluation.Vocabulary;

/// <summary>The vocabulary results as a console report, a Markdown section and JSON.</summary>
internal static class VocabularyReport
{
    /// <summary>The most frequent unknown lowercase words the console lists per oracle and text.</summary>
    public const int ConsoleTopUnknown = 30;

    /// <summary>Unknown lowercase words quoted per oracle in Markdown (with the accepted misspellings, at most 10 words).</summary>
    public const int MarkdownUnknownExamples = 6;

    /// <summary>Accepted misspellings quoted per oracle in Markdown, each with its source word.</summary>
    public const int MarkdownAcceptedExamples = 2;

    /// <summary>The acceptance share the misspellings should stay under.</summary>
    public const double Goal = 0.05;

    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    private static readonly WordClass[] s_classes = [WordClass.Lowercase, WordClass.Name, WordClass.SentenceInitial, WordClass.Other];

    /// <summary>Writes the results as plain-text tables.</summary>
    public static void WriteConsole(VocabularyResults results, ReportFacts facts, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"Vocabulary: known words and misspellings ({facts.Date}, commit {facts.Commit}, {facts.Runtime})");
        foreach (string line in results.Provenance)
        {
            output.WriteLine("  oracle " + line);
        }

        output.WriteLine();
        output.WriteLine("Correct words: share of judged word tokens the oracle does not know");
        output.WriteLine(string.Create(s_invariant, $"{"oracle",-36} {"text",-40} {"tokens",7} {"all",16} {"lowercase",16} {"names",16} {"sentence-start",16} {"other",16}"));
        for (int s = 0; s < results.Sets.Count; s++)
        {
            foreach (Coverage coverage in results.Coverages[s])
            {
                var line = new StringBuilder();
                line.Append(s_invariant, $"{coverage.Oracle,-36} {coverage.Set.Name,-40} {coverage.Tokens,7} {Share(coverage.Unknown, coverage.Tokens),16}");
                foreach (WordClass wordClass in s_classes)
                {
                    ClassCount count = coverage.ByClass[wordClass];
                    line.Append(s_invariant, $" {Share(count.Unknown, count.Tokens),16}");
                }

                output.WriteLine(line.ToString());
            }
        }

        foreach (CleanTextSet set in results.Sets)
        {
            output.WriteLine(string.Create(s_invariant, $"{set.Name}: {set.Sample.Words.Count} word tokens judged; skipped {set.Sample.SkippedDigits} with digits, {set.Sample.SkippedOther} with other characters"));
        }

        for (int s = 0; s < results.Sets.Count; s++)
        {
            foreach (Coverage coverage in results.Coverages[s])
            {
                output.WriteLine();
                output.WriteLine($"{coverage.Oracle} on {coverage.Set.Name}: the {ConsoleTopUnknown} most frequent unknown lowercase words");
                output.WriteLine(string.Join(", ", coverage.TopUnknownLowercase(ConsoleTopUnknown).Select(static pair => string.Create(s_invariant, $"{pair.Key} {pair.Value}"))));
            }
        }

        output.WriteLine();
        output.WriteLine(string.Create(s_invariant, $"Misspellings: share wrongly accepted as known (goal under {Goal:P0}); seed {results.Seed}, {results.SourceWords} source words, {results.ExcludedCandidates} candidates turned away as words of the clean text"));
        var header = new StringBuilder();
        header.Append(s_invariant, $"{"kind",-18} {"operation",-30} {"forms",6}");
        foreach (string oracle in results.Oracles)
        {
            header.Append(s_invariant, $" {Truncate(oracle, 22),22}");
        }

        output.WriteLine(header.ToString());
        foreach (MisspellingKind kind in MisspellingGenerator.Kinds)
        {
            WriteConsoleRow(output, results, KindName(kind), "(all)", m => m.Kind == kind);
            foreach (string operation in results.Operations(kind))
            {
                WriteConsoleRow(output, results, string.Empty, operation, m => m.Kind == kind && string.Equals(m.Operation, operation, StringComparison.Ordinal));
            }
        }

        WriteConsoleRow(output, results, "all kinds", string.Empty, static _ => true);
        output.WriteLine(DescribeOverlap(results));

        for (int oracle = 0; oracle < results.Oracles.Count; oracle++)
        {
            output.WriteLine();
            output.WriteLine($"{results.Oracles[oracle]}: accepted misspellings (first 5 per kind)");
            foreach (Misspelling misspelling in results.AcceptedExamples(oracle, 5))
            {
                output.WriteLine($"  {KindName(misspelling.Kind),-18} {misspelling.Operation,-30} {misspelling.Form} (from {misspelling.Source})");
            }
        }
    }

    /// <summary>The Markdown section, starting with <see cref="VocabularyCommand.Heading"/>.</summary>
    public static string ToMarkdown(VocabularyResults results, ReportFacts facts)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(facts);
        var md = new StringBuilder();
        md.Append(VocabularyCommand.Heading).Append("\n\n");
        md.Append("How well a word oracle (something that says whether a word is Azerbaijani) tells correct words from\n");
        md.Append("misspelled ones. On clean news text it should know almost every word: an unknown word is a false alarm. On\n");
        md.Append("misspellings made from that text it should know almost none: the goal is under 5 % wrongly accepted.\n\n");
        md.Append(s_invariant, $"- Run on {facts.Date} at commit `{facts.Commit}`, {facts.Runtime}.\n");
        md.Append(s_invariant, $"- Command (from the repository root): `{facts.Command}`\n");
        md.Append("- Clean text: ").Append(string.Join(", ", facts.DataFiles.Select(static file => $"`{file}`"))).Append(
            " (largely the same 80 news documents, reported separately; read at run time, never committed).\n");
        md.Append("- Oracles:\n");
        foreach (string line in results.Provenance)
        {
            md.Append("  - ").Append(line).Append('\n');
        }

        md.Append('\n');
        md.Append("### Clean text: word tokens the oracle does not know\n\n");
        md.Append("Judged: word tokens made of letters, with inner hyphens (a compound is known when the whole or every part is\n");
        md.Append("known), as written; abbreviations in capitals (`ABŞ`) are not word tokens. Classes: **lowercase**;\n");
        md.Append("**names**: capitalised, not at the start of a sentence (the library reports an unknown name with low confidence,\n");
        md.Append("not as an error); **sentence-initial**: capitalised at the start of a sentence, a line or after a colon; **other**:\n");
        md.Append("capitals with a suffix (`ABŞ-ın`), mixed case. Each cell: share unknown (unknown tokens).\n\n");
        md.Append("| oracle | text | word tokens | unknown: all | lowercase | names | sentence-initial | other |\n");
        md.Append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (int s = 0; s < results.Sets.Count; s++)
        {
            foreach (Coverage coverage in results.Coverages[s])
            {
                md.Append(s_invariant, $"| {coverage.Oracle} | {coverage.Set.Name} | {coverage.Tokens:N0} | {Share(coverage.Unknown, coverage.Tokens)} |");
                foreach (WordClass wordClass in s_classes)
                {
                    ClassCount count = coverage.ByClass[wordClass];
                    md.Append(s_invariant, $" {Share(count.Unknown, count.Tokens)} |");
                }

                md.Append('\n');
            }
        }

        md.Append('\n');
        md.Append("Tokens per class: ");
        for (int s = 0; s < results.Sets.Count; s++)
        {
            Coverage first = results.Coverages[s][0];
            WordSample sample = results.Sets[s].Sample;
            md.Append(s_invariant, $"{(s > 0 ? "; " : string.Empty)}{results.Sets[s].Name}: ");
            md.Append(string.Join(", ", s_classes.Select(c => string.Create(s_invariant, $"{ClassName(c)} {first.ByClass[c].Tokens:N0}"))));
            md.Append(s_invariant, $" (skipped: {sample.SkippedDigits:N0} with digits, {sample.SkippedOther:N0} with other characters)");
        }

        md.Append(".\n\n");

        md.Append(s_invariant, $"### Misspellings: share wrongly accepted as known (goal under {Goal * 100:0} %)\n\n");
        md.Append(s_invariant, $"Made by `MisspellingGenerator` (seed {results.Seed}) from the {results.SourceWords:N0} distinct lowercase words of at\n");
        md.Append(s_invariant, $"least {MisspellingGenerator.MinimumLength} letters of the clean text: per word and kind one form, drawn among the operations that apply. A form\n");
        md.Append(s_invariant, $"that occurs anywhere in the clean text is never drawn ({results.ExcludedCandidates:N0} candidate forms turned away), nor is one\n");
        md.Append("drawn twice for the same kind. Forms are not checked against any lexicon, so every oracle faces the same forms.\n");
        md.Append("Each cell: share accepted (accepted forms); **bold** where it meets the goal.\n\n");
        AppendMisspellingTable(md, results, byOperation: false);
        md.Append('\n');
        md.Append(DescribeOverlap(results)).Append("\n\n");
        md.Append("By operation:\n\n");
        AppendMisspellingTable(md, results, byOperation: true);
        md.Append('\n');

        md.Append("### Examples\n\n");
        md.Append(s_invariant, $"Per oracle: the most frequent unknown lowercase words of {results.Sets[0].Name} (occurrences), and the first\n");
        md.Append("accepted misspellings (with the word they were made from). The console output of the command lists more.\n\n");
        for (int oracle = 0; oracle < results.Oracles.Count; oracle++)
        {
            List<KeyValuePair<string, int>> unknown = results.Coverages[0][oracle].TopUnknownLowercase(MarkdownUnknownExamples);
            List<Misspelling> accepted = results.AcceptedExamples(oracle, 1); // one per kind
            md.Append("- ").Append(results.Oracles[oracle]).Append(": unknown ");
            md.Append(unknown.Count == 0 ? "none" : string.Join(", ", unknown.Select(static pair => string.Create(s_invariant, $"`{pair.Key}` ({pair.Value})"))));
            md.Append("; accepted ");
            md.Append(accepted.Count == 0
                ? "none"
                : string.Join(", ", accepted.Take(MarkdownAcceptedExamples).Select(static m => $"`{m.Form}` ({KindName(m.Kind)}, for `{m.Source}`)")));
            md.Append('\n');
        }

        return md.ToString();
    }

    /// <summary>Writes the results as one JSON object (UTF-8, indented).</summary>
    public static void WriteJson(VocabularyResults results, ReportFacts facts, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("date", facts.Date);
        json.WriteString("commit", facts.Commit);
        json.WriteString("runtime", facts.Runtime);
        json.WriteString("command", facts.Command);
        WriteStrings(json, "dataFiles", facts.DataFiles);
        WriteStrings(json, "oracles", results.Oracles);
        WriteStrings(json, "provenance", results.Provenance);

        json.WriteStartArray("cleanText");
        for (int s = 0; s < results.Sets.Count; s++)
        {
            CleanTextSet set = results.Sets[s];
            json.WriteStartObject();
            json.WriteString("text", set.Name);
            WriteStrings(json, "files", set.Files);
            json.WriteNumber("judgedTokens", set.Sample.Words.Count);
            json.WriteNumber("skippedWithDigits", set.Sample.SkippedDigits);
            json.WriteNumber("skippedWithOtherCharacters", set.Sample.SkippedOther);
            json.WriteStartArray("oracles");
            foreach (Coverage coverage in results.Coverages[s])
            {
                json.WriteStartObject();
                json.WriteString("oracle", coverage.Oracle);
                json.WriteNumber("tokens", coverage.Tokens);
                json.WriteNumber("unknown", coverage.Unknown);
                json.WriteStartObject("byClass");
                foreach (WordClass wordClass in s_classes)
                {
                    json.WriteStartObject(ClassName(wordClass));
                    json.WriteNumber("tokens", coverage.ByClass[wordClass].Tokens);
                    json.WriteNumber("unknown", coverage.ByClass[wordClass].Unknown);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteStartArray("topUnknownLowercase");
                foreach (KeyValuePair<string, int> pair in coverage.TopUnknownLowercase(ConsoleTopUnknown))
                {
                    json.WriteStartObject();
                    json.WriteString("word", pair.Key);
                    json.WriteNumber("count", pair.Value);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartObject("misspellings");
        json.WriteNumber("seed", results.Seed);
        json.WriteNumber("sourceWords", results.SourceWords);
        json.WriteNumber("excludedCandidates", results.ExcludedCandidates);
        json.WriteStartArray("rows");
        foreach (MisspellingKind kind in MisspellingGenerator.Kinds)
        {
            WriteJsonRow(json, results, KindName(kind), null, m => m.Kind == kind);
            foreach (string operation in results.Operations(kind))
            {
                WriteJsonRow(json, results, KindName(kind), operation, m => m.Kind == kind && string.Equals(m.Operation, operation, StringComparison.Ordinal));
            }
        }

        WriteJsonRow(json, results, "all kinds", null, static _ => true);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// How many forms the embedded lexicon holds (reported apart: they are not excluded), and how many every oracle accepts
    /// (many of them real words by accident, which only context can catch).
    /// </summary>
    public static string DescribeOverlap(VocabularyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        int all = results.Misspellings.Count;
        int inLexicon = 0;
        int everyOracle = 0;
        for (int i = 0; i < all; i++)
        {
            inLexicon += results.InEmbeddedLexicon[i] ? 1 : 0;
            bool accepted = results.Oracles.Count > 0;
            for (int oracle = 0; oracle < results.Oracles.Count && accepted; oracle++)
            {
                accepted = results.Accepted[oracle][i];
            }

            everyOracle += accepted ? 1 : 0;
        }

        string text = string.Create(s_invariant, $"Generated forms that the embedded lexicon holds: {inLexicon:N0} of {all:N0} ({Percent(inLexicon, all)}).");
        return results.Oracles.Count < 2
            ? text
            : text + string.Create(s_invariant, $" Accepted by every oracle (many of them real words by accident, which only context can catch): {everyOracle:N0} ({Percent(everyOracle, all)}).");
    }

    /// <summary>The kind's name in reports.</summary>
    public static string KindName(MisspellingKind kind) => kind switch
    {
        MisspellingKind.DiacriticLoss => "diacritic loss",
        MisspellingKind.TurkishHabit => "Turkish habits",
        MisspellingKind.KeyboardSlip => "keyboard slips",
        MisspellingKind.OcrConfusion => "OCR confusions",
        _ => kind.ToString(),
    };

    private static string ClassName(WordClass wordClass) => wordClass switch
    {
        WordClass.Lowercase => "lowercase",
        WordClass.Name => "names",
        WordClass.SentenceInitial => "sentence-initial",
        _ => "other",
    };

    private static void AppendMisspellingTable(StringBuilder md, VocabularyResults results, bool byOperation)
    {
        md.Append(byOperation ? "| kind | operation | forms |" : "| kind | forms |");
        foreach (string oracle in results.Oracles)
        {
            md.Append(' ').Append(oracle).Append(" |");
        }

        md.Append('\n').Append(byOperation ? "|---|---|---:|" : "|---|---:|");
        foreach (string _ in results.Oracles)
        {
            md.Append("---:|");
        }

        md.Append('\n');
        foreach (MisspellingKind kind in MisspellingGenerator.Kinds)
        {
            if (!byOperation)
            {
                AppendMarkdownRow(md, results, [KindName(kind)], m => m.Kind == kind);
                continue;
            }

            foreach (string operation in results.Operations(kind))
            {
                AppendMarkdownRow(md, results, [KindName(kind), operation], m => m.Kind == kind && string.Equals(m.Operation, operation, StringComparison.Ordinal));
            }
        }

        if (!byOperation)
        {
            AppendMarkdownRow(md, results, ["**all kinds**"], static _ => true);
        }
    }

    private static void AppendMarkdownRow(StringBuilder md, VocabularyResults results, string[] labels, Func<Misspelling, bool> filter)
    {
        (int forms, _, int[] accepted) = results.Count(filter);
        md.Append('|');
        foreach (string label in labels)
        {
            md.Append(' ').Append(label).Append(" |");
        }

        md.Append(s_invariant, $" {forms:N0} |");
        foreach (int count in accepted)
        {
            string share = Share(count, forms);
            md.Append(' ').Append(forms > 0 && count < Goal * forms ? $"**{share}**" : share).Append(" |");
        }

        md.Append('\n');
    }

    private static void WriteConsoleRow(TextWriter output, VocabularyResults results, string kind, string operation, Func<Misspelling, bool> filter)
    {
        (int forms, _, int[] accepted) = results.Count(filter);
        var line = new StringBuilder();
        line.Append(s_invariant, $"{kind,-18} {operation,-30} {forms,6}");
        foreach (int count in accepted)
        {
            line.Append(s_invariant, $" {Share(count, forms),22}");
        }

        output.WriteLine(line.ToString());
    }

    private static void WriteJsonRow(Utf8JsonWriter json, VocabularyResults results, string kind, string? operation, Func<Misspelling, bool> filter)
    {
        (int forms, int inLexicon, int[] accepted) = results.Count(filter);
        json.WriteStartObject();
        json.WriteString("kind", kind);
        if (operation is not null)
        {
            json.WriteString("operation", operation);
        }

        json.WriteNumber("forms", forms);
        json.WriteNumber("inEmbeddedLexicon", inLexicon);
        json.WriteStartObject("accepted");
        for (int oracle = 0; oracle < results.Oracles.Count; oracle++)
        {
            json.WriteNumber(results.Oracles[oracle], accepted[oracle]);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary><c>12.3 % (45)</c>; a dash when there is nothing to share.</summary>
    private static string Share(int part, int total) =>
        total == 0 ? "–" : string.Create(s_invariant, $"{Percent(part, total)} ({part:N0})");

    /// <summary><c>12.3 %</c>; a dash when there is nothing to share.</summary>
    private static string Percent(int part, int total) =>
        total == 0 ? "–" : string.Create(s_invariant, $"{100.0 * part / total:0.0} %");

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
