using System.Text;

namespace AzNormalize.Benchmarks.Tokenization;

/// <summary>The fixed inputs of <see cref="TokenizerBenchmarks"/>.</summary>
internal static class TokenizerBenchmarkText
{
    /// <summary>Generated text, about a megabyte of UTF-16; the same on every run.</summary>
    public const string Generated = "generated";

    /// <summary>The ntrex-128 Azerbaijani news text read from ../shared/data when present (never committed).</summary>
    public const string News = "ntrex";

    private const string NewsPath = "ntrex-128/newstest2019-ref.aze-Latn.txt";
    private const int GeneratedLength = 1 << 20;

    // Words written for this benchmark: common Azerbaijani forms, suffixed numerals and abbreviations, compounds.
    private static readonly string[] s_words =
    [
        "və", "bu", "bir", "ilə", "üçün", "da", "də", "ki", "o", "isə", "olan", "olaraq", "həm", "daha", "çox", "ən",
        "Azərbaycan", "Respublikasının", "prezidenti", "hökumət", "şəhərində", "ölkənin", "iqtisadi", "məsələlər",
        "bildirib", "qeyd", "edib", "görüşündə", "tərəfindən", "nümayəndələri", "kompüterləşdirilməsi", "gələcəyi",
        "ictimai-siyasi", "sosial-iqtisadi", "baş-başa", "ab-hava", "Bakı", "Gəncə", "Məclis", "İsmayıllı", "ağacları",
        "2021-ci", "5-də", "20-si", "1990-cı", "ABŞ", "ABŞ-ın", "NATO-ya", "BMT", "Aİ", "2019", "3,5", "1.000.000", "12:30",
        "e.ə.", "N.Ə.", "Səlimova", "50%", "dünya", "ildə", "müxtəlif", "qərar", "ümumilikdə", "vəziyyətdən",
    ];

    private static readonly string[] s_separators = [" ", " ", " ", " ", " ", ", ", ". ", ": ", " (", ") ", " «", "» ", "!\n", ".\r\n", "?\n\n", " – "];

    /// <summary>The input named <paramref name="source"/>; the news text falls back to generated text when absent.</summary>
    public static string Get(string source) =>
        source == News && FindNews() is string path ? File.ReadAllText(path, Encoding.UTF8) : Generate();

    /// <summary>Whether the news text was found (otherwise the <see cref="News"/> input is generated text).</summary>
    public static bool HasNews => FindNews() is not null;

    private static string Generate()
    {
        var random = new Random(20240601);
        var builder = new StringBuilder(GeneratedLength + 64);
        while (builder.Length < GeneratedLength)
        {
            builder.Append(s_words[random.Next(s_words.Length)]);
            builder.Append(random.Next(4) == 0 ? s_separators[random.Next(s_separators.Length)] : " ");
        }

        return builder.ToString();
    }

    private static string? FindNews() => SharedData.Find(NewsPath);
}
