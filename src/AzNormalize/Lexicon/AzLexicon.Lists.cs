using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using AzNormalize.Text;

namespace AzNormalize.Lexicon;

public sealed partial class AzLexicon
{
    private const string FrequencyLineExpected = "'term count' with a whole-number count";
    private const string WordLineExpected = "one word per line";

    /// <summary>
    /// A new lexicon with this one's words and those of a frequency list in the SymSpell format: one <c>term count</c>
    /// per line (a space or tab between), counts whole numbers. Terms are lowered with <see cref="AzCasing"/> and
    /// normalized to NFC; counts of terms that meet after lowering are added. Blank lines are skipped.
    /// </summary>
    /// <param name="path">The list, UTF-8.</param>
    /// <exception cref="FileNotFoundException">The file does not exist; the message names the path.</exception>
    /// <exception cref="LexiconFormatException">A line is malformed; the message names the file, the line and what was expected.</exception>
    public AzLexicon WithFrequencyFile(string path)
    {
        using StreamReader reader = OpenList(path);
        return WithFrequencyList(reader, path);
    }

    /// <summary>As <see cref="WithFrequencyFile(string)"/>, reading from <paramref name="reader"/>.</summary>
    /// <param name="reader">The list.</param>
    /// <param name="listName">The list's name for error messages and <see cref="Source"/>.</param>
    /// <exception cref="LexiconFormatException">A line is malformed.</exception>
    public AzLexicon WithFrequencyList(TextReader reader, string listName) => Merge(reader, listName, withCounts: true);

    /// <summary>
    /// A new lexicon with this one's words and those of a plain word list: one word per line. Words are lowered with
    /// <see cref="AzCasing"/> and normalized to NFC. Blank lines are skipped.
    /// </summary>
    /// <param name="path">The list, UTF-8.</param>
    /// <exception cref="FileNotFoundException">The file does not exist; the message names the path.</exception>
    /// <exception cref="LexiconFormatException">A line holds more than one word.</exception>
    public AzLexicon WithWordListFile(string path)
    {
        using StreamReader reader = OpenList(path);
        return WithWordList(reader, path);
    }

    /// <summary>As <see cref="WithWordListFile(string)"/>, reading from <paramref name="reader"/>.</summary>
    /// <param name="reader">The list.</param>
    /// <param name="listName">The list's name for error messages and <see cref="Source"/>.</param>
    /// <exception cref="LexiconFormatException">A line holds more than one word.</exception>
    public AzLexicon WithWordList(TextReader reader, string listName) => Merge(reader, listName, withCounts: false);

    private static StreamReader OpenList(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The lexicon list '{Path.GetFullPath(path)}' does not exist.", path);
        }

        return new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
    }

    private AzLexicon Merge(TextReader reader, string listName, bool withCounts)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(listName);

        var changes = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            ReadOnlySpan<char> text = line.AsSpan();
            if (lineNumber == 1 && text.StartsWith('\uFEFF'))
            {
                text = text[1..]; // a byte order mark a TextReader did not remove
            }

            text = text.Trim();
            if (text.IsEmpty)
            {
                continue;
            }

            int space = text.IndexOfAny(' ', '\t');
            ReadOnlySpan<char> term = space < 0 ? text : text[..space];
            long count = 0;
            if (withCounts)
            {
                ReadOnlySpan<char> rest = space < 0 ? [] : text[(space + 1)..].TrimStart();
                if (rest.IsEmpty || !long.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out count))
                {
                    throw new LexiconFormatException(listName, lineNumber, FrequencyLineExpected, line);
                }
            }
            else if (space >= 0)
            {
                throw new LexiconFormatException(listName, lineNumber, WordLineExpected, line);
            }

            string word = AzCasing.ToLower(term.ToString().Normalize(NormalizationForm.FormC));
            ref LexiconEntry entry = ref CollectionsMarshal.GetValueRefOrAddDefault(changes, word, out bool seen);
            if (!seen && _store.IndexOf(word) is int index and >= 0)
            {
                entry = _store.Entry(index);
            }

            long total = entry.Count + count;
            // A counted word is a listed lowercase form, not a free stem: counts say how common a word is (a frequency list
            // holds typos and ASCII-typed forms at low counts too), so it takes suffixes only as the lexicon's own forms do.
            WordAttributes added = withCounts ? WordAttributes.SeenLowercase : WordAttributes.UserSupplied;
            entry = new LexiconEntry(entry.Attributes | added, total < entry.Count ? long.MaxValue : total);
        }

        return new AzLexicon(_store.With(changes), string.Concat(Source, " + ", listName), _chains);
    }
}
