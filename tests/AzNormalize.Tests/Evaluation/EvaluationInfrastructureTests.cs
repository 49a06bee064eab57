using AzNormalize.Evaluation.Infrastructure;
using FluentAssertions;

namespace AzNormalize.Tests.Evaluation;

public sealed class EvaluationInfrastructureTests : IDisposable
{
    private const string Heading = "## Vocabulary: known words and misspellings";
    private const string Title = "# Quality\n\nIntro.\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("aznorm-evaluation-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ReplaceSection_NoDocument_TitleAndSection()
    {
        string result = MarkdownDocument.ReplaceSection(null, Title, Heading, Heading + "\n\nnew\n");

        result.Should().Be("# Quality\n\nIntro.\n\n## Vocabulary: known words and misspellings\n\nnew\n");
    }

    [Fact]
    public void ReplaceSection_SectionAbsent_Appended()
    {
        string result = MarkdownDocument.ReplaceSection("# Quality\n\n## Other\n\ntext\n", Title, Heading, Heading + "\n\nnew");

        result.Should().Be("# Quality\n\n## Other\n\ntext\n\n## Vocabulary: known words and misspellings\n\nnew\n");
    }

    [Fact]
    public void ReplaceSection_SectionPresent_ReplacedUpToNextSectionOnly()
    {
        const string document = "# Quality\n\n## Vocabulary: known words and misspellings\n\nold\n\n### Sub\n\nold too\n\n## Other\n\nkept\n";

        string result = MarkdownDocument.ReplaceSection(document, Title, Heading, Heading + "\n\nnew\n");

        result.Should().Be("# Quality\n\n## Vocabulary: known words and misspellings\n\nnew\n\n## Other\n\nkept\n");
        MarkdownDocument.ReplaceSection(result, Title, Heading, Heading + "\n\nnew\n").Should().Be(result, "replacing is idempotent");
    }

    [Fact]
    public void ReplaceSection_HeadingsInsideCodeFences_Ignored()
    {
        const string document = "# Q\n\n```\n## Vocabulary: known words and misspellings\n```\n\n## Vocabulary: known words and misspellings\n\nold\n```\n## Other\n```\nstill old\n";

        string result = MarkdownDocument.ReplaceSection(document, Title, Heading, Heading + "\n\nnew\n");

        result.Should().Be("# Q\n\n```\n## Vocabulary: known words and misspellings\n```\n\n## Vocabulary: known words and misspellings\n\nnew\n");
    }

    [Fact]
    public void ReplaceSection_CrLfDocument_LfResult()
    {
        string result = MarkdownDocument.ReplaceSection("# Q\r\n\r\n## Vocabulary: known words and misspellings\r\n\r\nold\r\n", Title, Heading, Heading + "\n\nnew\n");

        result.Should().Be("# Q\n\n## Vocabulary: known words and misspellings\n\nnew\n");
    }

    [Fact]
    public void Find_ExplicitFolder_UsedOrAnError()
    {
        SharedDataLocator.Find(_folder, "/elsewhere", []).Root.Should().Be(_folder);

        SharedDataLocator.Result missing = SharedDataLocator.Find(Path.Combine(_folder, "missing"), null, []);
        missing.Root.Should().BeNull();
        missing.Error.Should().Contain("--data").And.Contain("missing");
    }

    [Fact]
    public void Find_EnvironmentVariable_UsedOrAReasonToSkip()
    {
        SharedDataLocator.Find(null, _folder, []).Root.Should().Be(_folder);

        SharedDataLocator.Result missing = SharedDataLocator.Find(null, Path.Combine(_folder, "missing"), [_folder]);
        missing.Root.Should().BeNull();
        missing.Error.Should().BeNull();
        missing.Message.Should().Contain(SharedDataLocator.EnvironmentVariable);
    }

    [Fact]
    public void Find_NearestAncestorWithSharedData()
    {
        string data = Directory.CreateDirectory(Path.Combine(_folder, "shared", "data")).FullName;
        string deep = Directory.CreateDirectory(Path.Combine(_folder, "work", "repo", "bin")).FullName;

        SharedDataLocator.Find(null, null, [deep]).Root.Should().Be(data);
    }

    [Fact]
    public void Find_Nothing_AReasonToSkip()
    {
        string deep = Directory.CreateDirectory(Path.Combine(_folder, "a", "b")).FullName;

        SharedDataLocator.Result result = SharedDataLocator.Find(null, null, [deep]);

        // An ancestor of the temp folder could hold shared/data on some machine; only check the shape of the answer.
        if (result.Root is null)
        {
            result.Message.Should().Contain("shared/data");
            result.Error.Should().BeNull();
        }
    }
}
