using System.Text;
using AzNormalize.Evaluation.Vocabulary;
using AzNormalize.Lexicon;
using AzNormalize.Text;
using AzNormalize.Tokenization;

namespace AzNormalize.Training;

/// <summary>The kinds of noise a training document is given (one per document).</summary>
internal enum TrainingNoise
{
    /// <summary>None: every change the corrector makes is damage; teaches it to leave correct text alone.</summary>
    Clean,

    /// <summary>Lost Azerbaijani letters in some words.</summary>
    DiacriticLoss,

    /// <summary>Turkish spellings in some words.</summary>
    TurkishHabit,

    /// <summary>Typing slips in some words.</summary>
    KeyboardSlip,

    /// <summary>OCR confusions in some words.</summary>
    OcrConfusion,

    /// <summary>The whole document typed without Azerbaijani letters.</summary>
    NoAzerbaijaniLetters,

    /// <summary>Every word-level kind mixed, with words run together, words split in two, colloquial endings and real-word errors.</summary>
    Mixed,
}

/// <summary>What a noisy word token should read: the gold text (lowercase; two words for a run-together) and how many noisy tokens it spans.</summary>
/// <param name="Gold">The gold, lowercase.</param>
/// <param name="Span">Noisy word tokens it covers (2 for a word split in two).</param>
/// <param name="Damaged">Whether the noise changed it.</param>
internal readonly record struct GoldWord(string Gold, int Span, bool Damaged);

/// <summary>
/// Seeds a document with one kind of noise, word by word, and keeps for every noisy word token what it should read. Word
/// noise hits a lowercase word of four letters or more with probability <see cref="WordShare"/>, through the evaluation's
/// <see cref="MisspellingGenerator"/>, as the evaluation's seeded sets do (on other documents).
/// </summary>
internal static class Noiser
{
    /// <summary>The share of eligible words word noise damages.</summary>
    public const double WordShare = 0.15;

    /// <summary>In <see cref="TrainingNoise.Mixed"/>, the share of lowercase words run together with the next, and of eligible words split, given a colloquial ending or turned into another known word (each).</summary>
    public const double LayoutShare = 0.02;

