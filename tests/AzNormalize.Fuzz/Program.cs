using System.Text;
using AzNormalize.Correction;
using AzNormalize.Lexicon;
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
        if (args is ["seeds", string folder])
        {
            WriteSeeds(folder);
            return;
        }

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
        switch (target % Targets)
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
            case 5:
                new LayoutRepairer(new LayoutOptions { Mode = LayoutMode.Auto }).Repair(text);
                break;
            case 6:
                LoadBinary(data.AsSpan(1), static stream => LexiconArtifact.Read(stream, "fuzz", static (_, _, _) => { }, static (_, _) => { }));
                break;
            case 7:
                LoadBinary(data.AsSpan(1), static stream => ContextArtifact.Read(stream, "fuzz"));
                break;
            case 8:
                Lists(data.AsSpan(1));
                break;
            case 9:
                Config(data.AsSpan(1));
                break;
            case 10:
                JsonLines(data.AsSpan(1));
                break;
            default:
                Protected(data.AsSpan(1));
                break;
        }
    }

    /// <summary>
    /// Writes the seeds of the targets whose inputs are easiest made by the library itself: a small valid lexicon and context
    /// artifact (so the fuzzer starts past the header checks), a frequency list, an aznorm.json, JSON Lines, a protected fix.
    /// </summary>
    private static void WriteSeeds(string folder)
    {
        Directory.CreateDirectory(folder);
        using (var lexicon = new MemoryStream())
        {
            LexiconArtifact.Write(lexicon, [new("bu", WordAttributes.SeenLowercase), new("gün", WordAttributes.SeenLowercase), new("Bakı", WordAttributes.SeenCapitalized)], "fuzz seed");
            File.WriteAllBytes(Path.Combine(folder, "lexicon-artifact"), [6, .. lexicon.ToArray()]);
        }

        using (var context = new MemoryStream())
        {
            using var reader = new StringReader("azctx 1\nbu\t3\ngün\t2\nbu gün\t2\n");
            ContextArtifact.Write(context, ContextModel.Load(reader, "seed"), "fuzz seed");
            File.WriteAllBytes(Path.Combine(folder, "context-artifact"), [7, .. context.ToArray()]);
        }

        File.WriteAllBytes(Path.Combine(folder, "lists"), [8, .. Encoding.UTF8.GetBytes("bu 120\ngün\t7\n\nBAKI 3\n")]);
        File.WriteAllBytes(Path.Combine(folder, "config"), [9, .. Encoding.UTF8.GetBytes("""
            {
              // words of the project
              "words": ["AzNormalize"],
              "ignore": ["*.md"],
              "minConfidence": 0.8,
              "layout": "auto",
              "rules": { "Diacritic": false },
            }
            """)]);
        File.WriteAllBytes(Path.Combine(folder, "jsonl"), [10, .. Encoding.UTF8.GetBytes("""
            {"id":1,"text":"Bu gun hava yaxsidir.","tags":["a"]}
            {"id":2,"text":"olundu-\n\nğu \ud800"}

            "bare string"
            """)]);
        File.WriteAllBytes(Path.Combine(folder, "protected"), [11, 2, 0, 40, 128, 64, .. Encoding.Unicode.GetBytes("Bu gun dikkətə olundu-\n\nğu və http://x.az/ikinci")]);
    }

    /// <summary>How many targets the first byte picks from.</summary>
    private const int Targets = 12;

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

    private static void LoadBinary<T>(ReadOnlySpan<byte> bytes, Func<Stream, T> load)
    {
        try
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            load(stream);
        }
        catch (InvalidDataException)
        {
            // A truncated, foreign or corrupt artifact is refused with a message: the documented outcome.
        }
    }

    /// <summary>A frequency list and a word list read into an empty lexicon, then looked up.</summary>
    private static void Lists(ReadOnlySpan<byte> bytes)
    {
        string text = Encoding.UTF8.GetString(bytes);
        foreach (bool counts in (ReadOnlySpan<bool>)[true, false])
        {
            try
            {
                using var reader = new StringReader(text);
                AzLexicon lexicon = counts ? AzLexicon.Empty.WithFrequencyList(reader, "fuzz") : AzLexicon.Empty.WithWordList(reader, "fuzz");
                foreach (string line in text.Split('\n'))
                {
                    lexicon.Contains(line.Trim());
                }
            }
            catch (LexiconFormatException)
            {
                // A malformed line is refused with the list's name and line: the documented outcome.
            }
        }
    }

    /// <summary>An aznorm.json, read by the command-line tool checking one sentence: a usage or input error, never a crash.</summary>
    private static void Config(ReadOnlySpan<byte> bytes)
    {
        string folder = Path.Combine(Path.GetTempPath(), $"aznorm-fuzz-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "aznorm.json");
        File.WriteAllBytes(path, bytes.ToArray());
        (int code, _) = Cli(["check", "--config", path, "-"], Encoding.UTF8.GetBytes("Bu mətn yoxlanir.\n"));
        if (code is not (0 or 1 or 2 or 3))
        {
            throw new InvalidOperationException($"check with a fuzzed aznorm.json ended with exit code {code}");
        }
    }

    /// <summary>
    /// JSON Lines through the command-line mapper: a usage or input error, never a crash; when it succeeds, one line out for
    /// every line in, so no record is dropped.
    /// </summary>
    private static void JsonLines(ReadOnlySpan<byte> bytes)
    {
        (int code, byte[] output) = Cli(["fix", "--input-format", "jsonl", "-"], bytes.ToArray());
        if (code is not (0 or 3))
        {
            throw new InvalidOperationException($"fix --input-format jsonl ended with exit code {code}");
        }

        if (code == 0)
        {
            int linesIn = Lines(bytes);
            int linesOut = Lines(output);
            if (linesIn != linesOut)
            {
                throw new InvalidOperationException($"fix --input-format jsonl read {linesIn} lines and wrote {linesOut}");
            }
        }
    }

    /// <summary>Lines as a JSON Lines reader counts them: ended by \n, the last one possibly unended; none in an empty input.</summary>
    private static int Lines(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        int count = bytes.Count((byte)'\n');
        return bytes.IsEmpty || bytes[^1] == (byte)'\n' ? count : count + 1;
    }

    private static (int Code, byte[] Output) Cli(string[] args, byte[] stdin)
    {
        using var input = new MemoryStream(stdin, writable: false);
        using var output = new MemoryStream();
        using var errors = new StringWriter();
        int code = global::AzNormalize.Cli.Program.Run(args, input, output, errors);
        return (code, output.ToArray());
    }

    /// <summary>
    /// A fix with protected spans: the first byte gives how many spans, each then takes two bytes (start, length) scaled over
    /// the text; no edit may touch a span, and the text inside each stays as it was.
    /// </summary>
    private static void Protected(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return;
        }

        int count = Math.Min(bytes[0] % 8, (bytes.Length - 1) / 2);
        ReadOnlySpan<byte> spanBytes = bytes.Slice(1, 2 * count);
        ReadOnlySpan<byte> textBytes = bytes[(1 + (2 * count))..];
        string text = Encoding.Unicode.GetString(textBytes[..(textBytes.Length & ~1)]);
        var spans = new List<TextSpan>();
        for (int i = 0; i < count; i++)
        {
            int start = spanBytes[2 * i] * text.Length / 256;
            int length = Math.Min(spanBytes[(2 * i) + 1] * text.Length / 256, text.Length - start);
            spans.Add(new TextSpan(start, length));
        }

        FixResult result = s_edits.Fix(text, spans);
        foreach (Edit edit in result.Edits)
        {
            foreach (TextSpan span in spans)
            {
                bool overlaps = edit.Start < span.End && span.Start < edit.Start + edit.Length;
                bool insertsInside = edit.Length == 0 && edit.Start > span.Start && edit.Start < span.End;
                if (span.Length > 0 && (overlaps || insertsInside))
                {
                    throw new InvalidOperationException($"an edit at {edit.Start} ('{edit.Original}' -> '{edit.Replacement}') touches the protected span {span}");
                }
            }
        }
    }
}
