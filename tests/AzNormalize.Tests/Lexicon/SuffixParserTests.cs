using AzNormalize.Lexicon;
using AzNormalize.Lexicon.Morphology;
using FluentAssertions;

namespace AzNormalize.Tests.Lexicon;

public sealed class SuffixParserTests
{
    /// <summary>Every vowel a form may end its harmony on, and none (an abbreviation before its reading is known).</summary>
    private static readonly char[] s_lastVowels = ['\0', 'a', 'ı', 'o', 'u', 'e', 'ə', 'i', 'ö', 'ü'];

    /// <summary>Verbs the tests control: <c>oxu</c> (a vowel-final stem that takes the causative <c>-t</c>) and <c>yaz</c>.</summary>
    private static readonly AzMorphology s_verbs = new(AzLexicon.Empty.WithWordList(
        new StringReader("oxu\noxumaq\nyaz\nyazmaq\n"), "test words"));

    [Fact]
    public void FirstLetter_IsTheFirstLetterExpandWrites_ForEverySuffixOfEveryState()
    {
        Span<char> surface = stackalloc char[16];
        int expanded = 0;
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
                        if (length <= 0)
                        {
                            continue;
                        }

                        expanded++;
                        if (first == '\0')
                        {
                            continue;
                        }

                        said++;
                        string after = $"{suffix.Tag} {suffix.Template} after {(previousIsVowel ? "a vowel" : "a consonant")}, harmony {(lastVowel == '\0' ? "none" : lastVowel.ToString())}";
                        surface[0].Should().Be(first, after);

                        // The parse also tries the surface with its last letter alternated (q/k → ğ/y, t → d): a one-letter
                        // surface's first letter is that letter, so it must not be settled by the first letter alone.
                        (suffix.EndsInQ && length == 1).Should().BeFalse($"{after}: its only letter may alternate");
                    }
                }
            }
        }

        // Only Q-initial templates and one-letter alternating ones are left to Expand.
        said.Should().BeGreaterThan(expanded * 8 / 10, "most suffixes' first letters are known before they are expanded");
    }

    [Theory]
    [InlineData("oxudub", true)] // oxu + t (causative, d before a vowel) + ub: the one-letter suffix alternated
    [InlineData("oxutdu", true)] // oxu + t + du: before a consonant it stays t
    [InlineData("oxutub", false)] // t before a vowel must alternate
    [InlineData("oxuddu", false)]
    [InlineData("yazdı", true)]
    [InlineData("yazdır", true)]
    public void Parse_OneLetterAlternatingSuffix_IsTriedInBothForms(string word, bool known)
    {
        s_verbs.IsKnown(word).Should().Be(known, word);
    }
}
