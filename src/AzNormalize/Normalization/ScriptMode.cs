namespace AzNormalize.Normalization;

/// <summary>What the pipeline does with Azerbaijani written in Cyrillic script (<see cref="CyrillicTransliterator"/>).</summary>
public enum ScriptMode
{
    /// <summary>
    /// Converts a paragraph to the Latin alphabet only when it is surely Azerbaijani Cyrillic: most of its words are Cyrillic,
    /// and either a fifth of those have a letter only Azerbaijani Cyrillic has (ә ғ ҹ ҝ һ ј ө ү) or three in five read as
    /// known Azerbaijani words once converted. Russian paragraphs, and Latin text with a stray Cyrillic word, are left as
    /// they are. The default.
    /// </summary>
    Auto,

    /// <summary>Converts every word written mostly in Cyrillic letters, whatever its language.</summary>
    Latin,

    /// <summary>Leaves Cyrillic text as it is (a stray Cyrillic look-alike in a Latin word is still folded: <see cref="EditKind.LookAlike"/>).</summary>
    Keep,
}
