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

    [Fact]
    public void Stream_ByteOrderMark_IsDropped()
    {
        CliRun run = CliRun.Piped([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("bölm\u04D9\n")], "fix", "--stream");

        run.StdoutText.Should().Be("bölmə\n");
    }
}
