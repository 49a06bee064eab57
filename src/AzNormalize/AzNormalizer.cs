using AzNormalize.Correction;
using AzNormalize.Lexicon;
using AzNormalize.Normalization;

namespace AzNormalize;

/// <summary>Options for <see cref="AzNormalizer"/>.</summary>
public sealed record class AzNormalizerOptions
{
    /// <summary>The defaults.</summary>
    public static AzNormalizerOptions Default { get; } = new();

    /// <summary>Character-level normalization options. Default: <see cref="NormalizerOptions.Default"/>.</summary>
    public NormalizerOptions Normalization { get; init; } = NormalizerOptions.Default;

    /// <summary>
    /// A user's words, counts and context model, for every stage (<see cref="AzDictionary"/>): the Cyrillic converter, the
    /// look-alike rules, layout repair and the corrector. An oracle or morphology set in a stage's own options wins for that
    /// stage. Default: null, the embedded lexicon.
    /// </summary>
    public AzDictionary? Dictionary { get; init; }

    /// <summary>
    /// What to do with Azerbaijani in Cyrillic script (<see cref="CyrillicTransliterator"/>), before every other stage.
    /// Default: <see cref="ScriptMode.Auto"/>, which converts only paragraphs that are surely Azerbaijani Cyrillic, so Latin
    /// text and Russian paragraphs are left as they were.
    /// </summary>
    public ScriptMode Script { get; init; } = ScriptMode.Auto;

    /// <summary>
    /// Layout repair options (line-end hyphens, hard-wrapped lines, paragraphs cut by page breaks). Default:
    /// <see cref="LayoutOptions.Default"/> (<see cref="LayoutMode.Auto"/>).
    /// </summary>
    public LayoutOptions Layout { get; init; } = LayoutOptions.Default;

    /// <summary>
    /// Spelling correction options (unknown words, and with a context model real-word errors). Default:
    /// <see cref="SpellingOptions.Default"/> (on, over the embedded lexicon, no context model).
    /// </summary>
    public SpellingOptions Spelling { get; init; } = SpellingOptions.Default;

    /// <summary>
    /// Kinds of edit the pipeline never makes (<c>aznorm.json</c>'s <c>"rules"</c>). Each stage leaves them out of what it
    /// hands on, so the next stage reads the text without them: with <see cref="EditKind.Hyphenation"/> off a broken word
    /// stays broken (and is not corrected as one word); with <see cref="EditKind.Diacritic"/> off a word joined across a
    /// line-end hyphen stays joined, uncorrected. Default: none.
    /// </summary>
    public IReadOnlySet<EditKind> DisabledKinds { get; init; } = new HashSet<EditKind>();
}

/// <summary>A part of a text that no edit may touch (<see cref="AzNormalizer.Fix(string, IReadOnlyList{TextSpan}?, CancellationToken)"/>).</summary>
/// <param name="Start">Its first character.</param>
/// <param name="Length">Its length.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Just past its last character.</summary>
    public int End => Start + Length;
}

/// <summary>
/// The whole pipeline: Cyrillic script to Latin (<see cref="CyrillicTransliterator"/>), character normalization (<see cref="TextNormalizer"/>), layout repair (<see cref="LayoutRepairer"/>),
/// and spelling correction (<see cref="SpellingCorrector"/>).
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe once built.</para>
/// <para>Layout repair reads the text character normalization makes; both run in rounds until a round changes nothing (at most
/// eight), and once more after the corrector, so that fixing a fixed text changes nothing. Every edit is mapped back to the
/// original text.</para>
/// <para>The corrector reads the text those edits make, so that it judges whole words (a word joined across a line-end hyphen,
/// a word with a look-alike letter replaced). Its edits are mapped back to the original text; where a correction covers an
/// earlier edit (<c>ol-⏎duqu</c> joined, then corrected to <c>olduğu</c>), the two become one edit of the correction's kind,
/// whose reason names both.</para>
/// </remarks>
/// <example>
/// <code>
/// FixResult result = AzNormalizer.Default.Fix("bölmә");
/// // result.Text == "bölmə"; result.Edits[0].Kind == EditKind.LookAlike
/// </code>
/// </example>
public sealed class AzNormalizer
{
    private readonly TextNormalizer _normalizer;
    private readonly LayoutRepairer _layout;
    private readonly SpellingCorrector? _corrector;
    private readonly CyrillicTransliterator? _transliterator; // null: CyrillicTransliterator.Default, touched only for Cyrillic text

