using System.Text.Json;

namespace AzNormalize.Cli.Tests.Infrastructure;

/// <summary>JSON Lines helpers.</summary>
public static class Json
{
    /// <summary>Parses every line as one JSON object (throws on any line that is not).</summary>
    public static List<JsonElement> ParseLines(string[] lines)
    {
        var objects = new List<JsonElement>(lines.Length);
        foreach (string line in lines)
        {
            using JsonDocument document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidOperationException($"Not a JSON object: {line}");
            }

            objects.Add(document.RootElement.Clone());
        }

        return objects;
    }
}
