using System.Globalization;
using System.Text;
using AzNormalize.Tokenization;

namespace AzNormalize.Cli.Commands;

/// <summary>What a <c>fix</c> run did, counted from several threads: files, words, edits by kind.</summary>
internal sealed class FixSummary
{
    private readonly Lock _lock = new();
    private readonly string _unit;

    /// <summary>Creates a summary that counts inputs as <paramref name="unit"/>s (<c>file</c>, or <c>record</c> for JSON Lines).</summary>
    public FixSummary(string unit = "file")
    {
        _unit = unit;
    }

    private readonly int[] _editsByKind = new int[Enum.GetValues<EditKind>().Length];
    private int _files;
    private int _changed;
    private int _failed;
    private long _words;

    /// <summary>Counts one cleaned input.</summary>
    public void Add(string original, FixResult result)
    {
        long words = 0;
        foreach (Token token in Tokenizer.Tokenize(original))
        {
            if (token.Kind == TokenKind.Word)
            {
                words++;
            }
        }

        lock (_lock)
        {
            _files++;
            _changed += result.Changed ? 1 : 0;
            _words += words;
            foreach (Edit edit in result.Edits)
            {
                _editsByKind[(int)edit.Kind]++;
            }
        }
    }

    /// <summary>Counts one input that could not be read or whose output could not be written: neither its words nor its edits count.</summary>
    public void AddFailed()
    {
        lock (_lock)
        {
            _files++;
            _failed++;
        }
    }

    /// <summary>One line on stderr: <c>aznorm: 12 files (3 changed), 8,421 words, 45 edits (Hyphenation 30, …) in 0.4 s</c>, with <c>, 1 failed</c> after <c>changed</c> when inputs failed.</summary>
    public void Write(CliContext context, TimeSpan elapsed)
    {
        var line = new StringBuilder();
        int total = 0;
        var kinds = new List<string>();
        lock (_lock)
        {
            foreach (EditKind kind in Enum.GetValues<EditKind>())
            {
                int count = _editsByKind[(int)kind];
                total += count;
                if (count > 0)
                {
                    kinds.Add(string.Create(CultureInfo.InvariantCulture, $"{kind} {count:N0}"));
                }
            }

            line.Append(CultureInfo.InvariantCulture, $"{_files:N0} {_unit}{(_files == 1 ? "" : "s")} ({_changed:N0} changed");
            if (_failed > 0)
            {
                line.Append(CultureInfo.InvariantCulture, $", {_failed:N0} failed");
            }

            line.Append(CultureInfo.InvariantCulture, $"), {_words:N0} words, {total:N0} edit{(total == 1 ? "" : "s")}");
        }

        if (kinds.Count > 0)
        {
            line.Append(" (").AppendJoin(", ", kinds).Append(')');
        }

        line.Append(CultureInfo.InvariantCulture, $" in {elapsed.TotalSeconds:0.0} s");
        context.Error(line.ToString());
    }
}
