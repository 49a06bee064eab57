using AzNormalize.Lexicon;

namespace AzNormalize.LexiconBuilder;

/// <summary>What the morphology-asking rules (14–20) share: the list as a lexicon, restorable letters, removing forms.</summary>
internal static class RuleSupport
{
    /// <summary>The morphology over the forms kept so far (its <see cref="AzMorphology.Lexicon"/> for lookups and families).</summary>
    public static AzMorphology Morphology(IReadOnlyDictionary<string, WordAttributes> kept, string source)
    {
        var stream = new MemoryStream();
        LexiconArtifact.Write(stream, new List<KeyValuePair<string, WordAttributes>>(kept), source);
        stream.Position = 0;
        return new AzMorphology(AzLexicon.LoadArtifact(stream, "in-memory"));
    }

    /// <summary>
    /// Fills <paramref name="positions"/> with the places of <paramref name="word"/> from <paramref name="from"/> on whose
    /// letter may stand for another (<see cref="TwinLetters"/>); false when there are none or more than <paramref name="max"/>.
    /// </summary>
    public static bool FindRestorable(string word, List<int> positions, int max, int from = 0)
    {
        positions.Clear();
        for (int i = from; i < word.Length; i++)
        {
            if (TwinLetters.IsRestorable(word[i]))
            {
                positions.Add(i);
            }
        }

        return positions.Count > 0 && positions.Count <= max;
    }

    /// <summary>Removes the forms of <paramref name="condemned"/> from <paramref name="kept"/> and returns them sorted.</summary>
    public static List<KeyValuePair<string, string>> Remove(Dictionary<string, WordAttributes> kept, List<KeyValuePair<string, string>> condemned)
    {
        foreach (KeyValuePair<string, string> pair in condemned)
        {
            kept.Remove(pair.Key);
        }

        return Sorted(condemned);
    }

    /// <summary><paramref name="pairs"/> in ordinal order of their forms.</summary>
    public static List<KeyValuePair<string, string>> Sorted(List<KeyValuePair<string, string>> pairs)
    {
        pairs.Sort(static (left, right) => string.CompareOrdinal(left.Key, right.Key));
        return pairs;
    }
}
