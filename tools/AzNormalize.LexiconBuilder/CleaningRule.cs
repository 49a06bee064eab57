namespace AzNormalize.LexiconBuilder;

/// <summary>One cleaning rule: what it removes, why, and (after a run) how many and which.</summary>
internal sealed class CleaningRule(string id, string description, bool perEntry)
{
    private readonly List<string> _removed = [];

    /// <summary>A short name for reports.</summary>
    public string Id { get; } = id;

    /// <summary>One line: what the rule removes and why.</summary>
    public string Description { get; } = description;

    /// <summary>Whether the rule judges raw entries (before case folding) rather than lowercase forms.</summary>
    public bool PerEntry { get; } = perEntry;

    /// <summary>How many entries (per-entry rules) or distinct lowercase forms (per-form rules) the rule removed.</summary>
    public int Count => _removed.Count;

    /// <summary>What the rule removed.</summary>
    public IReadOnlyList<string> Removed => _removed;

    public void Add(string item) => _removed.Add(item);

    /// <summary>A few removed items, in ordinal order, for the report.</summary>
    public IEnumerable<string> Examples(int count)
    {
        var sorted = new List<string>(_removed);
        sorted.Sort(StringComparer.Ordinal);
        int step = Math.Max(1, sorted.Count / count);
        for (int i = 0; i < sorted.Count && i / step < count; i += step)
        {
            yield return sorted[i];
        }
    }
}
