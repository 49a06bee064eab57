using AzNormalize.Evaluation.Layout;
using AzNormalize.Text;
using AzNormalize.Tokenization;

namespace AzNormalize.Training;

/// <summary>
/// Lines up the word tokens of OCR output with the gold text's words (a word-level edit distance where a word may be
/// misread, lost, added, split in two or run together with the next), and says what each OCR token should read.
/// </summary>
internal static class OcrAligner
{
    /// <summary>By the start offset of each OCR word token that lines up with gold, what it should read.</summary>
    public static Dictionary<int, GoldWord> Align(string noisy, string gold)
    {
        List<(int Start, string Lower)> a = Words(noisy);
        List<(int Start, string Lower)> b = Words(gold);
        int n = a.Count;
        int m = b.Count;
        var cost = new double[n + 1, m + 1];
        var move = new byte[n + 1, m + 1]; // 1 sub, 2 extra OCR word, 3 lost gold word, 4 split (2 OCR : 1 gold), 5 run together (1 OCR : 2 gold)
        for (int i = 0; i <= n; i++)
        {
            for (int j = 0; j <= m; j++)
            {
                if (i == 0 && j == 0)
                {
                    continue;
                }

                double best = double.PositiveInfinity;
                byte how = 0;
                void Try(double c, byte h)
                {
                    if (c < best)
                    {
                        (best, how) = (c, h);
                    }
                }

                if (i > 0 && j > 0)
                {
                    Try(cost[i - 1, j - 1] + Substitution(a[i - 1].Lower, b[j - 1].Lower), 1);
                }

                if (i > 0)
                {
                    Try(cost[i - 1, j] + 1, 2);
                }

                if (j > 0)
                {
                    Try(cost[i, j - 1] + 1, 3);
                }

                if (i > 1 && j > 0 && Close(a[i - 2].Lower + a[i - 1].Lower, b[j - 1].Lower))
                {
                    Try(cost[i - 2, j - 1] + 0.6, 4);
                }

                if (i > 0 && j > 1 && Close(a[i - 1].Lower, b[j - 2].Lower + b[j - 1].Lower))
                {
                    Try(cost[i - 1, j - 2] + 0.6, 5);
                }

                cost[i, j] = best;
                move[i, j] = how;
            }
        }

        var result = new Dictionary<int, GoldWord>();
        int x = n;
        int y = m;
        while (x > 0 || y > 0)
        {
            switch (move[x, y])
            {
                case 1:
                    if (Substitution(a[x - 1].Lower, b[y - 1].Lower) < 1)
                    {
                        result[a[x - 1].Start] = new GoldWord(b[y - 1].Lower, 1, a[x - 1].Lower != b[y - 1].Lower);
                    }

                    x--;
                    y--;
                    break;
                case 2:
                    x--;
                    break;
                case 3:
                    y--;
                    break;
                case 4:
                    result[a[x - 2].Start] = new GoldWord(b[y - 1].Lower, 2, true);
                    x -= 2;
                    y--;
                    break;
                default:
                    result[a[x - 1].Start] = new GoldWord($"{b[y - 2].Lower} {b[y - 1].Lower}", 1, true);
                    x--;
                    y -= 2;
                    break;
            }
        }

        return result;
    }

    /// <summary>0 for the same word, under 1 for a misreading (a third of the letters or fewer differ), else 1.5.</summary>
    private static double Substitution(string a, string b)
    {
        if (a == b)
        {
            return 0;
        }

        return Close(a, b) ? 0.5 : 1.5;
    }

    private static bool Close(string a, string b)
    {
        int limit = Math.Max(1, Math.Max(a.Length, b.Length) / 3);
        return Math.Abs(a.Length - b.Length) <= limit && LayoutScorer.Distance(a, b, limit + 1) <= limit;
    }

    private static List<(int Start, string Lower)> Words(string text)
    {
        var words = new List<(int, string)>();
        foreach (Token token in Tokenizer.Tokenize(text))
        {
            if (token.Kind == TokenKind.Word)
            {
                words.Add((token.Start, AzCasing.ToLower(token.GetText(text).ToString())));
            }
        }

        return words;
    }
}
