using System.Text;
using AzNormalize.Evaluation.Infrastructure;

namespace AzNormalize.Evaluation.Vocabulary;

/// <summary>
/// Asks the <c>hunspell</c> program (Debian's <c>hunspell</c> package) with a dictionary, many words per process: the
/// words go to its standard input one per line, and <c>-L</c> prints back the input lines that hold a misspelled word.
/// (<c>-l</c> prints the misspelled words after hunspell's own splitting, which breaks compounds at hyphens; <c>-L</c>
/// maps every answer back to the word asked.) Not thread-safe: answers are cached as they are learnt.
/// </summary>
internal sealed class HunspellOracle
{
    /// <summary>What to tell a user who has no hunspell.</summary>
    public const string InstallHint = "apt-get install -y hunspell";

    private static readonly Dictionary<string, string> s_environment = new(StringComparer.Ordinal)
    {
        ["LANG"] = "C.UTF-8",
        ["LC_ALL"] = "C.UTF-8",
    };

    private readonly string _executable;
    private readonly string _dictionary;
    private readonly Dictionary<string, bool> _answers = new(StringComparer.Ordinal);

    private HunspellOracle(string executable, string dictionary, string version)
    {
        _executable = executable;
        _dictionary = dictionary;
        Version = version;
    }

    /// <summary>The program's version, e.g. <c>Hunspell 1.7.1 (Debian package 1.7.1-7)</c>.</summary>
    public string Version { get; }

    /// <summary>
    /// An oracle on the dictionary <paramref name="dictionary"/> (the path of <c>.aff</c> and <c>.dic</c> without the
    /// extension) that has already asked about <paramref name="words"/>; null, with a message on <paramref name="log"/>,
    /// when hunspell or the dictionary is missing.
    /// </summary>
    public static HunspellOracle? TryCreate(string dictionary, IEnumerable<string> words, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(log);
        if (!File.Exists(dictionary + ".aff") || !File.Exists(dictionary + ".dic"))
        {
            log.WriteLine($"note: {dictionary}.aff/.dic is absent; the oracle 'Hunspell az (Mozilla)' is skipped.");
            return null;
        }

        if (ChildProcess.FindOnPath("hunspell") is not { } executable)
        {
            log.WriteLine($"note: the program 'hunspell' is not installed; the oracle 'Hunspell az (Mozilla)' is skipped. Install it with: {InstallHint}");
            return null;
        }

        var oracle = new HunspellOracle(executable, dictionary, DescribeVersion(executable));
        oracle.Ask(words);
        return oracle;
    }

    /// <summary>Whether hunspell accepts <paramref name="word"/> (case as written: hunspell accepts a capitalised or all-capitals form of a lowercase word, not the reverse).</summary>
    public bool IsKnown(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (!_answers.TryGetValue(word, out bool known))
        {
            Ask([word]);
            known = _answers[word];
        }

        return known;
    }

    /// <summary>Asks about every word not asked yet, in one process.</summary>
    private void Ask(IEnumerable<string> words)
    {
        var input = new StringBuilder();
        var asked = new List<string>();
        foreach (string word in words)
        {
            if (_answers.ContainsKey(word))
            {
                continue;
            }

            if (word.Length == 0 || word.AsSpan().IndexOfAny('\n', '\r') >= 0)
            {
                _answers[word] = false; // not a word: no line can ask about it
                continue;
            }

            _answers[word] = true;
            asked.Add(word);
            input.Append(word).Append('\n');
        }

        if (asked.Count == 0)
        {
            return;
        }

        ChildProcessResult result = ChildProcess.Run(_executable, ["-d", _dictionary, "-i", "utf-8", "-L"], input.ToString(), s_environment);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"hunspell -d {_dictionary} exited with code {result.ExitCode}: {result.Error.Trim()}");
        }

        foreach (string line in result.Output.Split('\n'))
        {
            if (line.Length > 0 && _answers.ContainsKey(line))
            {
                _answers[line] = false;
            }
        }
    }

    private static string DescribeVersion(string executable)
    {
        // "@(#) International Ispell Version 3.2.06 (but really Hunspell 1.7.1)"
        string? banner = ChildProcess.TryRunForOutput(executable, ["-v"]);
        string version = "hunspell";
        if (banner is not null)
        {
            string firstLine = banner.Split('\n')[0];
            int really = firstLine.IndexOf("Hunspell ", StringComparison.Ordinal);
            version = really >= 0 ? firstLine[really..].TrimEnd(')', ' ') : firstLine;
        }

        if (ChildProcess.FindOnPath("dpkg-query") is { } dpkg
            && ChildProcess.TryRunForOutput(dpkg, ["-W", "-f=${Version}", "hunspell"]) is { Length: > 0 } package)
        {
            version += $" (Debian package hunspell {package})";
        }

        return version;
    }
}
