using AzNormalize.Cli.Input;
using FluentAssertions;

namespace AzNormalize.Cli.Tests.Input;

public sealed class GlobTests
{
    [Theory]
    [InlineData("*.md", "a.md", true)]
    [InlineData("*.md", "sub/a.md", false)]
    [InlineData("**/*.md", "a.md", true)]
    [InlineData("**/*.md", "sub/a.md", true)]
    [InlineData("**/*.md", "sub/deeper/a.md", true)]
    [InlineData("**/*.md", "a.txt", false)]
    [InlineData("**/x.txt", "ax.txt", false)]
    [InlineData("sub/**", "sub/a/b.txt", true)]
    [InlineData("sub/*.txt", "sub/a.txt", true)]
    [InlineData("sub/*.txt", "other/a.txt", false)]
    [InlineData("a?.txt", "ab.txt", true)]
    [InlineData("a?.txt", "a/.txt", false)]
    [InlineData("[ab]*.txt", "b1.txt", true)]
    [InlineData("[!ab]*.txt", "b1.txt", false)]
    [InlineData("[a-c]x", "bx", true)]
    [InlineData("*", "anything", true)]
    [InlineData("*", "a/b", false)]
    public void IsMatch_Pattern_MatchesPaths(string pattern, string path, bool expected)
    {
        Glob.IsMatch(pattern, path).Should().Be(expected, "{0} against {1}", pattern, path);
    }
}
