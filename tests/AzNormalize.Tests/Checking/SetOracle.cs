using AzNormalize.Normalization;
using AzNormalize.Text;

namespace AzNormalize.Tests.Checking;

/// <summary>A small in-test <see cref="IWordOracle"/>: a set of words looked up in any Azerbaijani case.</summary>
internal sealed class SetOracle : IWordOracle
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public SetOracle(params string[] words)
    {
        _words = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in words)
        {
            _words.Add(AzCasing.ToLower(word));
        }

        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many times <see cref="IsKnown"/> was asked.</summary>
    public int Calls { get; private set; }

    public bool IsKnown(ReadOnlySpan<char> word)
    {
        Calls++;
        char[] buffer = new char[word.Length];
        int length = AzCasing.ToLower(word, buffer);
        return _lookup.Contains(buffer.AsSpan(0, length));
    }
}
