using System.Globalization;
using System.Text;

namespace AzNormalize.InvariantCheck;

/// <summary>
/// Reads UTF-8 lines from stdin and writes, per line, the Azerbaijani lower, upper and title casing and the normalized text
/// with its edits, tab-separated and escaped (see <see cref="Report.Line"/>). The first output line says whether
/// globalization is really invariant in this process.
/// </summary>
internal static class Program
{
    private static int Main()
    {
        Console.InputEncoding = new UTF8Encoding(false);
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" };
        output.WriteLine(Report.Header(IsGlobalizationInvariant()));
        while (Console.In.ReadLine() is { } line)
        {
            output.WriteLine(Report.Line(Report.Unescape(line)));
        }

        return 0;
    }

    /// <summary>Under invariant globalization, cultures cannot be created and Normalize leaves non-ASCII alone.</summary>
    private static bool IsGlobalizationInvariant()
    {
        try
        {
            _ = CultureInfo.GetCultureInfo("tr-TR");
            return false;
        }
        catch (CultureNotFoundException)
        {
            return true;
        }
    }
}
