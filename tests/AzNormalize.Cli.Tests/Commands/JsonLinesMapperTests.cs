using System.Text;
using System.Text.Json;
using AzNormalize.Cli.Tests.Infrastructure;
using FluentAssertions;

namespace AzNormalize.Cli.Tests.Commands;

/// <summary><c>aznorm fix --input-format jsonl</c>, the streaming mapper.</summary>
public sealed class JsonLinesMapperTests
{
    [Fact]
    public void Jsonl_ObjectsStringsAndBlankLines_OneOutputLinePerInputLine()
    {
        const string input = "{\"id\":1,\"text\":\"bölm\u04D9\",\"lang\":\"az\"}\n\n\"salam\"\n{\"text\":\"ok\",\"edits\":[1,2]}\n";

        CliRun run = CliRun.Piped(input, "fix", "--input-format", "jsonl");

        run.ExitCode.Should().Be((int)ExitCode.Success, run.Stderr);
        string[] lines = run.StdoutText.Split('\n');
        lines.Should().HaveCount(5, "four input lines, each ending in a line feed");
        using (JsonDocument first = JsonDocument.Parse(lines[0]))
        {
            first.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("id", "text", "lang", "edits");
            first.RootElement.GetProperty("text").GetString().Should().Be("bölmə");
            first.RootElement.GetProperty("id").GetInt32().Should().Be(1);
            first.RootElement.GetProperty("edits")[0].GetProperty("kind").GetString().Should().Be("LookAlike");
        }

        lines[1].Should().BeEmpty();
        lines[2].Should().Be("{\"text\":\"salam\",\"edits\":[]}");
        lines[3].Should().Be("{\"text\":\"ok\",\"edits\":[]}", "an input's own edits field is replaced");
    }

    [Fact]
    public void Jsonl_CarriageReturns_OnlyLineFeedsEndRecords()
    {
        // JSON Lines ends records at \n (a \r before it belongs to the ending); a lone \r is JSON white space, not a record.
        const string input = "\"bir\"\r\n\r\r\n{\"text\":\"iki\"}\r{\"id\":3}\n\"üç\"";

        CliRun run = CliRun.Piped(input, "fix", "--input-format", "jsonl");

        run.ExitCode.Should().Be((int)ExitCode.InputError, "a lone \\r does not end a record, so the third line holds two objects");
        run.Stderr.Should().Contain("<stdin>: line 3: ");
        run.StdoutText.Should().Be("{\"text\":\"bir\",\"edits\":[]}\n\n", "one output line per input line: the blank second line stays one line");
    }

    [Fact]
    public void Jsonl_ManyRecordsWithJobs_KeepOrder()
    {
        var input = new StringBuilder();
        for (int i = 0; i < 1000; i++)
        {
            input.Append("{\"n\":").Append(i).Append(",\"text\":\"bölm\u04D9 ").Append(i).Append("\"}\n");
        }

        CliRun run = CliRun.Piped(input.ToString(), "fix", "--input-format", "jsonl", "--jobs", "2");

        run.ExitCode.Should().Be((int)ExitCode.Success);
        string[] lines = run.StdoutText.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(1000);
        for (int i = 0; i < 1000; i += 97)
        {
            using JsonDocument line = JsonDocument.Parse(lines[i]);
            line.RootElement.GetProperty("n").GetInt32().Should().Be(i);
            line.RootElement.GetProperty("text").GetString().Should().Be($"bölmə {i}");
        }
    }

