namespace ParIndex.Domain.Comparison;

/// <summary>How far a year's results can be compared with the year before's, node by node.</summary>
public enum ComparisonScope
{
    /// <summary>Both years use the same framework edition: every node compares with itself.</summary>
    SameEdition,
    /// <summary>The editions differ and a confirmed crosswalk maps one to the other.</summary>
    Crosswalk,
    /// <summary>The editions differ and there is no crosswalk: only the totals (index and rank) are compared.</summary>
    TotalsOnly,
}
