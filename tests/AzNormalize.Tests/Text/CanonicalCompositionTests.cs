using System.Text;
using AzNormalize.Text;
using FluentAssertions;

namespace AzNormalize.Tests.Text;

/// <summary>Our composition tables against the runtime's ICU normalization, which this (non-invariant) test process has.</summary>
public sealed class CanonicalCompositionTests
{
    private static readonly char[] s_marks =
        ['\u0300', '\u0301', '\u0302', '\u0303', '\u0304', '\u0306', '\u0307', '\u0308', '\u030A', '\u030C', '\u0323', '\u0327', '\u0328', '\u0331', '\u0345'];

    private static readonly (int First, int Last)[] s_scope =
        [(0x00C0, 0x052F), (0x1E00, 0x1FFF), (0x2000, 0x2001), (0x2126, 0x2126), (0x212A, 0x212B)];

    [Fact]
    public void Runtime_HasIcuNormalization_SoTheseTestsMeanSomething() =>
        "ş".Normalize(NormalizationForm.FormD).Should().HaveLength(2);

    [Fact]
    public void Compose_EveryCharacterInScope_MatchesRuntimeNfc()
    {
        var failures = new List<string>();
        foreach ((int first, int last) in s_scope)
        {
            for (int code = first; code <= last; code++)
            {
                string single = ((char)code).ToString();
                Check(single, failures);
                Check(single.Normalize(NormalizationForm.FormD), failures);
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Compose_LettersWithOneOrTwoMarks_MatchesRuntimeNfc()
    {
        var failures = new List<string>();
        string bases = AzAlphabet.Lowercase + AzAlphabet.Uppercase + "аеиоуАЕИОУαεηιοωΑΕΗΙΟΩ";
        foreach (char letter in bases)
        {
            foreach (char mark in s_marks)
            {
                Check(string.Concat(letter, mark), failures);
                foreach (char second in s_marks)
                {
                    Check(string.Concat(letter, mark, second), failures);
                }
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void NeedsAttention_CombiningMarksAndSingletons_Contained()
    {
        CanonicalComposition.NeedsAttention.Contains('\u0327').Should().BeTrue();
        CanonicalComposition.NeedsAttention.Contains('\u212B').Should().BeTrue("the Angstrom sign is never NFC");
        CanonicalComposition.NeedsAttention.Contains('ş').Should().BeFalse("ş is NFC and a starter");
        CanonicalComposition.NeedsAttention.Contains('a').Should().BeFalse();
    }

    private static void Check(string input, List<string> failures)
    {
        Span<char> buffer = stackalloc char[(CanonicalComposition.MaxCombiningMarks + 1) * CanonicalComposition.MaxDecompositionLength];
        int written = CanonicalComposition.Compose(input, buffer);
        string ours = buffer[..written].ToString();
        string expected = input.Normalize(NormalizationForm.FormC);
        if (ours != expected)
        {
            failures.Add($"{Hex(input)}: ours {Hex(ours)}, runtime {Hex(expected)}");
        }
    }

    private static string Hex(string text) => string.Join(' ', text.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
}
