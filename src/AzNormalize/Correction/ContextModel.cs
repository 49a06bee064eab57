using System.Globalization;
using System.Reflection;
using AzNormalize.Text;

namespace AzNormalize.Correction;

/// <summary>
/// A word bigram model of running text: how often each lowercase word, and each pair of neighbouring words, was seen. The
/// corrector asks it which of several candidates fits between a word's neighbours, and (with
/// <see cref="SpellingOptions.RealWords"/>) whether a known word stands where another was seen.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe once built. Build one with <see cref="Train(IEnumerable{string})"/> from text of the kind you
/// correct (or feed a <see cref="ContextModelBuilder"/> one text at a time), or <see cref="Load(TextReader, string)"/> one saved
/// with <see cref="Save(TextWriter)"/>. <see cref="Default"/> is the model the library ships, counted from the shippable running
/// text of data/README.md (the legal codes of the Republic of Azerbaijan, news and everyday sentences);
/// <see cref="Combine"/> interpolates a model of your own with it.</para>
/// <para>Probabilities are interpolated: λ·c(a b)/c(a) + (1 − λ)·(c(b) + ½)/(N + ½V), with λ = 0.6 when <c>a</c> was seen.
/// A pair never crosses a line break or a mark that <see cref="SentenceBoundaries.IsContextBreak"/> names (a sentence end, a colon, a bracket).</para>
/// </remarks>
public sealed class ContextModel
{
    private const double Lambda = 0.6;
    private const string Header = "azctx 1";

    /// <summary>The manifest name of the embedded model (data/context/az.azctx).</summary>
    internal const string ResourceName = "AzNormalize.Correction.az.azctx";

    private static readonly Lazy<ContextModel> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    // The vocabulary in ordinal order; a word's id is its index. Pairs are keys (left id << 32 | right id), sorted.
    private readonly string[] _words;
    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _idLookup;
    private readonly int[] _unigrams;
    private readonly long[] _pairKeys;
    private readonly int[] _pairCounts;
    private readonly long[] _leftTotals;
    private readonly int[] _leftStarts; // the pairs of left word i are _pairKeys[_leftStarts[i].._leftStarts[i + 1]]
    private readonly long _tokens;

    // A combination (Combine): this model's own counts are empty, and its probabilities mix the two parts.
    private readonly ContextModel? _primary;
    private readonly ContextModel? _secondary;
    private readonly double _primaryWeight;

    private ContextModel(string[] words, int[] unigrams, long[] pairKeys, int[] pairCounts, string source)
    {
        _words = words;
        _unigrams = unigrams;
        _pairKeys = pairKeys;
        _pairCounts = pairCounts;
        Source = source;
        _ids = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (int i = 0; i < words.Length; i++)
        {
            _ids.Add(words[i], i);
        }

        _idLookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _leftTotals = new long[words.Length];
        _leftStarts = new int[words.Length + 1];
        for (int i = 0; i < pairKeys.Length; i++)
        {
            int left = (int)(pairKeys[i] >>> 32);
            _leftTotals[left] += pairCounts[i];
            _leftStarts[left + 1]++;
        }

        for (int i = 0; i < words.Length; i++)
        {
            _leftStarts[i + 1] += _leftStarts[i];
        }

        foreach (int count in unigrams)
        {
            _tokens += count;
        }
    }

    private ContextModel(ContextModel primary, ContextModel secondary, double primaryWeight)
        : this([], [], [], [], string.Concat(primary.Source, " + ", secondary.Source))
    {
        _primary = primary;
        _secondary = secondary;
        _primaryWeight = primaryWeight;
    }

    /// <summary>
    /// The model the library ships (data/context/az.azctx; provenance in data/README.md): word and word-pair counts of the
    /// shippable running text, pruned. Loaded on first use, once, thread-safely.
    /// </summary>
    /// <exception cref="InvalidDataException">The embedded model is missing or corrupt (a broken build).</exception>
    public static ContextModel Default => s_default.Value;

    /// <summary>Where the counts come from.</summary>
    public string Source { get; }

    /// <summary>Distinct words seen (of the first part, for a combination).</summary>
    public int VocabularySize => _primary?.VocabularySize ?? _words.Length;

