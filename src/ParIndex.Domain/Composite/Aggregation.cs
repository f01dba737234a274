using System.Globalization;

namespace ParIndex.Domain.Composite;

/// <summary>An aggregation method and, for the generalised mean, its exponent: <c>amean</c>, <c>gmean</c>, <c>hmean</c>, <c>genmean:p</c>, <c>copeland</c>.</summary>
public sealed record Aggregation(AggregationMethod Method, double P = 1)
{
    public static readonly Aggregation Default = new(AggregationMethod.ArithmeticMean);

    public string Text => Method switch
    {
        AggregationMethod.ArithmeticMean => "amean",
        AggregationMethod.GeometricMean => "gmean",
        AggregationMethod.HarmonicMean => "hmean",
        AggregationMethod.GeneralisedMean => "genmean:" + P.ToString("R", CultureInfo.InvariantCulture),
        _ => "copeland",
    };

    public static Aggregation Parse(string text, string option = "--aggregate")
    {
        var parts = text.Trim().Split(':');
        CompositeException Bad(string why) => new(new CompositeProblem(null, $"{option} {text}: {why}; use amean, gmean, hmean, genmean:p (p ≠ 0) or copeland, or per level 2:amean,3:gmean,…"));
        return (parts[0].Trim().ToLowerInvariant(), parts.Length) switch
        {
            ("amean", 1) => Default,
            ("gmean", 1) => new Aggregation(AggregationMethod.GeometricMean),
            ("hmean", 1) => new Aggregation(AggregationMethod.HarmonicMean),
            ("copeland", 1) => new Aggregation(AggregationMethod.Copeland),
            ("genmean", 2) => double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && double.IsFinite(p) && p != 0
                ? new Aggregation(AggregationMethod.GeneralisedMean, p)
                : throw Bad($"'{parts[1]}' is not a non-zero exponent (p = 0 is the geometric mean: use gmean)"),
            _ => throw Bad("unknown method or wrong number of parameters"),
        };
    }
}
