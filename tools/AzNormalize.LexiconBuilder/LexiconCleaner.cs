using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using AzNormalize.Lexicon;
using AzNormalize.Text;

namespace AzNormalize.LexiconBuilder;

/// <summary>
/// Turns tesseract's raw Azerbaijani word list into the lexicon's words. Every rule is a general rule of Azerbaijani
/// spelling (or of English and Turkish spelling): no word list other than the input is consulted. The first rule
/// that matches removes an item; data/README.md lists the rules with their counts.
/// </summary>
internal sealed partial class LexiconCleaner
{
    /// <summary>The longest form kept, in chars. Longer entries in the raw list are run-together words.</summary>
    public const int MaxWordLength = 40;

    private const string Vowels = "aıoueəiöü";
    private static readonly SearchValues<char> s_vowels = SearchValues.Create(Vowels);

    // Azerbaijani-only letters (ə ı ş ç ğ ö ü): a word holding one was written by someone using the Azerbaijani alphabet, so
    // English digraph rules (sh, ch, th …) do not apply to it (təchizat, səth, əməkhaqqı).
    private static readonly SearchValues<char> s_azerbaijaniOnly = SearchValues.Create(AzAlphabet.SpecialLowercase);
    private static readonly SearchValues<char> s_notTurkish = SearchValues.Create("əqx");
    private const string FrontVowelsButI = "eəöü";

    public CleaningRule Punctuation { get; } = new("punctuation", "holds punctuation or a symbol (quotes before a suffix, initials `M.Quliyev`, domains, `q/m`)", perEntry: true);

    public CleaningRule Digits { get; } = new("digits", "holds a digit", perEntry: true);

    public CleaningRule ForeignLetter { get; } = new("foreign-letter", "holds a letter outside the 32-letter Azerbaijani alphabet (w, Cyrillic, accented Latin) after ligatures and look-alikes are folded", perEntry: true);

    public CleaningRule BadHyphen { get; } = new("hyphen", "starts or ends with a hyphen, or has two in a row", perEntry: true);

    public CleaningRule TooLong { get; } = new("too-long", $"longer than {MaxWordLength} chars (run-together words)", perEntry: true);

    public CleaningRule MixedCase { get; } = new("mixed-case", "mixed case inside one hyphen-separated part (`İnCiLəR`, `biR`, `İnterAz`): noise or brand spelling, not a word's case", perEntry: true);

    public CleaningRule SingleLetter { get; } = new("single-letter", "a single letter (initials); the real one-letter words are in the library's hand-written list", perEntry: false);

    public CleaningRule NoVowel { get; } = new("no-vowel", "no vowel, and not written only in capitals: Azerbaijani words have a vowel (abbreviations written in capitals, `BMT`, stay)", perEntry: false);

    public CleaningRule CapitalIForDottedI { get; } = new("capital-I", "every spelling has capital I and the lowercase with ı is another kept form with i (`BIRLIK` → `bırlık` beside `birlik`): capital I typed for İ", perEntry: false);

    public CleaningRule DotlessIAfterFrontVowel { get; } = new("harmony-ı", "ı after e, ə, ö or ü in the same part (`sərgılər`, `mənım`): breaks vowel harmony, the trace of I typed for İ", perEntry: false);

    public CleaningRule TurkishSuffix { get; } = new("turkish-suffix", "a Turkish ending where Azerbaijani has another: -iyor, -acak/-ecek, -mek/-mak, -arak/-erek, -lık/-luk, -ler/-den after a front vowel (Azerbaijani -ır, -acaq/-əcək, -maq/-mək, -araq/-ərək, -lıq/-luq, -lər/-dən)", perEntry: false);

    public CleaningRule ConsonantE { get; } = new("final-consonant-e", "ends in consonant + e after a front vowel, with no ə, q or x in the word: the Turkish (or ASCII-typed) -de, -le, -me, -se, `ve`, `ile`, or an English silent e; names (never seen lowercase) and -ye (atelye) stay", perEntry: false);

    public CleaningRule EnglishSpelling { get; } = new("english-spelling", "English spelling: th, ch, sh, kh, gh, ph, ck, ee, -tion, -ing, consonant + final y; names (never seen lowercase) and words with an Azerbaijani-only letter (ə ı ş ç ğ ö ü) stay", perEntry: false);

    /// <summary>The rules in the order they are applied.</summary>
    public IReadOnlyList<CleaningRule> Rules =>
    [
        Punctuation, Digits, ForeignLetter, BadHyphen, TooLong, MixedCase,
        SingleLetter, NoVowel, CapitalIForDottedI, DotlessIAfterFrontVowel, TurkishSuffix, ConsonantE, EnglishSpelling,
    ];

