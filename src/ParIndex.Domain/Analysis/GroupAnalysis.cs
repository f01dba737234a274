using ParIndex.Domain.Results;

namespace ParIndex.Domain.Analysis;

/// <summary>
/// The published analysis of one unit group in one period: its overview, its components (areas), the points it
/// lost and how well its units assessed themselves. Figures are exact (unrounded); rounding is the reader's.
/// </summary>
public sealed record GroupAnalysis(
    GroupResult Results,
    Overview Overview,
    Components Components,
    LostPoints LostPoints,
    SelfAssessmentQuality? SelfAssessment);

/// <summary>
/// The group at a glance. <c>Previous…</c> are last year's published figures for the same group (null without a
/// previous year). Risers and fallers come from each unit's change through lineage, new units excluded.
/// </summary>
public sealed record Overview(
    int Count,
    decimal Mean,
    decimal Median,
    decimal Min,
    decimal Max,
    decimal? PreviousMean,
    decimal? PreviousMedian,
    decimal? PreviousMin,
    decimal? PreviousMax,
    IReadOnlyList<BandShare> Bands,
    IReadOnlyList<string> UnitsAboveMean,
    IReadOnlyList<Mover> RisersByPoints,
    IReadOnlyList<Mover> FallersByPoints,
    IReadOnlyList<Mover> RisersByRank,
    IReadOnlyList<Mover> FallersByRank);

/// <summary>Units in a band, and their share of the group (0–1).</summary>
public sealed record BandShare(string Band, int Count, decimal Share);

/// <summary>A unit's move since last year: Δ published index in points and Δ rank (positive = moved up).</summary>
public sealed record Mover(string Code, string Name, int Rank, decimal DeltaPoints, int DeltaRank);

/// <summary>Mean component index per area, the weakest areas, and the units × areas matrix (rows in rank order).</summary>
public sealed record Components(IReadOnlyList<AreaComponent> Areas, IReadOnlyList<AreaComponent> Weakest, IReadOnlyList<UnitComponents> Matrix);

/// <summary>
/// One area: the mean of the units' component indices (units where the area applies), and last year's mean for the
/// area with the same code (null when last year had none).
/// </summary>
public sealed record AreaComponent(string Code, string Name, decimal Max, decimal? Mean, decimal? PreviousMean);

/// <summary>One unit's component index per area, in framework order (null where the area does not apply).</summary>
public sealed record UnitComponents(string Code, string Name, int Rank, decimal Index, IReadOnlyList<decimal?> Areas);

/// <summary>Points lost per sub-criterion (framework order), the ten that cost most, and, when asked, one unit's own list.</summary>
public sealed record LostPoints(IReadOnlyList<LeafLoss> Leaves, IReadOnlyList<LeafLoss> Top, UnitLosses? Unit);

/// <summary>One unit's lost points, most first: only sub-criteria where it lost any.</summary>
public sealed record UnitLosses(string Code, string Name, IReadOnlyList<UnitLoss> Leaves);

public sealed record UnitLoss(string Code, string Name, decimal Max, decimal Points, decimal Lost);

/// <summary>
/// Self-assessment against appraisal. Only the items a unit scored itself count (items the secretariat fills in,
/// such as survey results, are left out). <see cref="ShareChanged"/> = items whose points the appraisal changed ÷
/// items self-assessed, over the whole group.
/// </summary>
public sealed record SelfAssessmentQuality(IReadOnlyList<UnitSelfAssessment> Units, IReadOnlyList<UnitSelfAssessment> TopOverScorers, int ItemsAssessed, int ItemsChanged)
{
    public decimal ShareChanged => ItemsAssessed == 0 ? 0m : (decimal)ItemsChanged / ItemsAssessed;
}

/// <summary>
/// One unit: self-assessed and appraised points on the items it scored itself, the gap (self − appraised; positive =
/// over-scored), the gap per area in framework order, and how many of its items the appraisal changed.
/// </summary>
public sealed record UnitSelfAssessment(string Code, string Name, decimal SelfPoints, decimal AppraisedPoints, IReadOnlyList<decimal> AreaGaps, int ItemsAssessed, int ItemsChanged)
{
    public decimal Gap => SelfPoints - AppraisedPoints;
}
