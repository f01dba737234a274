using ParIndex.Domain.Comparison;

namespace ParIndex.App.Compute;

/// <summary>The files of a stateless computation and how to rank and compare (see <c>parindex compute</c>).</summary>
public sealed record ComputeRequest(
    string Framework,
    string Scores,
    string? Units = null,
    string? Previous = null,
    string? Lineage = null,
    int? RankPrecision = null,
    CombineMode Combine = CombineMode.Mean);
