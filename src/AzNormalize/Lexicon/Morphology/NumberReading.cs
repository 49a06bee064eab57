namespace AzNormalize.Lexicon.Morphology;

/// <summary>How a number written in digits is read aloud, as far as its suffixes care: the last word of the reading.</summary>
/// <remarks>A suffix after a number harmonizes with that word: <c>5-də</c> (beş), <c>2021-ci</c> (bir), <c>20-si</c> (iyirmi), <c>1990-cı</c> (doxsan).</remarks>
internal static class NumberReading
{
    private static readonly string[] s_units = ["sıfır", "bir", "iki", "üç", "dörd", "beş", "altı", "yeddi", "səkkiz", "doqquz"];

    private static readonly string[] s_tens = ["", "on", "iyirmi", "otuz", "qırx", "əlli", "altmış", "yetmiş", "səksən", "doxsan"];

    /// <summary>The value of at most 18 ASCII digits.</summary>
    public static ulong Parse(ReadOnlySpan<char> digits)
    {
        ulong value = 0;
        foreach (char digit in digits)
        {
            value = (value * 10) + (ulong)(digit - '0');
        }

        return value;
    }

    /// <summary>The last word of <paramref name="number"/> read aloud in Azerbaijani.</summary>
    public static string LastWord(ulong number)
    {
        if (number == 0)
        {
            return s_units[0];
        }

        if (number % 10 != 0)
        {
            return s_units[number % 10];
        }

        if (number % 100 != 0)
        {
            return s_tens[number % 100 / 10];
        }

        if (number % 1000 != 0)
        {
            return "yüz";
        }

        if (number % 1_000_000 != 0)
        {
            return "min";
        }

        return number % 1_000_000_000 != 0 ? "milyon" : "milyard";
    }
}
