using ParIndex.Domain.Results;

namespace ParIndex.Domain.Analysis;

/// <summary>
/// Builds a group's analysis from its results (compared with last year through lineage where they were), last
/// year's results for the same group, and the units' self-assessments with their appraisals.
/// </summary>
public static class GroupAnalyzer
{
    /// <summary>How many risers, fallers and over-scorers are listed.</summary>
    public const int Listed = 5;

    /// <summary>How many weakest areas are named.</summary>
    public const int WeakestAreas = 3;

    /// <summary>
    /// The analysis; last year's area means are taken by area code on the same framework edition, through
    /// <paramref name="crosswalk"/> on another, and not at all on another edition without one (totals only).
    /// </summary>
    public static GroupAnalysis Analyse(GroupResult current, GroupResult? previous = null, IReadOnlyList<SelfAppraisal>? selfAppraisals = null, string? unit = null,
        Comparison.Crosswalk? crosswalk = null)
    {
        var lost = new LostPoints(GroupScoring.LeafLosses(current.Framework, current.Units), current.Statistics.MostPointsLost, unit is null ? null : UnitLossesOf(current, unit));
        return new GroupAnalysis(current, OverviewOf(current, previous), ComponentsOf(current, previous, crosswalk), lost,
            selfAppraisals is null ? null : Quality(current, selfAppraisals));
    }

    private static Overview OverviewOf(GroupResult current, GroupResult? previous)
    {
        var s = current.Statistics;
        var p = previous?.Statistics is { Count: > 0 } ps ? ps : null;
        var bands = s.Bands.Select(b => new BandShare(b.Band, b.Count, s.Count == 0 ? 0m : (decimal)b.Count / s.Count)).ToList();
        var moved = current.Units
            .Where(u => u.Change is { DeltaPoints: not null, DeltaRank: not null })
            .Select(u => new Mover(u.Unit.Code, u.Unit.Name, u.Rank, u.Change!.DeltaPoints!.Value, u.Change.DeltaRank!.Value))
            .ToList();
        return new Overview(s.Count, s.Mean, s.Median, s.Min, s.Max, p?.Mean, p?.Median, p?.Min, p?.Max, bands, s.UnitsAboveMean,
            [.. moved.Where(m => m.DeltaPoints > 0).OrderByDescending(m => m.DeltaPoints).ThenBy(m => m.Rank).Take(Listed)],
            [.. moved.Where(m => m.DeltaPoints < 0).OrderBy(m => m.DeltaPoints).ThenBy(m => m.Rank).Take(Listed)],
            [.. moved.Where(m => m.DeltaRank > 0).OrderByDescending(m => m.DeltaRank).ThenBy(m => m.Rank).Take(Listed)],
            [.. moved.Where(m => m.DeltaRank < 0).OrderBy(m => m.DeltaRank).ThenBy(m => m.Rank).Take(Listed)]);
    }

    private static Components ComponentsOf(GroupResult current, GroupResult? previous, Comparison.Crosswalk? crosswalk)
    {
        var framework = current.Framework;
        var previousMeans = previous is null ? null
            : string.Equals(previous.Framework.Framework.Code, framework.Framework.Code, StringComparison.OrdinalIgnoreCase)
                ? previous.Statistics.AreaMeans.ToDictionary(a => a.Area, a => a.Mean, StringComparer.OrdinalIgnoreCase)
                : Comparison.EditionComparison.PreviousMeans(previous, framework, crosswalk);
        var areas = framework.AreaNodes.Select((node, ordinal) =>
        {
            var n = framework.Nodes[node];
            return new AreaComponent(n.Code, n.Name, n.Max, current.Statistics.AreaMeans[ordinal].Mean, previousMeans?.GetValueOrDefault(n.Code));
        }).ToList();
        var weakest = areas.Where(a => a.Mean is not null).OrderBy(a => a.Mean).Take(WeakestAreas).ToList();
        var matrix = current.Units.Select(u => new UnitComponents(u.Unit.Code, u.Unit.Name, u.Rank, u.Index,
            [.. Enumerable.Range(0, framework.AreaNodes.Length).Select(u.Score.ComponentIndex)])).ToList();
        return new Components(areas, weakest, matrix);
    }

    /// <summary>One unit's lost points, most first (then framework order); null when the unit is not in the group.</summary>
    public static UnitLosses? UnitLossesOf(GroupResult current, string code)
    {
        var u = current.Units.FirstOrDefault(x => string.Equals(x.Unit.Code, code, StringComparison.OrdinalIgnoreCase));
        if (u is null) return null;
        var framework = current.Framework;
        var leaves = Enumerable.Range(0, framework.LeafNodes.Length)
            .Select(l => (Leaf: l, Lost: u.Score.PointsLost(l)))
            .Where(x => x.Lost > 0)
            .OrderByDescending(x => x.Lost)
            .Select(x =>
            {
                var node = framework.LeafNodes[x.Leaf];
                return new UnitLoss(framework.Nodes[node].Code, framework.Nodes[node].Name, framework.Nodes[node].Max, u.Score.Points[node], x.Lost);
            }).ToList();
        return new UnitLosses(u.Unit.Code, u.Unit.Name, leaves);
    }

    private static SelfAssessmentQuality Quality(GroupResult current, IReadOnlyList<SelfAppraisal> selfAppraisals)
    {
        var framework = current.Framework;
        var areaOf = new int[framework.LeafNodes.Length];
        for (var a = 0; a < framework.AreaNodes.Length; a++)
            foreach (var l in framework.LeavesUnder(framework.AreaNodes[a])) areaOf[l] = a;

        var units = new List<UnitSelfAssessment>();
        foreach (var s in selfAppraisals)
        {
            decimal self = 0, appraised = 0;
            var gaps = new decimal[framework.AreaNodes.Length];
            int assessed = 0, changed = 0;
            for (var l = 0; l < framework.LeafNodes.Length; l++)
            {
                if (!s.Assessed[l]) continue;
                var node = framework.LeafNodes[l];
                var sp = s.Self.Points[node];
                var ap = s.Appraised.Points[node];
                self += sp;
                appraised += ap;
                gaps[areaOf[l]] += sp - ap;
                assessed++;
                if (sp != ap) changed++;
            }
            units.Add(new UnitSelfAssessment(s.Code, s.Name, self, appraised, gaps, assessed, changed));
        }
        var top = units.Where(u => u.Gap > 0).OrderByDescending(u => u.Gap).ThenBy(u => u.Code, StringComparer.Ordinal).Take(Listed).ToList();
        return new SelfAssessmentQuality(units, top, units.Sum(u => u.ItemsAssessed), units.Sum(u => u.ItemsChanged));
    }
}
