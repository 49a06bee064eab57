using System.Text;
using AzNormalize.Cli.Input;
using FluentAssertions;

namespace AzNormalize.Cli.Tests.Input;

/// <summary><see cref="Utf16Decoding.Chunked"/>: UTF-16 read in pieces decodes as it does whole, errors included.</summary>
public sealed class Utf16ChunkedTests
{
    // Not theory data: a test runner's serialization would turn the lone surrogates into U+FFFD.
    private static readonly (string Text, bool BigEndian)[] s_inputs =
    [
        ("Bakı şəhəri 𝔞𝔟 sonda", false),
        ("Bakı şəhəri 𝔞𝔟 sonda", true),
        ("ab\uD800cd", false), // a high surrogate a character follows
        ("ab\uD800\uD801\uDC00", true), // a high surrogate another pair follows
        ("ab\uDC00cd", false), // a low surrogate alone
        ("abcd\uD800", true), // a high surrogate the input ends with
        ("abc", false), // (each with an odd byte added as well, below)
    ];

    [Fact]
    public void Decode_InPiecesOfAnySize_IsTheWholeDecoding()
    {
        foreach ((string text, bool bigEndian) in s_inputs)
        {
            Check(text, bigEndian);
        }
    }

    private static void Check(string text, bool bigEndian)
    {
        var source = new InputSource("in.txt");
        foreach (bool odd in new[] { false, true })
        {
            byte[] body = [.. Units(text, bigEndian), .. (odd ? new byte[] { 0x41 } : [])];
            byte[] input = [.. (bigEndian ? new byte[] { 0xFE, 0xFF } : [0xFF, 0xFE]), .. body];
            TextEncoding encoding = bigEndian ? TextEncoding.Utf16BigEndian : TextEncoding.Utf16LittleEndian;
            foreach (bool replace in new[] { false, true })
            {
                string expected = Outcome(() => Utf16Decoding.Decode(input, encoding, source, replace));
                foreach (int piece in new[] { 1, 2, 3, 5, 64 })
                {
                    Outcome(() => Chunked(body, piece, bigEndian, replace, source)).Should().Be(expected, $"{text.Length} chars, pieces of {piece} bytes, odd {odd}, replace {replace}");
                }
            }
        }
    }

    /// <summary>The text's UTF-16 code units as bytes, lone surrogates included (an encoder would replace them).</summary>
    internal static byte[] Units(string text, bool bigEndian) =>
        [.. text.SelectMany(c => bigEndian ? new[] { (byte)(c >> 8), (byte)c } : [(byte)c, (byte)(c >> 8)])];

    private static string Chunked(byte[] body, int piece, bool bigEndian, bool replace, InputSource source)
    {
        var decoder = new Utf16Decoding.Chunked(bigEndian, replace, source);
        var text = new StringBuilder();
        var chars = new char[piece + 2];
        for (int at = 0; at < body.Length; at += piece)
        {
            int length = Math.Min(piece, body.Length - at);
            text.Append(chars, 0, decoder.Decode(body.AsSpan(at, length), 2 + at, final: false, chars));
        }

        text.Append(chars, 0, decoder.Decode([], 2 + body.Length, final: true, chars));
        return text.ToString();
    }

    private static string Outcome(Func<string> decode)
    {
        try
        {
            return "text: " + decode();
        }
        catch (InputException e)
        {
            return "error: " + e.Message;
        }
    }
}
