using System.Text;
using AzNormalize.Text;
using AzNormalize.Tokenization;

namespace AzNormalize.Peers;

/// <summary>
/// SymSpell (wolfgarbe/SymSpell, compiled from <c>../shared/peers/symspell</c>) with LocalDoc's Azerbaijani 80k frequency
/// list, run as people run it (<c>../shared/peers/symspell/SOURCE.md</c>): <c>new SymSpell(82765, 2, 7)</c>,
/// <c>LoadDictionary(list, 0, 1)</c>; each word token of letters only whose Azerbaijani lowercase is not in the list is
/// replaced by the first suggestion of <c>Lookup(word, Verbosity.Top, 2)</c> with the word's case pattern restored.
/// Tokens with digits, hyphens, apostrophes or other non-letters, and everything between words, are left as they are.
/// </summary>
public sealed class SymSpellCorrector
{
    /// <summary>The size SymSpell is created with (the list's 80k words and room to spare, as in LocalDoc's example).</summary>
    public const int InitialCapacity = 82_765;

    /// <summary>The largest edit distance of the dictionary and of each look-up.</summary>
    public const int MaxEditDistance = 2;

    /// <summary>The prefix length SymSpell indexes.</summary>
    public const int PrefixLength = 7;

    /// <summary>Whether the SymSpell source was found and compiled into this assembly.</summary>
#if HAS_SYMSPELL
    public const bool IsAvailable = true;
#else
    public const bool IsAvailable = false;
#endif

#if HAS_SYMSPELL
    private readonly global::SymSpell _symSpell;
#endif
    private readonly Dictionary<string, string?> _corrections = new(StringComparer.Ordinal);

#if HAS_SYMSPELL
    private SymSpellCorrector(global::SymSpell symSpell) => _symSpell = symSpell;
#else
    private SymSpellCorrector()
    {
    }
#endif

    /// <summary>
    /// A corrector on the <c>term count</c> list <paramref name="frequencyList"/>, or null (with a note on
    /// <paramref name="log"/>) when the SymSpell source was absent at build time or the list is missing.
    /// </summary>
    public static SymSpellCorrector? TryCreate(string frequencyList, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(frequencyList);
        ArgumentNullException.ThrowIfNull(log);
#if HAS_SYMSPELL
        if (!File.Exists(frequencyList))
        {
            log.WriteLine($"note: {frequencyList} is absent; the SymSpell peer is skipped.");
            return null;
        }

        var symSpell = new global::SymSpell(InitialCapacity, MaxEditDistance, PrefixLength);
        if (!symSpell.LoadDictionary(frequencyList, 0, 1))
        {
            log.WriteLine($"note: SymSpell could not load {frequencyList}; the SymSpell peer is skipped.");
            return null;
        }

        return new SymSpellCorrector(symSpell);
#else
        log.WriteLine("note: the SymSpell source (../shared/peers/symspell/SymSpell) was not there when benchmarks/AzNormalize.Peers was built; the SymSpell peer is skipped.");
        return null;
#endif
    }

    /// <summary><paramref name="text"/> with every unknown word replaced by SymSpell's first suggestion.</summary>
    public string Correct(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (Token token in Tokenizer.Tokenize(text))
        {
            string piece = token.GetText(text).ToString();
            builder.Append(token.Kind == TokenKind.Word ? CorrectWord(piece) ?? piece : piece);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Forgets the corrections <see cref="Correct"/> and <see cref="CorrectWord"/> remembered, so that the next text pays for
    /// its own look-ups (a benchmark's per-call view: AzNormalize too decides each distinct word once per call).
    /// </summary>
    public void ForgetCorrections() => _corrections.Clear();

    /// <summary>
    /// SymSpell's raw look-up of one lowercase word (<c>Lookup(word, Verbosity.Top, 2)</c>): its first suggestion, or null when
    /// the word is in the list or nothing is within reach. Remembers nothing.
    /// </summary>
    public string? Lookup(string lowercaseWord)
    {
        ArgumentNullException.ThrowIfNull(lowercaseWord);
        return Suggest(lowercaseWord);
    }

    /// <summary>SymSpell's correction of <paramref name="word"/> in its case, or null to keep it.</summary>
    public string? CorrectWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0 || !word.All(char.IsLetter))
        {
            return null;
        }

        string lower = AzCasing.ToLower(word);
        if (!_corrections.TryGetValue(lower, out string? suggestion))
        {
            suggestion = Suggest(lower);
            _corrections.Add(lower, suggestion);
        }

        if (suggestion is null)
        {
            return null;
        }

        string cased = AzCasing.GetShape(word) switch
        {
            CaseShape.Upper => AzCasing.ToUpper(suggestion),
            CaseShape.Title => AzCasing.ToTitle(suggestion),
            CaseShape.Mixed when AzCasing.ToLower(word[0]) != word[0] => AzCasing.ToTitle(suggestion),
            _ => suggestion,
        };
        return cased == word ? null : cased;
    }

    /// <summary>The first suggestion for a lowercase word the list does not have, or null (known, or nothing within reach).</summary>
    private string? Suggest(string lower)
    {
#if HAS_SYMSPELL
        List<global::SymSpell.SuggestItem> suggestions = _symSpell.Lookup(lower, global::SymSpell.Verbosity.Top, MaxEditDistance);
        return suggestions.Count == 0 || suggestions[0].distance == 0 ? null : suggestions[0].term;
#else
        _ = lower;
        return null;
#endif
    }
}
