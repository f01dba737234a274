namespace ParIndex.Domain.Composite;

/// <summary>The normalisation methods, each the COINr function of the same idea (see docs/composite.md).</summary>
public enum NormaliseMethod
{
    /// <summary>COINr <c>n_minmax</c>.</summary>
    MinMax,
    /// <summary>COINr <c>n_zscore</c>.</summary>
    ZScore,
    /// <summary>COINr <c>n_rank</c>.</summary>
    Rank,
    /// <summary>COINr <c>n_dist2targ</c>.</summary>
    Target,
}
