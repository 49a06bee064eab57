namespace AzNormalize.Lexicon;

/// <summary>
/// What the morphology has learnt about one listed word as a stem, kept beside the lexicon's word table (one byte per
/// word): facts that depend on the word and the lexicon alone (whether its commonest inflections are listed, whether it
/// is itself an inflected form), each computed once per process instead of once per analysis that tries the word as a
/// stem. Default (no table yet: a short run) keeps nothing. Threads may race to write a byte: a lost fact is only computed
/// again, and every thread computes the same one.
/// </summary>
internal readonly struct StemFacts
{
    /// <summary>The word's commonest inflections were counted (<see cref="Attested"/> holds the answer).</summary>
    public const byte AttestedKnown = 1;

    /// <summary>Enough of the word's commonest inflections are listed.</summary>
    public const byte Attested = 2;

    /// <summary>Whether the word is an inflected form of a shorter stem was asked (<see cref="Inflected"/> holds the answer).</summary>
    public const byte InflectedKnown = 4;

    /// <summary>The word is an inflected form of a shorter stem.</summary>
    public const byte Inflected = 8;

    private readonly byte[]? _facts;
    private readonly int _position;

    public StemFacts(byte[] facts, int position) => (_facts, _position) = (facts, position);

    /// <summary>The facts known so far (0 when none, or none can be kept).</summary>
    public byte Value => _facts is null ? (byte)0 : Volatile.Read(ref _facts[_position]);

    /// <summary>Keeps <paramref name="facts"/> with those known (nothing when none can be kept).</summary>
    public void Add(byte facts)
    {
        if (_facts is not null)
        {
            Volatile.Write(ref _facts[_position], (byte)(Volatile.Read(ref _facts[_position]) | facts));
        }
    }
}
