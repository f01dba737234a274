using ParIndex.App.Features.Analysis;
using ParIndex.Domain.Analysis;
using ParIndex.Domain.Numbers;

namespace ParIndex.Web.Api;

/// <summary>
/// A group's analysis as the JSON API returns it: indices and points rounded for publication (two decimals), shares
/// as fractions 0–1 with four decimals. Robustness is an analysis beside the official ranking, never replacing it.
/// </summary>
public sealed record AnalysisDto(
    int PeriodId, int Year, string Group, bool Published, int? PreviousYear,
    OverviewDto Overview, IReadOnlyList<AreaDto> Areas, IReadOnlyList<string> WeakestAreas, IReadOnlyList<UnitAreasDto> Matrix,
    IReadOnlyList<LeafLossDto> LostPoints, IReadOnlyList<string> MostPointsLost, IReadOnlyList<UnitLossDto>? UnitLostPoints,
    SelfAssessmentDto? SelfAssessment, RobustnessDto? Robustness, WhatIfDto? WhatIf,
    ComparisonDto? Comparison = null, IReadOnlyList<UnitChangesDto>? Changes = null)
{
    public static AnalysisDto Of(AnalysisView v)
    {
        var a = v.Analysis;
        var o = a.Overview;
        return new AnalysisDto(v.Ranking.PeriodId, v.Ranking.Year, v.Ranking.Group, v.Ranking.Published, v.PreviousYear,
            new OverviewDto(o.Count, R(o.Mean), R(o.Median), R(o.Min), R(o.Max), R(o.PreviousMean), R(o.PreviousMedian), R(o.PreviousMin), R(o.PreviousMax),
                [.. o.Bands.Select(b => new BandDto(b.Band, b.Count, S(b.Share)))], o.UnitsAboveMean,
                [.. o.RisersByPoints.Select(MoverDto.Of)], [.. o.FallersByPoints.Select(MoverDto.Of)], [.. o.RisersByRank.Select(MoverDto.Of)], [.. o.FallersByRank.Select(MoverDto.Of)]),
            [.. a.Components.Areas.Select(x => new AreaDto(x.Code, x.Name, x.Max, R(x.Mean), R(x.PreviousMean)))],
            [.. a.Components.Weakest.Select(x => x.Code)],
            [.. a.Components.Matrix.Select(m => new UnitAreasDto(m.Code, m.Name, m.Rank, R(m.Index), [.. m.Areas.Select(R)]))],
            [.. a.LostPoints.Leaves.Select(l => new LeafLossDto(l.Code, l.Name, R(l.PointsLost), l.UnitsLosing, l.UnitsApplicable, S(l.ShareLosing)))],
            [.. a.LostPoints.Top.Select(l => l.Code)],
            a.LostPoints.Unit is { } u ? [.. u.Leaves.Select(l => new UnitLossDto(l.Code, l.Name, l.Max, R(l.Points), R(l.Lost)))] : null,
            a.SelfAssessment is { } q ? new SelfAssessmentDto(q.ItemsAssessed, q.ItemsChanged, S(q.ShareChanged),
                [.. q.Units.Select(x => new UnitSelfAssessmentDto(x.Code, x.Name, R(x.SelfPoints), R(x.AppraisedPoints), R(x.Gap), [.. x.AreaGaps.Select(R)], x.ItemsAssessed, x.ItemsChanged))],
                [.. q.TopOverScorers.Select(x => x.Code)]) : null,
            v.Robustness is { } r ? new RobustnessDto(r.Options.Draws, r.Options.WeightNoise, r.Options.Seed,
                [.. r.Units.Select(x => new RankIntervalDto(x.Code, x.Name, x.OfficialRank, x.Median, x.Low, x.High, x.Group))], r.Groups) : null,
            v.WhatIf is { } w ? WhatIfDto.Of(w) : null,
            ComparisonDto.Of(v.Ranking.Results),
            v.Ranking.Results.Units.Any(x => x.Nodes is not null)
                ? [.. v.Ranking.Results.Units.Where(x => x.Nodes is not null).Select(x => UnitChangesDto.Of(x.Unit.Code, x.Nodes!))]
                : null);
    }

    internal static decimal R(decimal value) => Publish.Round(value);

    internal static decimal? R(decimal? value) => value is { } x ? Publish.Round(x) : null;

    internal static decimal S(decimal share) => Math.Round(share, 4, MidpointRounding.AwayFromZero);
}

public sealed record OverviewDto(int Count, decimal Mean, decimal Median, decimal Min, decimal Max, decimal? PreviousMean, decimal? PreviousMedian, decimal? PreviousMin, decimal? PreviousMax,
    IReadOnlyList<BandDto> Bands, IReadOnlyList<string> UnitsAboveMean, IReadOnlyList<MoverDto> RisersByPoints, IReadOnlyList<MoverDto> FallersByPoints,
    IReadOnlyList<MoverDto> RisersByRank, IReadOnlyList<MoverDto> FallersByRank);

