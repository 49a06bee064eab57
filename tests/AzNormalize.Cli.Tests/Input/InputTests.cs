using System.Text;
using AzNormalize.Cli.Tests.Infrastructure;
using FluentAssertions;

namespace AzNormalize.Cli.Tests.Input;

/// <summary>Reading inputs: UTF-8 whatever the console says, invalid bytes, byte order marks, missing files.</summary>
public sealed class InputTests
{
    private static readonly byte[] s_invalidAt1234 = [.. Encoding.ASCII.GetBytes(new string('a', 1234)), 0xC3, 0x28, (byte)'b'];

    [Theory]
    [InlineData("fix")]
    [InlineData("tokenize")]
    [InlineData("check")]
    public void Run_InvalidUtf8OnStdin_ExitsThreeNamingByteOffsetAndWritesNothing(string command)
    {
        CliRun run = CliRun.Piped(s_invalidAt1234, command);

        run.ExitCode.Should().Be((int)ExitCode.InputError);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Be(
            "aznorm: <stdin>: invalid UTF-8 at byte 1234 (0xC3 0x28); use --replace-invalid to replace such bytes with U+FFFD"
            + Environment.NewLine);
    }

    [Fact]
    public void Run_InvalidUtf8InLaterFile_WritesNothingEvenForEarlierInputs()
    {
        using var temp = new TempDirectory();
        string good = temp.File("good.txt", "salam");
        string bad = temp.File("bad.txt", [(byte)'a', (byte)'b', 0xFF, (byte)'c']);

        CliRun run = CliRun.Piped("stdin", "fix", good, "-", bad);

        run.ExitCode.Should().Be((int)ExitCode.InputError);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain($"{bad}: invalid UTF-8 at byte 2 (0xFF 0x63)");
    }

    [Fact]
    public void Run_TruncatedSequenceAtEnd_SaysSo()
    {
        CliRun run = CliRun.Piped([(byte)'a', 0xE2, 0x82], "fix");

        run.ExitCode.Should().Be((int)ExitCode.InputError);
        run.Stderr.Should().Contain("invalid UTF-8 at byte 1 (0xE2 0x82 at the end of the input)");
    }

