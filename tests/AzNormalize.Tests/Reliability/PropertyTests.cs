using System.Text;
using AzNormalize.Correction;
using AzNormalize.Normalization;
using AzNormalize.Tokenization;
using FluentAssertions;

namespace AzNormalize.Tests.Reliability;

/// <summary>
/// Properties over many generated inputs (seeded, so a failure names its case): random Unicode with lone surrogates,
/// combining marks, right-to-left and Cyrillic letters, control characters, very long words and lines, mixed line endings
/// and line-end hyphens, mixed into Azerbaijani text with typos. The tokenizer loses nothing; every pipeline's edits lie in
/// the input, are ordered and disjoint and name what they replace; fixing the fixed text changes nothing; nothing throws.
/// </summary>
public sealed class PropertyTests
{
    /// <summary>Inputs per property: 300, or AZNORM_PROPERTY_CASES (docs/reliability.md runs 10,000).</summary>
    private static readonly int Cases =
        int.TryParse(Environment.GetEnvironmentVariable("AZNORM_PROPERTY_CASES"), out int cases) && cases > 0 ? cases : 300;

    private static readonly string[] s_words =
    [
        "Azərbaycan", "respublikası", "prezident", "prezdent", "dikkət", "gücləndi-\nrilməsi", "elmi-\ntexniki", "vəbu",
        "universitetde", "ve", "muzakire", "Bakı", "şəhərində", "ABŞ-ın", "2021-ci", "qaldır dı", "VVashington", "bölmә",
        "tərəﬁndən", "İSTANBUL", "ıstanbul", "Trump’ın", "e-poçt", "www.gov.az", "10%-dən", "o", "ki", "sallayan",
    ];

    private static readonly string[] s_breaks = ["\n", "\r\n", "\r", "\n\n", "\u2028", "-\n", " -\n", "\n\n\n"];

    private static readonly AzNormalizer[] s_pipelines =
    [
        AzNormalizer.Default,
        new(new AzNormalizerOptions { Spelling = new SpellingOptions { Edits = true } }),
        new(new AzNormalizerOptions
        {
            Layout = new LayoutOptions { Mode = LayoutMode.Full },
            Spelling = new SpellingOptions { Edits = true, Decoder = SpellingDecoder.Sentence, Weights = CorrectionWeights.HandSet },
        }),
    ];

    /// <summary>One generated input.</summary>
    internal static string Generate(int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        int pieces = 1 + random.Next(40);
        for (int p = 0; p < pieces; p++)
        {
            switch (random.Next(12))
            {
                case 0:
                    text.Append((char)(0xD800 + random.Next(0x800))); // a lone surrogate, high or low
                    break;
                case 1:
                    text.Append((char)(0x0300 + random.Next(0x70))); // a combining mark, perhaps with nothing to combine with
                    break;
                case 2:
                    text.Append((char)(random.Next(2) == 0 ? 0x0590 + random.Next(0x170) : 0x0400 + random.Next(0x100))); // RTL or Cyrillic
                    break;
                case 3:
                    text.Append((char)(random.Next(3) == 0 ? 0x7F + random.Next(0x21) : random.Next(0x20))); // a control character
                    break;
                case 4:
                    text.Append(random.Next(2) == 0 ? "\u200B\u00AD\uFEFF" : "😀👍🏽");
                    break;
                case 5:
                    text.Append(new string((char)('a' + random.Next(26)), 1 + random.Next(3000))); // a very long word
                    break;
                case 6:
                    text.Append(s_breaks[random.Next(s_breaks.Length)]);
                    break;
                case 7:
                    text.Append((char)random.Next(0x20, 0x3000));
                    break;
                default:
                    string word = s_words[random.Next(s_words.Length)];
                    text.Append(word).Append(random.Next(6) == 0 ? ", " : " ");
                    break;
            }
        }

        return text.ToString();
    }

    [Fact]
    public void Tokenizer_IsLossless()
    {
        for (int seed = 0; seed < Cases; seed++)
        {
            string text = Generate(seed);
            var joined = new StringBuilder(text.Length);
            int end = 0;
            foreach (Token token in Tokenizer.Tokenize(text))
            {
                token.Start.Should().Be(end, $"seed {seed}: tokens are contiguous");
                joined.Append(token.GetText(text));
                end = token.End;
            }

            joined.ToString().Should().Be(text, $"seed {seed}");
        }
    }

    [Fact]
    public void Fix_NeverThrows_AndItsEditsLieInTheInput_OrderedAndDisjoint()
    {
        for (int seed = 0; seed < Cases; seed++)
        {
            string text = Generate(seed);
            foreach (AzNormalizer pipeline in s_pipelines)
            {
                FixResult result = pipeline.Fix(text);
                int end = 0;
                foreach (Edit edit in result.Edits)
                {
                    edit.Start.Should().BeGreaterThanOrEqualTo(end, $"seed {seed}: ordered, disjoint");
                    (edit.Start + edit.Length).Should().BeLessThanOrEqualTo(text.Length, $"seed {seed}");
                    text.Substring(edit.Start, edit.Length).Should().Be(edit.Original, $"seed {seed}");
                    edit.Confidence.Should().BeInRange(0, 1, $"seed {seed}");
                    edit.Reason.Should().NotBeNullOrWhiteSpace($"seed {seed}");
                    end = edit.Start + edit.Length;
                }

                EditList.Apply(text, result.Edits).Should().Be(result.Text, $"seed {seed}: the text is what the edits make");
            }
        }
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(c is < ' ' or (>= '\u007F' and <= '\u00A0') or '\u2028' or '\u00AD' or (>= '\uD800' and <= '\uDFFF') ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return builder.ToString();
    }

    [Fact]
    public void Fix_OfFixedText_ChangesNothing()
    {
        var unstable = new List<string>();
        for (int seed = 0; seed < Cases; seed++)
        {
            string text = Generate(seed);
            for (int p = 0; p < s_pipelines.Length; p++)
            {
                string once = s_pipelines[p].Fix(text).Text;
                FixResult twice = s_pipelines[p].Fix(once);
                if (twice.Changed)
                {
                    unstable.Add($"seed {seed}, pipeline {p}: {string.Join("; ", twice.Edits.Select(e => $"'{Escape(e.Original)}' → '{Escape(e.Replacement)}' ({e.Kind}: {e.Reason}) in '{Escape(once.Substring(Math.Max(0, e.Start - 25), Math.Min(once.Length, e.Start + e.Length + 25) - Math.Max(0, e.Start - 25)))}'"))}");
                }
            }
        }

        unstable.Should().BeEmpty($"{unstable.Count} of {Cases * s_pipelines.Length} fixes changed again: {string.Join(" ||| ", unstable.Take(6))}");
    }
}
