using System.Text;
using AzNormalize.Checking;
using AzNormalize.Peers;
using AzNormalize.Text;
using AzNormalize.Tokenization;

namespace AzNormalize.Benchmarks.Speed;

/// <summary>
/// The texts of the speed suite, read from the shared data folder at run time (never committed): <c>news</c>, the ntrex-128
/// Azerbaijani news reference (clean, professionally edited: what a corrector should leave alone, quickly); <c>noisy</c>, a
/// few hundred kilobytes of distinct noisy text: Tesseract's OCR of the 80 ntrex news pages
/// (tesseract-ocr-ntrex-az/ocr), the first half of the TIL news text with typing slips in one word in six, and its second
/// half typed without Azerbaijani letters (ə ı ş ç ğ ö ü as e i s c g o u). Only read and timed here: nothing is learnt from
/// them.
/// </summary>
internal static class SpeedTexts
{
    public const string News = "news";
    public const string Noisy = "noisy";

    private const string NewsPath = "ntrex-128/newstest2019-ref.aze-Latn.txt";
    private const string OcrFolder = "tesseract-ocr-ntrex-az/ocr";
    private const string TilPath = "til-xwmt-az/az-en.az";
    private const string LegalFolder = "az-legal-codes/text";
    private const string LocalDocList = "localdoc-symspell-az/frequency_dictionary_az_80k.txt";

    private static readonly Lazy<string> s_noisy = new(BuildNoisy);

    /// <summary>The text named <paramref name="name"/> (<see cref="News"/> or <see cref="Noisy"/>).</summary>
    public static string Get(string name) => name switch
    {
        News => File.ReadAllText(Require(NewsPath), Encoding.UTF8),
        Noisy => s_noisy.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "news or noisy"),
    };

    /// <summary>LocalDoc's Azerbaijani frequency list, SymSpell's dictionary.</summary>
    public static string SymSpellList => Require(LocalDocList);

    /// <summary>SymSpell over <see cref="SymSpellList"/>, which a benchmark measures side by side: an error when its source was absent at build time.</summary>
    public static SymSpellCorrector RequireSymSpell() =>
        SymSpellCorrector.TryCreate(SymSpellList, Console.Out)
        ?? throw new InvalidOperationException("SymSpell is measured side by side here: build with ../shared/peers/symspell present.");

    /// <summary>
    /// The distinct words of the noisy text the checker reports as unknown (lowercase words, not names or abbreviations), in
    /// text order, at most <paramref name="limit"/>: the corrector's real work.
    /// </summary>
    public static List<string> UnknownWords(int limit)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>();
        foreach (Finding finding in WordChecker.Default.Check(s_noisy.Value))
        {
            if (finding.Kind == FindingKind.UnknownWord && AzCasing.GetShape(finding.Word) == CaseShape.Lower
                && finding.Word.All(char.IsLetter) && seen.Add(finding.Word) && words.Count < limit)
            {
                words.Add(finding.Word);
            }
        }

        return words;
    }

    /// <summary>
    /// Clean text other than the measured ones, for a process's earlier reading (<see cref="AfterOtherTextBenchmarks"/>): the
    /// TIL news text as written, then whole legal codes until there are 300,000 characters or more (the first code alone has
    /// about 1.1 million: about 1.2 million characters in all).
    /// </summary>
    public static string Other()
    {
        var builder = new StringBuilder(File.ReadAllText(Require(TilPath), Encoding.UTF8)).Append("\n\n");
        foreach (string file in Directory.GetFiles(Require(LegalFolder), "*.txt").Order(StringComparer.Ordinal))
        {
            if (builder.Length >= 300_000)
            {
                break;
            }

            builder.Append(File.ReadAllText(file, Encoding.UTF8)).Append("\n\n");
        }

        return builder.ToString();
    }

    private static string BuildNoisy()
    {
        var builder = new StringBuilder();
        foreach (string file in Directory.GetFiles(Require(OcrFolder), "*.txt").Order(StringComparer.Ordinal))
        {
            builder.Append(File.ReadAllText(file, Encoding.UTF8)).Append("\n\n");
        }

        string til = File.ReadAllText(Require(TilPath), Encoding.UTF8);
        int half = til.IndexOf('\n', til.Length / 2) + 1;
        builder.Append(TypingSlips(til[..half], new Random(20261203))).Append("\n\n");
        builder.Append(WithoutAzerbaijaniLetters(til[half..]));
        return builder.ToString();
    }

    /// <summary>One slip in one word of four letters or more in six: a letter dropped, doubled, swapped with the next, or replaced by its keyboard neighbour.</summary>
    private static string TypingSlips(string text, Random random)
    {
        const string Row = "qwertyuiopasdfghjklzxcvbnm";
        var builder = new StringBuilder(text.Length);
        foreach (Token token in Tokenizer.Tokenize(text))
        {
            string piece = token.GetText(text).ToString();
            if (token.Kind != TokenKind.Word || piece.Length < 4 || !piece.All(char.IsLetter) || random.Next(6) != 0)
            {
                builder.Append(piece);
                continue;
            }

            int at = 1 + random.Next(piece.Length - 2);
            builder.Append(random.Next(4) switch
            {
                0 => piece.Remove(at, 1),
                1 => piece.Insert(at, piece[at].ToString()),
                2 => string.Concat(piece.AsSpan(0, at), piece[at + 1].ToString(), piece[at].ToString(), piece.AsSpan(at + 2)),
                _ => string.Concat(piece.AsSpan(0, at), Neighbour(Row, piece[at]).ToString(), piece.AsSpan(at + 1)),
            });
        }

        return builder.ToString();
    }

    private static char Neighbour(string row, char c)
    {
        int i = row.IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal);
        return i < 0 ? c : row[i + 1 < row.Length ? i + 1 : i - 1];
    }

    private static string WithoutAzerbaijaniLetters(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (int i = 0; i < source.Length; i++)
        {
            span[i] = AzAlphabet.ToAsciiTyped(source[i]);
        }
    });

    private static string Require(string relative) => SharedData.Require(relative, "The speed suite");
}
