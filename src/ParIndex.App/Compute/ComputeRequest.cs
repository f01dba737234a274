using ParIndex.Domain.Comparison;

namespace ParIndex.App.Compute;

/// <summary>
/// The files of a stateless computation and how to rank and compare (see <c>parindex compute</c>). Last year's scores
/// (on <see cref="PreviousFramework"/>, by default this year's) give the change per area and sub-criterion, through
/// <see cref="Crosswalk"/> when the editions differ.
/// </summary>
public sealed record ComputeRequest(
    string Framework,
    string Scores,
    string? Units = null,
    string? Previous = null,
    string? Lineage = null,
    int? RankPrecision = null,
    CombineMode Combine = CombineMode.Mean,
    string? PreviousScores = null,
    string? PreviousFramework = null,
    string? Crosswalk = null);
