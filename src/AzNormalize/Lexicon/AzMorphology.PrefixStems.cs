namespace AzNormalize.Lexicon;

public sealed partial class AzMorphology
{
    /// <summary>
    /// What the prefixes of one lowercase buffer are as stems (a verb stem, a stem that takes nominal suffixes, a listed
    /// word), each learnt once while a search changes only the buffer's later letters. The corrector's restorations of a
    /// word try many words that share their first letters (<c>gozelliyi</c>: göz…, göze…, gözə…), and an analysis of each
    /// tries every prefix as a stem: without this, the same prefixes were looked up again for every word tried.
    /// </summary>
    /// <remarks>
    /// Each fact depends on the prefix's letters and the lexicon alone. The owner of the buffer calls <see cref="Forget"/>
    /// before it changes a letter; a search is one thread's.
    /// </remarks>
    internal sealed class PrefixStems
    {
        private const byte VerbKnown = 1;
        private const byte Verb = 2;
        private const byte ListedKnown = 4;
        private const byte Listed = 8;
        private const byte EntryKnown = 16;
        private const byte Entry = 32;

        private readonly AzMorphology _morphology;
        private readonly char[] _buffer;
        private readonly byte[] _facts; // by prefix length; 0: nothing known

        /// <summary>Facts about the prefixes of <paramref name="buffer"/>, whose letters the caller writes.</summary>
        public PrefixStems(AzMorphology morphology, char[] buffer)
        {
            _morphology = morphology;
            _buffer = buffer;
            _facts = new byte[buffer.Length + 1];
        }

        /// <summary>The letters from <paramref name="index"/> on are about to change: forgets the prefixes that hold them.</summary>
        public void Forget(int index) => _facts.AsSpan(Math.Min(index + 1, _facts.Length)).Clear();

        /// <summary>Whether <paramref name="word"/> is the buffer's first letters (the facts then describe its prefixes).</summary>
        public bool Holds(ReadOnlySpan<char> word) => word.Length <= _buffer.Length && word.SequenceEqual(_buffer.AsSpan(0, word.Length));

        /// <summary>Whether the first <paramref name="length"/> letters are a verb stem (<see cref="AzMorphology.IsVerbStem"/>).</summary>
        public bool IsVerbStem(int length) => Fact(length, VerbKnown, Verb);

        /// <summary>Whether the first <paramref name="length"/> letters are a stem that takes nominal suffixes (<see cref="AzMorphology.IsListedStem"/>).</summary>
        public bool IsListedStem(int length) => Fact(length, ListedKnown, Listed);

        /// <summary>Whether the lexicon lists the first <paramref name="length"/> letters (<see cref="AzLexicon.Contains(ReadOnlySpan{char})"/>).</summary>
        public bool IsListed(int length) => Fact(length, EntryKnown, Entry);

        private bool Fact(int length, byte known, byte fact)
        {
            byte facts = _facts[length];
            if ((facts & known) == 0)
            {
                ReadOnlySpan<char> prefix = _buffer.AsSpan(0, length);
                bool holds = known switch
                {
                    VerbKnown => _morphology.IsVerbStem(prefix),
                    ListedKnown => _morphology.IsListedStem(prefix),
                    _ => _morphology.Lexicon.Contains(prefix),
                };
                facts |= (byte)(known | (holds ? fact : 0));
                _facts[length] = facts;
            }

            return (facts & fact) != 0;
        }
    }
}
