using System.Text;
using AzNormalize.Evaluation.Infrastructure;
using AzNormalize.Lexicon;
using AzNormalize.Text;
using AzNormalize.Tokenization;

namespace AzNormalize.Evaluation.Pairs;

/// <summary>Replaces words of a text one by one, keeping everything between them.</summary>
internal static class WordReplacer
{
    /// <summary><paramref name="text"/> with each word token replaced by what <paramref name="replace"/> returns (null keeps it).</summary>
    public static string Replace(string text, Func<string, string?> replace)
    {
        var builder = new StringBuilder(text.Length);
        foreach (Token token in Tokenizer.Tokenize(text))
        {
            string piece = token.GetText(text).ToString();
            builder.Append(token.Kind == TokenKind.Word ? replace(piece) ?? piece : piece);
        }

        return builder.ToString();
    }
}

/// <summary>
/// The plain edit-distance corrector the issue asks for as a baseline, of our own: a lowercase word of three letters or more
/// that <see cref="AzMorphology.Default"/> does not know is replaced by the first word of the embedded lexicon one edit
/// away (a swapped pair, then a substituted, a dropped, an added letter, in alphabet order). No error model, no
/// frequencies, no context: what a corrector without Azerbaijani knowledge does.
/// </summary>
internal static class PlainEditDistanceCorrector
{
    /// <summary>Corrects <paramref name="text"/>.</summary>
    public static string Correct(string text) => WordReplacer.Replace(text, CorrectWord);

    private static string? CorrectWord(string word)
    {
        if (word.Length < 3 || AzCasing.GetShape(word) != CaseShape.Lower || AzMorphology.Default.IsKnown(word))
        {
            return null;
        }

        AzLexicon lexicon = AzLexicon.Default;
        char[] buffer = word.ToCharArray();
        for (int i = 0; i + 1 < buffer.Length; i++)
        {
            (buffer[i], buffer[i + 1]) = (buffer[i + 1], buffer[i]);
            if (lexicon.Contains(buffer))
            {
                return new string(buffer);
            }

            (buffer[i], buffer[i + 1]) = (buffer[i + 1], buffer[i]);
        }

        for (int i = 0; i < buffer.Length; i++)
        {
            char original = buffer[i];
            foreach (char letter in AzAlphabet.Lowercase)
            {
                buffer[i] = letter;
                if (letter != original && lexicon.Contains(buffer))
                {
                    return new string(buffer);
                }
            }

            buffer[i] = original;
        }

        for (int i = 0; i < word.Length; i++)
        {
            string dropped = word.Remove(i, 1);
            if (lexicon.Contains(dropped))
            {
                return dropped;
            }
        }

        for (int i = 0; i <= word.Length; i++)
        {
            foreach (char letter in AzAlphabet.Lowercase)
            {
                string added = word.Insert(i, letter.ToString());
                if (lexicon.Contains(added))
                {
                    return added;
                }
            }
        }

        return null;
    }
}

/// <summary>
/// Hunspell with the Mozilla Azerbaijani dictionary as a corrector, the peer most users have: each word it flags is
/// replaced by its first suggestion (<c>hunspell -a</c>, one process per batch of words, answers cached).
/// </summary>
internal sealed class HunspellCorrector
{
    private static readonly Dictionary<string, string> s_environment = new(StringComparer.Ordinal)
    {
        ["LANG"] = "C.UTF-8",
        ["LC_ALL"] = "C.UTF-8",
    };

    private readonly string _executable;
    private readonly string _dictionary;
    private readonly Dictionary<string, string?> _suggestions = new(StringComparer.Ordinal);

    private HunspellCorrector(string executable, string dictionary)
    {
        _executable = executable;
        _dictionary = dictionary;
    }

    /// <summary>A corrector on <paramref name="dictionary"/>, or null (with a note) when hunspell or the dictionary is missing.</summary>
    public static HunspellCorrector? TryCreate(string dictionary, TextWriter log)
    {
        if (!File.Exists(dictionary + ".aff") || !File.Exists(dictionary + ".dic"))
        {
            log.WriteLine($"note: {dictionary}.aff/.dic is absent; the Hunspell baseline is skipped.");
            return null;
        }

        if (ChildProcess.FindOnPath("hunspell") is not { } executable)
        {
            log.WriteLine("note: the program 'hunspell' is not installed; the Hunspell baseline is skipped. Install it with: apt-get install -y hunspell");
            return null;
        }

        return new HunspellCorrector(executable, dictionary);
    }

    /// <summary>Asks hunspell about every word of <paramref name="texts"/> it has not been asked about.</summary>
    public void Prepare(IEnumerable<string> texts)
    {
        var words = new List<string>();
        foreach (string text in texts)
        {
            foreach (Token token in Tokenizer.Tokenize(text))
            {
                string word = token.GetText(text).ToString();
                if (token.Kind == TokenKind.Word && _suggestions.TryAdd(word, null))
                {
                    words.Add(word);
                }
            }
        }

        if (words.Count == 0)
        {
            return;
        }

        // "^" makes hunspell take each line as text, never as a command; one answer (then a blank line) per line.
        var input = new StringBuilder();
        foreach (string word in words)
        {
            input.Append('^').Append(word).Append('\n');
        }

        ChildProcessResult result = ChildProcess.Run(_executable, ["-d", _dictionary, "-i", "utf-8", "-a"], input.ToString(), s_environment);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"hunspell -a exited with code {result.ExitCode}: {result.Error.Trim()}");
        }

        int index = 0;
        bool answered = false;
        foreach (string line in result.Output.Split('\n').Skip(1))
        {
            if (line.Length == 0)
            {
                if (answered)
                {
                    index++;
                    answered = false;
                }

                continue;
            }

            if (index >= words.Count)
            {
                break;
            }

            // A hyphenated word gets one answer per part: the first flagged part decides, with its suggestion.
            if (!answered && line[0] == '&')
            {
                int colon = line.IndexOf(": ", StringComparison.Ordinal);
                string first = line[(colon + 2)..].Split(", ")[0];
                string[] head = line.Split(' ');
                _suggestions[words[index]] = head.Length > 1 && head[1] == words[index] ? first : null;
            }

            answered = true;
        }
    }

    /// <summary>Corrects <paramref name="text"/>: every word hunspell flagged becomes its first suggestion.</summary>
    public string Correct(string text)
    {
        Prepare([text]);
        return WordReplacer.Replace(text, word => _suggestions.TryGetValue(word, out string? suggestion) ? suggestion : null);
    }
}
