using System.Text;
using AzNormalize.Tokenization;

namespace AzNormalize.Training;

/// <summary>A training document: paragraphs of running text, and where it came from.</summary>
/// <param name="Source">The file it was read from.</param>
/// <param name="Paragraphs">Its paragraphs.</param>
internal sealed record Document(string Source, IReadOnlyList<string> Paragraphs)
{
    /// <summary>The document as one text, paragraphs parted by blank lines.</summary>
    public string Text => string.Join("\n\n", Paragraphs);
}

/// <summary>
/// Reads training text into documents of about <see cref="DocumentWords"/> words: wrapped text (paragraphs parted by blank
/// lines, a line-end hyphen before a lowercase letter joined) or one sentence per line.
/// </summary>
internal static class TrainingText
{
    /// <summary>About how many words a document holds.</summary>
    public const int DocumentWords = 300;

    /// <summary>A paragraph needs this many words to be used.</summary>
    public const int MinParagraphWords = 5;

    /// <summary>Reads <paramref name="path"/> (a file, or every *.txt under a folder, in ordinal order).</summary>
    public static List<Document> Read(string path, bool linePerSentence)
    {
        IEnumerable<string> files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [path];
        var documents = new List<Document>();
        foreach (string file in files)
        {
            string text = File.ReadAllText(file, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
            IEnumerable<string> paragraphs = linePerSentence ? text.Split('\n') : Paragraphs(text);
            var current = new List<string>();
            int words = 0;
            foreach (string paragraph in paragraphs)
            {
                string trimmed = paragraph.Trim();
                int count = CountWords(trimmed);
                if (count < MinParagraphWords || !MostlyLetters(trimmed))
                {
                    continue;
                }

                current.Add(trimmed);
                words += count;
                if (words >= DocumentWords)
                {
                    documents.Add(new Document(file, current));
                    current = [];
                    words = 0;
                }
            }

            if (current.Count > 0)
            {
                documents.Add(new Document(file, current));
            }
        }

        return documents;
    }

    private static IEnumerable<string> Paragraphs(string text)
    {
        var builder = new StringBuilder();
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || (line[0] == '[' && line[^1] == ']'))
            {
                // A blank line or a page marker ([12]) ends a paragraph.
                if (builder.Length > 0)
                {
                    yield return builder.ToString();
                    builder.Clear();
                }

                continue;
            }

            if (builder.Length > 0)
            {
                bool broken = builder[^1] == '-' && builder.Length > 1 && char.IsLetter(builder[^2]) && char.IsLower(line[0]);
                if (broken)
                {
                    builder.Length--;
                }
                else
                {
                    builder.Append(' ');
                }
            }

            builder.Append(line);
        }

        if (builder.Length > 0)
        {
            yield return builder.ToString();
        }
    }

    private static int CountWords(string text)
    {
        int count = 0;
        foreach (Token token in Tokenizer.Tokenize(text))
        {
            count += token.Kind == TokenKind.Word ? 1 : 0;
        }

        return count;
    }

    private static bool MostlyLetters(string text)
    {
        int letters = 0;
        foreach (char c in text)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= text.Length * 0.6;
    }
}
