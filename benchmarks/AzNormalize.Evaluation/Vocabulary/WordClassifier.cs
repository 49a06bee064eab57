using System.Text;
using AzNormalize.Text;
using AzNormalize.Tokenization;

namespace AzNormalize.Evaluation.Vocabulary;

/// <summary>How a judged word token is written, which says what a miss costs.</summary>
internal enum WordClass
{
    /// <summary>No capital letter: a miss is a false alarm on a plain word.</summary>
    Lowercase,

    /// <summary>
    /// Capitalised (first letter capital, the rest of the first part lowercase) and not at the start of a sentence: a
    /// name. The library reports unknown names with low confidence, not as errors.
    /// </summary>
    Name,

    /// <summary>Capitalised at the start of a sentence (or a line, or after a colon): a name or a plain word.</summary>
    SentenceInitial,

    /// <summary>Anything else with a capital: capitals with a suffix (<c>ABŞ-ın</c>), mixed case (<c>McDonald</c>).</summary>
    Other,
}

/// <summary>Why a word token is not judged.</summary>
internal enum SkipReason
{
    /// <summary>It is judged.</summary>
    None,

    /// <summary>It holds a digit (<c>2021-ci</c>, <c>5-də</c>).</summary>
    Digits,

    /// <summary>It holds something other than letters and inner hyphens (an apostrophe, a combining mark, an invisible character).</summary>
    OtherCharacters,
}

/// <summary>A word token to judge: its text as written and its class.</summary>
/// <param name="Text">The token's text (NFC), original case.</param>
/// <param name="Class">How it is written.</param>
internal readonly record struct JudgedWord(string Text, WordClass Class);

/// <summary>The word tokens of some text: those judged, in order, and counts of those skipped.</summary>
internal sealed class WordSample
{
    /// <summary>The judged tokens, in text order.</summary>
    public List<JudgedWord> Words { get; } = [];

    /// <summary>Word tokens skipped because they hold a digit.</summary>
    public int SkippedDigits { get; set; }

    /// <summary>Word tokens skipped because they hold other characters than letters and inner hyphens.</summary>
    public int SkippedOther { get; set; }
}

/// <summary>
/// Picks the word tokens of clean text that a word oracle can be asked about, and classifies them: <see cref="TokenKind.Word"/>
/// tokens made only of letters, with inner hyphens (compounds are judged as a whole or part by part). Tokens with digits
/// or other characters are counted and skipped; abbreviations in capitals (<c>ABŞ</c>) are other token kinds and not
/// looked at.
/// </summary>
internal static class WordClassifier
{
    /// <summary>Reads the word tokens of <paramref name="text"/> into <paramref name="sample"/>. Lines start sentences.</summary>
    public static void Collect(string text, WordSample sample)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sample);
        string normalized = text.Normalize(NormalizationForm.FormC);
        bool atSentenceStart = true;
        foreach (Token token in Tokenizer.Tokenize(normalized))
        {
            ReadOnlySpan<char> span = token.GetText(normalized);
            switch (token.Kind)
            {
                case TokenKind.Whitespace:
                case TokenKind.Other:
                    break;
                case TokenKind.LineBreak:
                    atSentenceStart = true;
                    break;
                case TokenKind.Punctuation:
                    // A colon counts here, unlike in the checker: direct speech after it starts with a capital (dedi: "Biz …").
                    atSentenceStart = SentenceBoundaries.StartsSentenceAfter(span, atSentenceStart) || span[0] == ':';
                    break;
                case TokenKind.Word:
                    WordClass? wordClass = Classify(span, atSentenceStart, out SkipReason reason);
                    if (wordClass is { } judged)
                    {
                        sample.Words.Add(new JudgedWord(span.ToString(), judged));
                    }
                    else if (reason == SkipReason.Digits)
                    {
                        sample.SkippedDigits++;
                    }
                    else
                    {
                        sample.SkippedOther++;
                    }

                    atSentenceStart = false;
                    break;
                default:
                    atSentenceStart = false;
                    break;
            }
        }
    }

    /// <summary>Classifies one word token, or says why it is not judged.</summary>
    /// <param name="word">The token's text, NFC.</param>
    /// <param name="atSentenceStart">Whether it starts a sentence.</param>
    /// <param name="reason">Why it is not judged, when the result is null.</param>
    public static WordClass? Classify(ReadOnlySpan<char> word, bool atSentenceStart, out SkipReason reason)
    {
        reason = SkipReason.None;
        bool hasCapital = false;
        bool otherCharacter = word.IsEmpty;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (char.IsDigit(c))
            {
                reason = SkipReason.Digits;
                return null;
            }

            if (char.IsLetter(c))
            {
                hasCapital |= AzCasing.ToLower(c) != c;
            }
            else if (!IsJoiningHyphen(c) || i == 0 || i == word.Length - 1 || !char.IsLetter(word[i - 1]) || !char.IsLetter(word[i + 1]))
            {
                otherCharacter = true;
            }
        }

        if (otherCharacter)
        {
            reason = SkipReason.OtherCharacters;
            return null;
        }

        if (!hasCapital)
        {
            return WordClass.Lowercase;
        }

        int hyphen = word.IndexOfAny('-', '\u2010', '\u2011');
        ReadOnlySpan<char> firstPart = hyphen < 0 ? word : word[..hyphen];
        if (AzCasing.GetShape(firstPart) == CaseShape.Title)
        {
            return atSentenceStart ? WordClass.SentenceInitial : WordClass.Name;
        }

        return WordClass.Other;
    }

    /// <summary>The hyphens that join a compound: <c>-</c>, U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN.</summary>
    public static bool IsJoiningHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>The parts of a hyphenated compound (<c>ictimai-siyasi</c> → <c>ictimai</c>, <c>siyasi</c>); the word itself when it has no hyphen.</summary>
    public static string[] SplitCompound(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Split(['-', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Whether <paramref name="isKnown"/> knows <paramref name="word"/>: the whole, or every part of a hyphenated compound.</summary>
    public static bool IsKnown(Func<string, bool> isKnown, string word)
    {
        ArgumentNullException.ThrowIfNull(isKnown);
        ArgumentNullException.ThrowIfNull(word);
        if (isKnown(word))
        {
            return true;
        }

        if (word.AsSpan().IndexOfAny('-', '\u2010', '\u2011') < 0)
        {
            return false;
        }

        foreach (string part in SplitCompound(word))
        {
            if (!isKnown(part))
            {
                return false;
            }
        }

        return true;
    }
}