    [Fact]
    public void Run_InvalidUtf8AfterBom_OffsetCountsTheBom()
    {
        CliRun run = CliRun.Piped([0xEF, 0xBB, 0xBF, (byte)'a', 0x80], "fix");

        run.Stderr.Should().Contain("invalid UTF-8 at byte 4 (0x80)");
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0xAF })] // Overlong "/".
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // An encoded surrogate.
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })] // Above U+10FFFF.
    public void Run_ForbiddenSequences_AreInvalid(byte[] bytes)
    {
        CliRun run = CliRun.Piped([(byte)'x', .. bytes], "fix");

        run.ExitCode.Should().Be((int)ExitCode.InputError);
        run.Stderr.Should().Contain("invalid UTF-8 at byte 1 (");
    }

    [Fact]
    public void Run_ReplaceInvalid_WritesReplacementCharacterAndGoesOn()
    {
        CliRun run = CliRun.Piped([(byte)'a', 0xC3, 0x28, (byte)'b', 0xFF], "fix", "--replace-invalid");

        run.ExitCode.Should().Be((int)ExitCode.Success);
        run.StdoutText.Should().Be("a\uFFFD(b\uFFFD");
        run.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Run_ReplaceInvalidTokenize_TokensCoverReplacement()
    {
        CliRun run = CliRun.Piped([(byte)'a', 0xFF], "tokenize", "--replace-invalid", "--format", "json");

        run.ExitCode.Should().Be((int)ExitCode.Success);
        string.Concat(Json.ParseLines(run.StdoutLines).Select(t => t.GetProperty("text").GetString())).Should().Be("a\uFFFD");
    }

    [Fact]
    public void Run_LeadingBom_IsDropped()
    {
        CliRun run = CliRun.Piped([0xEF, 0xBB, 0xBF, .. "ağ"u8], "fix");

        run.ExitCode.Should().Be((int)ExitCode.Success);
        run.Stdout.Should().Equal("ağ"u8.ToArray());
    }

    [Fact]
    public void Run_LeadingBomInEachFile_IsDroppedAndOffsetsStartAfterIt()
    {
        using var temp = new TempDirectory();
        string path = temp.File("bom.txt", [0xEF, 0xBB, 0xBF, .. "söz"u8]);

        CliRun run = CliRun.Piped("", "tokenize", path);

        run.StdoutLines.Should().Equal("Word\t0\t3\tsöz");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Fix_Utf16FileWithByteOrderMark_IsDecodedAndWrittenBackInItsEncoding(bool bigEndian)
    {
        var utf16 = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        using var temp = new TempDirectory();
        string path = temp.File("u.txt", [.. utf16.GetPreamble(), .. utf16.GetBytes("bölm\u04D9 və\r\nŞəki 😀\r\n")]);

        CliRun toStdout = CliRun.Start("fix", path);
        CliRun tokens = CliRun.Start("tokenize", path);
        CliRun inPlace = CliRun.Start("fix", "--in-place", path);

        toStdout.ExitCode.Should().Be((int)ExitCode.Success, toStdout.Stderr);
        toStdout.StdoutText.Should().Be("bölmə və\r\nŞəki 😀\r\n", "stdout is UTF-8, without a byte order mark");
        tokens.StdoutLines[0].Should().Be("Word\t0\t5\tbölm\u04D9", "offsets count from after the byte order mark");
        CliRun.Start("fix", "--stream", path).StdoutText.Should().Be(toStdout.StdoutText, "streaming reads UTF-16 too");
        inPlace.ExitCode.Should().Be((int)ExitCode.Success, inPlace.Stderr);
        File.ReadAllBytes(path).Should().Equal([.. utf16.GetPreamble(), .. utf16.GetBytes("bölmə və\r\nŞəki 😀\r\n")]);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8, 0x62, 0x00 }, "invalid UTF-16 at byte 4 (an unpaired surrogate, 0xD800)")]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x61, 0xDC, 0x00 }, "invalid UTF-16 at byte 4 (an unpaired surrogate, 0xDC00)")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61, 0x00, 0x62 }, "invalid UTF-16 at byte 4 (an odd byte at the end of the input)")]
    public void Fix_InvalidUtf16_ExitsThreeNamingTheByte(byte[] bytes, string message)
    {
        using var temp = new TempDirectory();
        string path = temp.File("u.txt", bytes);

        CliRun run = CliRun.Start("fix", path);
        CliRun replaced = CliRun.Start("fix", "--replace-invalid", path);

        run.ExitCode.Should().Be((int)ExitCode.InputError);
        run.Stderr.Should().Contain($"{path}: {message}");
        run.Stdout.Should().BeEmpty();
        replaced.ExitCode.Should().Be((int)ExitCode.Success, replaced.Stderr);
        replaced.StdoutText.Should().Contain("\uFFFD");
    }

    [Fact]
    public void Run_OnlyBom_GivesEmptyOutput()
    {
        CliRun run = CliRun.Piped([0xEF, 0xBB, 0xBF], "fix");

        run.ExitCode.Should().Be((int)ExitCode.Success);
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Run_NoBomInOutput()
    {
        CliRun run = CliRun.Piped("ə", "fix");

        run.Stdout.Should().Equal("ə"u8.ToArray());
    }

    [Fact]
    public void Run_MissingFile_ExitsThreeNamingPathAndWritesNothing()
    {
        using var temp = new TempDirectory();
        string good = temp.File("good.txt", "salam");
        string missing = Path.Combine(temp.Path, "yoxdur.txt");

        CliRun run = CliRun.Start("fix", good, missing);

        run.ExitCode.Should().Be((int)ExitCode.InputError);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Be($"aznorm: {missing}: no such file{Environment.NewLine}");
    }

    [Fact]
    public void Run_MissingDirectory_ExitsThreeNamingPath()
    {
        CliRun run = CliRun.Start("tokenize", "/no/such/dir/file.txt");

        run.ExitCode.Should().Be((int)ExitCode.InputError);
        run.Stderr.Should().Contain("/no/such/dir/file.txt: no such file");
    }

    [Fact]
    public void Run_DirectoryWithoutTextFiles_ExitsThreeNamingPath()
    {
        using var temp = new TempDirectory();

        CliRun run = CliRun.Start("fix", temp.Path);

        run.ExitCode.Should().Be((int)ExitCode.InputError);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain($"{temp.Path}: is a directory");
    }

    [Fact]
    public void Run_AzerbaijaniLettersThroughStdinAndStdout_RoundTripByteExact()
    {
        byte[] input = Encoding.UTF8.GetBytes(Samples.AzerbaijaniLetters + "\n" + Samples.CleanAzerbaijani);

        CliRun run = CliRun.Piped(input, "fix");

        run.Stdout.Should().Equal(input);
    }

    [Fact]
    public void Run_DecomposedLettersAndAstralCharacters_OffsetsCoverInputExactly()
    {
        const string Text = "s\u0327e\u0308 😀 𝔞";

        CliRun json = CliRun.Piped(Text, "tokenize", "--format", "json");
        CliRun text = CliRun.Piped(Text, "tokenize");

        int position = 0;
        foreach (System.Text.Json.JsonElement token in Json.ParseLines(json.StdoutLines))
        {
            token.GetProperty("start").GetInt32().Should().Be(position);
            position += token.GetProperty("length").GetInt32();
        }

        position.Should().Be(Text.Length);
        text.StdoutText.Should().Contain("s\u0327").And.Contain("e\u0308");
    }
}
