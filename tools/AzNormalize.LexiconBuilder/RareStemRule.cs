using AzNormalize.Lexicon;

namespace AzNormalize.LexiconBuilder;

/// <summary>
/// Rule 20, run last: morphology lets a listed word of four letters or more that the source wrote in lowercase take
/// suffixes even when the list lacks its inflections (<c>sunami</c>, <c>bədəl</c>). This rule marks
/// <see cref="WordAttributes.NotAStem"/> on such words when they are more likely noise than rare words: a restored twin
/// (ə ı ö ü ş ç ğ q x, ə for an OCR o) is listed and seen in lowercase (<c>molumat</c>: məlumat), or a listed word is the
/// form with one letter before it (<c>lacaq</c>: alacaq, <c>irinci</c>: birinci, <c>əqiqə</c>: dəqiqə), the form being a
/// piece of it, or a well-attested stem is the form with one inner letter more (<c>müxtəlf</c>: müxtəlif). Words with their inflections listed, and verb stems with their infinitive listed, are not judged.
/// </summary>
internal static class RareStemRule
{
    public const string Id = "20 rare-stem";

    public const string Description = "marked `NotAStem`, not removed: 4+ letters, seen lowercase, inflections not listed, no infinitive listed, and a restored twin is listed (seen lowercase) or a listed word is the form with one letter before it, or a well-attested stem is the form with one inner letter more (`molumat`, `lacaq`, `müxtəlf`)";

    private const int MinLength = 4;

    private const int MaxPositions = 10;

    /// <summary>A listed word this many letters longer than the form and ending in it makes the form a piece of it.</summary>
    private const int MaxCut = 1;

    /// <summary>Whether the list has the infinitive of <paramref name="word"/>: a verb stem (utan: utanmaq) is judged by it, not here.</summary>
    private static bool HasInfinitive(string word, Dictionary<string, WordAttributes> kept) =>
        kept.ContainsKey(word + "maq") || kept.ContainsKey(word + "mək");

    /// <summary>Marks the forms in <paramref name="kept"/>; returns them with the word that condemned them.</summary>
    public static List<KeyValuePair<string, string>> Apply(Dictionary<string, WordAttributes> kept, string source)
    {
        AzMorphology morphology = RuleSupport.Morphology(kept, source);
        AzLexicon lexicon = morphology.Lexicon;

        // Every listed word by what follows its first letter: lacaq → alacaq, əqiqə → dəqiqə.
        var tails = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string word in kept.Keys)
        {
            for (int cut = 1; cut <= MaxCut && word.Length - cut >= MinLength; cut++)
            {
                tails.TryAdd(word[cut..], word);
            }
        }

        // Every well-attested stem by its forms with one inner letter dropped: müxtəlf → müxtəlif.
        var shortened = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string word in kept.Keys)
        {
            if (word.Length > MinLength && !word.Contains('-', StringComparison.Ordinal) && (kept[word] & WordAttributes.SeenLowercase) != 0)
            {
                for (int i = 1; i < word.Length - 1; i++)
                {
                    shortened.TryAdd(string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1)), word);
                }
            }
        }

        var marked = new List<KeyValuePair<string, string>>();
        var positions = new List<int>();
        foreach (KeyValuePair<string, WordAttributes> pair in kept)
        {
            string word = pair.Key;
            if (word.Length < MinLength || (pair.Value & (WordAttributes.SeenLowercase | WordAttributes.NotAStem)) != WordAttributes.SeenLowercase
                || word.Contains('-', StringComparison.Ordinal) || morphology.IsWellAttestedStem(word) || HasInfinitive(word, kept))
            {
                continue;
            }

            if (tails.TryGetValue(word, out string? longer) || shortened.TryGetValue(word, out longer))
            {
                marked.Add(new KeyValuePair<string, string>(word, longer));
                continue;
            }

            if (!RuleSupport.FindRestorable(word, positions, MaxPositions))
            {
                continue;
            }

            foreach ((string twin, int _, bool _) in TwinLetters.Twins(word, positions))
            {
                if (kept.TryGetValue(twin, out WordAttributes twinAttributes) && (twinAttributes & WordAttributes.SeenLowercase) != 0)
                {
                    marked.Add(new KeyValuePair<string, string>(word, twin));
                    break;
                }
            }
        }

        foreach (KeyValuePair<string, string> pair in marked)
        {
            kept[pair.Key] |= WordAttributes.NotAStem;
        }

        return RuleSupport.Sorted(marked);
    }
}
