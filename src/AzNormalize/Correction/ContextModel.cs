using System.Globalization;

namespace AzNormalize.Correction;

/// <summary>
/// A word bigram model of running text: how often each lowercase word, and each pair of neighbouring words, was seen. The
/// corrector asks it which of several candidates fits between a word's neighbours, and (with
/// <see cref="SpellingOptions.RealWords"/>) whether a known word stands where another was seen.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe once built. Build one with <see cref="Train(IEnumerable{string})"/> from text of the kind you
/// correct (or feed a <see cref="ContextModelBuilder"/> one text at a time), or <see cref="Load(TextReader, string)"/> one saved
/// with <see cref="Save(TextWriter)"/>. The library ships none: a
/// model is made from a corpus, and the corpora we evaluate with may not be redistributed.</para>
/// <para>Probabilities are interpolated: λ·c(a b)/c(a) + (1 − λ)·(c(b) + ½)/(N + ½V), with λ = 0.6 when <c>a</c> was seen.
/// A pair never crosses a line break or a mark that <see cref="IsBreak"/> names (a sentence end, a colon, a bracket).</para>
/// </remarks>
public sealed class ContextModel
{
    private const double Lambda = 0.6;
    private const string Header = "azctx 1";

    private readonly Dictionary<string, int> _unigrams;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _unigramLookup;
    private readonly Dictionary<(string, string), int> _bigrams;
    private readonly Dictionary<string, List<string>> _followers;
    private readonly Dictionary<string, int> _leftCounts;
    private readonly long _tokens;

    private ContextModel(Dictionary<string, int> unigrams, Dictionary<(string, string), int> bigrams)
    {
        _unigrams = unigrams;
        _unigramLookup = unigrams.GetAlternateLookup<ReadOnlySpan<char>>();
        _bigrams = bigrams;
        _followers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        _leftCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (((string left, string right), int count) in bigrams)
        {
            if (!_followers.TryGetValue(left, out List<string>? list))
            {
                _followers[left] = list = [];
            }

            list.Add(right);
            _leftCounts[left] = _leftCounts.GetValueOrDefault(left) + count;
        }

        foreach (int count in unigrams.Values)
        {
            _tokens += count;
        }
    }

    /// <summary>Distinct words seen.</summary>
    public int VocabularySize => _unigrams.Count;

    /// <summary>Word tokens seen.</summary>
    public long TokenCount => _tokens;

    /// <summary>Distinct word pairs seen.</summary>
    public int PairCount => _bigrams.Count;

    /// <summary>Counts the words and word pairs of <paramref name="texts"/>.</summary>
    /// <param name="texts">Running text (NFC), one document or paragraph per item.</param>
    public static ContextModel Train(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var builder = new ContextModelBuilder();
        foreach (string text in texts)
        {
            builder.Add(text);
        }

        return builder.Build();
    }

    /// <summary>A model of the given counts (for <see cref="ContextModelBuilder"/>; the dictionaries are the model's from now on).</summary>
    internal static ContextModel FromCounts(Dictionary<string, int> unigrams, Dictionary<(string, string), int> bigrams) => new(unigrams, bigrams);

    /// <summary>How often <paramref name="word"/> (lowercase) was seen.</summary>
    public int GetCount(ReadOnlySpan<char> word) => _unigramLookup.TryGetValue(word, out int count) ? count : 0;

    /// <summary>How often <paramref name="right"/> was seen right after <paramref name="left"/> (both lowercase).</summary>
    public int GetPairCount(string left, string right) => _bigrams.GetValueOrDefault((left, right));

    /// <summary>log₁₀ P(<paramref name="word"/> | <paramref name="previous"/>); <paramref name="previous"/> null at a sentence start.</summary>
    public double LogProbability(string? previous, string word)
    {
        double unigram = (GetCount(word) + 0.5) / (_tokens + 0.5 * (_unigrams.Count + 1));
        if (previous is null || !_leftCounts.TryGetValue(previous, out int left))
        {
            return Math.Log10(unigram);
        }

        double bigram = (double)GetPairCount(previous, word) / left;
        return Math.Log10(Lambda * bigram + (1 - Lambda) * unigram);
    }

    /// <summary>The words seen right after <paramref name="left"/>.</summary>
    internal IReadOnlyList<string> Followers(string left) => _followers.TryGetValue(left, out List<string>? list) ? list : [];

    /// <summary>Writes the model as text: a header line, then <c>word TAB count</c> and <c>word word TAB count</c> lines.</summary>
    public void Save(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Header);
        writer.Write('\n');
        foreach ((string word, int count) in _unigrams.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{word}\t{count}\n"));
        }

        foreach (((string left, string right), int count) in _bigrams.OrderBy(pair => pair.Key.Item1, StringComparer.Ordinal).ThenBy(pair => pair.Key.Item2, StringComparer.Ordinal))
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{left} {right}\t{count}\n"));
        }
    }

    /// <summary>Reads a model written by <see cref="Save(TextWriter)"/>.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="name">The file's name, for error messages.</param>
    /// <exception cref="FormatException">A line is not what <see cref="Save(TextWriter)"/> writes; the message names it.</exception>
    public static ContextModel Load(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        if (reader.ReadLine() != Header)
        {
            throw new FormatException($"line 1 of {name}: expected '{Header}'");
        }

        var unigrams = new Dictionary<string, int>(StringComparer.Ordinal);
        var bigrams = new Dictionary<(string, string), int>();
        int number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || !int.TryParse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int count) || count <= 0)
            {
                throw new FormatException($"line {number} of {name}: expected 'word<TAB>count' or 'word word<TAB>count'");
            }

            string key = line[..tab];
            int space = key.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                unigrams[key] = count;
            }
            else if (space > 0 && space < key.Length - 1 && key.IndexOf(' ', space + 1) < 0)
            {
                bigrams[(key[..space], key[(space + 1)..])] = count;
            }
            else
            {
                throw new FormatException($"line {number} of {name}: expected one or two words before the tab");
            }
        }

        return new ContextModel(unigrams, bigrams);
    }

    /// <summary>A mark no word pair crosses: a sentence end, a colon or semicolon, a bracket (line breaks are breaks too).</summary>
    internal static bool IsBreak(char c) => c is '.' or '!' or '?' or '…' or ';' or ':' or '(' or ')' or '[' or ']';
}