    [Fact]
    public void Jsonl_LoneSurrogateEscapes_EveryRecordWrittenWithItsSurrogatesKept()
    {
        // "\ud800" alone is legal JSON (scraped text is full of such halves of emoji); System.Text.Json cannot turn it into a string.
        const string input =
            "{\"id\":1,\"text\":\"bölm\u04D9\"}\n" +
            "{\"id\":2,\"text\":\"bölm\u04D9 \\ud800 və\"}\n" +
            "{\"id\":3,\"\\udc00\":[\"\\udc00\"],\"text\":\"salam\"}\n" +
            "\"\\ud83d\"\n" +
            "{\"id\":5,\"text\":\"son\"}\n";

        CliRun run = CliRun.Piped(input, "fix", "--input-format", "jsonl", "--jobs", "1");

        run.ExitCode.Should().Be((int)ExitCode.Success, run.Stderr);
        string[] lines = run.StdoutLines;
        lines.Should().HaveCount(5, "one output line per record, none dropped");
        lines[0].Should().StartWith("{\"id\":1,\"text\":\"bölmə\",\"edits\":[{\"start\":4,\"length\":1,");
        lines[1].Should().StartWith("{\"id\":2,\"text\":\"bölmə \\uD800 və\",\"edits\":[{\"start\":4,\"length\":1,", "the record is cleaned and its lone surrogate kept");
        lines[2].Should().Be("{\"id\":3,\"\\udc00\":[\"\\udc00\"],\"text\":\"salam\",\"edits\":[]}", "other fields are kept as written");
        lines[3].Should().Be("{\"text\":\"\\uD83D\",\"edits\":[]}");
        lines[4].Should().Be("{\"id\":5,\"text\":\"son\",\"edits\":[]}");
        foreach (string line in lines)
        {
            using JsonDocument document = JsonDocument.Parse(line); // each line is still one JSON object
            document.RootElement.ValueKind.Should().Be(JsonValueKind.Object);
        }
    }

    [Fact]
    public void Jsonl_ByteOrderMark_IsDroppedAndTheFirstRecordRead()
    {
        byte[] input = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"id\":1,\"text\":\"salam\"}\n\"iki\"\n")];
        using var temp = new TempDirectory();
        string path = temp.File("records.jsonl", input);

        CliRun piped = CliRun.Piped(input, "fix", "--input-format", "jsonl");
        CliRun file = CliRun.Start("fix", "--input-format", "jsonl", path);

        foreach (CliRun run in new[] { piped, file })
        {
            run.ExitCode.Should().Be((int)ExitCode.Success, run.Stderr);
            run.StdoutText.Should().Be("{\"id\":1,\"text\":\"salam\",\"edits\":[]}\n{\"text\":\"iki\",\"edits\":[]}\n");
        }
    }

    [Fact]
    public void Jsonl_Utf16_IsRefusedAsNotUtf8WithAHint()
    {
        byte[] input = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("\"salam\"\n")];

        CliRun run = CliRun.Piped(input, "fix", "--input-format", "jsonl");

        run.ExitCode.Should().Be((int)ExitCode.InputError);
        run.Stderr.Should().Contain("<stdin>: UTF-16").And.Contain("JSON Lines must be UTF-8");
        run.Stdout.Should().BeEmpty();
    }

    [Theory]
    [InlineData("{\"text\":1}", "expected a JSON object")]
    [InlineData("[1,2]", "expected a JSON object")]
    [InlineData("{not json", "not JSON")]
    public void Jsonl_BadLine_StopsWithItsLineNumber(string bad, string message)
    {
        CliRun run = CliRun.Piped("\"bir\"\n" + bad + "\n\"üç\"\n", "fix", "--input-format", "jsonl");

        run.ExitCode.Should().Be((int)ExitCode.InputError);
        run.Stderr.Should().Contain("<stdin>: line 2: " + message);
        run.StdoutText.Should().Be("{\"text\":\"bir\",\"edits\":[]}\n", "lines before the bad one were already streamed");
    }

    [Fact]
    public void Jsonl_WithInPlace_IsAUsageError()
    {
        CliRun.Start("fix", "--input-format", "jsonl", "--in-place", "a.jsonl").ExitCode.Should().Be((int)ExitCode.Usage);
        CliRun.Piped("\"a\"", "fix", "--input-format", "jsonl", "--format", "diff").ExitCode.Should().Be((int)ExitCode.Usage);
    }
}
