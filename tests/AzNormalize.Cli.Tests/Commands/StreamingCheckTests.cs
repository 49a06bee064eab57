using System.Text;
using AzNormalize.Cli.Commands;
using AzNormalize.Cli.Tests.Infrastructure;
using FluentAssertions;

namespace AzNormalize.Cli.Tests.Commands;

/// <summary><c>aznorm check --stream</c>: chunked checking in bounded memory, the same findings as whole-input mode.</summary>
public sealed class StreamingCheckTests
{
    /// <summary>
    /// Three chunks and more of one sentence over many lines, each line starting with an unknown capitalised word (a name
    /// in mid-sentence, an unknown word at a sentence start) and holding text elements of two code units: every chunk is
    /// cut at a line break inside the sentence, and its first word is judged by what came before.
    /// </summary>
    private static string LargeText()
    {
        var builder = new StringBuilder();
        while (builder.Length < 3 * StreamingFixer.ChunkChars)
        {
            builder.Append("Dikkətə sözünü yazdılar, sonra bölmləri də i\u0307ki dəfə açdılar və\n");
        }

        return builder.Append("bitdi.\n").ToString();
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("github")]
    public void Stream_LargeInput_GivesTheWholeInputsFindings(string format)
    {
        string text = LargeText();

        CliRun whole = CliRun.Piped(text, "check", "--format", format, "--min-confidence", "0");
        CliRun streamed = CliRun.Piped(text, "check", "--format", format, "--min-confidence", "0", "--stream");

        whole.ExitCode.Should().Be((int)ExitCode.Findings, whole.Stderr);
        streamed.ExitCode.Should().Be((int)ExitCode.Findings, streamed.Stderr);
        streamed.StdoutText.Should().Be(whole.StdoutText);
        streamed.StdoutText.Should().Contain("UnknownName").And.Contain("UnknownWord");
    }

    [Fact]
    public void Stream_Json_StartsAreOffsetsInTheWholeInput()
    {
        string text = LargeText();

        CliRun streamed = CliRun.Piped(text, "check", "--format", "json", "--stream");

        string last = streamed.StdoutText.TrimEnd('\n').Split('\n')[^1];
        using var record = System.Text.Json.JsonDocument.Parse(last);
        int start = record.RootElement.GetProperty("start").GetInt32();
        int length = record.RootElement.GetProperty("length").GetInt32();
        start.Should().BeGreaterThan(2 * StreamingFixer.ChunkChars, "the last finding lies in a later chunk");
        text.Substring(start, length).Should().Be(record.RootElement.GetProperty("word").GetString());
    }

    [Fact]
    public void Stream_CleanInput_ExitsWithSuccess()
    {
        CliRun run = CliRun.Piped("Deputatlar bu gün qərar qəbul etdilər.\n", "check", "--stream");

        run.ExitCode.Should().Be((int)ExitCode.Success, run.Stderr);
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Stream_InvalidUtf8Late_StopsWithItsByteOffsetAfterTheFindingsBefore()
    {
        byte[] good = Encoding.UTF8.GetBytes(LargeText());
        byte[] input = [.. good, 0xFF, (byte)'a'];

        CliRun run = CliRun.Piped(input, "check", "--stream");

        run.ExitCode.Should().Be((int)ExitCode.InputError);
        run.Stderr.Should().Contain($"<stdin>: invalid UTF-8 at byte {good.Length}");
        run.StdoutText.Should().Contain("bölmləri", "the chunks before the bad byte were reported");
    }

    [Theory]
    [InlineData("--diff")]
    [InlineData("--format", "sarif")]
    public void Stream_WithAnOptionThatNeedsTheWholeInput_IsAUsageError(params string[] option)
    {
        CliRun run = CliRun.Piped("dikkətə\n", ["check", "--stream", .. option]);

        run.ExitCode.Should().Be((int)ExitCode.Usage);
        run.Stderr.Should().Contain("--stream goes with neither --diff nor --format sarif");
    }

    [Theory]
    [InlineData("check")]
    [InlineData("fix")]
    public void Stream_ABlockOfIgnoreMarkersOverAChunkCut_IsHonouredAsInAWholeRun(string command)
    {
        // The block opens in the first chunk and closes in the third: the chunks between are left alone.
        string text = LargeText();
        int third = text.Length / 3;
        int open = text.IndexOf('\n', third / 2) + 1;
        int close = text.IndexOf('\n', 2 * third + (third / 2)) + 1;
        string marked = text[..open] + "aznorm-disable\n" + text[open..close] + "aznorm-enable\n" + text[close..];

        CliRun whole = CliRun.Piped(marked, command, "--stream", "false");
        CliRun streamed = CliRun.Piped(marked, command, "--stream");

        streamed.ExitCode.Should().Be(whole.ExitCode, streamed.Stderr);
        streamed.StdoutText.Should().Be(whole.StdoutText);
        streamed.StdoutText.Should().NotBe(CliRun.Piped(text, command, "--stream").StdoutText, "the markers protect text that is otherwise changed or reported");
    }

    [Fact]
    public void Stream_BinaryFile_IsRefusedAsInAWholeRun()
    {
        using var temp = new TempDirectory();
        string path = Path.Combine(temp.Path, "data.txt");
        File.WriteAllBytes(path, [(byte)'a', 0, (byte)'b', (byte)'\n']);

        CliRun streamed = CliRun.Start("check", "--stream", path);

        streamed.ExitCode.Should().Be((int)ExitCode.InputError);
        streamed.Stderr.Should().Contain("looks like a binary file (it has a NUL byte), not UTF-8 text");
    }
}