    /// <summary>Creates a pipeline.</summary>
    /// <param name="options">Options; <see cref="AzNormalizerOptions.Default"/> when null.</param>
    public AzNormalizer(AzNormalizerOptions? options = null)
    {
        Options = options ?? AzNormalizerOptions.Default;
        AzDictionary? dictionary = Options.Dictionary;
        NormalizerOptions normalization = Options.Normalization;
        LayoutOptions layout = Options.Layout;
        SpellingOptions spelling = Options.Spelling;
        if (dictionary is not null && !ReferenceEquals(dictionary, AzDictionary.Default))
        {
            // The user's words reach every stage, unless a stage was given its own.
            normalization = normalization.WordOracle is null ? normalization with { WordOracle = dictionary.Morphology } : normalization;
            layout = layout.WordOracle is null ? layout with { WordOracle = dictionary.Morphology } : layout;
            spelling = spelling with { Morphology = spelling.Morphology ?? dictionary.Morphology, Context = spelling.Context ?? dictionary.Context };
            _transliterator = new CyrillicTransliterator(dictionary.Morphology);
        }

        _normalizer = new TextNormalizer(normalization);
        _layout = ReferenceEquals(layout, LayoutOptions.Default) ? LayoutRepairer.Default : new LayoutRepairer(layout);
        if (spelling.Enabled)
        {
            _corrector = ReferenceEquals(spelling, SpellingOptions.Default) ? SpellingCorrector.Default : new SpellingCorrector(spelling);
        }
    }

    /// <summary>A pipeline with the default options.</summary>
    public static AzNormalizer Default { get; } = new();

    /// <summary>The options this pipeline was built with.</summary>
    public AzNormalizerOptions Options { get; }

    /// <summary>Cleans <paramref name="text"/>.</summary>
    /// <param name="text">The input.</param>
    /// <returns>The cleaned text and every edit that made it.</returns>
    public FixResult Fix(string text) => Fix(text, null, CancellationToken.None);

    /// <summary>Cleans <paramref name="text"/>, unless <paramref name="cancellationToken"/> is cancelled first.</summary>
    /// <exception cref="OperationCanceledException">The call was cancelled.</exception>
    public FixResult Fix(string text, CancellationToken cancellationToken) => Fix(text, null, cancellationToken);

    /// <summary>Cleans <paramref name="text"/> (a slice of a larger buffer, say); the result's text and edits are those of the slice.</summary>
    /// <exception cref="OperationCanceledException">The call was cancelled.</exception>
    public FixResult Fix(ReadOnlySpan<char> text, CancellationToken cancellationToken = default) => Fix(text.ToString(), null, cancellationToken);

    /// <summary>
    /// Cleans everything <paramref name="reader"/> holds into <paramref name="writer"/>, in bounded memory (chunks of about a
    /// million characters cut at paragraph ends: <see cref="StreamFixer"/>).
    /// </summary>
    /// <param name="reader">The text, read to its end.</param>
    /// <param name="writer">Receives the cleaned text (flushed, not closed).</param>
    /// <param name="edits">Receives every edit with offsets in the whole text; null for none.</param>
    /// <param name="cancellationToken">Checked for every chunk; what was written stays written.</param>
    /// <returns>How many edits were made.</returns>
    /// <exception cref="OperationCanceledException">The call was cancelled.</exception>
    public long FixStream(TextReader reader, TextWriter writer, Action<Edit>? edits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var fixer = new StreamFixer(this, writer, edits, cancellationToken: cancellationToken);
        char[] buffer = new char[1 << 16];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            fixer.Write(buffer.AsSpan(0, read));
        }

