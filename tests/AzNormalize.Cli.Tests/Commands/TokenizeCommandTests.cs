using System.Globalization;
using System.Text;
using System.Text.Json;
using AzNormalize.Cli.Tests.Infrastructure;
using AzNormalize.Tokenization;
using FluentAssertions;

namespace AzNormalize.Cli.Tests.Commands;

/// <summary><c>aznorm tokenize</c>, in both formats.</summary>
public sealed class TokenizeCommandTests
{
    private const string Mixed = "Salam, dünya!\tİki\r\nüç 2021-ci il\n\nBack\\slash \u2028 son";

    [Fact]
    public void Tokenize_Text_OneTokenPerLineKindStartLengthText()
    {
        CliRun run = CliRun.Piped("salam dünya\n", "tokenize");

        run.ExitCode.Should().Be((int)ExitCode.Success);
        run.StdoutLines.Should().Equal(
            "Word\t0\t5\tsalam",
            "Whitespace\t5\t1\t ",
            "Word\t6\t5\tdünya",
            "LineBreak\t11\t1\t\\n");
        run.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Tokenize_Text_MatchesLibraryTokensAndUnescapesBackToInput()
    {
        CliRun run = CliRun.Piped(Mixed, "tokenize");

        run.ExitCode.Should().Be((int)ExitCode.Success);
        List<Token> expected = Tokenizer.TokenizeToList(Mixed);
        string[] lines = run.StdoutLines;
        lines.Should().HaveCount(expected.Count);
        var rebuilt = new StringBuilder();
        for (int i = 0; i < lines.Length; i++)
        {
            string[] fields = lines[i].Split('\t');
            fields.Should().HaveCount(4, "text fields are escaped, so no tab or line break can split a record");
            fields[0].Should().Be(expected[i].Kind.ToString());
            int.Parse(fields[1], CultureInfo.InvariantCulture).Should().Be(expected[i].Start);
            int.Parse(fields[2], CultureInfo.InvariantCulture).Should().Be(expected[i].Length);
            int.Parse(fields[1], CultureInfo.InvariantCulture).Should().Be(rebuilt.Length);
            rebuilt.Append(Unescape(fields[3]));
        }

        rebuilt.ToString().Should().Be(Mixed);
    }

    [Fact]
    public void Tokenize_Json_EveryLineParsesAndOffsetsConcatenateBackToInput()
    {
        CliRun run = CliRun.Piped(Mixed + Samples.AzerbaijaniLetters, "tokenize", "--format", "json");

        run.ExitCode.Should().Be((int)ExitCode.Success);
        List<JsonElement> tokens = Json.ParseLines(run.StdoutLines);
        tokens.Should().NotBeEmpty();
        var rebuilt = new StringBuilder();
        foreach (JsonElement token in tokens)
        {
            token.TryGetProperty("path", out _).Should().BeFalse("one input needs no path");
            Enum.TryParse<TokenKind>(token.GetProperty("kind").GetString(), out _).Should().BeTrue();
            token.GetProperty("start").GetInt32().Should().Be(rebuilt.Length);
            string text = token.GetProperty("text").GetString()!;
            token.GetProperty("length").GetInt32().Should().Be(text.Length);
            rebuilt.Append(text);
        }

        rebuilt.ToString().Should().Be(Mixed + Samples.AzerbaijaniLetters);
    }

    [Fact]
    public void Tokenize_JsonSeveralInputs_EachTokenNamesItsPath()
    {
        using var temp = new TempDirectory();
        string path = temp.File("a.txt", "bir iki");

        CliRun run = CliRun.Piped("üç", "tokenize", "--format", "json", path, "-");

        run.ExitCode.Should().Be((int)ExitCode.Success);
        List<JsonElement> tokens = Json.ParseLines(run.StdoutLines);
        tokens.Should().HaveCount(4);
        tokens[0].GetProperty("path").GetString().Should().Be(path);
        tokens[2].GetProperty("path").GetString().Should().Be(path);
        tokens[3].GetProperty("path").ValueKind.Should().Be(JsonValueKind.Null);
        tokens[3].GetProperty("start").GetInt32().Should().Be(0, "offsets are per input");
        tokens[3].GetProperty("text").GetString().Should().Be("üç");
    }

    [Fact]
    public void Tokenize_TextSeveralInputs_EachLineStartsWithItsPath()
    {
        using var temp = new TempDirectory();
        string path = temp.File("a.txt", "bir");

        CliRun run = CliRun.Piped("iki", "tokenize", path, "-");

        run.ExitCode.Should().Be((int)ExitCode.Success);
        run.StdoutLines.Should().Equal($"{path}\tWord\t0\t3\tbir", "-\tWord\t0\t3\tiki");
    }

    [Fact]
    public void Tokenize_MegabyteWord_IsOneToken()
    {
        string word = new('ə', 1 << 20);

        CliRun run = CliRun.Piped(word, "tokenize", "--format", "json");

        run.ExitCode.Should().Be((int)ExitCode.Success);
        List<JsonElement> tokens = Json.ParseLines(run.StdoutLines);
        tokens.Should().ContainSingle().Which.GetProperty("text").GetString().Should().Be(word);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("az-Latn-AZ")]
    [InlineData("en-US")]
    [InlineData("")]
    public void Tokenize_AnyCurrentCulture_SameOutput(string cultureName)
    {
        byte[] expected = CliRun.Piped(Mixed + Samples.AzerbaijaniLetters, "tokenize").Stdout;
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(cultureName);
            CliRun run = CliRun.Piped(Mixed + Samples.AzerbaijaniLetters, "tokenize");

            run.Stdout.Should().Equal(expected);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    /// <summary>Undoes the text format's escaping (see TextEscaping).</summary>
    private static string Unescape(string field)
    {
        var text = new StringBuilder(field.Length);
        for (int i = 0; i < field.Length; i++)
        {
            if (field[i] != '\\')
            {
                text.Append(field[i]);
                continue;
            }

            char escape = field[++i];
            switch (escape)
            {
                case '\\': text.Append('\\'); break;
                case 't': text.Append('\t'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 'u':
                    text.Append((char)int.Parse(field.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: throw new FormatException($"Unknown escape \\{escape} in {field}");
            }
        }

        return text.ToString();
    }
}
