namespace ParIndex.Domain.Composite;

/// <summary>How an aggregate combines its children (COINr's <c>a_*</c> functions).</summary>
public enum AggregationMethod
{
    /// <summary>Weighted arithmetic mean, COINr <c>a_amean</c>.</summary>
    ArithmeticMean,
    /// <summary>Weighted geometric mean, COINr <c>a_gmean</c>: every value must be &gt; 0.</summary>
    GeometricMean,
    /// <summary>Weighted harmonic mean, COINr <c>a_hmean</c>: no value may be 0.</summary>
    HarmonicMean,
    /// <summary>Weighted generalised (power) mean with exponent p ≠ 0, COINr <c>a_genmean</c>.</summary>
    GeneralisedMean,
    /// <summary>Copeland's outranking score over all units, COINr <c>a_copeland</c>.</summary>
    Copeland,
}
