namespace AzNormalize.Text;

/// <summary>
/// The letter keys of the Azerbaijani Latin keyboard: which keys sit beside which, for typing slips.
/// </summary>
/// <remarks>
/// <para>Static and thread-safe. Only the 32 lowercase letters are keys here: a capital, a digit or any other character has
/// no key and no neighbours (lower a capital with <see cref="AzCasing.ToLower(char)"/> first).</para>
/// <para>Rows are staggered as on a real keyboard: the home row starts a quarter key to the right of the top row, the bottom
/// row three quarters. Two keys are neighbours when they touch on one row, or on rows next to each other when their centres
/// are less than 0.8 of a key apart (so <c>a</c> touches <c>q</c> and <c>ü</c> above it and <c>z</c> below it).</para>
/// </remarks>
public static class AzKeyboard
{
    /// <summary>The top letter row, left to right: q ü e r t y u i o p ö ğ.</summary>
    public const string TopRow = "qüertyuiopöğ";

    /// <summary>The home letter row, left to right: a s d f g h j k l ı ə.</summary>
    public const string HomeRow = "asdfghjklıə";

    /// <summary>The bottom letter row, left to right: z x c v b n m ç ş.</summary>
    public const string BottomRow = "zxcvbnmçş";

    /// <summary>The rows, top to bottom.</summary>
    private static readonly string[] s_rows = [TopRow, HomeRow, BottomRow];

    /// <summary>How far right each row starts, in keys: the home row a quarter key, the bottom row three quarters.</summary>
    private static readonly double[] s_rowOffsets = [0, 0.25, 0.75];

    /// <summary>
    /// True when <paramref name="a"/> and <paramref name="b"/> are different keys that touch (see the remarks); false when
    /// either has no key.
    /// </summary>
    public static bool AreNeighbours(char a, char b)
    {
        if (a == b || !TryFindKey(a, out int row1, out double x1) || !TryFindKey(b, out int row2, out double x2))
        {
            return false;
        }

        return row1 == row2 ? Math.Abs(x1 - x2) < 1.01 : Math.Abs(row1 - row2) == 1 && Math.Abs(x1 - x2) < 0.8;
    }

    /// <summary>
    /// The keys that touch <paramref name="key"/> (<see cref="AreNeighbours"/>), row by row from the top, left to right in a
    /// row; empty when it has no key.
    /// </summary>
    public static string GetNeighbours(char key)
    {
        if (!TryFindKey(key, out _, out _))
        {
            return string.Empty;
        }

        Span<char> buffer = stackalloc char[8];
        int count = 0;
        foreach (string row in s_rows)
        {
            foreach (char other in row)
            {
                if (AreNeighbours(key, other))
                {
                    buffer[count++] = other;
                }
            }
        }

        return new string(buffer[..count]);
    }

    /// <summary>
    /// The keys beside <paramref name="key"/> on its own row, the left one first; empty when it has no key. A subset of
    /// <see cref="GetNeighbours"/>: the evaluation's seeded slips use only these.
    /// </summary>
    internal static string GetRowNeighbours(char key)
    {
        foreach (string row in s_rows)
        {
            int index = row.IndexOf(key, StringComparison.Ordinal);
            if (index >= 0)
            {
                int start = Math.Max(0, index - 1);
                int end = Math.Min(row.Length, index + 2);
                return string.Concat(row.AsSpan(start, index - start), row.AsSpan(index + 1, end - index - 1));
            }
        }

        return string.Empty;
    }

    private static bool TryFindKey(char c, out int row, out double x)
    {
        for (row = 0; row < s_rows.Length; row++)
        {
            int column = s_rows[row].IndexOf(c, StringComparison.Ordinal);
            if (column >= 0)
            {
                x = column + s_rowOffsets[row];
                return true;
            }
        }

        x = 0;
        return false;
    }
}
