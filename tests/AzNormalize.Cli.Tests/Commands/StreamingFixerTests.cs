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

    [Fact]
    public void Stream_ByteOrderMark_IsDropped()
    {
        CliRun run = CliRun.Piped([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("bölm\u04D9\n")], "fix", "--stream");

        run.StdoutText.Should().Be("bölmə\n");
    }
}
