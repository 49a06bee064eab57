using System.Globalization;
using AzNormalize.Lexicon;
using AzNormalize.Tokenization;

namespace AzNormalize.Normalization;

public sealed partial class LayoutRepairer
{
    /// <summary>One run over a text: walks from each content line to the next and decides what becomes of the gap.</summary>
    private ref struct Pass
    {
        private readonly LayoutRepairer _owner;
        private readonly ReadOnlySpan<char> _text;
        private readonly List<Line> _lines;
        private readonly LayoutMode _mode;
        private readonly List<Edit> _edits;

        /// <summary>The first line of the paragraph (block of non-blank lines) the current line belongs to.</summary>
        private int _blockFirst;

        /// <summary>The longest content of that paragraph's lines.</summary>
        private int _blockWidth;

        /// <summary>The text's first content line.</summary>
        private int _firstContent;

        public Pass(LayoutRepairer owner, ReadOnlySpan<char> text, List<Line> lines, LayoutMode mode, List<Edit> edits)
        {
            _owner = owner;
            _text = text;
            _lines = lines;
            _mode = mode;
            _edits = edits;
        }

        public void Run()
        {
            int a = NextContentLine(0);
            if (a < 0)
            {
                return;
            }

            _firstContent = a;
            StartBlock(a);
            while (true)
            {
                int b = a + 1;
                int blankLines = 0;
                bool debris = false;
                bool pageBreak = _lines[a].FormFeed;
                while (b < _lines.Count)
                {
                    Line line = _lines[b];
                    if (line.IsBlank)
                    {
                        blankLines++;
                        pageBreak |= line.FormFeed;
                        b++;
                    }
                    else if (IsDebrisAt(b))
                    {
                        debris = true;
                        pageBreak |= line.FormFeed;
                        b++;
                    }
                    else
                    {
                        break;
                    }
                }

                if (b >= _lines.Count)
                {
                    return;
                }

                pageBreak |= _lines[b].FormFeed;
                var gap = new Gap(_lines[a], _lines[b], blankLines, debris, pageBreak);
                bool handled = _owner.Options.Hyphenation && TryHyphenation(gap);
                if (!handled && _mode == LayoutMode.Full)
                {
                    if (gap.SingleBreak)
                    {
                        if (_owner.Options.Unwrap)
                        {
                            TryUnwrap(gap, isBlockFirst: a == _blockFirst, isFirstBlock: _blockFirst == _firstContent);
                        }
                    }
                    else if (_owner.Options.Rejoin)
                    {
                        TryRejoin(gap);
                    }
                }

                if (!gap.SingleBreak)
                {
                    StartBlock(b);
                }

                a = b;
            }
        }

        private readonly int NextContentLine(int from)
        {
            for (int i = from; i < _lines.Count; i++)
            {
                if (!_lines[i].IsBlank)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Whether line <paramref name="index"/> is debris: digits and dashes next to a blank line or a page break.</summary>
        private readonly bool IsDebrisAt(int index)
        {
            Line line = _lines[index];
            if (!LooksLikeDebris(_text, line))
            {
                return false;
            }

            bool blankBefore = index > 0 && (_lines[index - 1].IsBlank || _lines[index - 1].FormFeed);
            bool blankAfter = index + 1 < _lines.Count && (_lines[index + 1].IsBlank || _lines[index + 1].FormFeed);
            return line.FormFeed || blankBefore || blankAfter;
        }

        private void StartBlock(int first)
        {
            _blockFirst = first;
            _blockWidth = 0;
            for (int i = first; i < _lines.Count && !_lines[i].IsBlank; i++)
            {
                _blockWidth = Math.Max(_blockWidth, _lines[i].ContentLength);
            }
        }

        /// <summary>A line that ends in a hyphen after a letter or digit, before a line that starts with a letter: a broken word.</summary>
        private readonly bool TryHyphenation(Gap gap)
        {
            Line a = gap.Before;
            Line b = gap.After;
            int hyphen = a.ContentEnd - 1;
            if (hyphen <= a.ContentStart)
            {
                return false;
            }

            char mark = _text[hyphen];
            bool soft = mark == TokenChars.SoftHyphen;
            if (!(soft || mark is '-' or TokenChars.Hyphen))
            {
                return gap.PageBreak && TryLostHyphen(gap);
            }

            if (!char.IsLetterOrDigit(_text[hyphen - 1]) || !char.IsLetter(_text[b.ContentStart]))
            {
                return false;
            }

            int leftStart = hyphen;
            while (leftStart > a.ContentStart && IsLeftPart(_text[leftStart - 1]))
            {
                leftStart--;
            }

            while (!char.IsLetterOrDigit(_text[leftStart]))
            {
                leftStart++; // no leading hyphen or apostrophe
            }

            int rightEnd = b.ContentStart;
            while (rightEnd < b.ContentEnd && IsRightPart(_text[rightEnd]))
            {
                rightEnd++;
            }

            BreakDecision decision = _owner.Decide(_text[leftStart..hyphen], _text[b.ContentStart..rightEnd], soft);
            string across = gap.PageBreak || gap.Debris ? " across a page break" : gap.BlankLines > 0 ? " across a blank line" : string.Empty;
            double confidence = gap.SingleBreak ? decision.Confidence : decision.Confidence * 0.95;
            if (decision.Reading == BreakReading.Separate)
            {
                if (_mode == LayoutMode.Full)
                {
                    AddEdit(hyphen + 1, b.ContentStart, " ", EditKind.Unwrap, confidence, $"line break after a hyphen{across} becomes a space: {decision.Reason}");
                }

                return true;
            }

            if (decision.Reading == BreakReading.Hyphenated)
            {
                // In Full mode the line break goes and the hyphen stays; in Lines mode a compound broken at its hyphen is
                // already right.
                if (_mode == LayoutMode.Full)
                {
                    AddEdit(hyphen + 1, b.ContentStart, string.Empty, EditKind.Hyphenation, confidence, $"line break after a hyphen that stays{across}: {decision.Reason}");
                }

                return true;
            }

            AddEdit(hyphen, b.ContentStart, string.Empty, EditKind.Hyphenation, confidence, $"word broken by a line-end hyphen{across} joined: {decision.Reason}");
            MoveLineBreakAfterWord(hyphen + 1, b, rightEnd, confidence);
            return true;
        }

        /// <summary>
        /// A page break inside a word whose hyphen the OCR lost at the page's foot (<c>vitrin⏎\flərinin</c>): joined when the
        /// piece after the break is no word by itself and the joined form is.
        /// </summary>
        private readonly bool TryLostHyphen(Gap gap)
        {
            Line a = gap.Before;
            Line b = gap.After;
            if (!char.IsLetter(_text[a.ContentEnd - 1]) || !char.IsLower(_text[b.ContentStart]))
            {
                return false;
            }

            int leftStart = a.ContentEnd;
            while (leftStart > a.ContentStart && IsRightPart(_text[leftStart - 1]))
            {
                leftStart--;
            }

            int rightEnd = b.ContentStart;
            while (rightEnd < b.ContentEnd && IsRightPart(_text[rightEnd]))
            {
                rightEnd++;
            }

            ReadOnlySpan<char> left = _text[leftStart..a.ContentEnd];
            ReadOnlySpan<char> right = _text[b.ContentStart..rightEnd];
            IWordOracle oracle = _owner.Oracle;
            string joined = Clean(string.Concat(left, right));
            bool suffixes = oracle is AzMorphology morphology && morphology.IsSuffixSequenceAfter(left, right);
            if (!oracle.IsKnown(joined) || (!suffixes && oracle.IsKnown(Clean(right.ToString()))))
            {
                return false;
            }

            const double confidence = 0.7;
            AddEdit(a.ContentEnd, b.ContentStart, string.Empty, EditKind.Hyphenation, confidence,
                suffixes
                    ? $"word broken across a page break without a hyphen joined: '{joined}' is a word and '{right.ToString()}' is a suffix sequence after '{left.ToString()}'"
                    : $"word broken across a page break without a hyphen joined: '{joined}' is a word and '{right.ToString()}' is not");
            MoveLineBreakAfterWord(a.ContentEnd, b, rightEnd, confidence);
            return true;
        }

        /// <summary>
        /// In <see cref="LayoutMode.Lines"/>, after a join, puts the line break that stood between the halves (from
        /// <paramref name="gapStart"/> to the next line's content) after the joined word, so the lines stay as they were.
        /// </summary>
        private readonly void MoveLineBreakAfterWord(int gapStart, Line b, int rightEnd, double confidence)
        {
            if (_mode != LayoutMode.Full)
            {
                // Keep the lines: the line break (and what stood in the gap) moves to just after the joined word.
                int tail = rightEnd;
                while (tail < b.ContentEnd && !IsHorizontalSpace(_text[tail]))
                {
                    tail++;
                }

                if (tail < b.ContentEnd)
                {
                    int next = tail;
                    while (next < b.ContentEnd && IsHorizontalSpace(_text[next]))
                    {
                        next++;
                    }

                    AddEdit(tail, next, _text[gapStart..b.ContentStart].ToString(), EditKind.Hyphenation, confidence, "line break moved to after the joined word");
                }
            }
        }

        /// <summary>A single line break inside a paragraph: a space, unless the break is structure.</summary>
        private readonly void TryUnwrap(Gap gap, bool isBlockFirst, bool isFirstBlock)
        {
            Line a = gap.Before;
            Line b = gap.After;
            if (StartsListItemOrDialogue(_text, b) || StartsListItemOrDialogue(_text, a) && EndsSentence(_text, a))
            {
                return;
            }

            bool endsSentence = EndsSentence(_text, a);
            bool capitalAfter = StartsCapitalised(_text, b);
            if (!endsSentence && !EndsWithClauseMark(_text, a) && capitalAfter && isBlockFirst
                && (isFirstBlock || a.ContentLength < HeadingShare * _blockWidth))
            {
                return; // a heading or headline over its paragraph
            }

            if (endsSentence && capitalAfter && (a.ContentLength < ParagraphEndShare * _blockWidth || Indent(_text, b) > Indent(_text, a)))
            {
                return; // a short last line, or an indented first line: a paragraph break without a blank line
            }

            AddEdit(a.ContentEnd, b.ContentStart, " ", EditKind.Unwrap, 0.9, "hard line break inside a paragraph");
        }

        /// <summary>A blank line (or page break) after a line that does not end its sentence, before one that continues it.</summary>
        private readonly void TryRejoin(Gap gap)
        {
            Line a = gap.Before;
            Line b = gap.After;
            if (EndsSentence(_text, a) || StartsListItemOrDialogue(_text, b) || StartsListItemOrDialogue(_text, a))
            {
                return;
            }

            bool lowercase = StartsLowercase(_text, b);
            bool clauseMark = EndsWithClauseMark(_text, a) && char.IsLetterOrDigit(_text[b.ContentStart]);
            if (!lowercase && !clauseMark)
            {
                return;
            }

            string where = gap.PageBreak ? "a page break" : gap.Debris ? "page-break debris" : "a blank line";
            string why = lowercase ? "the next line starts in lower case" : "the line ends with a comma";
            AddEdit(a.ContentEnd, b.ContentStart, " ", EditKind.Rejoin, lowercase ? 0.85 : 0.7,
                string.Create(CultureInfo.InvariantCulture, $"paragraph cut mid-sentence by {where}: no sentence end before it, {why}"));
        }

        private readonly void AddEdit(int start, int end, string replacement, EditKind kind, double confidence, string reason)
        {
            string original = _text[start..end].ToString();
            if (original == replacement)
            {
                return;
            }

            _edits.Add(new Edit(start, end - start, original, replacement, kind, confidence, reason));
        }
    }

    /// <summary>What lies between two content lines.</summary>
    /// <param name="Before">The line before the gap.</param>
    /// <param name="After">The line after it.</param>
    /// <param name="BlankLines">Blank lines in between.</param>
    /// <param name="Debris">Whether page-break debris (a page number) lies in between.</param>
    /// <param name="PageBreak">Whether a form feed lies in between or at either line's edge.</param>
    private readonly record struct Gap(Line Before, Line After, int BlankLines, bool Debris, bool PageBreak)
    {
        /// <summary>One line break and nothing else (a form feed at a line's edge allowed): the lines are in one paragraph.</summary>
        public bool SingleBreak => BlankLines == 0 && !Debris;
    }
}