    /// <summary>Raw entries read.</summary>
    public int RawEntries { get; private set; }

    /// <summary>Raw entries changed by NFC, ligature expansion or look-alike folding (kept, not removed).</summary>
    public int Normalized { get; private set; }

    /// <summary>Entries that survived the per-entry rules but lowercase to a form already seen (İYUN, İyun, iyun).</summary>
    public int CaseDuplicates { get; private set; }

    /// <summary>Cleans <paramref name="rawEntries"/> and returns the kept lowercase forms with what is known of their case.</summary>
    public Dictionary<string, WordAttributes> Clean(IEnumerable<string> rawEntries)
    {
        var forms = new Dictionary<string, FormEvidence>(StringComparer.Ordinal);
        foreach (string raw in rawEntries)
        {
            string entry = raw.Trim();
            if (entry.Length == 0)
            {
                continue;
            }

            RawEntries++;
            string normalized = Normalize(entry);
            if (!string.Equals(normalized, entry, StringComparison.Ordinal))
            {
                Normalized++;
            }

            CleaningRule? rule = JudgeEntry(normalized);
            if (rule is not null)
            {
                rule.Add(entry);
                continue;
            }

            string lower = AzCasing.ToLower(normalized);
            if (forms.TryGetValue(lower, out FormEvidence evidence))
            {
                CaseDuplicates++;
            }

            evidence.Flags |= CaseEvidence(normalized);
            evidence.WithoutCapitalI |= !normalized.Contains('I', StringComparison.Ordinal);
            forms[lower] = evidence;
        }

        var kept = new Dictionary<string, WordAttributes>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, FormEvidence> pair in forms)
        {
            CleaningRule? rule = JudgeForm(pair.Key, pair.Value, forms);
            if (rule is null)
            {
                kept.Add(pair.Key, pair.Value.Flags);
            }
            else
            {
                rule.Add(pair.Key);
            }
        }

