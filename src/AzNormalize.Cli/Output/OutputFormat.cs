namespace AzNormalize.Cli.Output;

/// <summary>How a command writes its data to stdout (<c>--format</c>).</summary>
internal enum OutputFormat
{
    /// <summary>Plain text (<c>--format text</c>, the default); what that means is up to the command.</summary>
    Text,

    /// <summary>JSON Lines (<c>--format json</c>): one JSON object per line, each line ending in <c>\n</c>.</summary>
    Json,

    /// <summary>SARIF 2.1.0 (<c>--format sarif</c>): one JSON document for all inputs, for code-scanning tools.</summary>
    Sarif,

    /// <summary>GitHub Actions workflow commands (<c>--format github</c>): <c>::warning file=…,line=…,col=…::message</c> per finding.</summary>
    Github,

    /// <summary>A unified diff (<c>--format diff</c>) of what the command would change.</summary>
    Diff,

    /// <summary>One self-contained HTML review page for the run (<c>fix --format html</c>).</summary>
    Html,
}
