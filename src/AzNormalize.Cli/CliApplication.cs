using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Reflection;
using System.Text;
using AzNormalize.Cli.Commands;

namespace AzNormalize.Cli;

/// <summary>
/// The command tree of <c>aznorm</c> on System.CommandLine, with our own rules on top: parse errors go to stderr with exit
/// code 2 and nothing on stdout, <c>--version</c> prints this assembly's informational version, and <c>@file</c>
/// arguments are file names, not response files.
/// </summary>
internal static class CliApplication
{
    /// <summary>Parses <paramref name="args"/> and runs the command.</summary>
    public static ExitCode Run(string[] args, CliContext context)
    {
        RootCommand root = CreateRoot(context);
        ParseResult parseResult = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        string? unknownOption = FindUnknownOption(parseResult);
        if (parseResult.CommandResult.Command is RootCommand && parseResult.UnmatchedTokens.Count > 0
            && !parseResult.UnmatchedTokens[0].StartsWith('-'))
        {
            // A misspelt command: say so, not "Required command was not provided".
            string commands = string.Join(", ", root.Subcommands.Where(static c => !c.Hidden).Select(static c => c.Name));
            context.Error($"unknown command '{parseResult.UnmatchedTokens[0]}'; the commands are {commands}.");
            context.Stderr.WriteLine($"Run '{CliContext.ToolName} --help' for usage.");
            return ExitCode.Usage;
        }

        if (parseResult.Action is ParseErrorAction || unknownOption is not null)
        {
            foreach (ParseError error in parseResult.Errors)
            {
                context.Error(error.Message);
            }

            if (unknownOption is not null && parseResult.Errors.Count == 0)
            {
                context.Error($"Unrecognized option '{unknownOption}'. To name a file that starts with '-', put '--' before it.");
            }

            string command = parseResult.CommandResult.Command is RootCommand ? CliContext.ToolName : $"{CliContext.ToolName} {parseResult.CommandResult.Command.Name}";
            context.Stderr.WriteLine($"Run '{command} --help' for usage.");
            return ExitCode.Usage;
        }

        // Help and version text go through a TextWriter; encode it as UTF-8 without a byte order mark like all data.
        using var stdout = new StreamWriter(context.Stdout, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 4096, leaveOpen: true);
        var invocation = new InvocationConfiguration
        {
            Output = stdout,
            Error = context.Stderr,
            EnableDefaultExceptionHandler = false, // Program.Run reports exceptions with exit code 70.
            ProcessTerminationTimeout = null, // Program.Main handles Ctrl+C.
        };
        int exitCode = parseResult.Invoke(invocation);
        stdout.Flush();
        return (ExitCode)exitCode;
    }

    /// <summary>The informational version of this assembly, e.g. <c>0.1.0+3f2c1a…</c>.</summary>
    public static string Version { get; } =
        typeof(CliApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CliApplication).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>
    /// The first argument that looks like an option (<c>-x</c>, <c>--xyz</c>) but is none, before any <c>--</c>.
    /// System.CommandLine takes such a token as a FILE argument, which would turn a mistyped option into exit code 3.
    /// </summary>
    private static string? FindUnknownOption(ParseResult parseResult)
    {
        foreach (Token token in parseResult.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                return null;
            }

            if (token.Type == TokenType.Argument && token.Value.Length > 1 && token.Value[0] == '-')
            {
                return token.Value;
            }
        }

        return null;
    }

    private static RootCommand CreateRoot(CliContext context)
    {
        var root = new RootCommand(
            "Clean Azerbaijani text from OCR, PDFs and non-Azerbaijani keyboards. Reads UTF-8 files or stdin, writes UTF-8 "
            + "data to stdout and messages to stderr. Exit codes: 0 success, 1 findings (check), 2 usage error, 3 input error "
            + "(missing file, invalid UTF-8), 70 internal error, 74 cannot write stdout or a file, 130 interrupted.");
        root.HelpName = CliContext.ToolName; // Else help names the host process, e.g. "testhost" under tests.
        root.Subcommands.Add(new FixCommand(context));
        root.Subcommands.Add(new CheckCommand(context));
        root.Subcommands.Add(new TokenizeCommand(context));
        root.Subcommands.Add(new TrainCommand(context));
        foreach (Option option in root.Options)
        {
            if (option is VersionOption version)
            {
                version.Action = new VersionAction();
            }
        }

        return root;
    }

    /// <summary>Prints <see cref="Version"/>; the default one reads the entry assembly, which in tests is the test host.</summary>
    private sealed class VersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return (int)ExitCode.Success;
        }
    }
}
