namespace AzNormalize.Cli.Input;

/// <summary>One decoded input.</summary>
/// <param name="Source">Where it came from.</param>
/// <param name="Text">The text, decoded from UTF-8 without its byte order mark.</param>
/// <param name="HadByteOrderMark">Whether the input started with a UTF-8 byte order mark (<c>fix --in-place</c> keeps it).</param>
internal sealed record InputText(InputSource Source, string Text, bool HadByteOrderMark = false);
