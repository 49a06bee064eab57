using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AzNormalize.Cli.Tests.Infrastructure;
using FluentAssertions;

namespace AzNormalize.Cli.Tests.Commands;

/// <summary>
/// <c>fix --format html</c>: one self-contained review page. Its marks are the edits of <c>--format json</c>, and in a real
/// browser (Debian's chromium, headless, which .ci/run installs) its script builds the summary from them.
/// </summary>
public sealed partial class HtmlReviewTests
{
    private static (string Html, List<(string Kind, string Original, string Replacement, int Start)> Edits) Run()
    {
        string examples = Path.Combine(RepositoryRoot.Path, "docs", "examples");
        string sample = Path.Combine(examples, "sample.txt");
        string scan = Path.Combine(examples, "scan.txt");
        CliRun html = CliRun.Start("fix", "--format", "html", sample, scan);
        html.ExitCode.Should().Be((int)ExitCode.Success, html.Stderr);
        CliRun json = CliRun.Start("fix", "--format", "json", sample, scan);
        var edits = new List<(string, string, string, int)>();
        foreach (string line in json.StdoutLines)
        {
            using JsonDocument record = JsonDocument.Parse(line);
            foreach (JsonElement edit in record.RootElement.GetProperty("edits").EnumerateArray())
            {
                edits.Add((edit.GetProperty("kind").GetString()!, edit.GetProperty("original").GetString()!, edit.GetProperty("replacement").GetString()!, edit.GetProperty("start").GetInt32()));
            }
        }

        return (html.StdoutText, edits);
    }

    [Fact]
    public void Html_MarksAreTheEditsOfTheJsonOutput_AndThePageNeedsNothingElse()
    {
        (string html, var edits) = Run();

        var marks = Mark().Matches(html).Select(match => (
            WebUtility.HtmlDecode(match.Groups["kind"].Value),
            WebUtility.HtmlDecode(match.Groups["original"].Value),
            WebUtility.HtmlDecode(match.Groups["replacement"].Value),
            int.Parse(match.Groups["start"].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        marks.Should().Equal(edits);
        edits.Should().NotBeEmpty();
        html.Should().StartWith("<!DOCTYPE html>").And.Contain("name=\"viewport\"");
        html.Should().NotMatchRegex("(src|href)=\"(https?:)?//", "no external assets");
    }

    [Fact]
    public void Html_WithInPlace_IsAUsageError()
    {
        CliRun run = CliRun.Start("fix", "--format", "html", "--in-place", "x.txt");

        run.ExitCode.Should().Be((int)ExitCode.Usage);
        run.Stderr.Should().Contain("--format html writes one review page");
    }

    [ChromiumFact]
    public void Html_InChromium_TheScriptBuildsTheSummaryFromTheMarks()
    {
        (string html, var edits) = Run();
        using var temp = new TempDirectory();
        string page = temp.File("review.html", html);

        string dom = Chromium("--dump-dom", new Uri(page).AbsoluteUri);
        string screenshot = Path.Combine(temp.Path, "review.png");
        Chromium($"--screenshot={screenshot}", "--window-size=390,844", new Uri(page).AbsoluteUri);

        dom.Should().Contain("data-ready=\"true\"", "the page's script ran to its end");
        dom.Should().Contain($"<p>2 files, {edits.Count} changes</p>");
        foreach (IGrouping<string, (string Kind, string, string, int)> kind in edits.GroupBy(edit => edit.Kind))
        {
            dom.Should().Contain($"<tr data-kind=\"{kind.Key}\"><td>{kind.Key}</td><td class=\"n\">{kind.Count()}</td>");
            dom.Should().Contain($"<input type=\"checkbox\" checked=\"\" data-kind=\"{kind.Key}\">");
        }

        Mark().Count(dom).Should().Be(edits.Count);
        new FileInfo(screenshot).Length.Should().BeGreaterThan(10_000, "a phone-sized screenshot was drawn");
        File.ReadAllBytes(screenshot).Take(8).Should().Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A });
    }

    private static string Chromium(params string[] arguments)
    {
        var start = new ProcessStartInfo(ChromiumFactAttribute.Path) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
        }

        process.ExitCode.Should().Be(0, errors.GetAwaiter().GetResult());
        return output;
    }

    [GeneratedRegex("""<mark class="edit[^"]*" tabindex="0" data-index="\d+" data-kind="(?<kind>[^"]*)" data-confidence="[^"]*" data-start="(?<start>\d+)" data-length="\d+" data-original="(?<original>[^"]*)" data-replacement="(?<replacement>[^"]*)"[^>]*>""")]
    private static partial Regex Mark();
}

/// <summary>A fact that runs where Debian's chromium is installed (.ci/run installs it); skipped elsewhere.</summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Path = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Path))
        {
            Skip = "needs Debian's chromium (apt-get install chromium; .ci/run installs it)";
        }
    }
}
