using ParIndex.Domain.Comparison;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Numbers;
using ParIndex.Domain.Scoring;

namespace ParIndex.Domain.Results;

/// <summary>
/// One unit's result in its group: exact scores, rank, band and, once compared, the change from last year — of the
/// total (<see cref="Change"/>) and, when last year's scores are known, per area and sub-criterion (<see cref="Nodes"/>).
/// </summary>
public sealed record UnitResult(Unit Unit, UnitScore Score, int Rank, Band Band, Change? Change = null, EditionChange? Nodes = null)
{
    /// <summary>The exact index; a ranked unit always has one.</summary>
    public decimal Index => Score.Index!.Value;

    public decimal PublishedIndex => Publish.Round(Index);
}
