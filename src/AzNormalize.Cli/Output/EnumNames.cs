using System.Collections.Frozen;
using System.Text.Json;

namespace AzNormalize.Cli.Output;

/// <summary>The names of an enum's values, pre-encoded for text and JSON output, so that no value is formatted per record.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, (byte[] Utf8, JsonEncodedText Json)> s_names = Build();

    /// <summary>The name as UTF-8 bytes.</summary>
    public static ReadOnlySpan<byte> Utf8(TEnum value) => Get(value).Utf8;

    /// <summary>The name as a JSON string value.</summary>
    public static JsonEncodedText Json(TEnum value) => Get(value).Json;

    private static (byte[] Utf8, JsonEncodedText Json) Get(TEnum value)
    {
        if (s_names.TryGetValue(value, out (byte[] Utf8, JsonEncodedText Json) names))
        {
            return names;
        }

        // A value without a name (a library newer than its table cannot cause this, a cast can).
        string number = value.ToString();
        return (System.Text.Encoding.UTF8.GetBytes(number), JsonEncodedText.Encode(number));
    }

    private static FrozenDictionary<TEnum, (byte[] Utf8, JsonEncodedText Json)> Build()
    {
        var names = new Dictionary<TEnum, (byte[] Utf8, JsonEncodedText Json)>();
        foreach (TEnum value in Enum.GetValues<TEnum>())
        {
            string name = Enum.GetName(value) ?? value.ToString();
            names[value] = (System.Text.Encoding.UTF8.GetBytes(name), JsonEncodedText.Encode(name, JsonLines.WriterOptions.Encoder));
        }

        return names.ToFrozenDictionary();
    }
}
