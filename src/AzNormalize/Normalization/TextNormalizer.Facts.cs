using System.Buffers;
using AzNormalize.Text;
using AzNormalize.Tokenization;

namespace AzNormalize.Normalization;

public sealed partial class TextNormalizer
{
    /// <summary>Schwa and the characters that stand for it: ə Ə, turned e, Cyrillic schwa.</summary>
    private static readonly SearchValues<char> s_schwaLike = SearchValues.Create(
        [AzAlphabet.Schwa, AzAlphabet.CapitalSchwa, LookAlikes.TurnedE, LookAlikes.CapitalReversedE, LookAlikes.CyrillicSmallSchwa, LookAlikes.CyrillicCapitalSchwa]);

    /// <summary>Latin letters only Azerbaijani (of the languages that meet it in text) writes: ə ı İ ğ ş and the turned e.</summary>
    private static readonly SearchValues<char> s_azerbaijaniLatin = SearchValues.Create("əƏıİğĞşŞ" + LookAlikes.TurnedE + LookAlikes.CapitalReversedE);

    /// <summary>The Azerbaijani-only letters other than schwa: ı İ ğ Ğ ş Ş.</summary>
    private static readonly SearchValues<char> s_azerbaijaniNonSchwa = SearchValues.Create("ıİğĞşŞ");

    /// <summary>ä and Ä.</summary>
    private static readonly SearchValues<char> s_aDiaeresis = SearchValues.Create([LookAlikes.SmallADiaeresis, LookAlikes.CapitalADiaeresis]);

    /// <summary>The combining marks that, after s, g or I, make an Azerbaijani-only letter: cedilla, breve, dot above.</summary>
    private static readonly SearchValues<char> s_azerbaijaniMarks = SearchValues.Create([CombiningCedilla, CombiningBreve, AzCasing.CombiningDotAbove]);

    /// <summary>U+0327 COMBINING CEDILLA: s + U+0327 is a decomposed ş.</summary>
    private const char CombiningCedilla = '\u0327';

    /// <summary>U+0306 COMBINING BREVE: g + U+0306 is a decomposed ğ.</summary>
    private const char CombiningBreve = '\u0306';

    /// <summary>How many lowercase words with ä make a text without ə a text in the 1991–92 alphabet.</summary>
    private const int OldAlphabetMinimumWords = 2;

    private static bool IsWordLike(TokenKind kind) => kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Initials or TokenKind.Hashtag;

    private static bool IsCombining(ReadOnlySpan<char> text, int index) =>
        index < text.Length && CanonicalComposition.GetCombiningClass(text[index]) > 0;

    /// <summary>Whether the mark at <paramref name="markIndex"/> and the letter before it are a decomposed ş, ğ or İ.</summary>
    private static bool IsDecomposedAzerbaijaniLetter(ReadOnlySpan<char> text, int markIndex) =>
        markIndex > 0 && (text[markIndex], text[markIndex - 1]) is
            (CombiningCedilla, 's' or 'S') or (CombiningBreve, 'g' or 'G') or (AzCasing.CombiningDotAbove, 'I');

    private static bool HasDecomposedAzerbaijaniLetter(ReadOnlySpan<char> text)
    {
        int offset = 0;
        while (true)
        {
            int found = text[offset..].IndexOfAny(s_azerbaijaniMarks);
            if (found < 0)
            {
                return false;
            }

            if (IsDecomposedAzerbaijaniLetter(text, offset + found))
            {
                return true;
            }

            offset += found + 1;
        }
    }

    private static bool HasADiaeresis(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(s_aDiaeresis) >= 0)
        {
            return true;
        }

