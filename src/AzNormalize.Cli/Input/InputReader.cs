namespace AzNormalize.Cli.Input;

/// <summary>Reads inputs whole, as raw bytes, and decodes them with <see cref="Utf8Decoding"/> (or <see cref="Utf16Decoding"/> after a UTF-16 byte order mark).</summary>
internal static class InputReader
{
    /// <summary>Reads and decodes one input.</summary>
    /// <param name="source">The input.</param>
    /// <param name="stdin">Standard input, read to its end when <paramref name="source"/> is standard input.</param>
    /// <param name="replaceInvalid">Replace invalid UTF-8 with U+FFFD instead of failing.</param>
    /// <exception cref="InputException">The file is missing or unreadable, or the bytes are not UTF-8 (nor UTF-16 after its byte order mark).</exception>
    public static InputText Read(InputSource source, Stream stdin, bool replaceInvalid)
    {
        byte[] bytes = source.Path is null ? ReadToEnd(stdin) : ReadFile(source.Path);
        if (Utf16Decoding.Detect(bytes) is { } utf16)
        {
            // UTF-16 has NUL bytes in all its ASCII; a NUL character (UTF-32, which also starts FF FE, has one per letter) is binary.
            string text = Utf16Decoding.Decode(bytes, utf16, source, replaceInvalid);
            if (source.Path is not null && text.AsSpan(0, Math.Min(text.Length, 4096)).Contains('\0'))
            {
                throw new InputException($"{source.DisplayName}: looks like a binary file (it has a NUL character), not UTF-16 text");
            }

            return new InputText(source, text, HadByteOrderMark: true, utf16);
        }

        if (source.Path is not null && LooksBinary(bytes))
        {
            throw new InputException($"{source.DisplayName}: looks like a binary file (it has a NUL byte), not UTF-8 text");
        }

        bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        return new InputText(source, Utf8Decoding.Decode(bytes, source, replaceInvalid), bom);
    }

    /// <summary>Opens <paramref name="source"/> for streaming (stdin as it is); the caller disposes a file's stream.</summary>
    /// <exception cref="InputException">The file is missing or cannot be opened.</exception>
    public static Stream Open(InputSource source, Stream stdin)
    {
        if (source.IsStdin)
        {
            return stdin;
        }

        try
        {
            return File.OpenRead(source.Path!);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException($"{source.DisplayName}: no such file", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{source.DisplayName}: cannot read: {e.Message}", e);
        }
    }

    /// <summary>
    /// Opens <paramref name="source"/> for streaming as <see cref="Open"/> does; when it cannot, says why on standard error
    /// and returns false (the caller's exit code is then <see cref="ExitCode.InputError"/>).
    /// </summary>
    public static bool TryOpen(InputSource source, CliContext context, out Stream stream)
    {
        try
        {
            stream = Open(source, context.Stdin);
            return true;
        }
        catch (InputException e)
        {
            context.Error(e.Message);
            stream = Stream.Null;
            return false;
        }
    }

    /// <summary>A NUL byte in the first 8 KiB: what git and grep take for a binary file (text never has one).</summary>
    internal static bool LooksBinary(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 8192)].IndexOf((byte)0) >= 0;

    private static byte[] ReadToEnd(Stream stream)
    {
        using var buffer = new MemoryStream();
        try
        {
            stream.CopyTo(buffer);
        }
        catch (IOException e)
        {
            throw new InputException($"<stdin>: cannot read: {e.Message}", e);
        }

        return buffer.ToArray();
    }

    private static byte[] ReadFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InputException($"{path}: is a directory, not a file");
        }

        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException($"{path}: no such file", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputException($"{path}: cannot read: {e.Message}", e);
        }
    }
}