    /// <summary>Word tokens seen (of the first part, for a combination).</summary>
    public long TokenCount => _primary?.TokenCount ?? _tokens;

    /// <summary>Distinct word pairs seen (of the first part, for a combination).</summary>
    public int PairCount => _primary?.PairCount ?? _pairKeys.Length;

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

    /// <summary>
    /// A model whose probabilities are <paramref name="primaryWeight"/>·P₁ + (1 − <paramref name="primaryWeight"/>)·P₂: a model of
    /// your own text (<paramref name="primary"/>) interpolated with a broader one (<see cref="Default"/>), so that what your text
    /// never showed still has the broader model's evidence. Counts (<see cref="GetCount"/>, <see cref="GetPairCount"/>) are the sums.
    /// </summary>
    /// <param name="primary">The first model (usually your own).</param>
    /// <param name="secondary">The second model (usually <see cref="Default"/>).</param>
    /// <param name="primaryWeight">The first model's weight, between 0 and 1. Default: 0.5.</param>
    public static ContextModel Combine(ContextModel primary, ContextModel secondary, double primaryWeight = 0.5)
    {
        ArgumentNullException.ThrowIfNull(primary);
        ArgumentNullException.ThrowIfNull(secondary);
        ArgumentOutOfRangeException.ThrowIfLessThan(primaryWeight, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(primaryWeight, 1.0);
        return new ContextModel(primary, secondary, primaryWeight);
    }

    /// <summary>A model of the given counts (for <see cref="ContextModelBuilder"/>).</summary>
    internal static ContextModel FromCounts(Dictionary<string, int> unigrams, Dictionary<(string, string), int> bigrams, string source = "trained")
    {
        string[] words = [.. unigrams.Keys];
        Array.Sort(words, StringComparer.Ordinal);
        var ids = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        int[] counts = new int[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            ids.Add(words[i], i);
            counts[i] = unigrams[words[i]];
        }

        var keys = new long[bigrams.Count];
        var pairCounts = new int[bigrams.Count];
        int k = 0;
        foreach (((string left, string right), int count) in bigrams)
        {
            keys[k] = Key(ids[left], ids[right]);
            pairCounts[k++] = count;
        }

        Array.Sort(keys, pairCounts);
        return new ContextModel(words, counts, keys, pairCounts, source);
    }

    /// <summary>A model of counts already in the compact form (the artifact reader): words sorted, keys sorted.</summary>
    internal static ContextModel FromArrays(string[] words, int[] unigrams, long[] pairKeys, int[] pairCounts, string source) =>
        new(words, unigrams, pairKeys, pairCounts, source);

    /// <summary>How often <paramref name="word"/> (lowercase) was seen.</summary>
    public int GetCount(ReadOnlySpan<char> word)
    {
        if (_primary is not null)
        {
            return _primary.GetCount(word) + _secondary!.GetCount(word);
        }

        return _idLookup.TryGetValue(word, out int id) ? _unigrams[id] : 0;
    }

    /// <summary>How often <paramref name="right"/> was seen right after <paramref name="left"/> (both lowercase).</summary>
    public int GetPairCount(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (_primary is not null)
        {
            return _primary.GetPairCount(left, right) + _secondary!.GetPairCount(left, right);
        }

        if (!_ids.TryGetValue(left, out int a) || !_ids.TryGetValue(right, out int b))
        {
            return 0;
        }

        return CountOfPair(a, b);
    }

    /// <summary>How often word <paramref name="right"/> was seen right after word <paramref name="left"/> (ids): a search among the left word's pairs alone.</summary>
    private int CountOfPair(int left, int right)
    {
        int from = _leftStarts[left];
        int index = Array.BinarySearch(_pairKeys, from, _leftStarts[left + 1] - from, Key(left, right));
        return index >= 0 ? _pairCounts[index] : 0;
    }

    /// <summary>Whether this model combines two others (<see cref="Combine"/>): it has no word ids of its own.</summary>
    internal bool IsCombined => _primary is not null;

    /// <summary>The id of <paramref name="word"/> (lowercase) in this model's words, or -1 when it never saw it; not for a combined model.</summary>
    internal int Id(ReadOnlySpan<char> word)
    {
        ThrowIfCombined();
        return _idLookup.TryGetValue(word, out int id) ? id : -1;
    }

    /// <summary>
    /// log₁₀ of how much likelier the word <paramref name="candidate"/> is after <paramref name="previous"/> and before
    /// <paramref name="next"/> than alone, by ids (<see cref="Id"/>, -1 for a word never seen): the previous word's part is
    /// zero when it is absent or never seen, the next word's when <paramref name="hasNext"/> is false. The same figures as
    /// from <see cref="LogProbability"/> over the words, each word looked up once by its caller.
    /// </summary>
    internal double Lift(int previous, int candidate, int next, bool hasNext)
    {
        ThrowIfCombined();
        double lift = previous < 0 ? 0 : Math.Log10(Probability(previous, candidate)) - Math.Log10(Probability(-1, candidate));
        if (hasNext)
        {
            lift += Math.Log10(Probability(candidate, next)) - Math.Log10(Probability(-1, next));
        }

        return lift;
    }

    /// <summary>
    /// log₁₀ P(<paramref name="candidate"/> | <paramref name="previous"/>) + log₁₀ P(<paramref name="next"/> | <paramref name="candidate"/>)
    /// by ids (<see cref="Id"/>, -1 for a word never seen or no previous word), the second part only when
    /// <paramref name="hasNext"/>: the same figure as from <see cref="LogProbability"/> over the words.
    /// </summary>
    internal double Score(int previous, int candidate, int next, bool hasNext)
    {
        ThrowIfCombined();
        return Math.Log10(Probability(previous, candidate)) + (hasNext ? Math.Log10(Probability(candidate, next)) : 0);
    }

    /// <summary>The interpolated probability of word <paramref name="word"/> after word <paramref name="previous"/>, by ids: -1 for no previous word (or one never seen), or a word never seen.</summary>
    private double Probability(int previous, int word)
    {
        double unigram = ((word < 0 ? 0 : _unigrams[word]) + 0.5) / (_tokens + (0.5 * (_words.Length + 1)));
        if (previous < 0 || _leftTotals[previous] == 0)
        {
            return unigram;
        }

        double bigram = (double)(word < 0 ? 0 : CountOfPair(previous, word)) / _leftTotals[previous];
        return (Lambda * bigram) + ((1 - Lambda) * unigram);
    }

    /// <summary>log₁₀ P(<paramref name="word"/> | <paramref name="previous"/>); <paramref name="previous"/> null at a sentence start.</summary>
    public double LogProbability(string? previous, string word) => Math.Log10(Probability(previous, word));

    private double Probability(string? previous, string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (_primary is not null)
        {
            return (_primaryWeight * _primary.Probability(previous, word)) + ((1 - _primaryWeight) * _secondary!.Probability(previous, word));
        }

        return Probability(previous is null ? -1 : Id(previous), Id(word));
    }

    /// <summary>
    /// P(<paramref name="right"/> | <paramref name="left"/>) by the pair counts alone, and how often <paramref name="left"/> was
    /// followed by anything (0, and a probability of 0, when never); a combination mixes the parts that saw the left word.
    /// </summary>
    internal double BigramProbability(string left, string right, out double leftTotal)
    {
        if (_primary is not null)
        {
            double p1 = _primary.BigramProbability(left, right, out double t1);
            double p2 = _secondary!.BigramProbability(left, right, out double t2);
            leftTotal = t1 + t2;
            return (t1, t2) switch
            {
                ( > 0, > 0) => (_primaryWeight * p1) + ((1 - _primaryWeight) * p2),
                ( > 0, _) => p1,
                _ => p2,
            };
        }

        if (!_ids.TryGetValue(left, out int id) || _leftTotals[id] == 0)
        {
            leftTotal = 0;
            return 0;
        }

        leftTotal = _leftTotals[id];
        return (double)GetPairCount(left, right) / leftTotal;
    }

    /// <summary>The words seen right after <paramref name="left"/>.</summary>
    internal IReadOnlyList<string> Followers(string left)
    {
        if (_primary is not null)
        {
            var union = new List<string>(_primary.Followers(left));
            var seen = new HashSet<string>(union, StringComparer.Ordinal);
            foreach (string word in _secondary!.Followers(left))
            {
                if (seen.Add(word))
                {
                    union.Add(word);
                }
            }

            return union;
        }

        if (!_ids.TryGetValue(left, out int id))
        {
            return [];
        }

        int start = LowerBound(Key(id, 0));
        int end = LowerBound(Key(id + 1, 0));
        var followers = new List<string>(end - start);
        for (int i = start; i < end; i++)
        {
            followers.Add(_words[(int)(_pairKeys[i] & 0xFFFF_FFFF)]);
        }

        return followers;
    }

    /// <summary>A model without the pairs seen fewer than <paramref name="minPairCount"/> times, and the words no kept pair and no <paramref name="minWordCount"/> occurrences support.</summary>
    internal ContextModel Prune(int minPairCount, int minWordCount)
    {
        ThrowIfCombined();
        var keep = new bool[_words.Length];
        for (int i = 0; i < _words.Length; i++)
        {
            keep[i] = _unigrams[i] >= minWordCount;
        }

        for (int i = 0; i < _pairKeys.Length; i++)
        {
            if (_pairCounts[i] >= minPairCount)
            {
                keep[(int)(_pairKeys[i] >>> 32)] = true;
                keep[(int)(_pairKeys[i] & 0xFFFF_FFFF)] = true;
            }
        }

        var unigrams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _words.Length; i++)
        {
            if (keep[i])
            {
                unigrams.Add(_words[i], _unigrams[i]);
            }
        }

        var bigrams = new Dictionary<(string, string), int>();
        for (int i = 0; i < _pairKeys.Length; i++)
        {
            if (_pairCounts[i] >= minPairCount)
            {
                bigrams.Add((_words[(int)(_pairKeys[i] >>> 32)], _words[(int)(_pairKeys[i] & 0xFFFF_FFFF)]), _pairCounts[i]);
            }
        }

        return FromCounts(unigrams, bigrams, Source);
    }

