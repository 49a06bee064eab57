using AzNormalize.Text;
using AzNormalize.Tokenization;

namespace AzNormalize.Correction;

/// <summary>Counts words and word pairs one text at a time, for a <see cref="ContextModel"/> of a corpus too large to hold.</summary>
/// <remarks>Not thread-safe: add from one thread at a time. <see cref="Build"/> copies nothing, so build once, at the end.</remarks>
public sealed class ContextModelBuilder
{
    private Dictionary<string, int> _unigrams = new(StringComparer.Ordinal);
    private Dictionary<(string, string), int> _bigrams = [];

    /// <summary>Counts the words of <paramref name="text"/> and its pairs of neighbouring words (see <see cref="ContextModel"/>).</summary>
    /// <param name="text">Running text, NFC.</param>
    public void Add(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string? previous = null;
        foreach (Token token in Tokenizer.Tokenize(text))
        {
            switch (token.Kind)
            {
                case TokenKind.Word:
                    string word = AzCasing.ToLower(token.GetText(text).ToString());
                    _unigrams[word] = _unigrams.GetValueOrDefault(word) + 1;
                    if (previous is not null)
                    {
                        _bigrams[(previous, word)] = _bigrams.GetValueOrDefault((previous, word)) + 1;
                    }

                    previous = word;
                    break;
                case TokenKind.LineBreak:
                    previous = null;
                    break;
                case TokenKind.Punctuation when SentenceBoundaries.IsContextBreak(text[token.Start]):
                    previous = null;
                    break;
            }
        }
    }

    /// <summary>The model of everything added; the builder starts empty again.</summary>
    public ContextModel Build()
    {
        ContextModel model = ContextModel.FromCounts(_unigrams, _bigrams);
        _unigrams = new Dictionary<string, int>(StringComparer.Ordinal);
        _bigrams = [];
        return model;
    }
}
