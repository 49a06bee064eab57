using System.Text;

namespace AzNormalize.Cli.Tests.Infrastructure;

/// <summary>The outcome of one in-process run of aznorm.</summary>
public sealed record CliRun(int ExitCode, byte[] Stdout, string Stderr)
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Stdout decoded as strict UTF-8 (throws on invalid bytes).</summary>
    public string StdoutText => s_strictUtf8.GetString(Stdout);

    /// <summary>Stdout split into lines; the last line must end with \n.</summary>
    public string[] StdoutLines
    {
        get
        {
            string text = StdoutText;
            if (text.Length == 0)
            {
                return [];
            }

            if (!text.EndsWith('\n'))
            {
                throw new InvalidOperationException("stdout does not end with a line feed.");
            }

            return text[..^1].Split('\n');
        }
    }

    /// <summary>Runs aznorm in-process with <paramref name="stdin"/> as standard input.</summary>
    public static CliRun Piped(byte[] stdin, params string[] args) => Piped(stdin, null, args);

    /// <summary>Runs aznorm in-process with <paramref name="stdin"/> as standard input and the given interrupt state.</summary>
    internal static CliRun Piped(byte[] stdin, InterruptGate? interrupts, params string[] args)
    {
        using var input = new MemoryStream(stdin, writable: false);
        using var output = new MemoryStream();
        using var error = new StringWriter();
        int exitCode = Program.Run(args, input, output, error, interrupts);
        return new CliRun(exitCode, output.ToArray(), error.ToString());
    }

    /// <summary>Runs aznorm in-process with UTF-8 <paramref name="stdin"/>.</summary>
    public static CliRun Piped(string stdin, params string[] args) => Piped(Encoding.UTF8.GetBytes(stdin), args);

    /// <summary>Runs aznorm in-process with empty standard input.</summary>
    public static CliRun Start(params string[] args) => Piped([], args);
}