        fixer.Complete();
        return fixer.EditCount;
    }

    /// <summary>Cleans <paramref name="text"/>, unless <paramref name="cancellationToken"/> is cancelled first.</summary>
    /// <param name="text">The input.</param>
    /// <param name="cancellationToken">Checked between the stages and once per word in the corrector.</param>
    /// <returns>The cleaned text and every edit that made it.</returns>
    /// <exception cref="OperationCanceledException">The call was cancelled: nothing is returned, and the input is untouched.</exception>
    /// <param name="protectedSpans">
    /// Parts of <paramref name="text"/> no edit may touch (code, quotations, lines an author switched off): each stage leaves
    /// out the edits that would, so the stages after it read them as written. Null or empty: none.
    /// </param>
    public FixResult Fix(string text, IReadOnlyList<TextSpan>? protectedSpans, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        var guard = new Guard(Options.DisabledKinds, protectedSpans, text.Length);
        List<Edit> edits = Settle(text, [], text, guard, cancellationToken, out string middle);
        if (_corrector is null)
        {
            return new FixResult(text, edits, middle);
        }

        for (int pass = 0; pass < MaxPasses; pass++)
        {
            var spelling = new List<Edit>();
            _corrector.FindEdits(middle, spelling, cancellationToken);
            guard.Filter(spelling, edits);
            if (spelling.Count == 0)
            {
                break;
            }

            // A correction can change what the first stages decide (a word that now ends a sentence, a look-alike that was
            // the text's last Cyrillic): they run once more over the corrected text; if that changes it, the corrector reads
            // it again, so fixing the fixed text changes nothing.
            edits = Compose(text, edits, middle, spelling);
            string corrected = EditList.Apply(middle, spelling);
            List<Edit> settled = Settle(text, edits, corrected, guard, cancellationToken, out middle);
            if (ReferenceEquals(settled, edits))
            {
                break; // the stages changed nothing
            }

            edits = settled;
            if (string.Equals(middle, corrected, StringComparison.Ordinal))
            {
                break;
            }
        }

        return new FixResult(text, edits, middle);
    }

    /// <summary>The most passes of the corrector and the stages after it (a pass runs again only if the stages changed its output).</summary>
    private const int MaxPasses = 3;

    /// <summary>The most rounds of character normalization and layout repair one call runs until they change nothing.</summary>
    private const int MaxRounds = 8;

    /// <summary>
    /// Runs character normalization, then layout repair over the normalized text, over <paramref name="current"/> (what
    /// <paramref name="edits"/> make of <paramref name="text"/>), again over their output until a round changes nothing (at
    /// most <see cref="MaxRounds"/>: one unwrapped line can make the next look wrapped), and returns every edit of <paramref name="text"/>. A round can enable the next: a removed
    /// invisible character or a joined line break puts a look-alike inside a Latin word, a folded look-alike makes a word
    /// known to the hyphenation rules. <paramref name="settled"/> is the text the returned edits make of <paramref name="text"/>
    /// (<paramref name="current"/> when the stages changed nothing).
    /// </summary>
    private List<Edit> Settle(string text, List<Edit> edits, string current, Guard guard, CancellationToken cancellationToken, out string settled)
    {
        for (int round = 0; round < MaxRounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool transliterated = false;
            if (Options.Script != ScriptMode.Keep && current.AsSpan().ContainsAnyInRange('\u0400', '\u04FF'))
            {
                // Cyrillic to Latin first: the later stages (and the corrector) read the Latin text. In every round, since
                // a removed invisible character or a composed letter can make a word, or a paragraph, read differently.
                var script = new List<Edit>();
                (_transliterator ?? CyrillicTransliterator.Default).FindEdits(current, Options.Script, script); // the lexicon loads on first use
                guard.Filter(script, edits);
                if (script.Count > 0)
                {
                    edits = edits.Count == 0 ? script : Compose(text, edits, current, script);
                    current = EditList.Apply(current, script);
                    transliterated = true;
                }
            }

            var characters = new List<Edit>();
            _normalizer.FindEdits(current, characters);
            guard.Filter(characters, edits); // before layout repair reads their output
            string normalized = characters.Count == 0 ? current : EditList.Apply(current, characters);
            var layout = new List<Edit>();
            _layout.FindEdits(normalized, layout);
            List<Edit> stage = layout.Count == 0 ? characters : Compose(current, characters, normalized, layout);
            guard.Filter(stage, edits);
            if (stage.Count == 0)
            {
                if (transliterated)
                {
                    continue; // the converted text is read once more: one more round must change nothing
                }

                break;
            }

            edits = edits.Count == 0 ? stage : Compose(text, edits, current, stage);
            current = EditList.Apply(current, stage);
        }

        settled = current;
        return edits;
    }

    /// <summary>
    /// The edits of <paramref name="original"/> that make what <paramref name="second"/> (edits of <paramref name="middle"/>, the
    /// text <paramref name="first"/> makes) makes of it: a second edit clear of the first ones is shifted back; one that covers
    /// any of them absorbs them into a single edit of its kind, with both reasons and the lower confidence.
    /// </summary>
    internal static List<Edit> Compose(string original, List<Edit> first, string middle, List<Edit> second)
    {
        var result = new List<Edit>(first.Count + second.Count);
        int i = 0;
        int delta = 0; // Length of middle less length of original, over the first edits consumed so far.
        for (int s = 0; s < second.Count; s++)
        {
            Edit edit = second[s];
            while (i < first.Count && !Covers(edit, first[i].Start + delta, first[i].Replacement.Length)
                && first[i].Start + delta + first[i].Replacement.Length <= edit.Start)
            {
                delta += first[i].Replacement.Length - first[i].Length;
                result.Add(first[i++]);
            }

            int j = i;
            int deltaAfter = delta;
            int middleEnd = edit.End;
            while (j < first.Count && Covers(edit, first[j].Start + deltaAfter, first[j].Replacement.Length))
            {
                middleEnd = Math.Max(middleEnd, first[j].Start + deltaAfter + first[j].Replacement.Length);
                deltaAfter += first[j].Replacement.Length - first[j].Length;
                j++;
            }

            if (j == i)
            {
                result.Add(edit with { Start = edit.Start - delta });
                continue;
            }

            // The region the absorbed first edits and this edit span in the middle text grows while another first edit's
            // output or another second edit starts inside it (two look-alikes folded inside one transliterated word): all of
            // them become one edit, so none overlaps another.
            int last = s;
            bool grew = true;
            while (grew)
            {
                grew = false;
                while (j < first.Count && first[j].Start + deltaAfter < middleEnd)
                {
                    middleEnd = Math.Max(middleEnd, first[j].Start + deltaAfter + first[j].Replacement.Length);
                    deltaAfter += first[j].Replacement.Length - first[j].Length;
                    j++;
                    grew = true;
                }

                while (last + 1 < second.Count && second[last + 1].Start < middleEnd)
                {
                    last++;
                    middleEnd = Math.Max(middleEnd, second[last].End);
                    grew = true;
                }
            }

            Edit head = first[i];
            Edit tail = first[j - 1];
            int headOut = head.Start + delta;
            int tailOutEnd = tail.Start + deltaAfter - (tail.Replacement.Length - tail.Length) + tail.Replacement.Length;
            int middleStart = Math.Min(edit.Start, headOut);
            int originalStart = headOut <= edit.Start ? head.Start : edit.Start - delta;
            int originalEnd = tailOutEnd >= middleEnd ? tail.End : middleEnd - deltaAfter;
            var replacement = new System.Text.StringBuilder(middleEnd - middleStart + 8);
            int position = middleStart;
            double confidence = 1;
            var secondReasons = new List<string>(last - s + 1);
            for (int k = s; k <= last; k++)
            {
                replacement.Append(middle, position, second[k].Start - position).Append(second[k].Replacement);
                position = second[k].End;
                confidence = Math.Min(confidence, second[k].Confidence);
                secondReasons.Add(second[k].Reason);
            }

            replacement.Append(middle, position, middleEnd - position);
            var reasons = new List<string>(j - i);
            for (int k = i; k < j; k++)
            {
                confidence = Math.Min(confidence, first[k].Confidence);
                reasons.Add(first[k].Reason);
            }

            result.Add(new Edit(originalStart, originalEnd - originalStart, original[originalStart..originalEnd], replacement.ToString(), edit.Kind, confidence,
                $"{string.Join("; ", secondReasons)} (after: {string.Join("; ", reasons)})"));
            i = j;
            delta = deltaAfter;
            s = last;
        }

        while (i < first.Count)
        {
            result.Add(first[i++]);
        }

        return result;
    }

    /// <summary>Whether <paramref name="edit"/> covers the text a first edit made at <paramref name="start"/> (<paramref name="length"/> long, 0 for a deletion).</summary>
    private static bool Covers(Edit edit, int start, int length) =>
        length == 0 ? start > edit.Start && start < edit.End : start < edit.End && start + length > edit.Start;

    /// <summary>Merges two ordered edit lists; where an edit of <paramref name="layout"/> overlaps one of <paramref name="characters"/>, the layout edit wins.</summary>
    internal static List<Edit> Merge(List<Edit> characters, List<Edit> layout)
    {
        if (layout.Count == 0)
        {
            return characters;
        }

        if (characters.Count == 0)
        {
            return layout;
        }

        var merged = new List<Edit>(characters.Count + layout.Count);
        int c = 0;
        foreach (Edit edit in layout)
        {
            while (c < characters.Count && characters[c].End <= edit.Start)
            {
                merged.Add(characters[c++]);
            }

            while (c < characters.Count && Overlaps(characters[c], edit))
            {
                c++; // replaced by the layout edit
            }

            merged.Add(edit);
        }

        while (c < characters.Count)
        {
            merged.Add(characters[c++]);
        }

        return merged;
    }

    private static bool Overlaps(Edit character, Edit layout) =>
        character.Start < layout.End && layout.Start < character.End
        || (character.Length == 0 && character.Start > layout.Start && character.Start < layout.End);

    /// <summary>
    /// What no stage may do in one call: make an edit of a disabled kind, or touch a protected span. Edits are filtered as a
    /// stage hands them on, against the spans mapped into the text that stage read.
    /// </summary>
    private sealed class Guard
    {
        private readonly IReadOnlySet<EditKind> _disabled;
        private readonly TextSpan[] _spans;

        public Guard(IReadOnlySet<EditKind> disabled, IReadOnlyList<TextSpan>? spans, int length)
        {
            _disabled = disabled;
            _spans = spans is null || spans.Count == 0 ? [] : spans.OrderBy(static span => span.Start).ToArray();
            foreach (TextSpan span in _spans)
            {
                if (span.Start < 0 || span.Length < 0 || span.End > length)
                {
                    throw new ArgumentOutOfRangeException(nameof(spans), $"protected span [{span.Start}, {span.End}) lies outside the text (length {length})");
                }
            }
        }

        /// <summary>Whether anything is disabled or protected.</summary>
        public bool IsActive => _disabled.Count > 0 || _spans.Length > 0;

        /// <summary>
        /// Removes from <paramref name="stage"/> (edits of the text that <paramref name="before"/>, edits of the original,
        /// make) those of a disabled kind and those that touch a protected span.
        /// </summary>
        public void Filter(List<Edit> stage, List<Edit> before)
        {
            if (!IsActive || stage.Count == 0)
            {
                return;
            }

            // The spans in the stage's text: shifted by the length changes of the earlier edits before them (no earlier
            // edit is inside one: it would have been filtered).
            var mapped = new (int Start, int End)[_spans.Length];
            int e = 0;
            int delta = 0;
            for (int i = 0; i < _spans.Length; i++)
            {
                while (e < before.Count && before[e].Start + before[e].Length <= _spans[i].Start)
                {
                    delta += before[e].Replacement.Length - before[e].Length;
                    e++;
                }

                mapped[i] = (_spans[i].Start + delta, _spans[i].End + delta);
            }

            stage.RemoveAll(edit => _disabled.Contains(edit.Kind) || Touches(mapped, edit));
        }

        private static bool Touches((int Start, int End)[] spans, Edit edit)
        {
            foreach ((int start, int end) in spans)
            {
                bool touches = edit.Length > 0
                    ? edit.Start < end && start < edit.Start + edit.Length
                    : start < edit.Start && edit.Start < end;
                if (touches)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
