using System.Text;

namespace AzNormalize.Tests.Normalization;

/// <summary>Reads Data/normalization-cases.tsv.</summary>
public static class NormalizationCase
{
    public static TheoryData<string, string, string, string> Load(string fileName)
    {
        var data = new TheoryData<string, string, string, string>();
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
            if (columns.Length != 4)
            {
                throw new InvalidDataException($"line {lineNumber} of {fileName}: expected 'name<TAB>input<TAB>expected<TAB>kinds', found {columns.Length} columns");
            }

            data.Add(columns[0], Unescape(columns[1]), Unescape(columns[2]), columns[3]);
        }

        return data;
    }

    public static string Unescape(string text) => AzNormalize.InvariantCheck.Report.Unescape(text);
}
