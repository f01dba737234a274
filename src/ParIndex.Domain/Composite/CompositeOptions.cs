namespace ParIndex.Domain.Composite;

/// <summary>How to build the index: normalisation, aggregation and the data-availability threshold (0 = none).</summary>
public sealed record CompositeOptions(Normalisation Normalisation, AggregationMethod Aggregation = AggregationMethod.ArithmeticMean, double DatThresh = 0)
{
    public static readonly CompositeOptions Default = new(Normalisation.Default);

    public static AggregationMethod ParseAggregation(string text) => text.Trim().ToLowerInvariant() switch
    {
        "amean" => AggregationMethod.ArithmeticMean,
        "gmean" => AggregationMethod.GeometricMean,
        _ => throw new CompositeException(new CompositeProblem(null, $"--aggregate {text}: use amean or gmean")),
    };
}
