using System.Buffers;
using System.Collections.Frozen;

namespace AzNormalize.Normalization;

/// <summary>
/// Tells a Russian word from an Azerbaijani Cyrillic one, for <see cref="ScriptMode.Auto"/>: one of the most frequent
/// Russian words (function words, and none that is also a frequent Azerbaijani word, as <c>о</c> and <c>да</c> are), a
/// Russian inflectional ending Azerbaijani never has (<c>-ого</c>, <c>-ться</c>, <c>-ость</c>), or a letter of Russian
/// spelling inside a word of Russian shape (<c>щ</c>, <c>ё</c>). Written by the AzNormalize authors.
/// </summary>
internal static class RussianWords
{
    private static readonly FrozenSet<string> s_frequent = new[]
    {
        "и", "в", "не", "на", "я", "что", "он", "с", "по", "это", "как", "а", "к", "из", "у", "за", "от", "для", "же",
        "так", "его", "но", "ты", "мы", "вы", "они", "она", "оно", "было", "был", "была", "были", "быть", "все", "всё",
        "её", "ее", "мне", "меня", "нас", "вас", "только", "уже", "ещё", "еще", "или", "если", "бы", "ли", "чтобы",
        "когда", "где", "там", "тут", "тоже", "очень", "который", "которая", "которые", "которого", "этот", "эта",
        "эти", "того", "том", "при", "после", "без", "под", "над", "между", "через", "про", "со", "во", "об", "перед",
        "сказал", "сказала", "может", "надо", "нет", "есть", "вот", "себя", "свой", "своей", "год", "года", "лет",
        "время", "человек", "также", "более", "раз", "будет", "том", "этом", "этого", "этой", "всех", "него", "неё",
        "них", "ему", "им", "ним", "ней", "чем", "тем", "тот", "та", "те", "кто", "какой", "какая", "здесь", "теперь",
        "потом", "потому", "поэтому", "хотя", "даже", "ведь", "вообще", "сейчас", "всегда", "никогда",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] s_endings =
    [
        "ого", "его", "ому", "ему", "ыми", "ими", "ых", "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ую", "юю", "ться", "тся",
        "ть", "ость", "ости", "ение", "ения", "ании", "ание", "ания", "ской", "ский", "ская", "ское", "ские", "ских",
    ];

    private static readonly SearchValues<char> s_russianLetters = SearchValues.Create("щёъ");

    /// <summary>Whether <paramref name="word"/> (a Cyrillic word, any case) looks Russian.</summary>
    public static bool Looks(ReadOnlySpan<char> word)
    {
        if (word.Length > 32)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        if (s_frequent.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower))
        {
            return true;
        }

        if (lower.Length >= 4)
        {
            foreach (string ending in s_endings)
            {
                if (lower.EndsWith(ending, StringComparison.Ordinal) && lower.Length > ending.Length + 1)
                {
                    return true;
                }
            }
        }

        return lower.ContainsAny(s_russianLetters);
    }
}
