using System.Globalization;
using System.Text;
using AzNormalize.Correction;

namespace AzNormalize.Evaluation.Pairs;

/// <summary>
/// Context models trained on the ntrex-128 news text, kept honest by a two-fold split: the OCR documents are the same 80
/// news documents, so document <c>i</c> is corrected with the model trained on the documents of the other parity only.
/// </summary>
internal sealed class NewsContext
{
    /// <summary>The news text, one sentence per line.</summary>
    public const string NewsFile = "ntrex-128/newstest2019-ref.aze-Latn.txt";

    /// <summary>The OCR manifest: which lines of the news text each document holds.</summary>
    public const string Manifest = "tesseract-ocr-ntrex-az/manifest.tsv";

    private readonly ContextModel[] _folds;

    private NewsContext(ContextModel[] folds, ContextModel all, int trainingLines)
    {
        _folds = folds;
        All = all;
        TrainingLines = trainingLines;
    }

    /// <summary>The model trained on every document (for text that is none of them, such as the web sentences).</summary>
    public ContextModel All { get; }

    /// <summary>Lines of news text read.</summary>
    public int TrainingLines { get; }

    /// <summary>The model that never saw document <paramref name="index"/> (0-based, in manifest order).</summary>
    public ContextModel For(int index) => _folds[index % 2];

    /// <summary>The fold models, or null (with a note) when the news text or the manifest is absent.</summary>
    public static NewsContext? TryLoad(string dataRoot, TextWriter log)
    {
        string news = Path.Combine(dataRoot, NewsFile);
        string manifest = Path.Combine(dataRoot, Manifest);
        if (!File.Exists(news) || !File.Exists(manifest))
        {
            log.WriteLine($"note: {NewsFile} or {Manifest} is absent; the context-model configuration is skipped.");
            return null;
        }

        string[] lines = File.ReadAllLines(news, Encoding.UTF8);
        var documents = new List<List<string>>();
        foreach (string row in File.ReadLines(manifest, Encoding.UTF8).Skip(1))
        {
            string[] fields = row.Split('\t');
            if (fields.Length < 3)
            {
                continue;
            }

            int first = int.Parse(fields[1], CultureInfo.InvariantCulture) - 1;
            int count = int.Parse(fields[2], CultureInfo.InvariantCulture);
            documents.Add(lines.Skip(first).Take(count).ToList());
        }

        ContextModel Train(int? skipParity) => ContextModel.Train(
            documents.Where((_, i) => skipParity is null || i % 2 != skipParity).SelectMany(document => document));
        return new NewsContext([Train(0), Train(1)], Train(null), documents.Sum(document => document.Count));
    }
}
