using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AzNormalize.Evaluation.Infrastructure;

namespace AzNormalize.Training;

/// <summary>
/// Real OCR noise for training: renders a document as a newspaper column with tesseract's <c>text2image</c> (Pango, one of
/// a few fonts, sizes and resolutions, a distorted image) and reads it back with <c>tesseract -l aze --psm 6</c>, as the
/// evaluation's OCR documents were made, but from the training text. Needs Debian's <c>tesseract-ocr</c>,
/// <c>tesseract-ocr-aze</c> and fonts (<c>fonts-dejavu-core</c>, <c>fonts-liberation2</c>, <c>fonts-freefont-ttf</c>).
/// Results are cached by a hash of the text and the settings.
/// </summary>
internal static class OcrRenderer
{
    private const string Text2Image = "/usr/bin/text2image";
    private const string Tesseract = "/usr/bin/tesseract";
    private const string FontsDir = "/usr/share/fonts";

    /// <summary>Fonts, cycled by document (those installed are used).</summary>
    private static readonly string[] s_fonts = ["Liberation Serif", "DejaVu Serif", "FreeSerif", "Liberation Sans", "DejaVu Sans", "FreeSans"];

    /// <summary>Settings, cycled by document: point size, dpi, exposure.</summary>
    private static readonly (int Points, int Dpi, int Exposure)[] s_settings = [(11, 300, 0), (10, 200, 0), (11, 150, 0), (10, 150, 0), (12, 150, -1), (10, 200, 1)];

    /// <summary>One thread per tesseract process: several pages run side by side.</summary>
    private static readonly Dictionary<string, string> s_oneThread = new() { ["OMP_THREAD_LIMIT"] = "1" };

    /// <summary>Whether the tools are installed.</summary>
    public static bool IsAvailable => File.Exists(Text2Image) && File.Exists(Tesseract)
        && File.Exists("/usr/share/tesseract-ocr/5/tessdata/aze.traineddata");

    /// <summary>The OCR text of each document (null where rendering failed), in order.</summary>
    public static string?[] Read(IReadOnlyList<string> texts, string cacheDirectory, Action<string> log)
    {
        Directory.CreateDirectory(cacheDirectory);
        var results = new string?[texts.Count];
        int failed = 0;
        int cached = 0;
        Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, i =>
        {
            string font = s_fonts[i % s_fonts.Length];
            (int points, int dpi, int exposure) = s_settings[i / s_fonts.Length % s_settings.Length];
            string key = Hash($"{font}|{points}|{dpi}|{exposure}|{texts[i]}");
            string cachedPath = Path.Combine(cacheDirectory, key + ".ocr.txt");
            if (File.Exists(cachedPath))
            {
                results[i] = File.ReadAllText(cachedPath, Encoding.UTF8);
                Interlocked.Increment(ref cached);
                return;
            }

            string work = Path.Combine(cacheDirectory, "work-" + key);
            Directory.CreateDirectory(work);
            try
            {
                string input = Path.Combine(work, "page.txt");
                File.WriteAllText(input, texts[i], new UTF8Encoding(false));
                string outputBase = Path.Combine(work, "page");
                int width = (int)(4.8 * dpi);
                int height = 16 * dpi;
                bool rendered = Run(Text2Image, [$"--text={input}", $"--outputbase={outputBase}", $"--font={font}", $"--fonts_dir={FontsDir}",
                    $"--ptsize={points}", $"--resolution={dpi}", $"--exposure={exposure}", $"--xsize={width}", $"--ysize={height}",
                    $"--margin={(int)(0.4 * dpi)}", "--distort_image=true"], work);
                if (!rendered || !File.Exists(outputBase + ".tif") || !Run(Tesseract, [outputBase + ".tif", Path.Combine(work, "ocr"), "-l", "aze", "--psm", "6"], work))
                {
                    Interlocked.Increment(ref failed);
                    return;
                }

                string ocr = File.ReadAllText(Path.Combine(work, "ocr.txt"), Encoding.UTF8).Replace("\f", "\n\n", StringComparison.Ordinal);
                File.WriteAllText(cachedPath + ".tmp", ocr, new UTF8Encoding(false));
                File.Move(cachedPath + ".tmp", cachedPath, overwrite: true);
                results[i] = ocr;
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        });

        log($"OCR: {texts.Count} documents rendered and read by tesseract ({cached} from the cache, {failed} failed)");
        return results;
    }

    /// <summary>Runs a tool to its end on one thread (several pages run side by side); whether it succeeded.</summary>
    private static bool Run(string program, string[] arguments, string directory) =>
        ChildProcess.Run(program, arguments, environment: s_oneThread, workingDirectory: directory).ExitCode == 0;

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..24].ToString(CultureInfo.InvariantCulture);
}
