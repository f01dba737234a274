namespace ParIndex.Domain.Comparison;

/// <summary>
/// A unit's change from the previous period: Δ points is the change of the published index (in percentage
/// points), Δ rank is previous rank − current rank, so a positive value means the unit moved up ("tăng 3 bậc").
/// Both are null for a new unit.
/// </summary>
public sealed record Change(ChangeBasis Basis, IReadOnlyList<string> ComparedWith, decimal? PreviousIndex, int? PreviousRank, decimal? DeltaPoints, int? DeltaRank);
