using System.Globalization;
using ParIndex.Domain.Text;

namespace ParIndex.Domain.Composite;

/// <summary>
/// How much the weights of one level vary in the uncertainty analysis: each weight w of a node at
/// <see cref="Level"/> becomes w·(1 + u·<see cref="Factor"/>), u uniform on [−1, 1]. Written <c>LEVEL:FACTOR</c>.
/// </summary>
public sealed record WeightNoise(int Level, double Factor)
{
    /// <summary><c>2:0.25,3:0.1</c> → two levels; the factor is a share between 0 and 1 (so weights stay ≥ 0).</summary>
    public static IReadOnlyList<WeightNoise> ParseList(string text)
    {
        var list = new List<WeightNoise>();
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = item.Split(':');
            if (parts.Length != 2
                || !int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var level)
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var factor)
                || !(factor >= 0 && factor <= 1))
                throw new CompositeException(new CompositeProblem(null, $"--noise {text}: '{Excerpt.Of(item)}' is not LEVEL:FACTOR with a whole level and a factor from 0 to 1"));
            if (list.Any(n => n.Level == level))
                throw new CompositeException(new CompositeProblem(null, $"--noise {text}: level {level} is given twice"));
            list.Add(new WeightNoise(level, factor));
        }
        if (list.Count == 0) throw new CompositeException(new CompositeProblem(null, "--noise: give at least one LEVEL:FACTOR"));
        return list;
    }
}
