using System.Diagnostics;
using System.Globalization;
using System.Text;
using AzNormalize.InvariantCheck;
using FluentAssertions;

namespace AzNormalize.Tests.Normalization;

/// <summary>
/// Casing and normalization give the same answers whatever the current culture, and in a process that runs with
/// invariant globalization (no ICU at all), which is how many containers and native-AOT apps run.
/// </summary>
public sealed class GlobalizationTests
{
    /// <summary>Inputs that a culture-sensitive implementation would get wrong (Turkish and Azerbaijani I rules, NFC).</summary>
    private static readonly string[] s_samples =
    [
        string.Empty,
        "İSTANBUL istanbul Istanbul ıslaq IŞIQ işıq",
        "Azərbaycan İqtisadiyyat İnstitutu; INSAN insan",
        "I\u0307stanbul i\u0307 ı\u0307ş s\u0327əhər c\u0327ay dag\u0306",
        "bölmә \u04BBazırlayır \u041Edlu yurd; \u01DDlifba \u018Eli",
        "tərə\uFB01ndən son\u00ADralar söz\u200Blər \uFEFFSalam",
        "Bu kitab çox yaxşıdır. B\u00E4zi sözl\u00E4r var, dövl\u00E4t. «H\u00E4ndel»",
        "\u0410\u0437\u04D9\u0440\u0431\u0430\u0458\u04B9\u0430\u043D \u0434\u0438\u043B\u0438 https://ex\u0430mple.com",
        "Ǆ ǅ ǆ ß ﬀ ŉ Ω K Å",
    ];

    public static TheoryData<string> Cultures => new() { "tr-TR", "az-Latn-AZ", "en-US", string.Empty };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void CasingAndNormalization_UnderAnyCurrentCulture_MatchInvariantResults(string cultureName)
    {
        string[] expected = RunUnder(CultureInfo.InvariantCulture, () => s_samples.Select(Report.Line).ToArray());

        string[] actual = RunUnder(CultureInfo.GetCultureInfo(cultureName), () => s_samples.Select(Report.Line).ToArray());

        actual.Should().Equal(expected);
    }

    [Fact]
    public async Task CasingAndNormalization_UnderInvariantGlobalization_MatchInProcessResults()
    {
        string checker = FindInvariantCheck();
        var start = new ProcessStartInfo(DotnetHost(), [checker])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = new UTF8Encoding(false),
        };

        using Process process = Process.Start(start)!;
        foreach (string sample in s_samples)
        {
            await process.StandardInput.WriteAsync(Report.Escape(sample) + "\n");
        }

        process.StandardInput.Close();
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);

        process.ExitCode.Should().Be(0, await error);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be(Report.Header(invariant: true), "the checker must really run without ICU");
        lines.Skip(1).Should().Equal(s_samples.Select(Report.Line));
    }

    private static T RunUnder<T>(CultureInfo culture, Func<T> action)
    {
        CultureInfo culture0 = CultureInfo.CurrentCulture;
        CultureInfo uiCulture0 = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture0;
            CultureInfo.CurrentUICulture = uiCulture0;
        }
    }

    /// <summary>The checker is built beside this assembly's own build: tests/AzNormalize.InvariantCheck/bin/CONFIG/TFM.</summary>
    private static string FindInvariantCheck()
    {
        var ownFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string framework = ownFolder.Name;
        string configuration = ownFolder.Parent!.Name;
        string testsFolder = ownFolder.Parent!.Parent!.Parent!.Parent!.FullName;
        string path = Path.Combine(testsFolder, "AzNormalize.InvariantCheck", "bin", configuration, framework, "AzNormalize.InvariantCheck.dll");
        File.Exists(path).Should().BeTrue($"the test project builds the checker first ({path})");
        return path;
    }

    /// <summary>The dotnet host running the tests (the SDK sets DOTNET_HOST_PATH), or the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
