namespace AzNormalize.Cli.Input;

/// <summary>One decoded input.</summary>
/// <param name="Source">Where it came from.</param>
/// <param name="Text">The text, decoded (from UTF-8, or UTF-16 after its byte order mark) without its byte order mark.</param>
/// <param name="HadByteOrderMark">Whether the input started with a byte order mark (<c>fix --in-place</c> keeps it); always for UTF-16.</param>
/// <param name="Encoding">How the input was encoded (<c>fix --in-place</c> and <c>--output</c> write it back so).</param>
internal sealed record InputText(InputSource Source, string Text, bool HadByteOrderMark = false, TextEncoding Encoding = TextEncoding.Utf8);
