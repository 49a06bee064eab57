using AzNormalize.Correction;
using FluentAssertions;

namespace AzNormalize.Tests.Correction;

public sealed class ContextModelTests
{
    private static readonly ContextModel s_model = ContextModel.Train(["Bu şəhər böyükdür. Bu şəhər gözəldir; bu kənd kiçikdir.", "Şəhər\nböyükdür"]);

    [Fact]
    public void Train_CountsWordsAndPairs_WithinSentences()
    {
        s_model.GetCount("şəhər").Should().Be(3);
        s_model.GetPairCount("bu", "şəhər").Should().Be(2);
        s_model.GetPairCount("böyükdür", "bu").Should().Be(0, "a pair never crosses a sentence end");
        s_model.GetPairCount("gözəldir", "bu").Should().Be(0, "nor a semicolon");
        s_model.GetPairCount("şəhər", "böyükdür").Should().Be(1, "nor a line break");
        s_model.TokenCount.Should().Be(11);
    }

    [Fact]
    public void LogProbability_PrefersWhatWasSeen()
    {
        s_model.LogProbability("bu", "şəhər").Should().BeGreaterThan(s_model.LogProbability("bu", "səhər"));
        s_model.LogProbability(null, "şəhər").Should().BeGreaterThan(s_model.LogProbability(null, "kənd"));
    }

    [Fact]
    public void SaveAndLoad_RoundTrip()
    {
        var writer = new StringWriter();
        s_model.Save(writer);

        ContextModel loaded = ContextModel.Load(new StringReader(writer.ToString()), "model.txt");

        loaded.GetCount("şəhər").Should().Be(3);
        loaded.GetPairCount("bu", "şəhər").Should().Be(2);
        loaded.PairCount.Should().Be(s_model.PairCount);
        loaded.LogProbability("bu", "kənd").Should().Be(s_model.LogProbability("bu", "kənd"));
    }

    [Theory]
    [InlineData("nonsense\n", "line 1 of model.txt: expected 'azctx 1'")]
    [InlineData("azctx 1\nşəhər 3\n", "line 2 of model.txt: expected 'word<TAB>count' or 'word word<TAB>count'")]
    [InlineData("azctx 1\nbir iki üç\t3\n", "line 2 of model.txt: expected one or two words before the tab")]
    public void Load_NamesTheBadLine(string text, string message)
    {
        Action load = () => ContextModel.Load(new StringReader(text), "model.txt");

        load.Should().Throw<FormatException>().WithMessage(message);
    }
    [Fact]
    public void Builder_CountsAsTrainDoes_AndStartsAgainAfterBuild()
    {
        var builder = new ContextModelBuilder();
        builder.Add("Bu şəhər böyükdür. Bu şəhər gözəldir; bu kənd kiçikdir.");
        builder.Add("Şəhər\nböyükdür");

        ContextModel model = builder.Build();

        model.TokenCount.Should().Be(s_model.TokenCount);
        model.PairCount.Should().Be(s_model.PairCount);
        model.GetPairCount("bu", "şəhər").Should().Be(2);
        builder.Build().TokenCount.Should().Be(0);
    }
}
