using AzNormalize.Correction;
using AzNormalize.Lexicon;
using AzNormalize.Text;
using FluentAssertions;

namespace AzNormalize.Tests.Correction;

/// <summary>
/// The margin decoder weighs only the best two candidates of a word (<c>BestTwo</c>), found in one pass; they must be the
/// first two of the full ranking (<c>Rank</c>, which <see cref="SpellingCorrector.Suggest"/> returns), ties of score included
/// (the cost decides them; no tie of both came up in these words, so the cased word's part of the order is not reached here).
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
                    List<Suggestion> ranked = corrector.RankOf(word, previous, next, asciiTyped);
                    (string? first, string? second) = corrector.BestTwoOf(word, previous, next, asciiTyped);
                    if (ranked.Count == 0)
                    {
                        first.Should().BeNull(word);
                        continue;
                    }

                    first.Should().Be(ranked[0].Word, word);
                    second.Should().Be(ranked.Count > 1 ? ranked[1].Word : null, word);
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
