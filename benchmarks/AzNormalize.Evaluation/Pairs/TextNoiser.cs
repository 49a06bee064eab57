using System.Text;
using AzNormalize.Evaluation.Vocabulary;
using AzNormalize.Text;
using AzNormalize.Tokenization;

namespace AzNormalize.Evaluation.Pairs;

/// <summary>The kinds of seeded noise a clean text is given.</summary>
internal enum NoiseKind
{
    /// <summary>Some words lose Azerbaijani letters (ə→e, ı→i …), as <see cref="MisspellingKind.DiacriticLoss"/>.</summary>
    DiacriticLoss,

    /// <summary>Some words get Turkish spellings, as <see cref="MisspellingKind.TurkishHabit"/>.</summary>
    TurkishHabit,

    /// <summary>Some words get typing slips, as <see cref="MisspellingKind.KeyboardSlip"/>.</summary>
    KeyboardSlip,

    /// <summary>Some words get OCR confusions, as <see cref="MisspellingKind.OcrConfusion"/>.</summary>
    OcrConfusion,

    /// <summary>The whole text typed without Azerbaijani letters (ə→e, ı→i, ş→s, ç→c, ğ→g, ö→o, ü→u, and capitals).</summary>
    NoAzerbaijaniLetters,

    /// <summary>The text hard-wrapped at 60 columns, long words broken between syllables with a hyphen.</summary>
    LineEndHyphens,
}

/// <summary>
/// Seeds a clean text with one kind of noise, reproducibly (a fixed seed per text). Word noise hits a lowercase word of
/// four letters or more with probability <see cref="WordShare"/>, through <see cref="MisspellingGenerator.Candidates"/>.
/// </summary>
internal static class TextNoiser
{
    /// <summary>The share of eligible words word noise damages.</summary>
    public const double WordShare = 0.15;

    /// <summary>The column hard wrapping breaks at.</summary>
    public const int WrapColumn = 60;

    /// <summary>Returns <paramref name="text"/> with noise of <paramref name="kind"/>.</summary>
    public static string Apply(string text, NoiseKind kind, int seed)
    {
        ArgumentNullException.ThrowIfNull(text);
        return kind switch
        {
            NoiseKind.NoAzerbaijaniLetters => FoldLetters(text),
            NoiseKind.LineEndHyphens => Wrap(text),
            _ => DamageWords(text, (MisspellingKind)(int)kind, new Random(seed)),
        };
    }

    private static string DamageWords(string text, MisspellingKind kind, Random random)
    {
        var builder = new StringBuilder(text.Length);
        foreach (Token token in Tokenizer.Tokenize(text))
        {
            string piece = token.GetText(text).ToString();
            if (token.Kind == TokenKind.Word && MisspellingGenerator.IsEligible(piece) && random.NextDouble() < WordShare)
            {
                List<MisspellingCandidate> candidates = MisspellingGenerator.Candidates(piece, kind);
                if (candidates.Count > 0)
                {
                    piece = candidates[random.Next(candidates.Count)].Form;
                }
            }

            builder.Append(piece);
        }

        return builder.ToString();
    }

    private static string FoldLetters(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(AzAlphabet.ToAsciiTyped(c));
        }

        return builder.ToString();
    }

    /// <summary>Hard-wraps each paragraph at <see cref="WrapColumn"/>, breaking a word that does not fit before a consonant and vowel.</summary>
    private static string Wrap(string text)
    {
        var output = new StringBuilder(text.Length + (text.Length / WrapColumn * 2));
        string[] paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n");
        for (int p = 0; p < paragraphs.Length; p++)
        {
            if (p > 0)
            {
                output.Append("\n\n");
            }

            int column = 0;
            foreach (string word in paragraphs[p].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                int needed = column == 0 ? word.Length : column + 1 + word.Length;
                if (needed <= WrapColumn || column == 0)
                {
                    output.Append(column == 0 ? string.Empty : " ").Append(word);
                    column = needed;
                    continue;
                }

                int room = WrapColumn - column - 2; // a space and the hyphen
                int split = SyllableBreak(word, room);
                if (split > 0)
                {
                    output.Append(' ').Append(word, 0, split).Append("-\n").Append(word, split, word.Length - split);
                    column = word.Length - split;
                }
                else
                {
                    output.Append('\n').Append(word);
                    column = word.Length;
                }
            }
        }

        return output.ToString();
    }

    /// <summary>The last place, leaving at most <paramref name="room"/> characters before it and two letters on each side, where a word breaks between syllables (before a consonant and a vowel).</summary>
    private static int SyllableBreak(string word, int room)
    {
        for (int i = Math.Min(room, word.Length - 2); i >= 2; i--)
        {
            if (AzAlphabet.IsConsonant(AzCasing.ToLower(word[i])) && i + 1 < word.Length && AzAlphabet.IsVowel(AzCasing.ToLower(word[i + 1]))
                && AzAlphabet.IsLetter(word[i - 1]) && AzAlphabet.IsLetter(word[i - 2]) && AzAlphabet.IsLetter(word[^1]))
            {
                return i;
            }
        }

        return 0;
    }
}
