using AzNormalize.Lexicon;
using AzNormalize.Tests.Infrastructure;
using FluentAssertions;

namespace AzNormalize.Tests.Lexicon;

public sealed class AzLexiconListTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aznorm-lexicon-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void WithFrequencyFile_MergesCountsInAzerbaijaniLowercase()
    {
        string path = Write("freq.txt", "salam 100\nBAKI 5\nBakı\t7\n\nqarabağlılar 3\n");
        AzLexicon lexicon = AzLexicon.Default.WithFrequencyFile(path);

        lexicon.GetCount("bakı").Should().Be(AzLexicon.Default.GetCount("bakı") + 12, "a user's counts add to the embedded ones");
        lexicon.GetCount("SALAM").Should().Be(AzLexicon.Default.GetCount("salam") + 100);
        lexicon.GetCount("İYUN").Should().Be(AzLexicon.Default.GetCount("iyun"));
        lexicon.Contains("iyun").Should().BeTrue("the default words stay");
        lexicon.TryGetEntry("qarabağlılar", out LexiconEntry entry).Should().BeTrue();
        entry.Attributes.Should().HaveFlag(WordAttributes.SeenLowercase);
        entry.Attributes.Should().NotHaveFlag(WordAttributes.UserSupplied, "a counted word is a listed form, not a free stem");
        lexicon.Source.Should().EndWith(path);
        AzLexicon.Empty.WithFrequencyFile(path).GetCount("bakı").Should().Be(12);
    }

    [Fact]
    public void WithFrequencyFile_NewWord_Counted()
    {
        AzLexicon lexicon = AzLexicon.Empty.WithFrequencyFile(Write("new.txt", "ZZQQ 4\n"));
        lexicon.Count.Should().Be(1);
        lexicon.GetCount("zzqq").Should().Be(4);
    }

    [Theory]
    [InlineData("bakı çox")]
    [InlineData("bakı")]
    [InlineData("bakı -5")]
    [InlineData("bakı 1.5")]
    [InlineData("bakı 12 13")]
    [InlineData("bakı 99999999999999999999999")]
    public void WithFrequencyFile_MalformedLine_NamesFileLineAndExpectation(string line)
    {
        string path = Write("words.txt", "salam 100\n" + line + "\n");
        Action act = () => AzLexicon.Default.WithFrequencyFile(path);

        LexiconFormatException exception = act.Should().Throw<LexiconFormatException>().Which;
        exception.Message.Should().StartWith($"line 2 of {path}: expected 'term count' with a whole-number count");
        exception.LineNumber.Should().Be(2);
        exception.ListName.Should().Be(path);
    }

    [Fact]
    public void WithWordListFile_MergesWords()
    {
        AzLexicon lexicon = AzLexicon.Default.WithWordListFile(Write("list.txt", "\uFEFFKOMPÜTERLƏŞDİRİLMƏSİNDƏNMİŞ\n  zzqq  \n"));
        lexicon.Contains("kompüterləşdirilməsindənmiş").Should().BeTrue();
        lexicon.Contains("ZZQQ").Should().BeTrue();
        lexicon.Count.Should().Be(AzLexicon.Default.Count + 2);
    }

    [Fact]
    public void WithWordListFile_TwoWordsOnALine_NamesFileAndLine()
    {
        string path = Write("list.txt", "salam\n\nçox sağ ol\n");
        Action act = () => AzLexicon.Default.WithWordListFile(path);
        act.Should().Throw<LexiconFormatException>().WithMessage($"line 3 of {path}: expected one word per line, found \"çox sağ ol\"");
    }

    [Fact]
    public void WithFrequencyFile_MissingFile_NamesThePath()
    {
        string path = Path.Combine(_folder, "absent.txt");
        Action act = () => AzLexicon.Default.WithFrequencyFile(path);
        act.Should().Throw<FileNotFoundException>().WithMessage($"*'{path}'*").Which.FileName.Should().Be(path);
    }

    [Fact]
    public void WithWordListFile_MissingFile_NamesThePath()
    {
        string path = Path.Combine(_folder, "absent-words.txt");
        Action act = () => AzLexicon.Default.WithWordListFile(path);
        act.Should().Throw<FileNotFoundException>().WithMessage($"*'{path}'*");
    }

    [Fact]
    public void WithFrequencyList_Reader_UsesTheGivenName()
    {
        Action act = () => AzLexicon.Empty.WithFrequencyList(new StringReader("a 1\nb x"), "inline list");
        act.Should().Throw<LexiconFormatException>().WithMessage("line 2 of inline list: *");
    }

    [SharedDataFact("localdoc-symspell-az/frequency_dictionary_az_80k.txt")]
    public void WithFrequencyFile_SymSpellList_LoadsEveryLine()
    {
        string path = SharedData.PathOf("localdoc-symspell-az/frequency_dictionary_az_80k.txt")!;
        AzLexicon lexicon = AzLexicon.Default.WithFrequencyFile(path);

        lexicon.Count.Should().BeGreaterThan(AzLexicon.Default.Count);
        lexicon.GetCount("və").Should().BeGreaterThan(1_000_000);
        lexicon.GetCount("VƏ").Should().Be(lexicon.GetCount("və"));
    }
}
