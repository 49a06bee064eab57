using AzNormalize.Lexicon;
using FluentAssertions;

namespace AzNormalize.Tests.Lexicon;

/// <summary>
/// What the embedded default must reject and keep since the builder's rules 18 and 19, the two-letter verb list, the
/// lowercase-name policy and the hand-written closed-class words (data/README.md).
/// </summary>
public sealed class AzLexiconPrecisionTests
{
    private static AzMorphology Default => AzMorphology.Default;

    [Theory]
    [InlineData("adamin")] // adam+ın typed without ı (rule 18)
    [InlineData("arasinda")] // ara+sı+nda
    [InlineData("oldugunu")] // ol+duğ+u+nu
    [InlineData("tenqidi")] // tənqid+i (rule 19)
    [InlineData("dövletin")]
    [InlineData("qiymet")] // a noisy stem typed in ASCII (rule 19)
    [InlineData("derhal")] // an ASCII bare word beside its twin
    [InlineData("xestexanaya")]
    public void AsciiTypedForms_OfTheSourceList_AreUnknown(string word)
    {
        Default.IsKnown(word).Should().BeFalse(word);
    }

    [Theory]
    [InlineData("adamın")]
    [InlineData("arasında")]
    [InlineData("olduğunu")]
    [InlineData("tənqidi")]
    [InlineData("dövlətin")]
    [InlineData("qiymət")]
    [InlineData("dərhal")]
    [InlineData("xəstəxanaya")]
    [InlineData("səhər")] // a real word beside its twin şəhər, kept
    [InlineData("kitabi")] // the adjective -i beside kitabı
    [InlineData("həyati")]
    [InlineData("iqtisadi")]
    [InlineData("yarısı")] // yarı+sı, whatever yarışı says
    public void TheirTwinsAndLookAlikeWords_StayKnown(string word)
    {
        Default.IsKnown(word).Should().BeTrue(word);
    }

    [Theory]
    [InlineData("lakin")]
    [InlineData("çünki")]
    [InlineData("üçün")]
    [InlineData("həmçinin")]
    [InlineData("Lakin")]
    public void ClosedClassWords_AreAlwaysKnown(string word)
    {
        Default.IsKnown(word).Should().BeTrue(word);
        AzLexicon.Default.TryGetEntry(word, out LexiconEntry entry).Should().BeTrue();
        (entry.Attributes & WordAttributes.FunctionWord).Should().Be(WordAttributes.FunctionWord);
    }

    [Theory]
    [InlineData("km")]
    [InlineData("kq")]
    [InlineData("mln")]
    [InlineData("mlrd")]
    public void LowercaseUnits_AreKnown(string word)
    {
        Default.IsKnown(word).Should().BeTrue(word);
    }

    [Theory]
    [InlineData("sunaminin")] // sunami: listed, inflections not listed; a rare stem
    [InlineData("hiddətindən")]
    [InlineData("bədəldir")]
    public void RareListedWords_TakeSuffixes(string word)
    {
        Default.IsKnown(word).Should().BeTrue(word);
    }

    [Theory]
    [InlineData("arxasıda")] // arxası is arxa+sı: a locative after it is -nda
    [InlineData("komitesinin")]
    [InlineData("lacaqlar")] // lacaq is a piece of alacaq (rule 20)
    [InlineData("molumatları")] // molumat is məlumat read by OCR (rule 20)
    public void RareStems_ThatAreInflectedFormsPiecesOrTwins_TakeNoSuffixes(string word)
    {
        Default.IsKnown(word).Should().BeFalse(word);
    }

    [Fact]
    public void ClosedClassWords_TakeNoSuffixesOfTheirOwnAccord()
    {
        // Only a word list with inflections makes a function word a stem; "lakindən" is no word.
        Default.IsKnown("lakindən").Should().BeFalse();
        Default.IsKnown("çünkilər").Should().BeFalse();
    }

    [Theory]
    [InlineData("ilmədilər")] // bilmədilər without its first letter: il is no verb stem of its own
    [InlineData("ilməz")] // bilməz
    [InlineData("ırır")] // qırır
    [InlineData("ördüyü")] // gördüyü
    public void TwoLetterStems_NotInTheVerbList_TakeNoVerbEndings(string word)
    {
        Default.IsKnown(word).Should().BeFalse(word);
    }

    [Theory]
    [InlineData("aldı")]
    [InlineData("oldu")]
    [InlineData("dedi")]
    [InlineData("edir")]
    [InlineData("ediblər")]
    [InlineData("içir")]
    [InlineData("öldü")]
    public void TwoLetterVerbs_StillInflect(string word)
    {
        Default.IsKnown(word).Should().BeTrue(word);
    }

    [Fact]
    public void AWordSeenOnlyAsAName_IsUnknownWrittenInLowercase()
    {
        var lexicon = AzLexicon.LoadArtifact(new MemoryStream(Artifact(("friman", WordAttributes.SeenCapitalized), ("bmt", WordAttributes.SeenAllCaps), ("ev", WordAttributes.SeenLowercase))), "test");
        var morphology = new AzMorphology(lexicon);

        morphology.IsKnown("Friman").Should().BeTrue();
        morphology.IsKnown("FRİMAN").Should().BeTrue();
        morphology.IsKnown("friman").Should().BeFalse();
        morphology.IsKnown("BMT").Should().BeTrue();
        morphology.IsKnown("bmt").Should().BeFalse();

        // The lexicon itself still answers in any casing; the policy is the word oracle's.
        lexicon.Contains("friman").Should().BeTrue();
    }

    [Fact]
    public void AWordTheUserListed_IsKnownInLowercase_EvenWhenTheSourceWroteItOnlyCapitalised()
    {
        var lexicon = AzLexicon.LoadArtifact(new MemoryStream(Artifact(("friman", WordAttributes.SeenCapitalized))), "test")
            .WithWordList(new StringReader("friman\n"), "user words");
        new AzMorphology(lexicon).IsKnown("friman").Should().BeTrue();
    }

    private static byte[] Artifact(params (string Word, WordAttributes Attributes)[] words)
    {
        using var stream = new MemoryStream();
        LexiconArtifact.Write(stream, words.Select(static w => new KeyValuePair<string, WordAttributes>(w.Word, w.Attributes)).ToList(), "test source");
        return stream.ToArray();
    }
}
