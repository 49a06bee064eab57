using AzNormalize.Correction;
using AzNormalize.Lexicon;
using AzNormalize.Normalization;
using FluentAssertions;

namespace AzNormalize.Tests.Lexicon;

/// <summary>A user's words in one place (<see cref="AzDictionary"/>, <see cref="AzNormalizerOptions.Dictionary"/>) reach every stage.</summary>
public sealed class AzDictionaryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"aznorm-dictionary-{Guid.NewGuid():N}");

    public AzDictionaryTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string File(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void DetectFormat_TermCountLines_AreCountsAnythingElseWords()
    {
        AzDictionary.DetectFormat(File("counts.txt", "friman 500\n\nbrexit\t30\n")).Should().Be(DictionaryListFormat.Counts);
        AzDictionary.DetectFormat(File("words.txt", "Friman\nBrexit\n")).Should().Be(DictionaryListFormat.Words);
        AzDictionary.DetectFormat(File("mixed.txt", "friman 500\nBrexit\n")).Should().Be(DictionaryListFormat.Words);
    }

    [Fact]
    public void WithListFile_CountsAndWords_AreKnownWithTheirCounts()
    {
        AzDictionary mine = AzDictionary.Default
            .WithListFile(File("counts.txt", "qzxfriman 500\n"))
            .WithListFile(File("words.txt", "Qzxbrexit\n"))
            .WithWords(["qzxsöz"]);

        mine.Morphology.IsKnown("qzxfriman").Should().BeTrue();
        mine.Morphology.IsKnown("Qzxbrexitdən").Should().BeTrue("an inflected form of a word added is known too");
        mine.Morphology.IsKnown("qzxsöz").Should().BeTrue();
        mine.Lexicon.GetCount("qzxfriman").Should().Be(500);
        AzDictionary.Default.Morphology.IsKnown("qzxfriman").Should().BeFalse("the default is not changed");
    }

    [Fact]
    public void Dictionary_ReachesTheCorrector()
    {
        const string text = "Biz dikkətə layiq müəllim gördük.";

        AzNormalizer.Default.Fix(text).Text.Should().Be("Biz diqqətə layiq müəllim gördük.", "without the word the corrector takes it for a Turkish spelling");
        new AzNormalizer(new AzNormalizerOptions { Dictionary = AzDictionary.Default.WithWords(["dikkət"]) }).Fix(text).Text.Should().Be(text);
    }

    [Fact]
    public void Dictionary_ReachesLayoutRepair()
    {
        const string text = "Bu zorbalıq-\netmə idi.";
        var full = new LayoutOptions { Mode = LayoutMode.Full };

        new AzNormalizer(new AzNormalizerOptions { Layout = full, Spelling = new SpellingOptions { Enabled = false } }).Fix(text).Text.Should().Be("Bu zorbalıq-etmə idi.");
        new AzNormalizer(new AzNormalizerOptions { Layout = full, Spelling = new SpellingOptions { Enabled = false }, Dictionary = AzDictionary.Default.WithWords(["zorbalıqetmə"]) })
            .Fix(text).Text.Should().Be("Bu zorbalıqetmə idi.");
    }

    [Fact]
    public void Dictionary_ReachesTheCyrillicConverter()
    {
        // г read as g only where that is a word: the user's word decides.
        var latin = new AzNormalizerOptions { Script = ScriptMode.Latin, Spelling = new SpellingOptions { Enabled = false } };
        new AzNormalizer(latin).Fix("гзхәр").Text.Should().Be("qzxər");
        new AzNormalizer(new AzNormalizerOptions { Script = ScriptMode.Latin, Spelling = new SpellingOptions { Enabled = false }, Dictionary = AzDictionary.Default.WithWords(["gzxər"]) })
            .Fix("гзхәр").Text.Should().Be("gzxər");
    }
}
