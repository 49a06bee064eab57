using System.Buffers;
using System.Text;
using AzNormalize.Cli.Output;
using FluentAssertions;

namespace AzNormalize.Cli.Tests.Output;

public sealed class TextEscapingTests
{
    [Theory]
    [InlineData("salam", "salam")]
    [InlineData("ə ı İ ş ç ğ ö ü", "ə ı İ ş ç ğ ö ü")]
    [InlineData("\n", "\\n")]
    [InlineData("\r\n", "\\r\\n")]
    [InlineData("\t", "\\t")]
    [InlineData("a\\b", "a\\\\b")]
    [InlineData("\u0000\u001F\u007F", "\\u0000\\u001F\\u007F")]
    [InlineData("\u0085\u2028\u2029", "\\u0085\\u2028\\u2029")]
    [InlineData("\f", "\\u000C")]
    [InlineData("😀", "😀")]
    [InlineData("\u00AD\u200B", "\u00AD\u200B")]
    public void WriteEscaped_Text_EscapesOnlyWhatBreaksALine(string text, string expected)
    {
        Escape(text).Should().Be(expected);
    }

    [Fact]
    public void WriteEscaped_UnpairedSurrogates_AreEscaped()
    {
        Escape("a\uD800b\uDC00").Should().Be("a\\uD800b\\uDC00");
        Escape("\uD800").Should().Be("\\uD800");
    }

    private static string Escape(string text)
    {
        var output = new ArrayBufferWriter<byte>();
        TextEscaping.WriteEscaped(output, text);
        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(output.WrittenSpan);
    }
}
