namespace AzNormalize.Cli.Input;

/// <summary>One decoded input.</summary>
/// <param name="Source">Where it came from.</param>
/// <param name="Text">The text, decoded from UTF-8 without its byte order mark.</param>
internal sealed record InputText(InputSource Source, string Text);
