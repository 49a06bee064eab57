namespace AzNormalize.Cli;

internal static class Program
{
    // PLACEHOLDER: replaced by the real CLI.
    private static int Main(string[] args) => args.Length == 0 ? 2 : 0;
}
