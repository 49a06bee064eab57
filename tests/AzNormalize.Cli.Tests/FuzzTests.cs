using System.Diagnostics;
using AzNormalize.Cli.Tests.Infrastructure;
using FluentAssertions;

namespace AzNormalize.Cli.Tests;

/// <summary>
/// The fuzz targets (tests/AzNormalize.Fuzz) in the test run: every seed and every input a fuzzer once found a failure with
/// replays clean in process; and, where <c>AZNORM_FUZZ_SECONDS</c> is set (.ci/run sets it), a short coverage-guided run of
/// AFL++ over the instrumented library finds no crash.
/// </summary>
public sealed class FuzzTests
{
    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (string folder in new[] { "corpus", "regressions" })
        {
            foreach (string file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "tests", "AzNormalize.Fuzz", folder)).Order(StringComparer.Ordinal))
            {
                data.Add($"{folder}/{Path.GetFileName(file)}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Replay_SeedOrFormerFinding_PassesItsTarget(string input)
    {
        byte[] data = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "tests", "AzNormalize.Fuzz", input));

        Action run = () => AzNormalize.Fuzz.Program.Run(data);

        run.Should().NotThrow();
    }

    [FuzzRunFact]
    public void Fuzz_ShortBoundedRun_FindsNoCrash()
    {
        string seconds = Environment.GetEnvironmentVariable(FuzzRunFactAttribute.Variable)!;
        using var temp = new TempDirectory();
        var start = new ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "tests", "AzNormalize.Fuzz", "fuzz.sh"));
        start.ArgumentList.Add(seconds);
        start.Environment["AZNORM_FUZZ_OUT"] = temp.Path;
        start.Environment["AZNORM_FUZZ_CRASHES_ONLY"] = "1";
        start.Environment["AZNORM_FUZZ_NO_BUILD"] = "1";

        using Process process = Process.Start(start)!;
        Task<string> errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        string summary = output.Split('\n').LastOrDefault(line => line.StartsWith("executions in all:", StringComparison.Ordinal)) ?? "(no summary)";
        Console.WriteLine($"fuzz.sh {seconds}: {summary}");
        string tail = string.Join('\n', output.Split('\n').TakeLast(25)); // afl-fuzz says why it stopped (PROGRAM ABORT …)
        process.ExitCode.Should().Be(0, $"{summary}\n{errors.Result}\n{tail}");
        summary.Should().MatchRegex(@"executions in all: [1-9]\d*; crashes saved: 0");
    }
}

/// <summary>A fact that runs only where <c>AZNORM_FUZZ_SECONDS</c> says how long to fuzz (CI, or by hand); skipped otherwise.</summary>
internal sealed class FuzzRunFactAttribute : FactAttribute
{
    public const string Variable = "AZNORM_FUZZ_SECONDS";

    public FuzzRunFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || !int.TryParse(Environment.GetEnvironmentVariable(Variable), out int seconds) || seconds <= 0)
        {
            Skip = $"set {Variable} to fuzz for that many seconds (.ci/run does; needs Debian's afl++, which fuzz.sh installs)";
        }
    }
}
