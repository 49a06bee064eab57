using AzNormalize.Text;

namespace AzNormalize.Correction;

/// <summary>
/// The weighted error model of the sentence decoder: what reading <c>intended</c> where <c>typed</c> stands costs, letter by
/// letter (<see cref="CorrectionWeights"/>), and the cheapest alignment of a typed word with a candidate, with the changes it
/// takes, their kind and a reason.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class ErrorCosts
{
    public ErrorCosts(CorrectionWeights weights, bool asciiTyped)
    {
        Weights = weights;
        AsciiTyped = asciiTyped;
        Diacritic = asciiTyped ? weights.AsciiTypedDiacritic : weights.Diacritic;
    }

    /// <summary>Whether the text was typed without Azerbaijani letters throughout (a lost letter is then its own operation).</summary>
    public bool AsciiTyped { get; }

    public CorrectionWeights Weights { get; }

    /// <summary>What a lost Azerbaijani letter costs here (less in text typed without them throughout).</summary>
    public double Diacritic { get; }

    /// <summary>Whether reading <paramref name="intended"/> for <paramref name="typed"/> restores a lost or foreign-spelled letter.</summary>
    public static bool IsRestoration(char typed, char intended) =>
        AzAlphabet.FromAsciiTwin(typed) == intended || (typed, intended) is ('ı', 'i') or ('k', 'q') or ('h', 'x') or ('g', 'q') or ('o', 'ə') or ('w', 'ş');

    /// <summary>The operation of reading <paramref name="intended"/> where <paramref name="typed"/> stands (they differ).</summary>
    public ErrorOperation SubstituteOperation(char typed, char intended)
    {
        if (AzAlphabet.FromAsciiTwin(typed) == intended)
        {
            return AsciiTyped ? ErrorOperation.AsciiTypedDiacritic : ErrorOperation.Diacritic;
        }

        switch (typed, intended)
        {
            case ('ı', 'i'):
                return ErrorOperation.DotlessToDotted;
            case ('k', 'q'):
                return ErrorOperation.TurkishK;
            case ('h', 'x'):
                return ErrorOperation.TurkishH;
            case ('g', 'q'):
                return ErrorOperation.RussianG;
            case ('o', 'ə'):
                return ErrorOperation.OcrO;
            case ('w', 'ş'):
                return ErrorOperation.AsciiSpelling;
        }

        if (ErrorModel.AreOcrShapes(typed, intended) || IsOcrPair(typed, intended))
        {
            return ErrorOperation.OcrShape;
        }

        if (AzAlphabet.FromAsciiTwin(intended) == typed || IsSpuriousMark(typed, intended))
        {
            return ErrorOperation.OcrMark;
        }

        return ErrorModel.AreNeighbourKeys(typed, intended) ? ErrorOperation.NeighbourKey : ErrorOperation.Substitution;
    }

    /// <summary>The cost and kind of reading <paramref name="intended"/> where <paramref name="typed"/> stands.</summary>
    public (double Cost, EditKind Kind) Substitute(char typed, char intended)
    {
        if (typed == intended)
        {
            return (0, EditKind.Diacritic);
        }

        if (AzAlphabet.FromAsciiTwin(typed) == intended)
        {
            return (Diacritic, EditKind.Diacritic);
        }

        CorrectionWeights w = Weights;
        switch (typed, intended)
        {
            case ('ı', 'i'):
                return (w.DotlessToDotted, EditKind.Ocr);
            case ('k', 'q'):
                return (w.TurkishK, EditKind.TurkishSpelling);
            case ('h', 'x'):
                return (w.TurkishH, EditKind.TurkishSpelling);
            case ('g', 'q'):
                return (w.RussianG, EditKind.TurkishSpelling);
            case ('o', 'ə'):
                return (w.OcrO, EditKind.Ocr);
            case ('w', 'ş'):
                return (w.AsciiSpelling, EditKind.Diacritic);
        }

        if (ErrorModel.AreOcrShapes(typed, intended) || IsOcrPair(typed, intended))
        {
            return (w.OcrShape, EditKind.Ocr);
        }

        if (AzAlphabet.FromAsciiTwin(intended) == typed || IsSpuriousMark(typed, intended))
        {
            return (w.OcrMark, EditKind.Ocr);
        }

        return ErrorModel.AreNeighbourKeys(typed, intended) ? (w.NeighbourKey, EditKind.Keyboard) : (w.Substitution, EditKind.Keyboard);
    }

    // Letter pairs OCR confuses in the development documents beyond ErrorModel's shapes (typed, intended), both ways: a t
    // read as i, an h as b, a j as l or i, an f as l or t, an ə as a, an r as n, a k as l.
    private const string OcrPairs = "itijljlfaənrklltuoeə";

    private static bool IsOcrPair(char typed, char intended)
    {
        for (int i = 0; i + 1 < OcrPairs.Length; i += 2)
        {
            if ((OcrPairs[i] == typed && OcrPairs[i + 1] == intended) || (OcrPairs[i] == intended && OcrPairs[i + 1] == typed))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A mark OCR added or moved: ü read for u, ö for o, ı for i the other way (ı→i is <see cref="CorrectionWeights.DotlessToDotted"/>).</summary>
    private static bool IsSpuriousMark(char typed, char intended) => (typed, intended) is ('i', 'ı') or ('ü', 'ö') or ('ö', 'ü');

    /// <summary>The cost of the letter <paramref name="intended"/> missing from the typed word before its position <paramref name="at"/>.</summary>
    public double Insert(ReadOnlySpan<char> typed, int at, char intended, bool first) =>
        InsertOperation(typed, at, intended, first) switch
        {
            ErrorOperation.LostFirstLetter => Weights.LostFirstLetter,
            ErrorOperation.Undoubled => Weights.Undoubled,
            _ => Weights.Dropped,
        };

    /// <summary>The operation of the letter <paramref name="intended"/> missing before position <paramref name="at"/>.</summary>
    public static ErrorOperation InsertOperation(ReadOnlySpan<char> typed, int at, char intended, bool first)
    {
        if (first && at == 0)
        {
            return ErrorOperation.LostFirstLetter;
        }

        bool doubling = (at > 0 && typed[at - 1] == intended) || (at < typed.Length && typed[at] == intended);
        return doubling ? ErrorOperation.Undoubled : ErrorOperation.Dropped;
    }

    /// <summary>The cost of the typed letter at <paramref name="at"/> being extra.</summary>
    public double Delete(ReadOnlySpan<char> typed, int at) =>
        DeleteOperation(typed, at) == ErrorOperation.Doubled ? Weights.Doubled : Weights.Extra;

    /// <summary>The operation of the typed letter at <paramref name="at"/> being extra.</summary>
    public static ErrorOperation DeleteOperation(ReadOnlySpan<char> typed, int at)
    {
        bool doubled = (at > 0 && typed[at - 1] == typed[at]) || (at + 1 < typed.Length && typed[at + 1] == typed[at]);
        return doubled ? ErrorOperation.Doubled : ErrorOperation.Extra;
    }

    /// <summary>The cost of two typed letters standing for one (sh→ş, ch→ç, rn→m), or infinity.</summary>
    public double TwoForOne(char a, char b, char intended) => (a, b, intended) switch
    {
        ('s', 'h', 'ş') or ('c', 'h', 'ç') => Weights.AsciiSpelling,
        ('r', 'n', 'm') or ('r', 'i', 'n') or ('r', 'ı', 'n') or ('l', 'i', 'h') or ('l', 'ı', 'h') or ('c', 'l', 'd') or ('v', 'v', 'w') => Weights.OcrShape,
        _ => double.PositiveInfinity,
    };

    /// <summary>Whether <paramref name="b"/> can end two typed letters that stand for one (sh, ch, rn, ri, rı, li, lı, cl, vv).</summary>
    public static bool EndsTwoForOne(char b) => b is 'h' or 'n' or 'i' or 'ı' or 'l' or 'v';

    /// <summary>The cost of one typed letter standing for two (m for rn, n for ri or rı, h for li or lı), or infinity.</summary>
    public double OneForTwo(char typed, char intended1, char intended2) => (typed, intended1, intended2) switch
    {
        ('m', 'r', 'n') or ('n', 'r', 'i') or ('n', 'r', 'ı') or ('h', 'l', 'i') or ('h', 'l', 'ı') => Weights.OcrShape,
        _ => double.PositiveInfinity,
    };

    /// <summary>
    /// The cheapest way from <paramref name="typed"/> to <paramref name="candidate"/> under this model: its cost, the kind of
    /// change that dominates (an edit's kind before a Turkish spelling's before an OCR restoration's before a diacritic's), and
    /// the changes as <c>e→ə, ∅→i</c>.
    /// </summary>
    public (double Cost, EditKind Kind, string Reason, bool RestorationsOnly) Align(string typed, string candidate) =>
        Align(typed, candidate, out _);

    /// <summary>As <see cref="Align(string, string)"/>, with the part of the cost that restorations make.</summary>
    public (double Cost, EditKind Kind, string Reason, bool RestorationsOnly) Align(string typed, string candidate, out double restorationCost) =>
        Align(typed, candidate, out restorationCost, null);

    /// <summary>
    /// As <see cref="Align(string, string, out double)"/>, and when <paramref name="operations"/> is given (one slot per
    /// <see cref="ErrorOperation"/>), adds to it how often the alignment uses each operation: the features the learned scorer weighs.
    /// </summary>
    public (double Cost, EditKind Kind, string Reason, bool RestorationsOnly) Align(string typed, string candidate, out double restorationCost, int[]? operations)
    {
        int n = typed.Length;
        int m = candidate.Length;
        var d = new double[n + 1, m + 1];
        var op = new byte[n + 1, m + 1]; // 1 sub, 2 insert, 3 delete, 4 swap, 5 two-for-one, 6 one-for-two
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
                if (i > 0 && j > 0)
                {
                    double c = d[i - 1, j - 1] + Substitute(typed[i - 1], candidate[j - 1]).Cost;
                    if (c < best)
                    {
                        (best, how) = (c, 1);
                    }
                }

                if (j > 0)
                {
                    double c = d[i, j - 1] + Insert(typed, i, candidate[j - 1], j == 1);
                    if (c < best)
                    {
                        (best, how) = (c, 2);
                    }
                }

                if (i > 0)
                {
                    double c = d[i - 1, j] + Delete(typed, i - 1);
                    if (c < best)
                    {
                        (best, how) = (c, 3);
                    }
                }

                if (i > 1 && j > 1 && typed[i - 2] == candidate[j - 1] && typed[i - 1] == candidate[j - 2] && typed[i - 1] != typed[i - 2])
                {
                    double c = d[i - 2, j - 2] + Weights.Transposition;
                    if (c < best)
                    {
                        (best, how) = (c, 4);
                    }
                }

                if (i > 1 && j > 0)
                {
                    double c = d[i - 2, j - 1] + TwoForOne(typed[i - 2], typed[i - 1], candidate[j - 1]);
                    if (c < best)
                    {
                        (best, how) = (c, 5);
                    }
                }

                if (i > 0 && j > 1)
                {
                    double c = d[i - 1, j - 2] + OneForTwo(typed[i - 1], candidate[j - 2], candidate[j - 1]);
                    if (c < best)
                    {
                        (best, how) = (c, 6);
                    }
                }

                d[i, j] = best;
                op[i, j] = how;
            }
        }

        restorationCost = 0;
        var changes = new List<string>();
        EditKind kind = EditKind.Diacritic;
        int rank = 0; // 0 diacritic, 1 OCR restoration, 2 Turkish, 3 edit
        bool restorationsOnly = true;
        int x = n;
        int y = m;
        while (x > 0 || y > 0)
        {
            string from;
            string to;
            EditKind k;
            bool restoration = false;
            switch (op[x, y])
            {
                case 1:
                    from = typed[x - 1].ToString();
                    to = candidate[y - 1].ToString();
                    k = Substitute(typed[x - 1], candidate[y - 1]).Kind;
                    restoration = IsRestoration(typed[x - 1], candidate[y - 1]);
                    if (operations is not null && typed[x - 1] != candidate[y - 1])
                    {
                        operations[(int)SubstituteOperation(typed[x - 1], candidate[y - 1])]++;
                    }

                    x--;
                    y--;
                    break;
                case 2:
                    from = string.Empty;
                    to = candidate[y - 1].ToString();
                    k = x == 0 && y == 1 ? EditKind.Ocr : EditKind.Keyboard;
                    Count(operations, InsertOperation(typed, x, candidate[y - 1], y == 1));
                    y--;
                    break;
                case 3:
                    from = typed[x - 1].ToString();
                    to = string.Empty;
                    k = EditKind.Keyboard;
                    Count(operations, DeleteOperation(typed, x - 1));
                    x--;
                    break;
                case 4:
                    from = typed.Substring(x - 2, 2);
                    to = candidate.Substring(y - 2, 2);
                    k = EditKind.Keyboard;
                    Count(operations, ErrorOperation.Transposition);
                    x -= 2;
                    y -= 2;
                    break;
                case 5:
                    from = typed.Substring(x - 2, 2);
                    to = candidate[y - 1].ToString();
                    restoration = from is "sh" or "ch";
                    k = restoration ? EditKind.Diacritic : EditKind.Ocr;
                    Count(operations, restoration ? ErrorOperation.AsciiSpelling : ErrorOperation.OcrShape);
                    x -= 2;
                    y--;
                    break;
                default:
                    from = typed[x - 1].ToString();
                    to = candidate.Substring(y - 2, 2);
                    k = EditKind.Ocr;
                    Count(operations, ErrorOperation.OcrShape);
                    x--;
                    y -= 2;
                    break;
            }

            if (from == to)
            {
                continue;
            }

            changes.Add($"{(from.Length == 0 ? "∅" : from)}→{(to.Length == 0 ? "∅" : to)}");
            if (restoration)
            {
                restorationCost += from.Length == 2 ? TwoForOne(from[0], from[1], to[0]) : Substitute(from[0], to[0]).Cost;
            }

            restorationsOnly &= restoration;
            int r = !restoration ? 3 : k == EditKind.TurkishSpelling ? 2 : k == EditKind.Ocr ? 1 : 0;
            if (r > rank || (r == rank && r == 3 && k == EditKind.Ocr))
            {
                (rank, kind) = (r, k);
            }
        }

        changes.Reverse();
        return (d[n, m], kind, string.Join(", ", changes), restorationsOnly);
    }

    private static void Count(int[]? operations, ErrorOperation operation)
    {
        if (operations is not null)
        {
            operations[(int)operation]++;
        }
    }
}
