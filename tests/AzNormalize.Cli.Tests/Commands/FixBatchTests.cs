using System.Diagnostics;
using System.Text;
using System.Text.Json;
using AzNormalize.Cli.Tests.Infrastructure;
using FluentAssertions;

namespace AzNormalize.Cli.Tests.Commands;

/// <summary><c>aznorm fix</c> over folders and globs, to a folder, in place, in parallel, with a summary and as a diff.</summary>
public sealed class FixBatchTests
{
    private const string Broken = "Məclisin gücləndi-\nrilməsi vacibdir.\n";
    private const string Fixed = "Məclisin gücləndirilməsi\nvacibdir.\n";
    private const string Cyrillic = "bölm\u04D9 və salam\n";
    private const string CyrillicFixed = "bölmə və salam\n";

    private static TempDirectory Tree()
    {
        var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "docs", "sub"));
        Directory.CreateDirectory(Path.Combine(temp.Path, "docs", ".git"));
        temp.File("docs/a.txt", Broken);
        temp.File("docs/sub/b.md", Cyrillic);
        temp.File("docs/sub/c.log", "bölm\u04D9\n");
        temp.File("docs/.git/d.txt", "bölm\u04D9\n");
        return temp;
    }

    [Fact]
    public void Fix_Folder_ReadsItsTextFilesRecursivelyInOrder()
    {
        using TempDirectory temp = Tree();

        CliRun run = CliRun.Start("fix", Path.Combine(temp.Path, "docs"));

        run.ExitCode.Should().Be((int)ExitCode.Success, run.Stderr);
        run.StdoutText.Should().Be(Fixed + CyrillicFixed, "a.txt then sub/b.md; not c.log (not text by name) nor .git");
    }

    [Fact]
    public void Fix_FolderWithIncludeAndExclude_PicksThoseFiles()
    {
        using TempDirectory temp = Tree();
        string docs = Path.Combine(temp.Path, "docs");

        CliRun.Start("fix", docs, "--include", "*.log").StdoutText.Should().Be("bölmə\n");
        CliRun.Start("fix", docs, "--exclude", "sub").StdoutText.Should().Be(Fixed);
        CliRun.Start("fix", docs, "--exclude", "*.md").StdoutText.Should().Be(Fixed);
    }

    [Fact]
    public void Fix_Glob_ExpandsBelowItsRoot()
    {
        using TempDirectory temp = Tree();

        CliRun run = CliRun.Start("fix", Path.Combine(temp.Path, "docs") + "/**/*.md");

        run.ExitCode.Should().Be((int)ExitCode.Success, run.Stderr);
        run.StdoutText.Should().Be(CyrillicFixed);
    }

    [Fact]
    public void Fix_GlobMatchingNothing_ExitsThree()
    {
        using TempDirectory temp = Tree();

        CliRun run = CliRun.Start("fix", Path.Combine(temp.Path, "docs") + "/**/*.rst");

        run.ExitCode.Should().Be((int)ExitCode.InputError);
        run.Stderr.Should().Contain("no file matches");
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Fix_Output_WritesTheSameTreeAndLeavesTheOriginals()
    {
        using TempDirectory temp = Tree();
        string output = Path.Combine(temp.Path, "clean");

        CliRun run = CliRun.Start("fix", Path.Combine(temp.Path, "docs"), "--output", output);

        run.ExitCode.Should().Be((int)ExitCode.Success, run.Stderr);
        run.Stdout.Should().BeEmpty();
        File.ReadAllText(Path.Combine(output, "a.txt")).Should().Be(Fixed);
        File.ReadAllText(Path.Combine(output, "sub", "b.md")).Should().Be(CyrillicFixed);
        File.Exists(Path.Combine(output, "sub", "c.log")).Should().BeFalse();
        File.ReadAllText(Path.Combine(temp.Path, "docs", "a.txt")).Should().Be(Broken);
        run.Stderr.Should().Contain("2 files (2 changed)").And.Contain("Hyphenation").And.Contain("LookAlike");
    }

    [Fact]
    public void Fix_OutputTwoFilesWithOneName_FailsNamingBothBeforeWritingAnything()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "a"));
        Directory.CreateDirectory(Path.Combine(temp.Path, "b"));
        string first = temp.File("a/x.txt", Cyrillic);
        string second = temp.File("b/x.txt", Broken);
        string other = temp.File("a/y.txt", Cyrillic);
        string output = Path.Combine(temp.Path, "clean");

        CliRun run = CliRun.Start("fix", "--output", output, other, first, second);

        run.ExitCode.Should().Be((int)ExitCode.Usage, "files named directly go to the folder's top, and both are x.txt");
        run.Stderr.Should().Contain(first).And.Contain(second).And.Contain(Path.Combine(output, "x.txt"));
        Directory.Exists(output).Should().BeFalse("nothing is written, not even the input that does not collide");
    }

    [Fact]
    public void Fix_OutputTwoFoldersWithTheSameTree_FailsNamingBoth()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "2019"));
        Directory.CreateDirectory(Path.Combine(temp.Path, "2020"));
        string first = temp.File("2019/a.txt", Cyrillic);
        string second = temp.File("2020/a.txt", Broken);
        string output = Path.Combine(temp.Path, "clean");

        CliRun run = CliRun.Start("fix", "--output", output, Path.Combine(temp.Path, "2019"), Path.Combine(temp.Path, "2020"));

        run.ExitCode.Should().Be((int)ExitCode.Usage);
        run.Stderr.Should().Contain(first).And.Contain(second);
        Directory.Exists(output).Should().BeFalse();
        CliRun.Start("fix", "--output", output, temp.Path).ExitCode.Should().Be((int)ExitCode.Success, "their common folder keeps them apart");
        File.ReadAllText(Path.Combine(output, "2019", "a.txt")).Should().Be(CyrillicFixed);
        File.ReadAllText(Path.Combine(output, "2020", "a.txt")).Should().Be(Fixed);
    }

    [Fact]
    public void Fix_InPlace_RewritesChangedFilesKeepingByteOrderMarkAndLineEndings()
    {
        using var temp = new TempDirectory();
        string bom = temp.File("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("bölm\u04D9\r\nvə\r\n")]);
        string clean = temp.File("clean.txt", "Bu gün hava yaxşıdır.\n");
        var cleanTime = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(clean, cleanTime);

        CliRun run = CliRun.Start("fix", "--in-place", temp.Path);

        run.ExitCode.Should().Be((int)ExitCode.Success, run.Stderr);
        File.ReadAllBytes(bom).Should().Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("bölmə\r\nvə\r\n")]);
        File.GetLastWriteTimeUtc(clean).Should().Be(cleanTime, "an unchanged file is not rewritten");
        Directory.GetFiles(temp.Path).Should().HaveCount(2, "no temporary file is left behind");
    }

    [Fact]
    public void Fix_InPlaceWriteFails_CountsTheFileAsFailedNotChanged()
    {
        using var temp = new TempDirectory();
        // A name of 240 characters can be read, but the temporary file beside it (".NAME.aznorm-XXXXXXXX.tmp") passes the
        // 255-byte limit of a file name, so the write fails whoever runs the test (root ignores permissions).
        string failing = temp.File(new string('a', 236) + ".txt", Cyrillic);
        string written = temp.File("b.txt", Cyrillic);

        CliRun run = CliRun.Start("fix", "--in-place", failing, written);

        run.ExitCode.Should().Be((int)ExitCode.OutputError, run.Stderr);
        run.Stderr.Should().Contain(failing + ": cannot write").And.Contain("aznorm: 2 files (1 changed, 1 failed), 3 words, 1 edit (LookAlike 1)");
        File.ReadAllText(failing).Should().Be(Cyrillic);
        File.ReadAllText(written).Should().Be(CyrillicFixed);
    }

    [Fact]
    public void Fix_OutputWriteFails_CountsTheFileAsFailedNotChanged()
    {
        using var temp = new TempDirectory();
        string failing = temp.File("a.txt", Cyrillic);
        string written = temp.File("b.txt", Cyrillic);
        string output = Path.Combine(temp.Path, "clean");
        Directory.CreateDirectory(Path.Combine(output, "a.txt")); // a folder where the file would go

        CliRun run = CliRun.Start("fix", "--output", output, failing, written);

        run.ExitCode.Should().Be((int)ExitCode.OutputError, run.Stderr);
        run.Stderr.Should().Contain(failing + ": cannot write").And.Contain("aznorm: 2 files (1 changed, 1 failed), 3 words, 1 edit (LookAlike 1)");
        File.ReadAllText(Path.Combine(output, "b.txt")).Should().Be(CyrillicFixed);
    }

    [Fact]
    public void Fix_InPlaceBadInput_CountsItAsFailedAndExitsThree()
    {
        using var temp = new TempDirectory();
        string binary = temp.File("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);
        string written = temp.File("b.txt", Cyrillic);

        CliRun run = CliRun.Start("fix", "--in-place", binary, written);

        run.ExitCode.Should().Be((int)ExitCode.InputError, run.Stderr);
        run.Stderr.Should().Contain("binary").And.Contain("aznorm: 2 files (1 changed, 1 failed)");
        File.ReadAllText(written).Should().Be(CyrillicFixed);
    }

    [Fact]
    public void Fix_InPlaceStdin_IsAUsageError()
    {
        CliRun run = CliRun.Piped("bölm\u04D9", "fix", "--in-place");

        run.ExitCode.Should().Be((int)ExitCode.Usage);
        run.Stderr.Should().Contain("standard input");
    }

    [Fact]
    public void Fix_InPlaceAndOutput_IsAUsageError()
    {
        CliRun run = CliRun.Start("fix", "--in-place", "--output", "x", "a.txt");

        run.ExitCode.Should().Be((int)ExitCode.Usage);
        run.Stderr.Should().Contain("cannot be used together");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("many")]
    public void Fix_BadJobs_IsAUsageError(string jobs)
    {
        CliRun.Piped("söz", "fix", "--jobs", jobs).ExitCode.Should().Be((int)ExitCode.Usage);
    }

    [Fact]
    public void Fix_ManyFilesWithJobs_SameOutputAsOneJob()
    {
        using var temp = new TempDirectory();
        for (int i = 0; i < 40; i++)
        {
            temp.File($"f{i:D2}.txt", i % 2 == 0 ? Broken : Cyrillic);
        }

        CliRun one = CliRun.Start("fix", temp.Path, "--jobs", "1");
        CliRun four = CliRun.Start("fix", temp.Path, "-j", "4");

        one.ExitCode.Should().Be((int)ExitCode.Success);
        four.Stdout.Should().Equal(one.Stdout);
        one.StdoutText.Should().StartWith(Fixed + CyrillicFixed + Fixed);
    }

    [Fact]
    public void Fix_ProgressOnATerminal_IsDrawnAndErasedOnStderrOnly()
    {
        using var temp = new TempDirectory();
        for (int i = 0; i < 5; i++)
        {
            temp.File($"f{i}.txt", Cyrillic);
        }

        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        int exitCode = Program.Run(["fix", temp.Path, "--jobs", "1"], new MemoryStream(), stdout, stderr, errorIsTerminal: true, progressDelay: TimeSpan.Zero);

        exitCode.Should().Be((int)ExitCode.Success, stderr.ToString());
        Encoding.UTF8.GetString(stdout.ToArray()).Should().Be(string.Concat(Enumerable.Repeat(CyrillicFixed, 5)));
        stderr.ToString().Should().Contain("\raznorm: 1/5 files").And.Contain("5/5 files").And.EndWith("\r\u001b[K");
    }

    [Fact]
    public void Fix_NotATerminal_DrawsNoProgress()
    {
        using var temp = new TempDirectory();
        temp.File("a.txt", Cyrillic);
        temp.File("b.txt", Cyrillic);

        CliRun run = CliRun.Start("fix", temp.Path);

        run.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Fix_ReadmeScanExample_RepairsWhatTheReadmeSays()
    {
        string path = Path.Combine(RepositoryRoot.Path, "docs", "examples", "scan.txt");

        CliRun run = CliRun.Start("fix", path);

        run.ExitCode.Should().Be((int)ExitCode.Success, run.Stderr);
        run.StdoutText.Should().Contain("ölkənin ictimai-siyasi həyatında").And.Contain("qanunun gücləndirilməsi ilə")
            .And.Contain("qəbul olunduğu gün komissiya 2017-ci ildə").And.Contain("davam etdiriləcəyini bildirib. Sədr")
            .And.StartWith("Məclis yeni qanun layihəsini müzakirə edib\n\nDeputatlar");
    }

    [Fact]
    public void Fix_BinaryFile_ExitsThree()
    {
        using var temp = new TempDirectory();
        string binary = temp.File("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);

        CliRun run = CliRun.Start("fix", binary);

        run.ExitCode.Should().Be((int)ExitCode.InputError);
        run.Stderr.Should().Contain("binary");
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Fix_Summary_GoesToStderrOnly()
    {
        CliRun run = CliRun.Piped(Cyrillic, "fix", "--summary");

        run.StdoutText.Should().Be(CyrillicFixed);
        run.Stderr.Should().MatchRegex(@"aznorm: 1 file \(1 changed\), 3 words, 1 edit \(LookAlike 1\) in \d+\.\d s");
    }

    [Fact]
    public void Fix_Diff_IsAUnifiedDiffOfTheEdits()
    {
        using var temp = new TempDirectory();
        string path = temp.File("a.txt", "bir\niki\nüç\n" + Broken + "1\n2\n3\n4\n5\n6\n7\n8\n" + Cyrillic);

        CliRun run = CliRun.Start("fix", "--format", "diff", "--layout", "lines", path);

        run.ExitCode.Should().Be((int)ExitCode.Success, run.Stderr);
        run.StdoutText.Replace(path, "P", StringComparison.Ordinal).Should().Be(
            "--- a/P\n+++ b/P\n" +
            "@@ -1,8 +1,8 @@\n bir\n iki\n üç\n-Məclisin gücləndi-\n-rilməsi vacibdir.\n+Məclisin gücləndirilməsi\n+vacibdir.\n 1\n 2\n 3\n" +
            "@@ -11,4 +11,4 @@\n 6\n 7\n 8\n-bölm\u04D9 və salam\n+bölmə və salam\n");
    }

    [Fact]
    public void Fix_DiffOfAFileWithAByteOrderMark_AppliesWithGitAndPatch()
    {
        using var temp = new TempDirectory();
        string path = temp.File("a.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Cyrillic + "iki\n")]);

        CliRun run = CliRun.Start("fix", "--format", "diff", path);

        run.ExitCode.Should().Be((int)ExitCode.Success, run.Stderr);
        string patch = run.StdoutText.Replace(path, "a.txt", StringComparison.Ordinal);
        patch.Should().Be(
            "--- a/a.txt\n+++ b/a.txt\n@@ -1,2 +1,2 @@\n-\uFEFFbölm\u04D9 və salam\n+\uFEFFbölmə və salam\n iki\n",
            "the first line of the file starts with the byte order mark, and --in-place keeps it");
        temp.File("fix.patch", Encoding.UTF8.GetBytes(patch));
        foreach ((string tool, string arguments) in new[] { ("git", "apply --check fix.patch"), ("patch", "--dry-run -p1 -i fix.patch") })
        {
            if (RunTool(tool, arguments, temp.Path) is { } result)
            {
                result.ExitCode.Should().Be(0, $"{tool} {arguments} takes the patch: {result.Output}");
            }
        }
    }

    /// <summary>Runs a tool in <paramref name="folder"/>; null when it is not installed.</summary>
    private static (int ExitCode, string Output)? RunTool(string tool, string arguments, string folder)
    {
        var start = new ProcessStartInfo(tool, arguments) { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        try
        {
            using Process process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // not installed: the expected patch text above is the test
        }
    }

    [Fact]
    public void Fix_DiffWithoutChanges_IsEmpty()
    {
        CliRun run = CliRun.Piped("Bu gün hava yaxşıdır.\n", "fix", "--format", "diff");

        run.ExitCode.Should().Be((int)ExitCode.Success);
        run.Stdout.Should().BeEmpty();
    }

    /// <summary>
    /// A real child process rewrites a large file in place and is killed at different moments: whatever the moment, the
    /// file holds either all of the original or all of the cleaned text, never a mix or a truncation.
    /// </summary>
    [Fact]
    public async Task Fix_InPlaceKilledMidWrite_LeavesTheOriginalWhole()
    {
        using var temp = new TempDirectory();
        string original = string.Concat(Enumerable.Repeat("Məclis bölm\u04D9si qərar qəbul etdi. ", 400_000));
        string cleaned = original.Replace('\u04D9', 'ə');
        byte[] originalBytes = Encoding.UTF8.GetBytes(original);
        byte[] cleanedBytes = Encoding.UTF8.GetBytes(cleaned);
        string path = temp.File("big.txt", originalBytes);
        string dll = Path.Combine(AppContext.BaseDirectory, "aznorm.dll");
        var outcomes = new HashSet<string>(StringComparer.Ordinal);

        foreach (int delay in new[] { 150, 400, 700, 1000, 1500, 2500 })
        {
            File.WriteAllBytes(path, originalBytes);
            var start = new ProcessStartInfo(DotnetHost.Path) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            start.ArgumentList.Add(dll);
            start.ArgumentList.Add("fix");
            start.ArgumentList.Add("--in-place");
            start.ArgumentList.Add(path);
            using var process = Process.Start(start)!;
            await Task.Delay(delay);
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It had finished.
            }

            await process.WaitForExitAsync();
            byte[] now = File.ReadAllBytes(path);
            bool whole = now.AsSpan().SequenceEqual(originalBytes) || now.AsSpan().SequenceEqual(cleanedBytes);
            whole.Should().BeTrue($"after a kill at {delay} ms the file must be the original or the cleaned text, not {now.Length} bytes of something else");
            outcomes.Add(now.AsSpan().SequenceEqual(originalBytes) ? "original" : "cleaned");
            foreach (string leftover in Directory.GetFiles(temp.Path).Where(f => f != path))
            {
                File.Delete(leftover); // a temporary file a kill left behind; never the target
            }
        }

        outcomes.Should().NotBeEmpty();
    }
}

/// <summary><c>aznorm check --format sarif|github</c>.</summary>
public sealed class CheckFormatTests
{
    private const string Text = "Bu gün kitabı oxudum və qzxqerty sözünü gördüm.\nO dedi ki, qzxqerty.\n";

    [Fact]
    public void Check_Sarif_IsOneValidSarif210LogForAllInputs()
    {
        using var temp = new TempDirectory();
        string a = temp.File("a.txt", Text);
        string b = temp.File("b.txt", "Bu gün hava yaxşıdır.\n");
        string c = temp.File("c.txt", "qzxqerty\n");

        CliRun run = CliRun.Start("check", "--format", "sarif", a, b, c);

        run.ExitCode.Should().Be((int)ExitCode.Findings);
        using JsonDocument document = JsonDocument.Parse(run.Stdout);
        JsonElement root = document.RootElement;
        root.GetProperty("version").GetString().Should().Be("2.1.0");
        root.GetProperty("$schema").GetString().Should().Contain("sarif-2.1.0");
        JsonElement runElement = root.GetProperty("runs").EnumerateArray().Should().ContainSingle().Subject;
        runElement.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString().Should().Be("aznorm");
        var ruleIds = runElement.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Select(r => r.GetProperty("id").GetString()).ToList();
        JsonElement[] results = runElement.GetProperty("results").EnumerateArray().ToArray();
        results.Should().HaveCount(3);
        foreach (JsonElement result in results)
        {
            ruleIds.Should().Contain(result.GetProperty("ruleId").GetString());
            result.GetProperty("message").GetProperty("text").GetString().Should().Contain("qzxqerty");
            JsonElement location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().NotBeNullOrEmpty();
            location.GetProperty("region").GetProperty("startLine").GetInt32().Should().BePositive();
        }

        JsonElement second = results[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        second.GetProperty("startLine").GetInt32().Should().Be(2);
        second.GetProperty("startColumn").GetInt32().Should().Be(12);
        second.GetProperty("endColumn").GetInt32().Should().Be(20);
    }

    [Fact]
    public void Check_Sarif_CarriesEachSuggestionAsAFixReplacingTheWord()
    {
        using var temp = new TempDirectory();
        string a = temp.File("a.txt", "Salam.\nBiz dikkətlə baxdıq.\n");

        CliRun run = CliRun.Start("check", "--format", "sarif", a);

        using JsonDocument document = JsonDocument.Parse(run.Stdout);
        JsonElement result = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Should().ContainSingle().Subject;
        JsonElement fix = result.GetProperty("fixes").EnumerateArray().First();
        fix.GetProperty("description").GetProperty("text").GetString().Should().Be("Replace 'dikkətlə' with 'diqqətlə'");
        JsonElement change = fix.GetProperty("artifactChanges").EnumerateArray().Should().ContainSingle().Subject;
        change.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be(result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        JsonElement replacement = change.GetProperty("replacements").EnumerateArray().Should().ContainSingle().Subject;
        replacement.GetProperty("insertedContent").GetProperty("text").GetString().Should().Be("diqqətlə");
        JsonElement deleted = replacement.GetProperty("deletedRegion");
        (deleted.GetProperty("startLine").GetInt32(), deleted.GetProperty("startColumn").GetInt32(), deleted.GetProperty("endColumn").GetInt32()).Should().Be((2, 5, 13));
        (deleted.GetProperty("charOffset").GetInt32(), deleted.GetProperty("charLength").GetInt32()).Should().Be((11, 8));
    }

    [Fact]
    public void Check_Diff_ShowsWhatFixWouldChangeAndCountsIt()
    {
        CliRun changed = CliRun.Piped("Bu gün bölm\u04D9 idi.\n", "check", "--diff");
        CliRun clean = CliRun.Piped("Bu gün hava yaxşıdır.\n", "check", "--diff");

        changed.ExitCode.Should().Be((int)ExitCode.Findings);
        changed.StdoutText.Should().Be("--- a/-\n+++ b/-\n@@ -1 +1 @@\n-Bu gün bölm\u04D9 idi.\n+Bu gün bölmə idi.\n");
        clean.ExitCode.Should().Be((int)ExitCode.Success);
        clean.Stdout.Should().BeEmpty();
        CliRun.Piped("a", "check", "--diff", "--format", "sarif").ExitCode.Should().Be((int)ExitCode.Usage);
    }

    [Fact]
    public void Check_SarifClean_HasEmptyResults()
    {
        CliRun run = CliRun.Piped("Bu gün hava yaxşıdır.\n", "check", "--format", "sarif");

        run.ExitCode.Should().Be((int)ExitCode.Success);
        using JsonDocument document = JsonDocument.Parse(run.Stdout);
        document.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Check_Github_WritesWorkflowCommands()
    {
        using var temp = new TempDirectory();
        string a = temp.File("a,b.txt", Text);

        CliRun run = CliRun.Start("check", "--format", "github", a);

        run.ExitCode.Should().Be((int)ExitCode.Findings);
        string[] lines = run.StdoutText.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(2);
        lines[0].Should().StartWith("::warning file=").And.Contain("a%2Cb.txt,line=1,col=25,endColumn=33,title=aznorm UnknownWord::qzxqerty: ");
        lines[1].Should().Contain("line=2,col=12");
    }
}
