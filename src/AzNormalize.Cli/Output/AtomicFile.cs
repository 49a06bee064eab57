namespace AzNormalize.Cli.Output;

/// <summary>
/// Replaces a file's contents so that a reader, a crash or a kill never sees half of them: the bytes go to a temporary file
/// beside the target (<c>.name.aznorm-XXXXXXXX.tmp</c>, same folder, so the same file system), are flushed to disk, and
/// the temporary file is renamed over the target. A failure before the rename deletes the temporary file; a kill leaves
/// the target as it was (and, at worst, the temporary file).
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically, creating its folder if needed.</summary>
    /// <exception cref="IOException">The folder cannot be created or written, or the rename fails.</exception>
    /// <exception cref="UnauthorizedAccessException">No permission.</exception>
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        string fullPath = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(folder);
        string temporary = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.aznorm-{Guid.NewGuid():N}"[..^24] + ".tmp");
        try
        {
            FileStream created;
            try
            {
                created = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
            }
            catch (UnauthorizedAccessException e)
            {
                // Say which folder refused, not the name of a temporary file the user never asked for.
                throw new UnauthorizedAccessException($"no permission to create files in the folder '{folder}'", e);
            }
            catch (IOException e) when (e.HResult == 30 /* EROFS */)
            {
                throw new IOException($"the folder '{folder}' is on a read-only file system", e);
            }

            using (FileStream stream = created)
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            CopyPermissions(fullPath, temporary);
            File.Move(temporary, fullPath, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Whether <paramref name="path"/> is one of this class's temporary files.</summary>
    public static bool IsTemporary(string path)
    {
        string name = Path.GetFileName(path);
        return name.StartsWith('.') && name.EndsWith(".tmp", StringComparison.Ordinal) && name.Contains(".aznorm-", StringComparison.Ordinal);
    }

    private static void CopyPermissions(string target, string temporary)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(target))
        {
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the original is intact either way.
        }
    }
}
