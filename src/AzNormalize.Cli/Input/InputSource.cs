namespace AzNormalize.Cli.Input;

/// <summary>Where one input comes from: a file, or standard input.</summary>
/// <param name="Path">The file path (as given on the command line, or found in a folder or by a glob); <see langword="null"/> for standard input (no file, or <c>-</c>).</param>
/// <param name="RelativePath">The path below the folder or glob root that found it (the file name for a file named directly); where <c>--output</c> writes it.</param>
/// <param name="Found">Whether a folder or a glob found it (so an <c>ignore</c> pattern of aznorm.json may leave it out), rather than the command line naming it.</param>
internal readonly record struct InputSource(string? Path, string? RelativePath = null, bool Found = false)
{
    /// <summary>What <c>-</c> on the command line means: standard input.</summary>
    public const string StdinArgument = "-";

    /// <summary>Standard input.</summary>
    public static InputSource Stdin => default;

    /// <summary>Whether this is standard input.</summary>
    public bool IsStdin => Path is null;

    /// <summary>The name used in messages: the path, or <c>&lt;stdin&gt;</c>.</summary>
    public string DisplayName => Path ?? "<stdin>";

    /// <summary>The inputs named by a command's file arguments: standard input when there are none, and <c>-</c> for standard input.</summary>
    /// <param name="arguments">The file arguments, possibly null or empty.</param>
    public static InputSource[] FromArguments(string[]? arguments)
    {
        if (arguments is null || arguments.Length == 0)
        {
            return [Stdin];
        }

        var sources = new InputSource[arguments.Length];
        for (int i = 0; i < arguments.Length; i++)
        {
            sources[i] = arguments[i] == StdinArgument ? Stdin : new InputSource(arguments[i]);
        }

        return sources;
    }
}
