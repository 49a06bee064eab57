using System.Text;
using AzNormalize.Correction;
using AzNormalize.Normalization;
using AzNormalize.Tokenization;
using SharpFuzz;

namespace AzNormalize.Fuzz;

/// <summary>
/// The fuzz targets: the input's first byte picks one, the rest is its input. A target fails by throwing anything but the
/// exceptions it documents (a loader's <see cref="InvalidDataException"/>), or when an invariant breaks (a lossless
/// tokenizer, edits that name what they replace, a second fix that changes nothing).
/// </summary>
internal static class Program
{
    private static readonly AzNormalizer s_default = AzNormalizer.Default;

    private static readonly AzNormalizer s_edits = new(new AzNormalizerOptions
    {
        Layout = new LayoutOptions { Mode = LayoutMode.Full },
        Spelling = new SpellingOptions { Edits = true, Decoder = SpellingDecoder.Sentence },
    });

    /// <summary>Whether a second fix must change nothing (AZNORM_FUZZ_CRASHES_ONLY=1 checks only crashes and edits).</summary>
    private static readonly bool s_checkIdempotence = Environment.GetEnvironmentVariable("AZNORM_FUZZ_CRASHES_ONLY") != "1";

    private static void Main(string[] args)
    {
        if (args.Length > 0)
        {
            // Replay: run every file given (a crash found by afl-fuzz, or the seed corpus) once, in process.
            foreach (string path in args)
            {
                Run(File.ReadAllBytes(path));
            }

            return;
        }

        Fuzzer.Run(stream =>
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            Run(memory.ToArray());
        });
    }

    /// <summary>Runs the target the first byte picks.</summary>
    internal static void Run(byte[] data)
    {
        if (data.Length == 0)
        {
            return;
        }

        byte target = data[0];
        // Text targets read UTF-16 code units straight from the bytes, so lone surrogates and every control character occur.
        string text = data.Length > 1 ? Encoding.Unicode.GetString(data, 1, (data.Length - 1) & ~1) : string.Empty;
        switch (target % 6)
        {
            case 0:
                Tokens(text);
                break;
            case 1:
                Fix(s_default, text);
                break;
            case 2:
                Fix(s_edits, text);
                break;
            case 3:
                Load(data.AsSpan(1), static reader => CorrectionWeights.Read(reader, "fuzz"));
                break;
            case 4:
                Load(data.AsSpan(1), static reader => ContextModel.Load(reader, "fuzz"));
                break;
            default:
                new LayoutRepairer(new LayoutOptions { Mode = LayoutMode.Auto }).Repair(text);
                break;
        }
    }

    private static void Tokens(string text)
    {
        int end = 0;
        foreach (Token token in Tokenizer.Tokenize(text))
        {
            if (token.Start != end)
            {
                throw new InvalidOperationException($"tokens not contiguous at {end}");
            }

            end = token.End;
        }

        if (end != text.Length)
        {
            throw new InvalidOperationException("tokens do not cover the text");
        }
    }

    private static void Fix(AzNormalizer pipeline, string text)
    {
        FixResult once = pipeline.Fix(text);
        foreach (Edit edit in once.Edits)
        {
            if (!text.AsSpan(edit.Start, edit.Length).SequenceEqual(edit.Original))
            {
                throw new InvalidOperationException($"edit at {edit.Start} does not name what it replaces");
            }
        }

        if (!s_checkIdempotence)
        {
            return;
        }

        FixResult twice = pipeline.Fix(once.Text);
        if (twice.Changed)
        {
            throw new InvalidOperationException($"a second fix changed the text: {twice.Edits[0].Kind} '{twice.Edits[0].Original}' -> '{twice.Edits[0].Replacement}' ({twice.Edits[0].Reason}); first: {string.Join("; ", once.Edits.Select(e => $"'{e.Original}' -> '{e.Replacement}' ({e.Reason})"))}");
        }
    }

    private static void Load<T>(ReadOnlySpan<byte> bytes, Func<TextReader, T> load)
    {
        try
        {
            using var reader = new StringReader(Encoding.UTF8.GetString(bytes));
            load(reader);
        }
        catch (InvalidDataException)
        {
            // A malformed file is refused with a message: the documented outcome.
        }
        catch (FormatException)
        {
            // The context model's loader reports malformed text so (documented).
        }
    }
}
