namespace AzNormalize.Evaluation;

/// <summary>The process exit codes of the evaluation commands, numbered like <c>aznorm</c>'s.</summary>
internal enum ExitCode
{
    /// <summary>The command ran, or skipped because the shared data is absent (it says so on stderr).</summary>
    Success = 0,

    /// <summary>The command line is wrong: unknown command or option, missing option value.</summary>
    Usage = 2,

    /// <summary>Data named on the command line could not be used: a missing folder, a malformed list.</summary>
    DataError = 3,

    /// <summary>A bug: an unexpected exception (<c>EX_SOFTWARE</c> of sysexits.h).</summary>
    InternalError = 70,
}