public sealed record BandDto(string Band, int Count, decimal Share);

public sealed record MoverDto(string Unit, string Name, int Rank, decimal DeltaPoints, int DeltaRank)
{
    public static MoverDto Of(Mover m) => new(m.Code, m.Name, m.Rank, m.DeltaPoints, m.DeltaRank);
}

public sealed record AreaDto(string Code, string Name, decimal Max, decimal? Mean, decimal? PreviousMean);

public sealed record UnitAreasDto(string Unit, string Name, int Rank, decimal Index, IReadOnlyList<decimal?> Areas);

public sealed record LeafLossDto(string Code, string Name, decimal PointsLost, int UnitsLosing, int UnitsApplicable, decimal ShareLosing);

public sealed record UnitLossDto(string Code, string Name, decimal Max, decimal Points, decimal Lost);

public sealed record SelfAssessmentDto(int ItemsAssessed, int ItemsChanged, decimal ShareChanged, IReadOnlyList<UnitSelfAssessmentDto> Units, IReadOnlyList<string> TopOverScorers);

public sealed record UnitSelfAssessmentDto(string Unit, string Name, decimal SelfPoints, decimal AppraisedPoints, decimal Gap, IReadOnlyList<decimal> AreaGaps, int ItemsAssessed, int ItemsChanged);

public sealed record RobustnessDto(int Draws, decimal WeightNoise, int Seed, IReadOnlyList<RankIntervalDto> Units, IReadOnlyList<IReadOnlyList<string>> IndistinguishableGroups);

public sealed record RankIntervalDto(string Unit, string Name, int OfficialRank, int MedianRank, int Q5, int Q95, int Group);

public sealed record WhatIfDto(string Unit, decimal Index, int Rank, string Band, IReadOnlyList<WhatIfOptionDto> Options, WhatIfTargetDto? NextBand, WhatIfTargetDto? NextRank)
{
    public static WhatIfDto Of(WhatIfPlan p) => new(p.Code, AnalysisDto.R(p.Index), p.Rank, p.Band, [.. p.Options.Select(WhatIfOptionDto.Of)], WhatIfTargetDto.Of(p.NextBand), WhatIfTargetDto.Of(p.NextRank));
}

public sealed record WhatIfOptionDto(string Code, string Name, decimal Lost, decimal IndexGain, int PeersAchieving, int Peers, decimal Priority)
{
    public static WhatIfOptionDto Of(WhatIfOption o) => new(o.Code, o.Name, AnalysisDto.R(o.Lost), AnalysisDto.R(o.IndexGain), o.PeersAchieving, o.Peers, Math.Round(o.Priority, 4, MidpointRounding.AwayFromZero));
}

public sealed record WhatIfTargetDto(string Target, decimal TargetIndex, decimal IndexNeeded, decimal PointsNeeded, IReadOnlyList<string>? Path)
{
    public static WhatIfTargetDto? Of(WhatIfTarget? t) => t is null ? null
        : new(t.Label, AnalysisDto.R(t.TargetIndex), AnalysisDto.R(t.IndexNeeded), AnalysisDto.R(t.PointsNeeded), t.Path?.Select(o => o.Code).ToList());
}

/// <summary>What the change per area and sub-criterion is measured on: <c>same_edition</c>, <c>crosswalk</c> or <c>totals_only</c> (decision 015).</summary>
public sealed record ComparisonDto(string Scope, string From, string To)
{
    public static ComparisonDto? Of(ParIndex.Domain.Results.GroupResult results) =>
        results.Units.Select(u => u.Nodes).FirstOrDefault(n => n is not null) is { } n
            ? new ComparisonDto(App.Compute.ResultWriter.ScopeName(n.Scope), n.FromEdition, n.ToEdition)
            : null;
}

/// <summary>One unit's change on every node of this year's edition, and last year's nodes that were dropped.</summary>
public sealed record UnitChangesDto(string Unit, IReadOnlyList<NodeChangeDto> Nodes, IReadOnlyList<DroppedNodeDto> Dropped)
{
    public static UnitChangesDto Of(string unit, ParIndex.Domain.Comparison.EditionChange change) => new(unit,
        [.. change.Nodes.Select(n => new NodeChangeDto(n.Code, App.Compute.ResultWriter.BasisName(n.Basis), n.From, AnalysisDto.R(n.Previous), AnalysisDto.R(n.Current), n.Delta, n.InPoints))],
        [.. change.Dropped.Select(d => new DroppedNodeDto(d.Code, d.Name, AnalysisDto.R(d.Previous)))]);
}

public sealed record NodeChangeDto(string Code, string Basis, IReadOnlyList<string> From, decimal? Previous, decimal? Current, decimal? Delta, bool InPoints);

public sealed record DroppedNodeDto(string Code, string Name, decimal? Previous);
