using AzNormalize.Lexicon;
using FluentAssertions;

namespace AzNormalize.LexiconBuilder.Tests;

/// <summary>Rules 18 and 19 of the lexicon builder on small word lists the tests control (data/README.md).</summary>
public sealed class TwinRuleTests
{
    private const string Source = "test source";

    private static readonly string[] s_adam = ["adam", "adamlar", "adamın", "adama", "adamda", "adamdan", "adamı"];

    private static Dictionary<string, WordAttributes> Kept(params string[] words)
    {
        var kept = new Dictionary<string, WordAttributes>(StringComparer.Ordinal);
        foreach (string word in words)
        {
            kept[word] = WordAttributes.SeenLowercase;
        }

        return kept;
    }

    [Fact]
    public void SuffixTwin_RemovesAFormWhoseEndingIsInvalidAfterTheTwinsStem()
    {
        Dictionary<string, WordAttributes> kept = Kept([.. s_adam, "adamin", "adamlari"]);

        List<KeyValuePair<string, string>> removed = SuffixTwinRule.Apply(kept, Source);

        removed.Should().Contain(new KeyValuePair<string, string>("adamin", "adamın"));
        kept.Should().NotContainKey("adamin").And.ContainKey("adamın").And.ContainKey("adam");
    }

    [Fact]
    public void SuffixTwin_KeepsTheAdjectiveSuffixI()
    {
        Dictionary<string, WordAttributes> kept = Kept("kitab", "kitablar", "kitabın", "kitaba", "kitabda", "kitabı", "kitabi");

        SuffixTwinRule.Apply(kept, Source);

        kept.Should().ContainKey("kitabi");
    }

    [Fact]
    public void SuffixTwin_KeepsAFormThatParsesFromALongerStem()
    {
        Dictionary<string, WordAttributes> kept = Kept("yar", "yarlar", "yarın", "yara", "yarda", "yarış", "yarışı", "yarı", "yarılar", "yarının", "yarıya", "yarıda", "yarısı");

        SuffixTwinRule.Apply(kept, Source);

        kept.Should().ContainKey("yarısı"); // yarı+sı, whatever yarışı says about yar
    }

    [Fact]
    public void SuffixTwin_IgnoresATwinTheSourceWroteOnlyAsAName()
    {
        Dictionary<string, WordAttributes> kept = Kept([.. s_adam, "adamin"]);
        kept["adamın"] = WordAttributes.SeenCapitalized;

        SuffixTwinRule.Apply(kept, Source);

        kept.Should().ContainKey("adamin");
    }

    [Fact]
    public void StemTwin_RemovesAFormWithNoParseBesideATwinThatHasOne()
    {
        Dictionary<string, WordAttributes> kept = Kept("tənqid", "tənqidlər", "tənqidin", "tənqidə", "tənqidi", "tenqidi");

        List<KeyValuePair<string, string>> removed = StemTwinRule.Apply(kept, Source);

        removed.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, string>("tenqidi", "tənqidi"));
    }

    [Fact]
    public void StemTwin_RemovesALongAsciiBareWord_ButKeepsShortPairs()
    {
        Dictionary<string, WordAttributes> kept = Kept("dərhal", "derhal", "göl", "gol", "saç", "sac");

        StemTwinRule.Apply(kept, Source);

        kept.Keys.Should().BeEquivalentTo(["dərhal", "göl", "gol", "saç", "sac"]);
    }

    [Fact]
    public void StemTwin_KeepsAFormThatParsesOnItsOwn()
    {
        // oldu is ol+du, whatever öldü is.
        Dictionary<string, WordAttributes> kept = Kept("olmaq", "ölmək", "oldu", "öldü");

        StemTwinRule.Apply(kept, Source);

        kept.Should().ContainKey("oldu").And.ContainKey("öldü");
    }

    [Fact]
    public void StemTwin_KeepsNames()
    {
        Dictionary<string, WordAttributes> kept = Kept("dərhal");
        kept["derhal"] = WordAttributes.SeenCapitalized;

        StemTwinRule.Apply(kept, Source);

        kept.Should().ContainKey("derhal");
    }

    [Fact]
    public void StemTwin_ReadsAnOcrOAsSchwa_WhenTheTwinHasSuffixes()
    {
        Dictionary<string, WordAttributes> kept = Kept("məlumat", "məlumatlar", "məlumatın", "məlumata", "məlumatı", "molumatı");

        StemTwinRule.Apply(kept, Source);

        kept.Should().NotContainKey("molumatı").And.ContainKey("məlumatı");
    }

    [Fact]
    public void StemTwin_DoesNotReadOAsSchwa_ForBareWords()
    {
        Dictionary<string, WordAttributes> kept = Kept("fəsil", "fosil");

        StemTwinRule.Apply(kept, Source);

        kept.Should().ContainKey("fosil");
    }

    [Fact]
    public void Twins_RestoreEachLetterToEachOfItsReadings()
    {
        List<(string Twin, int FirstChange, bool ReadsOAsSchwa)> twins = [.. TwinLetters.Twins("dol", [1])];

        twins.Should().BeEquivalentTo([("döl", 1, false), ("dəl", 1, true)]);
    }

    [Fact]
    public void RareStem_MarksPiecesAndTwins_NotRareWords()
    {
        Dictionary<string, WordAttributes> kept = Kept("alacaq", "lacaq", "müxtəlif", "müxtəlf", "məlumat", "molumat", "sunami", "bədəl");

        List<KeyValuePair<string, string>> marked = RareStemRule.Apply(kept, Source);

        marked.Select(static pair => pair.Key).Should().BeEquivalentTo(["lacaq", "müxtəlf", "molumat"]);
        kept["lacaq"].Should().HaveFlag(WordAttributes.NotAStem);
        kept["sunami"].Should().NotHaveFlag(WordAttributes.NotAStem);
        kept.Should().HaveCount(8); // marked, never removed
    }

    [Fact]
    public void RareStem_LeavesVerbStemsAlone()
    {
        Dictionary<string, WordAttributes> kept = Kept("utan", "utanmaq", "butan");

        RareStemRule.Apply(kept, Source);

        kept["utan"].Should().NotHaveFlag(WordAttributes.NotAStem);
    }
}
