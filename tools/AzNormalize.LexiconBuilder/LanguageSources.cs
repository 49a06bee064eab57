using System.Globalization;
using System.Text;
using AzNormalize.Text;

namespace AzNormalize.LexiconBuilder;

/// <summary>
/// Readers for the shippable sources the builder merges into the Debian list (data/README.md): the LocalDoc word counts,
/// the AzeLexicon headwords and the frequency-ordered tesseract langdata word list.
/// </summary>
internal static class LanguageSources
{
    private static readonly System.Buffers.SearchValues<char> s_notInHeadword = System.Buffers.SearchValues.Create(" \t()[],;./");

    /// <summary>
    /// Reads a <c>term count</c> list (LocalDoc's SymSpell dictionary): terms normalized like the raw list (NFC, ligatures,
    /// look-alikes folded: the list spells 13 words with Cyrillic ә) and lowered with <see cref="AzCasing"/>; counts of terms
    /// that meet are added.
    /// </summary>
    /// <exception cref="InvalidDataException">A line is not <c>term count</c>; the message names the file and line.</exception>
    public static Dictionary<string, long> ReadCounts(string path)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        int number = 0;
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            string text = line.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            int space = text.IndexOfAny([' ', '\t']);
            if (space <= 0 || !long.TryParse(text.AsSpan(space + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long count))
            {
                throw new InvalidDataException($"line {number} of {path}: expected 'term count'");
            }

            string term = AzCasing.ToLower(LexiconCleaner.Normalize(text[..space]));
            counts[term] = counts.GetValueOrDefault(term) + count;
        }

        return counts;
    }

    /// <summary>
    /// The headwords of an orthographic dictionary list (AzeLexicon's <c>words.txt</c>) that are one word: trailing spaces
    /// trimmed; lines with inner spaces (multi-word expressions, words broken by PDF extraction: <c>açarlam a</c>) or
    /// parentheses (annotations) skipped. Casing is kept: the list writes proper nouns with a capital.
    /// </summary>
    public static List<string> ReadHeadwords(string path)
    {
        var words = new List<string>();
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            string text = line.Trim();
            if (text.Length == 0 || text.AsSpan().IndexOfAny(s_notInHeadword) >= 0)
            {
                continue;
            }

            words.Add(text);
        }

        return words;
    }

    /// <summary>
    /// The rank (1 = most frequent) of each lowercase form in a frequency-ordered word list (tesseract langdata's
    /// <c>aze.wordlist</c>): punctuation at the edges stripped (<c>ki,</c>, <c>idi.</c>), normalized and lowered; a form's
    /// rank is that of its first spelling.
    /// </summary>
    public static Dictionary<string, int> ReadRanks(string path)
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        int rank = 0;
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            rank++;
            string text = LexiconCleaner.Normalize(line.Trim());
            int start = 0;
            int end = text.Length;
            while (start < end && !char.IsLetter(text[start]))
            {
                start++;
            }

            while (end > start && !char.IsLetter(text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                ranks.TryAdd(AzCasing.ToLower(text[start..end]), rank);
            }
        }

        return ranks;
    }
}