        // Decomposed: a or A followed by U+0308 COMBINING DIAERESIS.
        for (int i = text.IndexOf(LookAlikes.CombiningDiaeresis); i >= 0; i = text[(i + 1)..].IndexOf(LookAlikes.CombiningDiaeresis) is int next and >= 0 ? i + 1 + next : -1)
        {
            if (i > 0 && text[i - 1] is 'a' or 'A')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the whole text says about its script and alphabet. Stable under normalization: folding never changes it
    /// in a way that would make a second pass edit what the first left alone.</summary>
    private readonly struct DocumentFacts
    {
        /// <summary>A word of Cyrillic look-alikes only may be folded: the text has Azerbaijani Latin letters and no
        /// Cyrillic letter that is not a look-alike.</summary>
        public bool CyrillicOnlyWordsFoldable { get; init; }

        /// <summary>The text has a Cyrillic letter that is not a look-alike: real Cyrillic text is present.</summary>
        public bool HasRealCyrillic { get; init; }

        /// <summary>The text is in the 1991–92 alphabet: no schwa at all, ı/ğ/ş present, ä in several lowercase words.</summary>
        public bool OldAlphabet { get; init; }

        public static DocumentFacts Gather(ReadOnlySpan<char> text)
        {
            bool usesSchwa = text.IndexOfAny(s_schwaLike) >= 0;
            bool decomposed = HasDecomposedAzerbaijaniLetter(text);
            bool azerbaijaniLatin = decomposed || text.IndexOfAny(s_azerbaijaniLatin) >= 0;
            bool azerbaijaniNonSchwa = decomposed || text.IndexOfAny(s_azerbaijaniNonSchwa) >= 0;
            bool realCyrillic = HasRealCyrillicLetter(text);
            bool hasCyrillicSchwa = text.IndexOfAny(LookAlikes.CyrillicSmallSchwa, LookAlikes.CyrillicCapitalSchwa) >= 0;

            bool countOldAlphabetWords = !usesSchwa && azerbaijaniNonSchwa && HasADiaeresis(text);
            bool lookForSchwaInLatinWords = !azerbaijaniLatin && hasCyrillicSchwa;
            int lowercaseADiaeresisWords = 0;
            bool schwaInLatinWord = false;
            if (countOldAlphabetWords || lookForSchwaInLatinWords)
            {
                foreach (Token token in Tokenizer.Tokenize(text))
                {
                    if (!IsWordLike(token.Kind))
                    {
                        continue;
                    }

                    WordFacts word = WordFacts.Of(token.GetText(text));
                    if (countOldAlphabetWords && word.HasADiaeresis && word.IsLowercase)
                    {
                        lowercaseADiaeresisWords++;
                    }

                    schwaInLatinWord |= lookForSchwaInLatinWords && word.HasCyrillicSchwa && word.LatinLetters > 0;
                }
            }

            bool oldAlphabet = countOldAlphabetWords && lowercaseADiaeresisWords >= OldAlphabetMinimumWords;
            return new DocumentFacts
            {
                HasRealCyrillic = realCyrillic,
                OldAlphabet = oldAlphabet,
                CyrillicOnlyWordsFoldable = !realCyrillic && (azerbaijaniLatin || schwaInLatinWord || oldAlphabet),
            };
        }

        private static bool HasRealCyrillicLetter(ReadOnlySpan<char> text)
        {
            int offset = 0;
            while (true)
            {
                int found = text[offset..].IndexOfAnyInRange('\u0400', '\u052F');
                if (found < 0)
                {
                    return false;
                }

                int index = offset + found;
                if (LookAlikes.CyrillicToLatin(text[index]) == '\0' || IsCombining(text, index + 1))
                {
                    return true;
                }

                offset = index + 1;
            }
        }
    }

    /// <summary>What one word is made of.</summary>
    private readonly struct WordFacts
    {
        public int LatinLetters { get; init; }

        public int CyrillicLookAlikes { get; init; }

        /// <summary>A Cyrillic character that is not a look-alike, or a look-alike carrying a combining mark (и, ё, й …).</summary>
        public bool HasOtherCyrillic { get; init; }

        public bool HasCyrillicSchwa { get; init; }

        /// <summary>ə ı İ ğ ş (either case, precomposed or decomposed), ǝ, or a Cyrillic schwa.</summary>
        public bool HasAzerbaijaniLetter { get; init; }

        /// <summary>A Latin letter (ə or ı or İ …) that only Azerbaijani writes, not counting Cyrillic schwa.</summary>
        public bool HasAzerbaijaniLatinLetter { get; init; }

        public bool HasADiaeresis { get; init; }

        /// <summary>A letter outside the Azerbaijani alphabet other than the look-alikes this class folds (w, ß, é, å …).</summary>
        public bool HasForeignLetter { get; init; }

        /// <summary>A letter of a script that uses zero-width joiners (Arabic, Indic …).</summary>
        public bool HasJoiningScript { get; init; }

        public bool IsLowercase { get; init; }

        public bool IsCapitalised { get; init; }

        public static WordFacts Of(ReadOnlySpan<char> word)
        {
            int latin = 0;
            int cyrillicLookAlikes = 0;
            bool otherCyrillic = false;
            bool cyrillicSchwa = false;
            bool azerbaijaniLatin = false;
            bool aDiaeresis = false;
            bool foreign = false;
            bool joining = false;
            for (int i = 0; i < word.Length; i++)
            {
                char c = word[i];
                if (LookAlikes.IsLatinLetter(c))
                {
                    latin++;
                    azerbaijaniLatin |= s_azerbaijaniLatin.Contains(c);
                    aDiaeresis |= c is LookAlikes.SmallADiaeresis or LookAlikes.CapitalADiaeresis
                        || (c is 'a' or 'A' && i + 1 < word.Length && word[i + 1] == LookAlikes.CombiningDiaeresis);
                    foreign |= !AzAlphabet.IsLetter(c) && LookAlikes.ExpandLigature(c) is null
                        && c is not (LookAlikes.SmallADiaeresis or LookAlikes.CapitalADiaeresis or LookAlikes.TurnedE or LookAlikes.CapitalReversedE);
                }
                else if (LookAlikes.IsCyrillic(c))
                {
                    if (LookAlikes.CyrillicToLatin(c) != '\0' && !IsCombining(word, i + 1))
                    {
                        cyrillicLookAlikes++;
                        cyrillicSchwa |= c is LookAlikes.CyrillicSmallSchwa or LookAlikes.CyrillicCapitalSchwa;
                    }
                    else
                    {
                        otherCyrillic = true;
                    }
                }
                else if (CanonicalComposition.GetCombiningClass(c) > 0)
                {
                    azerbaijaniLatin |= IsDecomposedAzerbaijaniLetter(word, i);
                }
                else if (char.IsLetter(c))
                {
                    foreign = true;
                    joining |= c >= '\u0590' && c is not (>= '\u1F00' and <= '\u1FFF');
                }
            }

            CaseShape shape = AzCasing.GetShape(word);
            return new WordFacts
            {
                LatinLetters = latin,
                CyrillicLookAlikes = cyrillicLookAlikes,
                HasOtherCyrillic = otherCyrillic,
                HasCyrillicSchwa = cyrillicSchwa,
                HasAzerbaijaniLatinLetter = azerbaijaniLatin,
                HasAzerbaijaniLetter = azerbaijaniLatin || cyrillicSchwa,
                HasADiaeresis = aDiaeresis,
                HasForeignLetter = foreign,
                HasJoiningScript = joining,
                IsLowercase = shape == CaseShape.Lower,
                IsCapitalised = shape is CaseShape.Title or CaseShape.Upper || (shape == CaseShape.Mixed && FirstCasedIsUpper(word)),
            };
        }

        private static bool FirstCasedIsUpper(ReadOnlySpan<char> word)
        {
            foreach (char c in word)
            {
                if (AzCasing.ToLower(c) != c)
                {
                    return true;
                }

                if (AzCasing.ToUpper(c) != c)
                {
                    return false;
                }
            }

            return false;
        }
    }

    /// <summary>Whether the scan is inside quotation marks: « » ‹ ›, “ ” (and „ “), and straight double quotes. Reset at a line break.</summary>
    private struct QuoteState
    {
        private int _depth;
        private bool _straight;
        private bool _lowOpened;

        public readonly bool Inside => _depth > 0 || _straight;

        public void Reset() => this = default;

        public void Update(ReadOnlySpan<char> punctuation)
        {
            foreach (char c in punctuation)
            {
                switch (c)
                {
                    case '«' or '‹':
                        _depth++;
                        break;
                    case '»' or '›' or '”':
                        _depth = Math.Max(0, _depth - 1);
                        break;
                    case '„':
                        _depth++;
                        _lowOpened = true;
                        break;
                    case '“' when _lowOpened:
                        // German „…“: the high 6-quote closes.
                        _depth = Math.Max(0, _depth - 1);
                        _lowOpened = false;
                        break;
                    case '“':
                        _depth++;
                        break;
                    case '"':
                        _straight = !_straight;
                        break;
                    default:
                        break;
                }
            }
        }
    }
}
