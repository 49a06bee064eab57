using AzNormalize.Tokenization;
using FluentAssertions;

namespace AzNormalize.Tests.Tokenization;

public sealed class TokenizerCaseTests
{
    public static TheoryData<string, string> Cases => TokenCaseData.Load();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tokenize_CaseFromDataFile_ProducesExpectedKindsAndTexts(string escapedInput, string expected)
    {
        string input = TokenTestText.Unescape(escapedInput);

        List<string> actual = TokenTestText.Describe(input);

        actual.Should().Equal(expected.Split('\n'));
        TokenTestText.FindViolation(input).Should().BeNull();
    }

    [Fact]
    public void Cases_DataFile_HasCasesForEveryKind()
    {
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (object[] row in Cases)
        {
            foreach (string line in ((string)row[1]).Split('\n'))
            {
                kinds.Add(line[..line.IndexOf('\t', StringComparison.Ordinal)]);
            }
        }

        kinds.Should().BeEquivalentTo(Enum.GetNames<TokenKind>());
    }
}
