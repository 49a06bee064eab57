using System.Text;
using AzNormalize.Lexicon;

namespace AzNormalize.Evaluation.Vocabulary;

/// <summary>
/// The <c>vocabulary --dump</c> files: every accepted misspelling (with the default morphology's analysis) and every unknown
/// lowercase word, per oracle, as TSV. They hold words of the shared data, so they are for looking at, never for committing.
/// </summary>
internal static class VocabularyDump
{
    /// <summary>Writes <c>accepted.tsv</c> and <c>unknown-lowercase.tsv</c> into <paramref name="directory"/>.</summary>
    public static void Write(VocabularyResults results, string directory)
    {
        Directory.CreateDirectory(directory);
        var accepted = new StringBuilder("kind\toperation\tsource\tform\tin lexicon\tanalysis\taccepted by\n");
        for (int i = 0; i < results.Misspellings.Count; i++)
        {
            var by = new List<string>();
            for (int oracle = 0; oracle < results.Oracles.Count; oracle++)
            {
                if (results.Accepted[oracle][i])
                {
                    by.Add(results.Oracles[oracle]);
                }
            }

            if (by.Count == 0)
            {
                continue;
            }

            Misspelling m = results.Misspellings[i];
            string analysis = AzMorphology.Default.TryAnalyze(m.Form, out WordAnalysis? a) ? a!.ToString() : "-";
            accepted.Append(VocabularyReport.KindName(m.Kind)).Append('\t').Append(m.Operation).Append('\t').Append(m.Source)
                .Append('\t').Append(m.Form).Append('\t').Append(results.InEmbeddedLexicon[i] ? "yes" : "no")
                .Append('\t').Append(analysis).Append('\t').AppendJoin("; ", by).Append('\n');
        }

        File.WriteAllText(Path.Combine(directory, "accepted.tsv"), accepted.ToString());

        var unknown = new StringBuilder("set\toracle\tword\tcount\n");
        for (int set = 0; set < results.Sets.Count; set++)
        {
            foreach (Coverage coverage in results.Coverages[set])
            {
                foreach ((string word, int count) in coverage.UnknownLowercase.OrderByDescending(static p => p.Value).ThenBy(static p => p.Key, StringComparer.Ordinal))
                {
                    unknown.Append(results.Sets[set].Name).Append('\t').Append(coverage.Oracle).Append('\t').Append(word).Append('\t').Append(count).Append('\n');
                }
            }
        }

        File.WriteAllText(Path.Combine(directory, "unknown-lowercase.tsv"), unknown.ToString());
    }
}
