using System.Text;

namespace AzNormalize.Tests.Normalization;

/// <summary>Reads the case files of Normalization/Data: tab-separated columns, '#' comments and blank lines skipped.</summary>
public static class NormalizationCase
{
    /// <summary>Data/normalization-cases.tsv and the like: name, input, expected output, edit kinds.</summary>
    public static TheoryData<string, string, string, string> Load(string fileName)
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (string[] columns in Rows(fileName, 4))
        {
            data.Add(columns[0], Unescape(columns[1]), Unescape(columns[2]), columns[3]);
        }

        return data;
    }

    /// <summary>The rows of a case file, each with exactly <paramref name="columnCount"/> columns.</summary>
    /// <exception cref="InvalidDataException">A row has another number of columns; the message names the line.</exception>
    public static IEnumerable<string[]> Rows(string fileName, int columnCount)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Normalization", "Data", fileName);
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] columns = line.Split('\t');
            if (columns.Length != columnCount)
            {
                throw new InvalidDataException($"line {lineNumber} of {fileName}: {columns.Length} columns, expected {columnCount}");
            }

            yield return columns;
        }
    }

    public static string Unescape(string text) => AzNormalize.InvariantCheck.Report.Unescape(text);
}