    /// <summary>The noisy text and, by the start offset of each of its word tokens, what it should read.</summary>
    public static (string Text, Dictionary<int, GoldWord> Gold) Apply(string text, TrainingNoise kind, Random random)
    {
        var output = new StringBuilder(text.Length + 16);
        var gold = new Dictionary<int, GoldWord>();
        var tokens = new List<(TokenKind Kind, string Text)>();
        foreach (Token token in Tokenizer.Tokenize(text))
        {
            tokens.Add((token.Kind, token.GetText(text).ToString()));
        }

        for (int i = 0; i < tokens.Count; i++)
        {
            (TokenKind tokenKind, string piece) = tokens[i];
            if (tokenKind != TokenKind.Word)
            {
                output.Append(piece);
                continue;
            }

            string lower = AzCasing.ToLower(piece);
            if (kind == TrainingNoise.NoAzerbaijaniLetters)
            {
                string folded = Fold(piece);
                gold[output.Length] = new GoldWord(lower, 1, !string.Equals(folded, piece, StringComparison.Ordinal));
                output.Append(folded);
                continue;
            }

            bool eligible = kind != TrainingNoise.Clean && MisspellingGenerator.IsEligible(piece);
            if (kind == TrainingNoise.Mixed && AzCasing.GetShape(piece) == CaseShape.Lower && IsLetters(piece))
            {
                // Any two lowercase words may run together (və bu → vəbu), short ones most of all.
                if (random.NextDouble() < LayoutShare && i + 2 < tokens.Count && tokens[i + 1].Text == " " && tokens[i + 2].Kind == TokenKind.Word
                    && AzCasing.GetShape(tokens[i + 2].Text) == CaseShape.Lower && IsLetters(tokens[i + 2].Text))
                {
                    // Two words run together: one noisy token reads two.
                    string next = tokens[i + 2].Text;
                    gold[output.Length] = new GoldWord($"{lower} {next}", 1, true);
                    output.Append(piece).Append(next);
                    i += 2;
                    continue;
                }
            }

            if (eligible && kind == TrainingNoise.Mixed)
            {
                double roll = random.NextDouble();
                if (roll < LayoutShare && piece.Length >= 6)
                {
                    // A word split in two: two noisy tokens read one.
                    int at = 2 + random.Next(piece.Length - 3);
                    gold[output.Length] = new GoldWord(lower, 2, true);
                    output.Append(piece, 0, at).Append(' ').Append(piece, at, piece.Length - at);
                    continue;
                }

                if (roll < 2 * LayoutShare && Colloquial(piece) is { } spoken)
                {
                    gold[output.Length] = new GoldWord(lower, 1, true);
                    output.Append(spoken);
                    continue;
                }

                if (roll < 3 * LayoutShare && RealWord(piece, random) is { } other)
                {
                    // A slip that lands on another known word: only context tells (sallayan for salamlayan).
                    gold[output.Length] = new GoldWord(lower, 1, true);
                    output.Append(other);
                    continue;
                }
            }

            if (eligible && random.NextDouble() < WordShare)
            {
                MisspellingKind misspelling = kind switch
                {
                    TrainingNoise.DiacriticLoss => MisspellingKind.DiacriticLoss,
                    TrainingNoise.TurkishHabit => MisspellingKind.TurkishHabit,
                    TrainingNoise.KeyboardSlip => MisspellingKind.KeyboardSlip,
                    TrainingNoise.OcrConfusion => MisspellingKind.OcrConfusion,
                    _ => MisspellingGenerator.Kinds[random.Next(MisspellingGenerator.Kinds.Count)],
                };
                List<MisspellingCandidate> candidates = MisspellingGenerator.Candidates(piece, misspelling);
                if (candidates.Count > 0)
                {
                    string form = candidates[random.Next(candidates.Count)].Form;
                    if (IsOneToken(form))
                    {
                        gold[output.Length] = new GoldWord(lower, 1, true);
                        output.Append(form);
                        continue;
                    }
                }
            }

            gold[output.Length] = new GoldWord(lower, 1, false);
            output.Append(piece);
        }

        return (output.ToString(), gold);
    }

    /// <summary>A misspelling of <paramref name="word"/> (a typing slip, an OCR confusion, a lost letter) that is itself a listed word, or null.</summary>
    private static string? RealWord(string word, Random random)
    {
        var known = new List<string>();
        foreach (MisspellingKind kind in MisspellingGenerator.Kinds)
        {
            foreach (MisspellingCandidate candidate in MisspellingGenerator.Candidates(word, kind))
            {
                if (AzLexicon.Default.Contains(candidate.Form) && AzMorphology.Default.IsKnown(candidate.Form) && !known.Contains(candidate.Form))
                {
                    known.Add(candidate.Form);
                }
            }
        }

        return known.Count == 0 ? null : known[random.Next(known.Count)];
    }

    /// <summary>A colloquial form of a word ending in -dır/-dir/-dur/-dür (the r dropped) or -sınız (-sız), or null.</summary>
    private static string? Colloquial(string word)
    {
        int n = word.Length;
        if (n >= 5 && word[n - 1] == 'r' && word[n - 3] is 'd' or 't' && word[n - 2] is 'ı' or 'i' or 'u' or 'ü')
        {
            return word[..^1];
        }

        if (n >= 8 && word[n - 5] == 's' && word[n - 4] is 'ı' or 'i' or 'u' or 'ü' && word[n - 3] == 'n' && word[n - 2] == word[n - 4] && word[n - 1] == 'z')
        {
            return word[..^3] + "z";
        }

        return null;
    }

    private static string Fold(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (char c in word)
        {
            builder.Append(AzAlphabet.ToAsciiTyped(c));
        }

        return builder.ToString();
    }

    private static bool IsLetters(string word)
    {
        foreach (char c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOneToken(string form)
    {
        int words = 0;
        foreach (Token token in Tokenizer.Tokenize(form))
        {
            if (token.Kind != TokenKind.Word || ++words > 1)
            {
                return false;
            }
        }

        return words == 1;
    }
}
