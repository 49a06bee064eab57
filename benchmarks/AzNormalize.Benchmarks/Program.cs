using AzNormalize.Benchmarks.Speed;
using BenchmarkDotNet.Running;

namespace AzNormalize.Benchmarks;

internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is ["--write-speed-texts", string folder])
        {
            // The speed suite's texts as files, for whole runs of aznorm (docs/benchmarks.md): never committed.
            Directory.CreateDirectory(folder);
            foreach (string name in new[] { SpeedTexts.News, SpeedTexts.Noisy })
            {
                File.WriteAllText(Path.Combine(folder, name + ".txt"), SpeedTexts.Get(name));
            }

            return 0;
        }

        if (args is ["--latency", ..])
        {
            return LatencyRun.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
