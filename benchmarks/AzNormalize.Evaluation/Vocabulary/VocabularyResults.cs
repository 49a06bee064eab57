namespace AzNormalize.Evaluation.Vocabulary;

/// <summary>A set of clean text files, read as one sample.</summary>
/// <param name="Name">How the report names it.</param>
/// <param name="Files">The files, as the report shows them (relative to the shared data folder's parent).</param>
/// <param name="Sample">Its word tokens.</param>
internal sealed record CleanTextSet(string Name, IReadOnlyList<string> Files, WordSample Sample);

/// <summary>Tokens and misses for one class of word tokens.</summary>
internal sealed class ClassCount
{
    /// <summary>Tokens judged.</summary>
    public int Tokens { get; set; }

    /// <summary>Tokens the oracle did not know.</summary>
    public int Unknown { get; set; }
}

/// <summary>How one oracle did on one set of clean text.</summary>
internal sealed class Coverage
{
    /// <summary>A coverage for <paramref name="oracle"/> on <paramref name="set"/>.</summary>
    public Coverage(string oracle, CleanTextSet set)
    {
        Oracle = oracle;
        Set = set;
        foreach (WordClass wordClass in Enum.GetValues<WordClass>())
        {
            ByClass[wordClass] = new ClassCount();
        }
    }

    /// <summary>The oracle's name.</summary>
    public string Oracle { get; }

    /// <summary>The set.</summary>
    public CleanTextSet Set { get; }

    /// <summary>Counts per class.</summary>
    public Dictionary<WordClass, ClassCount> ByClass { get; } = [];

    /// <summary>Unknown lowercase words and how often each occurs.</summary>
    public Dictionary<string, int> UnknownLowercase { get; } = new(StringComparer.Ordinal);

    /// <summary>All judged tokens.</summary>
    public int Tokens => ByClass.Values.Sum(static count => count.Tokens);

    /// <summary>All unknown tokens.</summary>
    public int Unknown => ByClass.Values.Sum(static count => count.Unknown);

    /// <summary>The most frequent unknown lowercase words, most frequent first, ties in ordinal order.</summary>
    public List<KeyValuePair<string, int>> TopUnknownLowercase(int count)
    {
        var list = new List<KeyValuePair<string, int>>(UnknownLowercase);
        list.Sort(static (left, right) => left.Value != right.Value ? right.Value.CompareTo(left.Value) : string.CompareOrdinal(left.Key, right.Key));
        return list.Count > count ? list.GetRange(0, count) : list;
    }
}

/// <summary>What the vocabulary command measured.</summary>
internal sealed class VocabularyResults
{
    /// <summary>The oracles' names, in report order.</summary>
    public required IReadOnlyList<string> Oracles { get; init; }

    /// <summary>One line per oracle: its data and version.</summary>
    public required IReadOnlyList<string> Provenance { get; init; }

    /// <summary>The clean text sets.</summary>
    public required IReadOnlyList<CleanTextSet> Sets { get; init; }

    /// <summary>Per set, per oracle (same order as <see cref="Oracles"/>).</summary>
    public required IReadOnlyList<IReadOnlyList<Coverage>> Coverages { get; init; }

    /// <summary>The number of distinct eligible source words the misspellings were made from.</summary>
    public required int SourceWords { get; init; }

    /// <summary>Candidate forms turned away because they occur in the clean text.</summary>
    public required int ExcludedCandidates { get; init; }

    /// <summary>The generator's seed.</summary>
    public required int Seed { get; init; }

    /// <summary>The misspellings.</summary>
    public required IReadOnlyList<Misspelling> Misspellings { get; init; }

    /// <summary>Per misspelling (same order): whether the embedded lexicon holds the form.</summary>
    public required IReadOnlyList<bool> InEmbeddedLexicon { get; init; }

    /// <summary>Per oracle, per misspelling: whether the oracle wrongly accepted it.</summary>
    public required IReadOnlyList<IReadOnlyList<bool>> Accepted { get; init; }

    /// <summary>Forms, forms in the embedded lexicon, and per oracle accepted forms, over the misspellings that <paramref name="filter"/> selects.</summary>
    public (int Forms, int InLexicon, int[] Accepted) Count(Func<Misspelling, bool> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        int forms = 0;
        int inLexicon = 0;
        int[] accepted = new int[Oracles.Count];
        for (int i = 0; i < Misspellings.Count; i++)
        {
            if (!filter(Misspellings[i]))
            {
                continue;
            }

            forms++;
            inLexicon += InEmbeddedLexicon[i] ? 1 : 0;
            for (int oracle = 0; oracle < Oracles.Count; oracle++)
            {
                accepted[oracle] += Accepted[oracle][i] ? 1 : 0;
            }
        }

        return (forms, inLexicon, accepted);
    }

    /// <summary>The operations of <paramref name="kind"/> that made a misspelling, in ordinal order.</summary>
    public List<string> Operations(MisspellingKind kind)
    {
        var operations = new List<string>();
        foreach (Misspelling misspelling in Misspellings)
        {
            if (misspelling.Kind == kind && !operations.Contains(misspelling.Operation))
            {
                operations.Add(misspelling.Operation);
            }
        }

        operations.Sort(StringComparer.Ordinal);
        return operations;
    }

    /// <summary>Misspellings <paramref name="oracle"/> wrongly accepted, in generation order, at most <paramref name="count"/> per kind.</summary>
    public List<Misspelling> AcceptedExamples(int oracle, int count)
    {
        var examples = new List<Misspelling>();
        var perKind = new Dictionary<MisspellingKind, int>();
        for (int i = 0; i < Misspellings.Count; i++)
        {
            Misspelling misspelling = Misspellings[i];
            if (Accepted[oracle][i] && perKind.GetValueOrDefault(misspelling.Kind) < count)
            {
                perKind[misspelling.Kind] = perKind.GetValueOrDefault(misspelling.Kind) + 1;
                examples.Add(misspelling);
            }
        }

        return examples;
    }
}
