using AzNormalize.Correction;
using AzNormalize.Lexicon;
using AzNormalize.Text;
using FluentAssertions;

namespace AzNormalize.Tests.Correction;

/// <summary>
/// The margin decoder weighs only the best two candidates of a word (<c>BestTwo</c>), found in one pass; they must be the
/// first two of the full ranking (<c>Rank</c>, which <see cref="SpellingCorrector.Suggest"/> returns), ties included: of
/// score (the cost decides), and of score and cost (the word in its casing decides).
/// </summary>
public sealed class RankingOrderTests
{
    private static readonly System.Buffers.SearchValues<char> s_special = System.Buffers.SearchValues.Create("əışçğöü");

    /// <summary>Words of the lexicon with their Azerbaijani letters folded (many candidates, often at equal cost), lowercase and capitalised.</summary>
    private static IEnumerable<string> FoldedWords()
    {
        int i = 0;
        foreach (string word in AzLexicon.Default.Words.Order(StringComparer.Ordinal))
        {
            if (word.Length is < 3 or > 14 || !word.AsSpan().ContainsAny(s_special) || i++ % 41 != 0)
            {
                continue;
            }

            string folded = new(word.Select(c => c switch { 'ə' => 'e', 'ı' => 'i', 'ş' => 's', 'ç' => 'c', 'ğ' => 'g', 'ö' => 'o', 'ü' => 'u', _ => c }).ToArray());
            yield return folded;
            yield return AzCasing.ToTitle(folded);
        }
    }

    /// <summary>
    /// Short words beginning with i or ı, folded and capitalised: their candidates often tie on score and cost, and the
    /// capital then decides (İ sorts after I, where i sorts before ı).
    /// </summary>
    private static IEnumerable<string> CapitalisedIWords() =>
        AzLexicon.Default.Words.Where(static w => w.Length is >= 2 and <= 6 && w[0] is 'i' or 'ı').Order(StringComparer.Ordinal)
            .Select(static w => AzCasing.ToTitle(new string(w.Select(static c => c switch { 'ə' => 'e', 'ı' => 'i', 'ş' => 's', 'ç' => 'c', 'ğ' => 'g', 'ö' => 'o', 'ü' => 'u', _ => c }).ToArray())))
            .Distinct(StringComparer.Ordinal);

    /// <summary>Asserts that <c>BestTwo</c> picks the full ranking's first two for <paramref name="word"/>, and returns the ranking.</summary>
    private static List<Suggestion> SameFirstTwo(SpellingCorrector corrector, string word, string? previous, string? next, bool asciiTyped)
    {
        List<Suggestion> ranked = corrector.RankOf(word, previous, next, asciiTyped);
        (string? first, string? second) = corrector.BestTwoOf(word, previous, next, asciiTyped);
        first.Should().Be(ranked.Count > 0 ? ranked[0].Word : null, word);
        second.Should().Be(ranked.Count > 1 ? ranked[1].Word : null, word);
        return ranked;
    }

    [Fact]
    public void BestTwo_AreTheRankingsFirstTwo_WhenTheCapitalDecides()
    {
        SpellingCorrector corrector = SpellingCorrector.Default;
        int byWord = 0;
        foreach (string word in CapitalisedIWords())
        {
            foreach (bool asciiTyped in new[] { false, true })
            {
                List<Suggestion> ranked = SameFirstTwo(corrector, word, null, null, asciiTyped);
                if (ranked.Count > 1 && ranked[0].Score == ranked[1].Score && ranked[0].Cost == ranked[1].Cost)
                {
                    byWord++;
                }
            }
        }

        byWord.Should().BeGreaterThan(0, "ties of score and cost, which the cased word decides, are what this test is for");
    }

    [Fact]
    public void BestTwo_AreTheRankingsFirstTwo_WithAndWithoutNeighbours()
    {
        SpellingCorrector corrector = SpellingCorrector.Default;
        (string?, string?)[] neighbours = [(null, null), ("bu", "ilə"), ("və", "üçün"), ("bir", null)];
        int compared = 0;
        int ties = 0;
        foreach (string word in FoldedWords().Take(3000))
        {
            foreach (bool asciiTyped in new[] { false, true })
            {
                foreach ((string? previous, string? next) in neighbours)
                {
                    List<Suggestion> ranked = SameFirstTwo(corrector, word, previous, next, asciiTyped);
                    if (ranked.Count == 0)
                    {
                        continue;
                    }

                    compared++;
                    if (ranked.Count > 1 && ranked[0].Score == ranked[1].Score)
                    {
                        ties++;
                    }
                }
            }
        }

        compared.Should().BeGreaterThan(1000);
        ties.Should().BeGreaterThan(0, "ties of score are where the order's later keys decide");
    }
}
