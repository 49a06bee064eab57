namespace AzNormalize.Cli;

/// <summary>The process exit codes of <c>aznorm</c>, in one place. Scripts depend on these numbers: never renumber.</summary>
internal enum ExitCode
{
    /// <summary>The command ran and every input was processed.</summary>
    Success = 0,

    /// <summary><c>check</c> ran and reported findings (at or above <c>--min-confidence</c>).</summary>
    Findings = 1,

    /// <summary>The command line is wrong: unknown command or option, bad option value. Nothing is written to stdout.</summary>
    Usage = 2,

    /// <summary>An input could not be used: a missing or unreadable file, invalid UTF-8. Nothing is written to stdout.</summary>
    InputError = 3,

    /// <summary>A bug: an unexpected exception (<c>EX_SOFTWARE</c> of sysexits.h). Its message goes to stderr.</summary>
    InternalError = 70,

    /// <summary>Standard output could not be written, e.g. a closed pipe, or a file of <c>fix --output</c>/<c>--in-place</c> could not be (<c>EX_IOERR</c> of sysexits.h).</summary>
    OutputError = 74,

    /// <summary>Interrupted by Ctrl+C (SIGINT), the shell convention 128 + 2. Stdout holds either nothing or the whole output.</summary>
    Interrupted = 130,
}
