namespace ParIndex.Domain.Composite;

/// <summary>How an aggregate combines its children.</summary>
public enum AggregationMethod
{
    /// <summary>Weighted arithmetic mean, COINr <c>a_amean</c>.</summary>
    ArithmeticMean,
    /// <summary>Weighted geometric mean, COINr <c>a_gmean</c>: every value must be &gt; 0.</summary>
    GeometricMean,
}
