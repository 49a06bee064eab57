using System.Globalization;
using System.Reflection;
using AzNormalize.Correction;

namespace AzNormalize.Evaluation.Pairs;

/// <summary>
/// The sentence decoder's hand-set weights for an evaluation run: <see cref="CorrectionWeights.HandSet"/>, or, for development, the
/// defaults with the settings of the environment variable <c>AZNORM_EVAL_WEIGHTS</c> (<c>Name=value;Name=value</c>, names
/// of <see cref="CorrectionWeights"/> properties) applied. A run with it set says so on stderr; docs/quality.md is only ever
/// written with the defaults (the variable is refused then).
/// </summary>
internal static class DevelopmentWeights
{
    /// <summary>The name of the environment variable.</summary>
    public const string Variable = "AZNORM_EVAL_WEIGHTS";

    /// <summary>The weights to use.</summary>
    public static CorrectionWeights Value => s_value.Value;

    private static readonly Lazy<CorrectionWeights> s_value = new(Read);

    /// <summary>The name of the environment variable that points the learned rows at a weights file of one's own (development).</summary>
    public const string LearnedVariable = "AZNORM_EVAL_LEARNED";

    private static readonly Lazy<CorrectionWeights?> s_learned = new(ReadLearned);

    /// <summary>
    /// The learned weights the learned rows use: the file <c>AZNORM_EVAL_LEARNED</c> names (development), else the embedded
    /// <see cref="CorrectionWeights.Learned"/>, else null (a library built without them: the rows are left out).
    /// </summary>
    public static CorrectionWeights? Learned => s_learned.Value;

    /// <summary>Whether a weights file of one's own is in use.</summary>
    public static bool IsLearnedSet => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(LearnedVariable));

    private static CorrectionWeights? ReadLearned()
    {
        if (Environment.GetEnvironmentVariable(LearnedVariable) is { Length: > 0 } path)
        {
            Console.Error.WriteLine($"{LearnedVariable}: {path}");
            return CorrectionWeights.Load(path);
        }

        try
        {
            return CorrectionWeights.Learned;
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine($"note: {e.Message}; the learned rows are left out.");
            return null;
        }
    }

    /// <summary>Whether the variable is set.</summary>
    public static bool IsSet => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable));

    private static CorrectionWeights Read()
    {
        string? spec = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(spec))
        {
            return CorrectionWeights.HandSet;
        }

        var weights = new CorrectionWeights();
        foreach (string part in spec.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            PropertyInfo property = typeof(CorrectionWeights).GetProperty(pair[0])
                ?? throw new ArgumentException($"{Variable}: no weight named '{pair[0]}'");
            object value = property.PropertyType == typeof(int)
                ? (object)int.Parse(pair[1], CultureInfo.InvariantCulture)
                : double.Parse(pair[1], CultureInfo.InvariantCulture);
            property.SetValue(weights, value);
        }

        Console.Error.WriteLine($"{Variable}: {spec}");
        return weights;
    }
}