    /// <summary>Writes the model as text: a header line, then <c>word TAB count</c> and <c>word word TAB count</c> lines.</summary>
    /// <exception cref="InvalidOperationException">The model is a combination (<see cref="Combine"/>): save its parts.</exception>
    public void Save(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ThrowIfCombined();
        writer.Write(Header);
        writer.Write('\n');
        for (int i = 0; i < _words.Length; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{_words[i]}\t{_unigrams[i]}\n"));
        }

        // Keys are sorted by left id then right id, and ids follow ordinal order: pairs come out in ordinal order.
        for (int i = 0; i < _pairKeys.Length; i++)
        {
            string left = _words[(int)(_pairKeys[i] >>> 32)];
            string right = _words[(int)(_pairKeys[i] & 0xFFFF_FFFF)];
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{left} {right}\t{_pairCounts[i]}\n"));
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

        // A pair's words are words of the model even when the file lists no count of their own.
        foreach ((string left, string right) in bigrams.Keys)
        {
            unigrams.TryAdd(left, 0);
            unigrams.TryAdd(right, 0);
        }

        return FromCounts(unigrams, bigrams, name);
    }

    /// <summary>The compact arrays, for the artifact writer.</summary>
    internal (string[] Words, int[] Unigrams, long[] PairKeys, int[] PairCounts) ToArrays()
    {
        ThrowIfCombined();
        return (_words, _unigrams, _pairKeys, _pairCounts);
    }

    private static long Key(int left, int right) => ((long)left << 32) | (uint)right;

    private int LowerBound(long key)
    {
        int index = Array.BinarySearch(_pairKeys, key);
        return index >= 0 ? index : ~index;
    }

    private void ThrowIfCombined()
    {
        if (_primary is not null)
        {
            throw new InvalidOperationException("A combined context model has no counts of its own: save or prune each of its parts.");
        }
    }

    private static ContextModel LoadDefault()
    {
        Assembly assembly = typeof(ContextModel).Assembly;
        using Stream stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"The embedded context model '{ResourceName}' is missing from {assembly.GetName().Name}: the build did not embed data/context/az.azctx.");
        return ContextArtifact.Read(stream, ResourceName);
    }
}
