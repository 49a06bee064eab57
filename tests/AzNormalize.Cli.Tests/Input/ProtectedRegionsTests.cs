using AzNormalize.Cli.Input;
using AzNormalize.Cli.Tests.Infrastructure;
using FluentAssertions;

namespace AzNormalize.Cli.Tests.Input;

public sealed class ProtectedRegionsTests
{
    private static List<string> Protected(string text, bool markdown) =>
        ProtectedRegions.Find(text, markdown).Ranges.Select(r => text[r.Start..r.End]).ToList();

    [Fact]
    public void Find_MarkdownCodeLinksAndMarkup()
    {
        const string text = "Mətn `kod` və [keçid](https://x.az/a) <b>qalın</b> <!-- qeyd --> <https://y.az>.\n";

        Protected(text, markdown: true).Should().Equal("`kod`", "(https://x.az/a)", "<b>", "</b>", "<!-- qeyd -->", "<https://y.az>");
        Protected(text, markdown: false).Should().BeEmpty("plain text has no markup");
    }

    [Fact]
    public void Find_FrontMatterFencesIndentedCodeAndReferenceDefinitions()
    {
        const string text = "---\ntitle: x\n---\nMətn\n\n```cs\nvar a = 1;\n```\n\n    kod sətri\n\n[ref]: https://x.az\nSon ~~~ burada\n";

        Protected(text, markdown: true).Should().Equal(
            "---\ntitle: x\n---\n", "```cs\nvar a = 1;\n```\n", "    kod sətri\n", "[ref]: https://x.az\n");
    }

    [Fact]
    public void Find_UnclosedFence_RunsToTheEnd()
    {
        Protected("Mətn\n```\nkod\nkod", markdown: true).Should().Equal("```\nkod\nkod");
    }

    [Fact]
    public void Find_IgnoreMarkers_InAnyText()
    {
        const string text = "bir\niki aznorm-disable-line\naznorm-disable-next-line\nüç\ndörd\n# aznorm-disable\nbeş\n# aznorm-enable\naltı\naznorm-disable\nyeddi";

        Protected(text, markdown: false).Should().Equal(
            "iki aznorm-disable-line\naznorm-disable-next-line\nüç\n", "# aznorm-disable\nbeş\n# aznorm-enable\n", "aznorm-disable\nyeddi");
    }

    [Theory]
    [InlineData(4, 2, true)]
    [InlineData(2, 2, false)]
    [InlineData(2, 3, true)]
    [InlineData(10, 1, false)]
    [InlineData(5, 0, true)]
    [InlineData(4, 0, false)]
    [InlineData(9, 0, false)]
    public void Overlaps_Spans(int start, int length, bool expected)
    {
        // "0123`kod`9": the code span is [4, 9).
        ProtectedRegions regions = ProtectedRegions.Find("0123`kod`9", markdown: true);

        regions.Overlaps(start, length).Should().Be(expected);
    }

    [Fact]
    public void Fix_Markdown_LeavesCodeAndLinksAndKeepsLines()
    {
        using var temp = new TempDirectory();
        string path = temp.File("a.md", "Mətn bölm\u04D9 və `bölm\u04D9` və [x](https://x.az/bölm\u04D9)\nikinci sətir uzun bir cümlənin davamıdır və burada bitmir\nüçüncü sətir\n");

        CliRun run = CliRun.Start("fix", path);

        run.ExitCode.Should().Be((int)ExitCode.Success, run.Stderr);
        run.StdoutText.Should().Be("Mətn bölmə və `bölm\u04D9` və [x](https://x.az/bölm\u04D9)\nikinci sətir uzun bir cümlənin davamıdır və burada bitmir\nüçüncü sətir\n");
    }

    [Fact]
    public void Check_IgnoreMarkerAndMarkdownFlag_HideFindings()
    {
        CliRun plain = CliRun.Piped("`qzxqerty` və qzxqerty <!-- aznorm-disable-line -->\nqzxqerty\n", "check");
        CliRun markdown = CliRun.Piped("`qzxqerty` və qzxqerty\nqzxqerty\n", "check", "--markdown");

        plain.StdoutText.Should().Be("-:2:1: UnknownWord: qzxqerty (0.80)\n");
        markdown.StdoutText.Should().Be("-:1:15: UnknownWord: qzxqerty (0.80)\n-:2:1: UnknownWord: qzxqerty (0.80)\n");
    }

    [Theory]
    [InlineData("bir\naznorm-disable\niki\nüç\naznorm-enable\ndörd\n", 3)] // a block open at the cut
    [InlineData("bir\nQeyd: aznorm-disable-next-line\niki\nüç\n", 2)] // the line after the marker starts the next chunk
    [InlineData("bir\naznorm-disable\niki\nüç\n", 4)] // a block never enabled again
    public void Find_ChunkByChunk_CarriesTheMarkersOverTheCut(string text, int linesInFirstChunk)
    {
        int cut = 0;
        for (int i = 0; i < linesInFirstChunk; i++)
        {
            cut = text.IndexOf('\n', cut) + 1;
        }

        var whole = ProtectedRegions.Find(text, markdown: false);
        var carried = new ProtectedRegions.MarkerState();
        var first = ProtectedRegions.Find(text[..cut], markdown: false, carried);
        var second = ProtectedRegions.Find(text[cut..], markdown: false, carried);

        for (int offset = 0; offset < text.Length; offset++)
        {
            bool streamed = offset < cut ? first.Overlaps(offset, 1) : second.Overlaps(offset - cut, 1);
            streamed.Should().Be(whole.Overlaps(offset, 1), "character {0} ({1}) is protected in the whole text or not", offset, text[offset]);
        }

        whole.IsEmpty.Should().BeFalse();
        ProtectedRegions.Find(text[cut..], markdown: false).Overlaps(0, 1).Should().BeFalse("without the carried state the second chunk's start is not protected");
    }
}
