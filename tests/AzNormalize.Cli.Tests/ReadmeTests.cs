using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.RegularExpressions;
using AzNormalize.Cli.Tests.Infrastructure;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AzNormalize.Cli.Tests;

/// <summary>
/// The C# examples of README.md, as a user pastes them: each <c>```csharp</c> block is compiled alone as a console program
/// (top-level statements, the SDK's implicit usings, a reference to AzNormalize) and run. A line <c>expr; // "value"</c>
/// (or <c>// true</c>, <c>// false</c>) must give that value, and <c>Console.WriteLine(x); // text</c> must print that text.
/// The files a block names (<c>my-words.txt</c>, <c>my-corpus.txt</c>) are made with a few lines in a temporary folder.
/// </summary>
[Collection(ConsoleRedirection.Name)]
public sealed partial class ReadmeTests
{
    private static readonly string[] s_implicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    public static TheoryData<int> CSharpBlocks()
    {
        var data = new TheoryData<int>();
        foreach ((int line, _) in Blocks("csharp"))
        {
            data.Add(line);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CSharpBlocks))]
    public void CSharpBlock_CompilesAsPastedAndGivesWhatItsCommentsSay(int line)
    {
        string block = Blocks("csharp").Single(b => b.Line == line).Text;
        using var temp = new TempDirectory();
        string words = temp.File("my-words.txt", "Friman\nBrexit\n");
        string corpus = temp.File("my-corpus.txt", string.Concat(Enumerable.Repeat("Müxtəlif ölkələr və müxtəlif xalqlar.\n", 50)));
        (string program, List<string> prints) = Instrument(block, line, words, corpus);

        Assembly assembly = Compile(program, line);
        var output = new StringWriter();
        TextWriter console = Console.Out;
        Console.SetOut(output);
        try
        {
            assembly.EntryPoint!.Invoke(null, assembly.EntryPoint.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new InvalidOperationException($"README.md block at line {line} failed: {e.InnerException.Message}", e.InnerException);
        }
        finally
        {
            Console.SetOut(console);
        }

        string[] printed = output.ToString().Split('\n').Select(text => text.TrimEnd('\r')).ToArray();
        foreach (string expected in prints)
        {
            printed.Should().Contain(expected, $"README.md block at line {line} says Console.WriteLine prints it");
        }
    }

    public static TheoryData<int> ShellBlocks()
    {
        var data = new TheoryData<int>();
        foreach ((int line, string text) in Blocks("bash"))
        {
            if (AznormLines(text).Any())
            {
                data.Add(line);
            }
        }

        return data;
    }

    /// <summary>
    /// Every <c>aznorm</c> line of a README.md shell block runs, in order, in a folder holding the files the block names
    /// (copies of docs/examples, a folder of text, JSON Lines, word and count lists, a weights file where the block's training
    /// command would have made one), with <c>aznorm</c> the built tool: each exits with 0 (or 1, findings, for <c>check</c>); an <c>echo … |
    /// aznorm fix</c> prints what its comment says (before any colon). The <c>dotnet</c> lines (builds, tests, benchmarks,
    /// evaluations, training) are the project's own commands, run elsewhere, not here.
    /// </summary>
    [Theory]
    [MemberData(nameof(ShellBlocks))]
    public async Task ShellBlock_AznormLinesRunAndPrintWhatTheirCommentsSay(int line)
    {
        string block = Blocks("bash").Single(b => b.Line == line).Text;
        using var temp = new TempDirectory();
        string examples = Path.Combine(RepositoryRoot.Path, "docs", "examples");
        Directory.CreateDirectory(Path.Combine(temp.Path, "docs", "examples"));
        foreach (string file in Directory.GetFiles(examples))
        {
            File.Copy(file, Path.Combine(temp.Path, "docs", "examples", Path.GetFileName(file)));
        }

        File.Copy(Path.Combine(examples, "scan.txt"), Path.Combine(temp.Path, "scan.ocr.txt"));
        foreach (string folder in new[] { "archive/2019", "articles", "my-archive", "new-scans" })
        {
            Directory.CreateDirectory(Path.Combine(temp.Path, folder));
            File.Copy(Path.Combine(examples, "sample.txt"), Path.Combine(temp.Path, folder, "a.txt"));
        }

        temp.File("names.txt", "Friman\nBrexit\n");
        temp.File("freq.txt", "friman 40\nbrexit 30\n");
        temp.File("corpus.jsonl", "{\"id\":1,\"text\":\"bölmә tərəﬁndən\"}\n\"Bu gün hava yaxşıdır.\"\n");
        File.Copy(Path.Combine(RepositoryRoot.Path, "data", "weights", "az.azw"), Path.Combine(temp.Path, "my.azw"));
        string tool = Path.Combine(AppContext.BaseDirectory, "aznorm.dll");
        foreach ((string command, string? comment) in AznormLines(block))
        {
            var start = new System.Diagnostics.ProcessStartInfo("bash") { WorkingDirectory = temp.Path, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add($"set -o pipefail; aznorm() {{ '{DotnetHost.Path}' '{tool}' \"$@\"; }}; {command}");
            using var process = System.Diagnostics.Process.Start(start)!;
            Task<string> errors = process.StandardError.ReadToEndAsync();
            string output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            string messages = await errors;
            bool check = command.Contains("aznorm check", StringComparison.Ordinal);
            process.ExitCode.Should().BeOneOf(check ? [0, 1] : [0], $"README.md: `{command}` runs ({messages})");
            if (comment is not null && command.StartsWith("echo ", StringComparison.Ordinal) && command.Contains("| aznorm fix", StringComparison.Ordinal) && !command.Contains("--format", StringComparison.Ordinal))
            {
                output.TrimEnd('\n').Should().Be(comment.Split(':')[0].Trim(), $"README.md: `{command}` prints what its comment says");
            }
        }
    }

    /// <summary>The lines of a shell block that run aznorm, with their comment.</summary>
    private static IEnumerable<(string Command, string? Comment)> AznormLines(string block)
    {
        foreach (string raw in block.Split('\n'))
        {
            string line = raw.Trim();
            if (line.StartsWith('#') || line.StartsWith("alias ", StringComparison.Ordinal) || !Regex.IsMatch(line, @"(^|\| )aznorm "))
            {
                continue;
            }

            int hash = line.IndexOf("  #", StringComparison.Ordinal);
            int closing = line.IndexOf(" # ", StringComparison.Ordinal);
            int at = hash >= 0 ? hash : closing;
            yield return at < 0 ? (line, null) : (line[..at].Trim(), line[(at + 1)..].Trim().TrimStart('#').Trim());
        }
    }

    /// <summary>The program: assertions for the lines whose comment gives a value, the named files at their temporary paths.</summary>
    private static (string Program, List<string> Prints) Instrument(string block, int firstLine, string words, string corpus)
    {
        var program = new StringBuilder();
        var prints = new List<string>();
        string[] lines = block.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string text = lines[i].Replace("\"my-words.txt\"", Literal(words), StringComparison.Ordinal).Replace("\"my-corpus.txt\"", Literal(corpus), StringComparison.Ordinal);
            int comment = CommentStart(text);
            if (comment > 0 && text[..comment].TrimEnd() is { } code && code.EndsWith(';'))
            {
                string remark = text[(comment + 2)..].Trim();
                string expression = code.TrimEnd(';').Trim();
                bool isExpression = SyntaxFactory.ParseStatement(code.Trim()) is ExpressionStatementSyntax;
                if (isExpression && ExpectedValue().Match(remark) is { Success: true } value)
                {
                    program.AppendLine(CultureInfoInvariant($"__Readme.Equal(({expression}), {value.Groups["value"].Value}, {firstLine + i + 1});"));
                    continue;
                }

                if (isExpression && expression.StartsWith("Console.WriteLine(", StringComparison.Ordinal))
                {
                    prints.Add(remark);
                }
            }

            program.AppendLine(text);
        }

        return (program.ToString(), prints);
    }

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);

    private static string Literal(string path) => "@\"" + path.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Where a <c>//</c> comment starts outside string literals, or -1.</summary>
    private static int CommentStart(string line)
    {
        bool inString = false;
        for (int i = 0; i < line.Length - 1; i++)
        {
            char c = line[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c == '/' && line[i + 1] == '/')
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex("""^(?<value>"(?:[^"\\]|\\.)*"|true|false)(?:$|[:\s(])""")]
    private static partial Regex ExpectedValue();

    private static Assembly Compile(string program, int line)
    {
        const string Helper = """
            internal static class __Readme
            {
                public static void Equal(object? actual, object? expected, int line)
                {
                    if (!object.Equals(actual, expected))
                    {
                        throw new System.Exception($"README.md line {line}: the comment says {Show(expected)}, the code gives {Show(actual)}");
                    }
                }

                private static string Show(object? value) => value is string text ? "\"" + text.Replace("\n", "\\n") + "\"" : value?.ToString() ?? "null";
            }
            """;
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        string usings = string.Concat(s_implicitUsings.Select(name => $"global using global::{name};\n"));
        SyntaxTree[] trees =
        [
            CSharpSyntaxTree.ParseText(program, parse, path: $"README.md@{line}"),
            CSharpSyntaxTree.ParseText(usings, parse),
            CSharpSyntaxTree.ParseText(Helper, parse),
        ];
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(AzNormalizer).Assembly.Location))
            .ToList();
        CSharpCompilation compilation = CSharpCompilation.Create(
            $"Readme{line}",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        string errors = string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        result.Success.Should().BeTrue($"the README.md block at line {line} compiles as pasted:\n{errors}");
        image.Position = 0;
        return new AssemblyLoadContext($"readme-{line}", isCollectible: true).LoadFromStream(image);
    }

    /// <summary>The fenced blocks of README.md in a language: the line of their first code line, and their text.</summary>
    internal static List<(int Line, string Text)> Blocks(string language)
    {
        string[] lines = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "README.md"), Encoding.UTF8);
        var blocks = new List<(int, string)>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```" + language)
            {
                continue;
            }

            int start = i + 1;
            int end = start;
            while (end < lines.Length && lines[end].Trim() != "```")
            {
                end++;
            }

            blocks.Add((start + 1, string.Join('\n', lines[start..end])));
            i = end;
        }

        return blocks;
    }
}

/// <summary>Tests that redirect <see cref="Console.Out"/> run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleRedirection
{
    public const string Name = "Console";
}
