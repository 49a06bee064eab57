namespace AzNormalize.Cli.Input;

/// <summary>How an input file was encoded, so that <c>fix --in-place</c> and <c>--output</c> write it back the same way.</summary>
internal enum TextEncoding
{
    /// <summary>UTF-8, with or without a byte order mark: what aznorm reads unless a UTF-16 byte order mark says otherwise.</summary>
    Utf8,

    /// <summary>UTF-16, least significant byte first: the file starts with FF FE.</summary>
    Utf16LittleEndian,

    /// <summary>UTF-16, most significant byte first: the file starts with FE FF.</summary>
    Utf16BigEndian,
}
