using System.Diagnostics;
using System.Text;
using AzNormalize.Cli.Tests.Commands;
using AzNormalize.Cli.Tests.Infrastructure;
using FluentAssertions;

namespace AzNormalize.Cli.Tests.ScaleOut;

/// <summary>
/// Scale-out on an existing engine, run for real: Dask's distributed scheduler (Debian's <c>python3-distributed</c>, which
/// .ci/run installs) starts a local cluster of two worker processes, and <c>dask.bag</c> pipes each partition of a JSON
/// Lines corpus through <c>aznorm fix --input-format jsonl</c> (dask_jsonl.py). The output equals a single-process run,
/// record for record.
/// </summary>
public sealed class DaskTests
{
    [DaskFact]
    public async Task Dask_TwoWorkersOverAPartitionedCorpus_EqualASingleProcessRun()
    {
        using var temp = new TempDirectory();
        string[] sentences =
        [
            "Məktəbin bölmәləri hər gün sаat 9-da açılır.",
            "Biz dikkətə layiq muellim gördük.",
            "Азәрбајҹан Республикасы",
            "gücləndi-\nrilməsi vacibdir",
            "Bu gün hava yaxşıdır.",
            "tərəﬁndən qəbul olundu",
        ];
        var files = new List<string>();
        var all = new StringBuilder();
        for (int file = 0; file < 4; file++)
        {
            var lines = new StringBuilder();
            for (int record = 0; record < 60; record++)
            {
                string text = sentences[(file + record) % sentences.Length].Replace("\n", "\\n", StringComparison.Ordinal);
                lines.Append(FormattableString.Invariant($"{{\"id\":\"{file}-{record}\",\"text\":\"{text}\"}}\n"));
            }

            files.Add(temp.File($"part-{file}.jsonl", lines.ToString()));
            all.Append(lines);
        }

        CliRun single = CliRun.Piped(all.ToString(), "fix", "--input-format", "jsonl");
        single.ExitCode.Should().Be((int)ExitCode.Success, single.Stderr);

        string output = Path.Combine(temp.Path, "dask-output.jsonl");
        var start = new ProcessStartInfo(DaskFactAttribute.Python) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ScaleOut", "dask_jsonl.py"));
        start.ArgumentList.Add(output);
        foreach (string file in files)
        {
            start.ArgumentList.Add(file);
        }

        foreach (string argument in new[] { "--", DotnetHost.Path, Path.Combine(AppContext.BaseDirectory, "aznorm.dll"), "fix", "--input-format", "jsonl", "--jobs", "1" })
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> errors = process.StandardError.ReadToEndAsync();
        string printed = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        string messages = await errors;

        process.ExitCode.Should().Be(0, messages);
        printed.Should().Contain("240 records on 2 workers");
        string[] distributed = File.ReadAllText(output, Encoding.UTF8).Split('\n');
        string[] expected = single.StdoutText.Split('\n');
        distributed.Should().HaveCount(241).And.Equal(expected, "every record comes back once, in order, as a single process cleans it");
    }
}

/// <summary>A fact that runs where Debian's python3 has dask.distributed (.ci/run installs python3-distributed); skipped elsewhere.</summary>
internal sealed class DaskFactAttribute : FactAttribute
{
    /// <summary>Debian's Python, whose dist-packages hold the python3-distributed package.</summary>
    public const string Python = "/usr/bin/python3";

    private static readonly Lazy<bool> s_available = new(() => File.Exists(Python) && FullDiskTests.Run(Python, "-c", "import dask.bag, dask.distributed") == 0);

    public DaskFactAttribute()
    {
        if (!s_available.Value)
        {
            Skip = "needs Debian's python3-distributed (apt-get install python3-distributed; .ci/run installs it)";
        }
    }
}
