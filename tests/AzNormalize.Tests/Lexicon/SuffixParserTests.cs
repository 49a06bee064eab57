using AzNormalize.Lexicon.Morphology;
using FluentAssertions;

namespace AzNormalize.Tests.Lexicon;

public sealed class SuffixParserTests
{
    /// <summary>Every vowel a form may end its harmony on, and none (an abbreviation before its reading is known).</summary>
    private static readonly char[] s_lastVowels = ['\0', 'a', 'ı', 'o', 'u', 'e', 'ə', 'i', 'ö', 'ü'];

    [Fact]
    public void FirstLetter_IsTheFirstLetterExpandWrites_ForEverySuffixOfEveryState()
    {
        Span<char> surface = stackalloc char[16];
        int said = 0;
        foreach (SuffixState state in Enum.GetValues<SuffixState>())
        {
            foreach (Suffix suffix in SuffixGrammar.After(state))
            {
                foreach (bool previousIsVowel in new[] { false, true })
                {
                    foreach (char lastVowel in s_lastVowels)
                    {
                        char first = SuffixParser.FirstLetter(suffix, previousIsVowel, lastVowel);
                        int length = SuffixParser.Expand(suffix, previousIsVowel, lastVowel, surface);
                        if (first == '\0' || length <= 0)
                        {
                            continue;
                        }

                        said++;
                        surface[0].Should().Be(first, $"{suffix.Tag} {suffix.Template} after {(previousIsVowel ? "a vowel" : "a consonant")}, harmony {lastVowel}");

                        // The parse also tries the surface with its last letter alternated (q/k → ğ/y, t → d): a one-letter
                        // surface's first letter is that letter, so it must not be settled by the first letter alone.
                        (suffix.EndsInQ && length == 1).Should().BeFalse($"{suffix.Template} may alternate its only letter");
                    }
                }
            }
        }

        said.Should().BeGreaterThan(1000, "most suffixes' first letters are known before they are expanded");
    }
}
