using System.Text;

namespace AzNormalize.Tests.Tokenization;

/// <summary>Reads Data/tokens.txt: "= input" then "Kind&lt;TAB&gt;text" lines, cases separated by blank lines.</summary>
internal static class TokenCaseData
{
    private const string RelativePath = "Tokenization/Data/tokens.txt";

    public static TheoryData<string, string> Load()
    {
        string path = FindFile();
        var data = new TheoryData<string, string>();
        string? input = null;
        var expected = new List<string>();
        var concatenated = new StringBuilder();
        int caseLine = 0;
        string[] lines = File.ReadAllLines(path, Encoding.UTF8);
        for (int i = 0; i <= lines.Length; i++)
        {
            string line = i < lines.Length ? lines[i] : string.Empty;
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.Length == 0)
            {
                if (input is not null)
                {
                    if (concatenated.ToString() != TokenTestText.Unescape(input))
                    {
                        throw new InvalidDataException($"line {caseLine} of {RelativePath}: the expected tokens do not concatenate to the input.");
                    }

                    data.Add(input, string.Join('\n', expected));
                }

                input = null;
                expected.Clear();
                concatenated.Clear();
                continue;
            }

            if (line.StartsWith("= ", StringComparison.Ordinal))
            {
                input = line[2..];
                caseLine = i + 1;
                continue;
            }

            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (input is null || tab < 0)
            {
                throw new InvalidDataException($"line {i + 1} of {RelativePath}: expected 'Kind<TAB>text' after a '= input' line.");
            }

            string text = TokenTestText.Unescape(line[(tab + 1)..]);
            concatenated.Append(text);
            expected.Add(line[..tab] + "\t" + TokenTestText.Escape(text));
        }

        return data;
    }

    /// <summary>
    /// The data file: beside the test assembly when the project copies it there, else in the source tree above the test
    /// assembly's folder (the project's Data glob covers only its top-level Data folder).
    /// </summary>
    private static string FindFile()
    {
        string beside = Path.Combine(AppContext.BaseDirectory, RelativePath);
        if (File.Exists(beside))
        {
            return beside;
        }

        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "tests", "AzNormalize.Tests", RelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{RelativePath} was found neither beside the test assembly nor in the source tree above it.");
    }
}
