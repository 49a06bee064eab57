using AzNormalize.Text;

namespace AzNormalize.LexiconBuilder;

/// <summary>
/// The letters an ASCII keyboard, a Turkish habit or OCR puts for Azerbaijani ones, and the twins of a form with some of
/// them restored: e→ə, i→ı, o→ö, u→ü, s→ş, c→ç, g→ğ, k→q, the Turkish h for x (<c>tarih</c>, <c>hanım</c>), and o→ə,
/// the OCR misreading of ə that fills the source list with <c>molumat</c>, <c>hoyat</c>, <c>etmosi</c>.
/// </summary>
internal static class TwinLetters
{
    /// <summary>More twins than this per form are not tried (the forms with that many letters to restore are few).</summary>
    private const int MaxTwins = 4096;

    /// <summary>Whether <paramref name="c"/> may stand for another letter.</summary>
    public static bool IsRestorable(char c) => Restorations(c).Length > 0;

    /// <summary>The letters <paramref name="c"/> may stand for.</summary>
    public static ReadOnlySpan<char> Restorations(char c)
    {
        switch (c)
        {
            case 'o':
                return "öə"; // the ASCII twin, then the OCR misreading of ə
            case 'k':
                return "q";
            case 'h':
                return "x";
        }

        // e→ə, i→ı, u→ü, s→ş, c→ç, g→ğ: the letters a keyboard without Azerbaijani letters types (AzAlphabet).
        int index = AzAlphabet.AsciiTwins.IndexOf(c, StringComparison.Ordinal);
        return index < 0 ? [] : AzAlphabet.SpecialLowercase.AsSpan(index, 1);
    }

    /// <summary>
    /// Every form of <paramref name="word"/> with a non-empty subset of <paramref name="positions"/> restored, each to
    /// one of its letters, with the first position restored (the lowest index changed).
    /// </summary>
    public static IEnumerable<(string Twin, int FirstChange, bool ReadsOAsSchwa)> Twins(string word, List<int> positions)
    {
        var radices = new int[positions.Count];
        long total = 1;
        for (int i = 0; i < positions.Count; i++)
        {
            radices[i] = Restorations(word[positions[i]]).Length + 1;
            total *= radices[i];
        }

        total = Math.Min(total, MaxTwins);
        char[] buffer = word.ToCharArray();
        for (long code = 1; code < total; code++)
        {
            long rest = code;
            int firstChange = int.MaxValue;
            bool readsOAsSchwa = false;
            for (int i = 0; i < positions.Count; i++)
            {
                int choice = (int)(rest % radices[i]);
                rest /= radices[i];
                int position = positions[i];
                buffer[position] = choice == 0 ? word[position] : Restorations(word[position])[choice - 1];
                if (choice != 0)
                {
                    firstChange = Math.Min(firstChange, position);
                    readsOAsSchwa |= buffer[position] == 'ə' && word[position] == 'o';
                }
            }

            yield return (new string(buffer), firstChange, readsOAsSchwa);
        }
    }
}
