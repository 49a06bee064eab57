using System.Globalization;
using System.Text;
using AzNormalize.Correction;

namespace AzNormalize.Lexicon;

/// <summary>How a list given to <see cref="AzDictionary.WithListFile"/> is read.</summary>
public enum DictionaryListFormat
{
    /// <summary>Counts when every non-blank line is <c>term count</c> (a whole number), words otherwise.</summary>
    Detect,

    /// <summary>One word per line.</summary>
    Words,

    /// <summary>One <c>term count</c> per line (the SymSpell format: a space or tab between, a whole number).</summary>
    Counts,
}

/// <summary>
/// A user's words and counts in one place: the embedded lexicon plus word lists, frequency lists and a context model of
/// one's own. Given as <see cref="AzNormalizerOptions.Dictionary"/>, it reaches every stage: the Cyrillic converter and the
/// look-alike rules ask it which reading is a word, layout repair which join is, the corrector which words are known, how
/// frequent, and in what company.
/// </summary>
/// <remarks>Immutable and thread-safe: each <c>With…</c> returns a new dictionary.</remarks>
/// <example>
/// <code>
/// AzDictionary mine = AzDictionary.Default
///     .WithWords(["Friman", "Brexit"])
///     .WithListFile("names.txt")            // one word per line, or "term count" lines: detected
///     .WithFrequencyFile("counts.txt");     // "term count" lines, declared
/// var pipeline = new AzNormalizer(new AzNormalizerOptions { Dictionary = mine });
/// </code>
/// </example>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "A dictionary of words (the user's word for it, and the CLI's --dictionary), not a collection type.")]
public sealed class AzDictionary
{
    private readonly Lazy<AzMorphology> _morphology;

    private AzDictionary(AzLexicon lexicon, ContextModel? context)
    {
        Lexicon = lexicon;
        Context = context;
        _morphology = new(() => ReferenceEquals(lexicon, AzLexicon.Default) ? AzMorphology.Default : new AzMorphology(lexicon), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The embedded lexicon and no context model of one's own (the corrector still uses the embedded one).</summary>
    public static AzDictionary Default { get; } = new(AzLexicon.Default, null);

    /// <summary>The words and counts: the embedded ones and the lists added.</summary>
    public AzLexicon Lexicon { get; }

    /// <summary>The morphology over <see cref="Lexicon"/> (an inflected form of a word added is known too).</summary>
    public AzMorphology Morphology => _morphology.Value;

    /// <summary>A context model of one's own, interpolated with the embedded one by the corrector; null for none.</summary>
    public ContextModel? Context { get; }

    /// <summary>This dictionary with <paramref name="words"/> added (any case; each must be one word).</summary>
    /// <exception cref="LexiconFormatException">An entry is not one word.</exception>
    public AzDictionary WithWords(IEnumerable<string> words, string name = "words")
    {
        ArgumentNullException.ThrowIfNull(words);
        return new(Lexicon.WithWordList(new StringReader(string.Join('\n', words)), name), Context);
    }

    /// <summary>This dictionary with a word list (one word per line, UTF-8) added.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="LexiconFormatException">A line holds more than one word; the message names the file and the line.</exception>
    public AzDictionary WithWordListFile(string path) => new(Lexicon.WithWordListFile(path), Context);

    /// <summary>This dictionary with a frequency list (<c>term count</c> per line, UTF-8) added: counts of the same word add up.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="LexiconFormatException">A line is not <c>term count</c>; the message names the file and the line.</exception>
    public AzDictionary WithFrequencyFile(string path) => new(Lexicon.WithFrequencyFile(path), Context);

    /// <summary>This dictionary with a list added, read as <paramref name="format"/> says (detected by default).</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="LexiconFormatException">A line does not fit the format.</exception>
    public AzDictionary WithListFile(string path, DictionaryListFormat format = DictionaryListFormat.Detect)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (format == DictionaryListFormat.Detect)
        {
            format = DetectFormat(path);
        }

        return format == DictionaryListFormat.Counts ? WithFrequencyFile(path) : WithWordListFile(path);
    }

    /// <summary>This dictionary with <paramref name="context"/> as its own context model (replacing any earlier one).</summary>
    public AzDictionary WithContextModel(ContextModel context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(Lexicon, context);
    }

    /// <summary>
    /// <see cref="DictionaryListFormat.Counts"/> when every non-blank line of the file is <c>term count</c> (a space or tab
    /// and a whole number), <see cref="DictionaryListFormat.Words"/> otherwise (a line of two words then fails as a word list,
    /// naming the line).
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static DictionaryListFormat DetectFormat(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The lexicon list '{Path.GetFullPath(path)}' does not exist.", path);
        }

        bool any = false;
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            ReadOnlySpan<char> text = line.AsSpan().Trim();
            if (text.IsEmpty)
            {
                continue;
            }

            any = true;
            int space = text.IndexOfAny(' ', '\t');
            if (space <= 0 || !long.TryParse(text[(space + 1)..].TrimStart(), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                return DictionaryListFormat.Words;
            }
        }

        return any ? DictionaryListFormat.Counts : DictionaryListFormat.Words;
    }
}
