namespace AzNormalize.Cli.Output;

/// <summary>How a command writes its data to stdout (<c>--format</c>).</summary>
internal enum OutputFormat
{
    /// <summary>Plain text (<c>--format text</c>, the default); what that means is up to the command.</summary>
    Text,

    /// <summary>JSON Lines (<c>--format json</c>): one JSON object per line, each line ending in <c>\n</c>.</summary>
    Json,
}
