using AzNormalize.Correction;
using AzNormalize.Tests.Infrastructure;
using FluentAssertions;

namespace AzNormalize.Tests.Reliability;

/// <summary>One <see cref="AzNormalizer"/> shared by many threads gives exactly what one thread gives.</summary>
public sealed class ThreadSafetyTests
{
    private const string OcrFolder = "tesseract-ocr-ntrex-az/ocr";

    private static readonly string[] s_builtIn =
    [
        "Azərbaycan Respublikasının prezidenti bu gün çıxış etdi.",
        "Biz bu gun universitetde yeni kitablar oxuduq ve onlari muzakire etdik.",
        "Bu məsələyə dikkət etmək lazımdır, çünki prezdent gücləndi-\nrilməsi barədə danışdı.",
        "Onlar gəldi vəbu məsələni müzakirə etdilər. VVashington şəhərində yağış yağırdı.",
        "Hökumət yeni qanun layihəsini müzakirə etdi; elmi-\ntexniki tərəqqi sürətlənir.",
    ];

    private static List<string> Texts()
    {
        var texts = new List<string>(s_builtIn);
        if (SharedData.PathOf(OcrFolder) is { } folder)
        {
            // Real OCR output: every kind of candidate and every cache of the corrector is exercised.
            texts.AddRange(Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Take(12).Select(File.ReadAllText));
        }

        return texts;
    }

    [Fact]
    public void Fix_From16Threads_GivesTheResultsOfOneThread()
    {
        var normalizer = new AzNormalizer(new AzNormalizerOptions
        {
            Spelling = new SpellingOptions { Edits = true, Decoder = SpellingDecoder.Sentence },
        });
        List<string> texts = Texts();
        string[] expected = texts.Select(text => Describe(new AzNormalizer(new AzNormalizerOptions
        {
            Spelling = new SpellingOptions { Edits = true, Decoder = SpellingDecoder.Sentence },
        }).Fix(text))).ToArray();

        var results = new string[16][];
        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 16 }, thread =>
        {
            var mine = new string[texts.Count];
            for (int k = 0; k < texts.Count; k++)
            {
                int i = (k + thread) % texts.Count; // each thread in its own order, so calls overlap differently
                mine[i] = Describe(normalizer.Fix(texts[i]));
            }

            results[thread] = mine;
        });

        foreach (string[] result in results)
        {
            result.Should().Equal(expected);
        }
    }

    private static string Describe(FixResult result) =>
        result.Text + "\u0001" + string.Join("\u0002", result.Edits.Select(e => $"{e.Start}:{e.Length}:{e.Replacement}:{e.Kind}:{e.Confidence}:{e.Reason}"));
}
