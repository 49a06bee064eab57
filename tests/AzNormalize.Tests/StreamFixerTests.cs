using System.Text;
using FluentAssertions;

namespace AzNormalize.Tests;

/// <summary>The streaming API: <see cref="StreamFixer"/> and <see cref="AzNormalizer.FixStream"/>.</summary>
public sealed class StreamFixerTests
{
    private static string Article(int paragraphs)
    {
        var text = new StringBuilder();
        for (int i = 0; i < paragraphs; i++)
        {
            text.Append("Məktəbin bölm\u04D9ləri hər gün açılır və dikkətə layiqdir.\n");
            text.Append("Deputatlar qanunun güclən-\ndirilməsi barədə danışdılar.\n\n");
        }

        return text.ToString();
    }

    [Fact]
    public void FixStream_SmallChunks_GivesWhatOneFixGivesAndEditsInTheWholeText()
    {
        string text = Article(40);
        FixResult whole = AzNormalizer.Default.Fix(text);
        var output = new StringWriter();
        var edits = new List<Edit>();

        var fixer = new StreamFixer(AzNormalizer.Default, output, edits.Add, chunkCharacters: 300);
        foreach (string piece in text.Chunk(97).Select(chars => new string(chars)))
        {
            fixer.Write(piece);
        }

        fixer.Complete();

        output.ToString().Should().Be(whole.Text, "the chunks are cut at paragraph ends, so nothing reads differently");
        edits.Should().Equal(whole.Edits);
        fixer.EditCount.Should().Be(whole.Edits.Count);
        fixer.CharactersWritten.Should().Be(text.Length);
    }

    [Fact]
    public void FixStream_OneCall_ReadsToTheEnd()
    {
        string text = Article(3);
        var output = new StringWriter();

        long edits = AzNormalizer.Default.FixStream(new StringReader(text), output);

        output.ToString().Should().Be(AzNormalizer.Default.Fix(text).Text);
        edits.Should().Be(AzNormalizer.Default.Fix(text).Edits.Count);
    }

    [Fact]
    public void FixStream_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Action run = () => AzNormalizer.Default.FixStream(new StringReader(Article(2)), new StringWriter(), cancellationToken: cancelled.Token);

        run.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Fix_Span_IsTheFixOfItsText()
    {
        string text = "xx bölm\u04D9 yy";

        AzNormalizer.Default.Fix(text.AsSpan(3, 5)).Text.Should().Be("bölmə");
    }

    [Fact]
    public void Write_OneLargePieceWithoutParagraphs_IsCutIntoChunksAsItComes()
    {
        string lines = string.Concat(Enumerable.Repeat("Bu gün hava yaxşıdır və biz gəzirik\n", 200)); // 7,200 characters, no blank line
        var output = new StringWriter();
        var fixer = new StreamFixer(AzNormalizer.Default, output, chunkCharacters: 300);

        fixer.Write(lines);

        fixer.CharactersWritten.Should().BeGreaterThan(lines.Length - 600, "every whole chunk was cleaned and written before Complete");
        fixer.Complete();
        output.ToString().Should().Be(lines);
    }

    [Fact]
    public void StreamFixer_ChunkLargerThanTwoChunksFitInAString_IsRefused()
    {
        Action huge = () => _ = new StreamFixer(AzNormalizer.Default, new StringWriter(), chunkCharacters: int.MaxValue);
        var largest = new StreamFixer(AzNormalizer.Default, new StringWriter(), chunkCharacters: StreamFixer.MaxChunkCharacters);

        huge.Should().Throw<ArgumentOutOfRangeException>();
        largest.Write("abc");
        largest.Complete();
        largest.CharactersWritten.Should().Be(3);
    }

    [Fact]
    public void FindCut_PrefersAParagraphBreakAfterASentence()
    {
        string head = new('a', StreamFixer.DefaultChunkCharacters);
        string text = head + " bitdi\n\nyeni cümlə\nson-\n\nra davam.\n\nSonuncu.";

        int cut = TextChunker.FindCut(text, StreamFixer.DefaultChunkCharacters);

        text[cut..].Should().StartWith("Sonuncu.", "the blank line after 'bitdi' ends no sentence, the one after 'davam.' does");
    }

    [Fact]
    public void FindCut_WithoutParagraphs_CutsAtALineBreakOrSpace()
    {
        string line = new string('a', StreamFixer.DefaultChunkCharacters) + " b c";

        TextChunker.FindCut(line, StreamFixer.DefaultChunkCharacters).Should().Be(line.Length - 1);
        TextChunker.FindCut(line + "\nd e", StreamFixer.DefaultChunkCharacters).Should().Be(line.Length + 1);
    }

    [Fact]
    public void FindCut_AtASpace_NeverParts_ACombiningMarkOrAJoiner_FromIt()
    {
        // One long line: the cut falls at a space, but not at one a combining acute or a zero-width joiner follows.
        string line = new string('a', 40) + " b \u0301c \u200Dd e" + new string('f', 10);
        int from = 40;

        int cut = TextChunker.FindCut(line, from);

        cut.Should().Be(line.IndexOf(" e", StringComparison.Ordinal) + 1);
        TextChunker.FindCut(line.Replace(" e", "xe", StringComparison.Ordinal), from).Should().Be(line.IndexOf(" b", StringComparison.Ordinal) + 1, "the space before b is the last one a new character follows");
    }
}
