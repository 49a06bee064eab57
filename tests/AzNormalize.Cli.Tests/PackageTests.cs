using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using AzNormalize.Cli.Tests.Infrastructure;
using FluentAssertions;

namespace AzNormalize.Cli.Tests;

/// <summary>
/// The NuGet packages: <c>dotnet pack</c> of the library and of the tool (from the build these tests run on), and the tool
/// installed from the local package into a temporary tool path and run, with a NuGet configuration that knows only that
/// folder (so no cached or remote package of the same name can stand in).
/// </summary>
public sealed class PackageTests
{
    [Fact]
    public async Task Pack_Library_HasReadmeDocsSymbolsAndLicence()
    {
        using var temp = new TempDirectory();

        (int exitCode, string output) = await DotnetAsync(temp.Path, "pack", ProjectPath("src/AzNormalize/AzNormalize.csproj"), "-c", Configuration(), "--no-build", "-o", temp.Path);

        exitCode.Should().Be(0, output);
        string package = Directory.GetFiles(temp.Path, "AzNormalize.*.nupkg").Should().ContainSingle().Subject;
        Directory.GetFiles(temp.Path, "AzNormalize.*.snupkg").Should().ContainSingle("symbols go to a .snupkg");
        using ZipArchive zip = ZipFile.OpenRead(package);
        zip.Entries.Select(e => e.FullName).Should().Contain(["README.md", "NOTICE", "lib/net10.0/AzNormalize.dll", "lib/net10.0/AzNormalize.xml"]);
        string nuspec = ReadEntry(zip, "AzNormalize.nuspec");
        nuspec.Should().Contain("<license type=\"expression\">MIT</license>").And.Contain("<readme>README.md</readme>");
        nuspec.Should().NotContain("<dependency ", "the core library has no package dependencies");
    }

    [Fact]
    public async Task Pack_Tool_InstallsIntoAToolPathAndRuns()
    {
        using var temp = new TempDirectory();
        string packages = Path.Combine(temp.Path, "packages");

        (int packExit, string packOutput) = await DotnetAsync(temp.Path, "pack", ProjectPath("src/AzNormalize.Cli/AzNormalize.Cli.csproj"), "-c", Configuration(), "--no-build", "-o", packages);
        packExit.Should().Be(0, packOutput);
        string package = Path.GetFileNameWithoutExtension(Directory.GetFiles(packages, "aznorm.*.nupkg").Should().ContainSingle().Subject);
        string version = package["aznorm.".Length..];

        string tools = await InstallAsync(temp.Path, packages, version);

        string executable = Path.Combine(tools, OperatingSystem.IsWindows() ? "aznorm.exe" : "aznorm");
        (int runExit, string stdout) = await RunAsync(executable, "bölm\u04D9 tərəﬁndən\n", temp.Path, "fix");
        runExit.Should().Be(0, stdout);
        stdout.Should().Be("bölmə tərəfindən\n");
        (int versionExit, string versionOutput) = await RunAsync(executable, string.Empty, temp.Path, "--version");
        versionExit.Should().Be(0);
        versionOutput.Should().StartWith(version);
    }

    /// <summary>
    /// aznorm's native tool packages (src/AzNormalize.Cli/pack-native-tool.sh, the fast-start build of README.md and
    /// docs/benchmarks.md), made from a copy of the sources (so this build's own outputs are never rewritten under the other
    /// tests): <c>dotnet tool install</c> on Linux x64 installs the program compiled with Native AOT, and its output and exit
    /// code equal those of the JIT-compiled aznorm.dll these tests run, for fix (mixed noise, text typed without Azerbaijani
    /// letters, Cyrillic) and check (JSON). Needs clang and zlib (.ci/run installs them).
    /// </summary>
    [LinuxX64Fact]
    public async Task NativeToolPackage_InstallsANativeAznorm_ThatAgreesWithTheJitBuild()
    {
        using var temp = new TempDirectory();
        string root = Path.Combine(temp.Path, "src-copy");
        foreach (string file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "NOTICE", "README.md", "LICENSE" })
        {
            if (File.Exists(ProjectPath(file)))
            {
                Directory.CreateDirectory(root);
                File.Copy(ProjectPath(file), Path.Combine(root, file));
            }
        }

