namespace ParIndex.Domain.Composite;

/// <summary>The normalisation methods, each COINr's function of the same name (formulas in docs/composite.md).</summary>
public enum NormaliseMethod
{
    /// <summary>COINr <c>n_minmax</c>.</summary>
    MinMax,
    /// <summary>COINr <c>n_zscore</c>.</summary>
    ZScore,
    /// <summary>COINr <c>n_scaled</c>.</summary>
    Scaled,
    /// <summary>COINr <c>n_rank</c>.</summary>
    Rank,
    /// <summary>COINr <c>n_prank</c>.</summary>
    PercentRank,
    /// <summary>COINr <c>n_borda</c>.</summary>
    Borda,
    /// <summary>COINr <c>n_fracmax</c>.</summary>
    FracMax,
    /// <summary>COINr <c>n_dist2targ</c>.</summary>
    Dist2Targ,
    /// <summary>COINr <c>n_dist2ref</c>.</summary>
    Dist2Ref,
    /// <summary>COINr <c>n_dist2max</c>.</summary>
    Dist2Max,
    /// <summary>COINr <c>n_goalposts</c>.</summary>
    Goalposts,
}
