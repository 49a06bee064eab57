using System.Reflection;
using AzNormalize.Correction;
using FluentAssertions;

namespace AzNormalize.Tests.Correction;

/// <summary>The learned weights: the file round-trips, a bad file fails loudly, the embedded one loads without Microsoft.ML.</summary>
public sealed class LearnedWeightsTests
{
    private static CorrectionWeights Sample()
    {
        var weights = new double[ScoringFeature.Count];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = -0.1 * (i + 1) / 3.0; // not short decimals: the file must keep every bit
        }

        return new CorrectionWeights
        {
            Scorer = new LearnedScorer(weights, [0.1, 0.5, 0.9], [0.05, 0.4, 0.97]),
            Source = "test data, seed 7",
            MinConfidence = 0.65,
            KnownWordMinConfidence = 0.85,
        };
    }

    private static string TempFile() => Path.Combine(Path.GetTempPath(), $"aznorm-weights-{Guid.NewGuid():N}.azw");

    [Fact]
    public void SaveThenLoad_GivesTheSameWeightsAndTheSameBytes()
    {
        CorrectionWeights original = Sample();
        string first = TempFile();
        string second = TempFile();
        try
        {
            original.Save(first);
            CorrectionWeights loaded = CorrectionWeights.Load(first);
            loaded.Save(second);

            loaded.IsLearned.Should().BeTrue();
            loaded.Scorer!.Weights.Should().Equal(original.Scorer!.Weights);
            loaded.Scorer.Calibration.Should().Equal(original.Scorer.Calibration);
            loaded.MinConfidence.Should().Be(0.65);
            loaded.KnownWordMinConfidence.Should().Be(0.85);
            loaded.Source.Should().Be("test data, seed 7");
            File.ReadAllBytes(second).Should().Equal(File.ReadAllBytes(first));
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Fact]
    public void Load_MissingFile_ThrowsFileNotFoundNamingIt()
    {
        Action load = () => CorrectionWeights.Load("/no/such/dir/weights.azw");
        load.Should().Throw<FileNotFoundException>().WithMessage("*weights.azw*");
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("hello\n", "line 1*azweights 1")]
    [InlineData("azweights 1\nfeature Diacritic x\n", "line 2*not a finite number")]
    [InlineData("azweights 1\nfeature Diacritic 1\nfeature Diacritic 1\n", "line 3*twice")]
    [InlineData("azweights 1\nfeature NoSuchFeature 1\n", "line 2*unknown feature")]
    [InlineData("azweights 1\nthreshold MinConfidence 1.5\n", "line 2*between 0 and 1")]
    [InlineData("azweights 1\ncalibrate 0.5 0.6\ncalibrate 0.4 0.7\n", "line 3*ascend")]
    [InlineData("azweights 1\nbananas\n", "line 2*cannot read")]
    [InlineData("azweights 1\nfeature Diacritic -0.5\n", "*feature 'AsciiTypedDiacritic' is missing*")]
    public void Read_CorruptFile_ThrowsInvalidDataWithTheLine(string text, string message)
    {
        Action read = () => CorrectionWeights.Read(new StringReader(text), "my.azw");
        read.Should().Throw<InvalidDataException>().WithMessage($"my.azw*{message}*");
    }

    [Fact]
    public void Read_CutShortFile_Fails()
    {
        string path = TempFile();
        try
        {
            Sample().Save(path);
            string whole = File.ReadAllText(path);
            string cut = whole[..(whole.Length / 2)];
            cut = cut[..cut.LastIndexOf('\n')];
            Action read = () => CorrectionWeights.Read(new StringReader(cut), "cut.azw");
            read.Should().Throw<InvalidDataException>().WithMessage("*missing*");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Calibrate_IsLinearBetweenPointsAndFlatOutside()
    {
        CorrectionWeights weights = Sample();
        weights.Calibrate(0.0).Should().Be(0.05);
        weights.Calibrate(0.1).Should().Be(0.05);
        weights.Calibrate(0.3).Should().BeApproximately(0.225, 1e-12);
        weights.Calibrate(0.5).Should().Be(0.4);
        weights.Calibrate(1.0).Should().Be(0.97);
        CorrectionWeights.HandSet.Calibrate(0.42).Should().Be(0.42);
    }

    [Fact]
    public void Learned_EmbeddedWeightsLoad_WithEveryFeatureAndSaneThresholds()
    {
        CorrectionWeights learned = CorrectionWeights.Learned;

        learned.IsLearned.Should().BeTrue();
        learned.Source.Should().Contain("AzNormalize.Training");
        learned.MinConfidence.Should().BeInRange(0.5, 1);
        learned.KnownWordMinConfidence.Should().BeInRange(learned.MinConfidence, 1);
        learned.Scorer!.Weights.Should().HaveCount(ScoringFeature.Count).And.OnlyContain(w => double.IsFinite(w));
        // A learned scorer must still price a change as a cost and a frequent word as a gain.
        learned.Scorer[(int)ErrorOperation.Substitution].Should().BeNegative();
        learned.Scorer[ScoringFeature.Frequency].Should().BePositive();
        learned.Scorer.Calibration.Should().NotBeEmpty();
    }

    [Fact]
    public void CoreLibrary_RunsLearnedWeightsWithNoMicrosoftMlAssembly()
    {
        Assembly core = typeof(CorrectionWeights).Assembly;
        core.GetReferencedAssemblies().Select(a => a.Name).Should().NotContain(name => name!.StartsWith("Microsoft.ML", StringComparison.Ordinal));
        Type.GetType("Microsoft.ML.MLContext, Microsoft.ML", throwOnError: false).Should().BeNull("the tests never load Microsoft.ML");

        var normalizer = new AzNormalizer(new AzNormalizerOptions
        {
            Spelling = new SpellingOptions { Decoder = SpellingDecoder.Sentence, Edits = true, Weights = CorrectionWeights.Learned },
        });
        FixResult result = normalizer.Fix("Bu gün prezdent çıxış etdi.");

        result.Text.Should().Be("Bu gün prezident çıxış etdi.");
        result.Edits.Should().ContainSingle().Which.Reason.Should().Contain("calibrated");
        AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).Should().NotContain(name => name!.StartsWith("Microsoft.ML", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Bu məsələyə dikkət etmək lazımdır.", "Bu məsələyə diqqət etmək lazımdır.")]
    [InlineData("Biz bu gun universitetde yeni kitablar oxuduq ve onlari muzakire etdik.", "Biz bu gün universitetdə yeni kitablar oxuduq və onları müzakirə etdik.")]
    [InlineData("Hökumət yeni qanun layihəsini müzakirə etdi.", "Hökumət yeni qanun layihəsini müzakirə etdi.")]
    public void Learned_RepairsTypicalErrorsAndLeavesCleanTextAlone(string text, string expected)
    {
        var normalizer = new AzNormalizer(new AzNormalizerOptions
        {
            Spelling = new SpellingOptions { Decoder = SpellingDecoder.Sentence, Edits = true, Weights = CorrectionWeights.Learned },
        });

        normalizer.Fix(text).Text.Should().Be(expected);
    }

    [Fact]
    public void Save_HandSetWeights_IsRefused()
    {
        Action save = () => CorrectionWeights.HandSet.Save(TempFile());
        save.Should().Throw<InvalidOperationException>();
    }
}