        CopyTree(ProjectPath("src"), Path.Combine(root, "src"), skip: name => name is "bin" or "obj");
        CopyTree(ProjectPath("data"), Path.Combine(root, "data"), skip: _ => false);
        string packages = Path.Combine(temp.Path, "packages");
        s_environment.Value = new Dictionary<string, string> { ["DOTNET"] = DotnetHost.Path };
        (int packExit, string packOutput) = await RunAsync("bash", string.Empty, temp.Path, Path.Combine(root, "src/AzNormalize.Cli/pack-native-tool.sh"), packages);
        s_environment.Value = null;
        packExit.Should().Be(0, packOutput);
        packOutput.Should().NotContain("warning IL", "the library and the tool are trim- and AOT-safe");
        string[] made = Directory.GetFiles(packages, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
        made.Should().HaveCount(3).And.Contain(name => name.StartsWith("aznorm.linux-x64.", StringComparison.Ordinal))
            .And.Contain(name => name.StartsWith("aznorm.any.", StringComparison.Ordinal));
        string version = made.Single(name => name.StartsWith("aznorm.any.", StringComparison.Ordinal))["aznorm.any.".Length..^".nupkg".Length];
        using (var linux = System.IO.Compression.ZipFile.OpenRead(Path.Combine(packages, $"aznorm.linux-x64.{version}.nupkg")))
        {
            linux.Entries.Select(entry => entry.FullName).Where(name => name.StartsWith("tools/", StringComparison.Ordinal)).Select(Path.GetFileName)
                .Should().BeEquivalentTo(["aznorm", "DotnetToolSettings.xml"], "the native package holds the program alone: no symbols, no XML docs it never reads");
        }

        string tools = await InstallAsync(temp.Path, packages, version);
        string native = Path.Combine(tools, "aznorm");
        File.ReadAllBytes(native).AsSpan(0, 4).ToArray().Should().Equal([0x7F, (byte)'E', (byte)'L', (byte)'F'], "the installed aznorm is a native program, not the dotnet host's shim");
        Directory.GetFiles(tools, "aznorm.dll", SearchOption.AllDirectories).Should().BeEmpty("the Linux x64 package holds no assembly to JIT-compile");

        string jit = Path.Combine(AppContext.BaseDirectory, "aznorm.dll");
        string[] texts =
        [
            "bölm\u04D9 tərəﬁndən olundu-\n\nğu\n",
            "Bu gun Azerbaycan prezidenti yeni qerar imzaladi ve bildirdi ki her sey yaxsi olacaq.\n",
            "Азәрбајҹан Республикасынын пајтахты Бакы шәһәридир.\n",
            File.ReadAllText(ProjectPath("docs/examples/sample.txt")),

            // A few kilobytes, so that the per-call word tables are built (texts under 512 characters get none).
            string.Concat(Enumerable.Repeat(File.ReadAllText(ProjectPath("docs/examples/scan.txt")) + "\n" + File.ReadAllText(ProjectPath("docs/examples/sample.txt")) + "\n", 6)),
        ];
        foreach (string text in texts)
        {
            foreach (string[] command in new[] { new[] { "fix" }, new[] { "check", "--format", "json" } })
            {
                (int nativeExit, string nativeOut) = await RunAsync(native, text, temp.Path, command);
                (int jitExit, string jitOut) = await RunAsync(DotnetHost.Path, text, temp.Path, [jit, .. command]);
                nativeExit.Should().Be(jitExit, "{0} of {1}", string.Join(' ', command), text);
                nativeOut.Should().Be(jitOut, "{0} of {1}", string.Join(' ', command), text);
            }
        }
    }

    /// <summary>
    /// Installs aznorm <paramref name="version"/> into a tool path under <paramref name="work"/> from the packages in
    /// <paramref name="packages"/> alone, through a private global-packages folder (else an aznorm of the same version cached
    /// by an earlier run would be installed); returns the tool path.
    /// </summary>
    private static async Task<string> InstallAsync(string work, string packages, string version)
    {
        string config = Path.Combine(work, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        string tools = Path.Combine(work, "tools");
        s_environment.Value = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(work, "nuget-cache") };
        (int installExit, string installOutput) = await DotnetAsync(work, "tool", "install", "aznorm", "--tool-path", tools, "--version", version, "--configfile", config);
        s_environment.Value = null;
        installExit.Should().Be(0, installOutput);
        return tools;
    }

    private static void CopyTree(string from, string to, Func<string, bool> skip)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (string directory in Directory.GetDirectories(from))
        {
            if (!skip(Path.GetFileName(directory)))
            {
                CopyTree(directory, Path.Combine(to, Path.GetFileName(directory)), skip);
            }
        }
    }

    private static readonly AsyncLocal<Dictionary<string, string>?> s_environment = new();

    private static string ReadEntry(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The configuration these tests were built in (the folder name above net10.0).</summary>
    private static string Configuration() => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    private static string ProjectPath(string relative) => Path.Combine(RepositoryRoot.Path, relative);

    private static Task<(int, string)> DotnetAsync(string workingDirectory, params string[] args) =>
        RunAsync(DotnetHost.Path, string.Empty, workingDirectory, args);

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string stdin, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // A child dotnet must not think it runs inside the test host's MSBuild node.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach ((string name, string value) in s_environment.Value ?? [])
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        Task<string> output = process.StandardOutput.ReadToEndAsync(cancel.Token);
        Task<string> error = process.StandardError.ReadToEndAsync(cancel.Token);
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        await process.WaitForExitAsync(cancel.Token);
        string stdout = await output;
        string stderr = await error;
        return (process.ExitCode, process.ExitCode == 0 && stderr.Length == 0 ? stdout : stdout + stderr);
    }
}

/// <summary>A fact for Linux on x64 (what <see cref="PackageTests.NativeToolPackage_InstallsANativeAznorm_ThatAgreesWithTheJitBuild"/> packs for); skipped elsewhere.</summary>
internal sealed class LinuxX64FactAttribute : FactAttribute
{
    public LinuxX64FactAttribute()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            Skip = "publishes aznorm with Native AOT for linux-x64: needs Linux on x64";
        }
    }
}