        return kept;
    }

    /// <summary>NFC, PDF ligatures expanded, look-alike letters folded to the Azerbaijani ones they imitate.</summary>
    internal static string Normalize(string entry)
    {
        string text = entry.IsNormalized(NormalizationForm.FormC) ? entry : entry.Normalize(NormalizationForm.FormC);
        StringBuilder? builder = null;
        for (int i = 0; i < text.Length; i++)
        {
            string? replacement = text[i] switch
            {
                '\uFB00' => "ff",
                '\uFB01' => "fi",
                '\uFB02' => "fl",
                '\uFB03' => "ffi",
                '\uFB04' => "ffl",
                '\uFB05' or '\uFB06' => "st",
                '\u018E' => "Ə", // Ǝ LATIN CAPITAL LETTER REVERSED E, typed for Ə
                '\u01DD' => "ə", // ǝ LATIN SMALL LETTER TURNED E, typed for ə
                '\u04D8' => "Ə", // Ә CYRILLIC CAPITAL LETTER SCHWA
                '\u04D9' => "ə", // ә CYRILLIC SMALL LETTER SCHWA
                '\u04BA' => "H", // Һ CYRILLIC CAPITAL LETTER SHHA
                '\u04BB' => "h", // һ CYRILLIC SMALL LETTER SHHA
                _ => null,
            };
            if (replacement is null)
            {
                builder?.Append(text[i]);
                continue;
            }

            builder ??= new StringBuilder(text, 0, i, text.Length + 2);
            builder.Append(replacement);
        }

        return builder?.ToString() ?? text;
    }

    private CleaningRule? JudgeEntry(string entry)
    {
        bool digit = false;
        bool foreign = false;
        foreach (char c in entry)
        {
            if (AzAlphabet.IsLetter(c) || c == '-')
            {
                continue;
            }

            if (char.IsDigit(c))
            {
                digit = true;
            }
            else if (char.IsLetter(c))
            {
                foreign = true;
            }
            else
            {
                return Punctuation;
            }
        }

        if (digit)
        {
            return Digits;
        }

        if (foreign)
        {
            return ForeignLetter;
        }

        if (entry[0] == '-' || entry[^1] == '-' || entry.Contains("--", StringComparison.Ordinal))
        {
            return BadHyphen;
        }

        if (entry.Length > MaxWordLength)
        {
            return TooLong;
        }

        foreach (string part in entry.Split('-'))
        {
            if (AzCasing.GetShape(part) == CaseShape.Mixed)
            {
                return MixedCase;
            }
        }

        return null;
    }

    /// <summary>How one raw entry is cased: lowercase, capitalized (İstanbul-Bakı) or capitals (BMT, İŞİD-çilər).</summary>
    private static WordAttributes CaseEvidence(string entry)
    {
        string[] parts = entry.Split('-');
        bool allLower = true;
        foreach (string part in parts)
        {
            allLower &= AzCasing.GetShape(part) == CaseShape.Lower;
        }

        if (allLower)
        {
            return WordAttributes.SeenLowercase;
        }

        return AzCasing.GetShape(parts[0]) == CaseShape.Upper ? WordAttributes.SeenAllCaps : WordAttributes.SeenCapitalized;
    }

    private CleaningRule? JudgeForm(string form, FormEvidence evidence, Dictionary<string, FormEvidence> forms)
    {
        bool onlyCapitals = evidence.Flags == WordAttributes.SeenAllCaps;
        bool isName = (evidence.Flags & WordAttributes.SeenLowercase) == 0;
        if (form.Length == 1)
        {
            return SingleLetter;
        }

        if (form.AsSpan().IndexOfAny(s_vowels) < 0 && !onlyCapitals)
        {
            return NoVowel;
        }

        if (!evidence.WithoutCapitalI && form.Contains('ı', StringComparison.Ordinal)
            && forms.ContainsKey(form.Replace('ı', 'i')))
        {
            return CapitalIForDottedI;
        }

        foreach (string part in form.Split('-'))
        {
            if (HasDotlessIAfterFrontVowel(part))
            {
                return DotlessIAfterFrontVowel;
            }
        }

        if (IsTurkishSuffix(form))
        {
            return TurkishSuffix;
        }

        bool azerbaijaniOnly = form.AsSpan().IndexOfAny(s_azerbaijaniOnly) >= 0;
        if (!isName && EndsInConsonantE(form))
        {
            return ConsonantE;
        }

        if (!isName && !azerbaijaniOnly && EnglishSpellingRegex().IsMatch(form))
        {
            return EnglishSpelling;
        }

        return null;
    }

    private static bool HasDotlessIAfterFrontVowel(string part)
    {
        char previousVowel = '\0';
        foreach (char c in part)
        {
            if (!s_vowels.Contains(c))
            {
                continue;
            }

            if (c == 'ı' && previousVowel != '\0' && FrontVowelsButI.Contains(previousVowel, StringComparison.Ordinal))
            {
                return true;
            }

            previousVowel = c;
        }

        return false;
    }

    private static bool IsTurkishSuffix(string form)
    {
        if (TurkishAnywhereRegex().IsMatch(form) || TurkishEndingRegex().IsMatch(form))
        {
            return true;
        }

        // -ler / -den take e only after a front vowel in Turkish; Azerbaijani writes -lər / -dən there.
        Match match = TurkishFrontSuffixRegex().Match(form);
        return match.Success && IsFront(PreviousVowel(form, match.Index));
    }

    private static bool EndsInConsonantE(string form)
    {
        if (form.Length < 2 || form[^1] != 'e' || s_vowels.Contains(form[^2]) || form[^2] == '-')
        {
            return false;
        }

        if (form.AsSpan().IndexOfAny(s_notTurkish) >= 0)
        {
            return false;
        }

        // Loans in -ye (atelye, peçenye) are Azerbaijani spellings.
        if (form[^2] == 'y' && form.Length >= 3 && !s_vowels.Contains(form[^3]))
        {
            return false;
        }

        char previous = PreviousVowel(form, form.Length - 1);
        return previous == '\0' || IsFront(previous);
    }

    private static char PreviousVowel(string form, int before)
    {
        for (int i = before - 1; i >= 0; i--)
        {
            if (s_vowels.Contains(form[i]))
            {
                return form[i];
            }
        }

        return '\0';
    }

    private static bool IsFront(char vowel) => vowel is 'e' or 'ə' or 'i' or 'ö' or 'ü';

    [GeneratedRegex("[iıuü]yor|acak|ecek|eceğ", RegexOptions.CultureInvariant)]
    private static partial Regex TurkishAnywhereRegex();

    [GeneratedRegex("(mek|mesi|mak|arak|erek|lık|luk)$", RegexOptions.CultureInvariant)]
    private static partial Regex TurkishEndingRegex();

    [GeneratedRegex("(ler(i|in|ini|e|de|den|le|imiz|iniz)?|[^aıoueəiöü-]den)$", RegexOptions.CultureInvariant)]
    private static partial Regex TurkishFrontSuffixRegex();

    [GeneratedRegex("th|ch|sh|kh|gh|ph|ck|ee|tion|ing$|[^aıoueəiöü-]y$", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishSpellingRegex();

    private struct FormEvidence
    {
        public WordAttributes Flags;
        public bool WithoutCapitalI;
    }
}
