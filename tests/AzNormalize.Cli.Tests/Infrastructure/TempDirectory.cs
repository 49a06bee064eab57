using System.Text;

namespace AzNormalize.Cli.Tests.Infrastructure;

/// <summary>A temporary directory, deleted on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = Directory.CreateTempSubdirectory("aznorm-tests-").FullName;
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="bytes"/> to a file named <paramref name="name"/> and returns its path.</summary>
    public string File(string name, byte[] bytes)
    {
        string path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte order mark and returns the path.</summary>
    public string File(string name, string text) => File(name, new UTF8Encoding(false).GetBytes(text));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
