using System.Text;
using AzNormalize.Cli.Commands;
using AzNormalize.Cli.Tests.Infrastructure;
using FluentAssertions;

namespace AzNormalize.Cli.Tests.Commands;

/// <summary><c>aznorm fix --stream</c>: chunked cleaning in bounded memory, the same output as whole-input mode.</summary>
public sealed class StreamingFixerTests
{
    private static string LargeText()
    {
        var builder = new StringBuilder();
        int paragraph = 0;
        while (builder.Length < 3 * StreamingFixer.ChunkChars)
        {
            builder.Append("Məclisin bölm\u04D9si bu gün qərar qəbul etdi və gücləndi-\nrilməsi vacibdir, dedi sədr tərəﬁndən. ");
            if (++paragraph % 7 == 0)
            {
                builder.Append("\n\n");
            }
        }

        return builder.Append('\n').ToString();
    }

    [Fact]
    public void Stream_LargeInput_GivesTheWholeInputOutput()
    {
        string text = LargeText();

        CliRun whole = CliRun.Piped(text, "fix", "--layout", "full");
        CliRun streamed = CliRun.Piped(text, "fix", "--layout", "full", "--stream");

        streamed.ExitCode.Should().Be((int)ExitCode.Success, streamed.Stderr);
        streamed.Stdout.Should().Equal(whole.Stdout);
        streamed.StdoutText.Should().NotContain("\u04D9").And.NotContain("gücləndi-");
    }

    [Fact]
    public void Stream_InvalidUtf8Late_StopsWithItsByteOffsetAfterTheTextBefore()
    {
        byte[] good = Encoding.UTF8.GetBytes(LargeText());
        byte[] input = [.. good, 0xFF, (byte)'a'];

        CliRun run = CliRun.Piped(input, "fix", "--stream");

        run.ExitCode.Should().Be((int)ExitCode.InputError);
        run.Stderr.Should().Contain($"<stdin>: invalid UTF-8 at byte {good.Length}");
        run.Stdout.Length.Should().BeGreaterThan(0, "the chunks before the bad byte were written");
    }

    [Theory]
    [InlineData(1000, new byte[] { 0xFF, 0x63 })] // a byte no sequence starts with
    [InlineData(65535, new byte[] { 0xC3, 0x28 })] // a sequence cut by the first 64 KiB read, made invalid by the byte after
    [InlineData(70000, new byte[] { 0xE2, 0x82 })] // a sequence the input ends in
    [InlineData(65535, new byte[] { 0xFF, 0x63 })] // an invalid byte a read ends with: the byte after it is in the next read
    [InlineData(70000, new byte[] { 0xFF })] // an invalid byte the input ends with
    public void Stream_InvalidUtf8_IsDescribedAsInAWholeRun(int at, byte[] bad)
    {
        using var folder = new TempDirectory();
        byte[] text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("Bu gun yaxsi gundur. ", 5000)));
        byte[] input = [.. text.AsSpan(0, at), .. bad, .. (at == 70000 ? [] : text.AsSpan(at, 100))];
        string file = folder.File("bad.txt", input);

        CliRun whole = CliRun.Start("fix", "--stream", "false", file);
        CliRun streamed = CliRun.Start("fix", "--stream", file);

        whole.ExitCode.Should().Be((int)ExitCode.InputError);
        streamed.ExitCode.Should().Be((int)ExitCode.InputError);
        whole.Stderr.Should().Contain($"invalid UTF-8 at byte {at} ({string.Join(' ', bad.Select(b => $"0x{b:X2}"))}");
        streamed.Stderr.Should().Be(whole.Stderr);
    }

    [Theory]
    [InlineData(1000, false)] // within a read
    [InlineData(65534, false)] // the high surrogate ends the first 64 KiB read; the character after it starts the next
    [InlineData(65534, true)] // a pair cut by the read: no error, the text as a whole run reads it
    public void Stream_Utf16_AcrossReads_IsReadAsInAWholeRun(int at, bool paired)
    {
        using var folder = new TempDirectory();
        string before = string.Concat(Enumerable.Repeat("Bu gun yaxsi gundur. ", 5000))[..((at - 2) / 2)];
        string text = before + (paired ? "\uD835\uDD1E" : "\uD800") + "b yaxsi gundur.";
        string file = folder.File("utf16.txt", [0xFF, 0xFE, .. AzNormalize.Cli.Tests.Input.Utf16ChunkedTests.Units(text, bigEndian: false)]);

        CliRun whole = CliRun.Start("fix", "--stream", "false", file);
        CliRun streamed = CliRun.Start("fix", "--stream", file);

        streamed.ExitCode.Should().Be(whole.ExitCode);
        streamed.Stderr.Should().Be(whole.Stderr);
        streamed.Stdout.Should().Equal(whole.Stdout);
        if (!paired)
        {
            whole.Stderr.Should().Contain($"invalid UTF-16 at byte {at} (an unpaired surrogate, 0xD800)");
        }
    }

    [Fact]
    public void Stream_ByteOrderMark_IsDropped()
    {
        CliRun run = CliRun.Piped([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("bölm\u04D9\n")], "fix", "--stream");

        run.StdoutText.Should().Be("bölmə\n");
    }
}
