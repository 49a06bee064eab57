using System.Text;
using AzNormalize.Checking;
using FluentAssertions;

namespace AzNormalize.Tests.Checking;

/// <summary><see cref="StreamChecker"/>: a text checked in chunks gives the findings of one check of the whole.</summary>
public sealed class StreamCheckerTests
{
    /// <summary>
    /// Sentences that run over line ends, with unknown capitalised words in mid-sentence at a line's start (reported as names,
    /// where at a sentence start they are unknown words), and paragraphs apart: chunks are cut at line breaks inside sentences.
    /// </summary>
    private static string Text(int paragraphs)
    {
        var text = new StringBuilder();
        for (int i = 0; i < paragraphs; i++)
        {
            text.Append("Deputatlar qanunun gücləndirilməsi barədə danışdılar və\n");
            text.Append("Dikkətə layiq sözlər yazdılar, sonra\n");
            text.Append("Bakıda bölmləri açılan yeni bir məktəb də tapdılar.\n");
            text.Append(i % 3 == 0 ? "\ngücləndirlməsi vacibdir.\n\n" : "Dikkətə dedilər.\n");
        }

        return text.ToString();
    }

    private static List<(long Start, string Word, FindingKind Kind, double Confidence)> Stream(string text, int chunkCharacters, int pieceLength, out StreamChecker checker)
    {
        var found = new List<(long, string, FindingKind, double)>();
        long expectedStart = 0;
        checker = new StreamChecker(WordChecker.Default, chunk =>
        {
            chunk.Start.Should().Be(expectedStart, "chunks follow each other");
            expectedStart += chunk.Text.Length;
            foreach (Finding finding in chunk.Findings)
            {
                chunk.Text.Substring(finding.Start, finding.Length).Should().Be(finding.Word);
                found.Add((chunk.Start + finding.Start, finding.Word, finding.Kind, finding.Confidence));
            }
        }, chunkCharacters);
        foreach (string piece in text.Chunk(pieceLength).Select(chars => new string(chars)))
        {
            checker.Write(piece);
        }

        checker.Complete();
        return found;
    }

    [Theory]
    [InlineData(64, 7)]
    [InlineData(300, 97)]
    [InlineData(1 << 20, 4096)]
    public void Chunks_GiveTheWholeTextsFindings_WithTheirConfidence(int chunkCharacters, int pieceLength)
    {
        string text = Text(30);
        var whole = WordChecker.Default.Check(text).Select(f => ((long)f.Start, f.Word, f.Kind, f.Confidence)).ToList();
        whole.Select(f => f.Confidence).Distinct().Should().HaveCountGreaterThan(1, "the text must have words reported at a sentence start and inside one");

        List<(long Start, string Word, FindingKind Kind, double Confidence)> streamed = Stream(text, chunkCharacters, pieceLength, out StreamChecker checker);

        streamed.Should().Equal(whole);
        checker.CharactersChecked.Should().Be(text.Length);
        checker.FindingCount.Should().Be(whole.Count);
    }

    [Fact]
    public void Write_AfterComplete_Throws()
    {
        var checker = new StreamChecker(WordChecker.Default, _ => { });
        checker.Write("Salam");
        checker.Complete();
        checker.Complete(); // a second Complete does nothing

        Action write = () => checker.Write("dünya");

        write.Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public void Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var checker = new StreamChecker(WordChecker.Default, _ => { }, chunkCharacters: 16, cancellationToken: cancelled.Token);

        Action write = () => checker.Write(Text(2));

        write.Should().Throw<OperationCanceledException>();
    }
}
