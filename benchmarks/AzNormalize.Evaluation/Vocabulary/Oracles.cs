using AzNormalize.Lexicon;

namespace AzNormalize.Evaluation.Vocabulary;

/// <summary>
/// The word oracles the vocabulary command measures, built in one place. An oracle is a name and a function that says
/// whether a word (as written in the text, any case; a hyphenated compound is also asked part by part) is a known
/// Azerbaijani word. To measure another, add one line to <see cref="Create"/>, for example
/// <c>oracles.Add(("embedded lexicon + morphology", w => AzMorphology.Default.IsKnown(w)));</c>
/// </summary>
internal static class Oracles
{
    /// <summary>The LocalDoc SymSpell frequency list, under the shared data folder.</summary>
    public const string LocalDocFrequencyList = "localdoc-symspell-az/frequency_dictionary_az_80k.txt";

    /// <summary>The Mozilla Azerbaijani hunspell dictionary (<c>az.aff</c>, <c>az.dic</c>), under the shared data folder.</summary>
    public const string HunspellDictionary = "mozillaz-hunspell-az/az";

    /// <summary>Builds the oracles, in report order; those whose data or program is missing are left out with a message.</summary>
    /// <param name="dataRoot">The shared data folder.</param>
    /// <param name="words">
    /// Every word the evaluation will ask about, so that an oracle with a costly start (hunspell, a child process) can
    /// answer them all in one batch. Other words still work, one batch each.
    /// </param>
    /// <param name="log">Where to say what is left out and why.</param>
    /// <param name="provenance">Receives one line per oracle with its data and version, for the report.</param>
    public static List<(string Name, Func<string, bool> IsKnown)> Create(
        string dataRoot, IReadOnlyCollection<string> words, TextWriter log, ICollection<string> provenance)
    {
        ArgumentNullException.ThrowIfNull(dataRoot);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(provenance);
        var oracles = new List<(string Name, Func<string, bool> IsKnown)>();

        oracles.Add(("embedded lexicon", w => AzLexicon.Default.Contains(w)));
        provenance.Add($"embedded lexicon: `AzLexicon.Default`, {AzLexicon.Default.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} words ({AzLexicon.Default.Source})");

        oracles.Add(("embedded lexicon + morphology (default)", w => AzMorphology.Default.IsKnown(w)));
        provenance.Add("embedded lexicon + morphology (default): `AzMorphology.Default.IsKnown`, what `aznorm check` uses");

        string frequencyList = Path.Combine(dataRoot, LocalDocFrequencyList);
        if (File.Exists(frequencyList))
        {
            AzLexicon withList = AzLexicon.Default.WithFrequencyFile(frequencyList);
            oracles.Add(("embedded + LocalDoc frequency list", w => withList.Contains(w)));
            provenance.Add($"embedded + LocalDoc frequency list: `AzLexicon.Default.WithFrequencyFile(\"../shared/data/{LocalDocFrequencyList}\")`");
            var withListMorphology = new AzMorphology(withList);
            oracles.Add(("embedded + LocalDoc + morphology", w => withListMorphology.IsKnown(w)));
            provenance.Add("embedded + LocalDoc + morphology: `new AzMorphology(AzLexicon.Default.WithFrequencyFile(...))`");
        }
        else
        {
            log.WriteLine($"note: {frequencyList} is absent; the oracle 'embedded + LocalDoc frequency list' is skipped.");
        }

        if (HunspellOracle.TryCreate(Path.Combine(dataRoot, HunspellDictionary), words, log) is { } hunspell)
        {
            oracles.Add(("Hunspell az (Mozilla)", hunspell.IsKnown));
            provenance.Add($"Hunspell az (Mozilla): {hunspell.Version}, `hunspell -d ../shared/data/{HunspellDictionary} -i utf-8 -L`, all words in one call");
        }

        return oracles;
    }
}
