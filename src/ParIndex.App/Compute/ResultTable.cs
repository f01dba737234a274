using ParIndex.Domain.Comparison;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Numbers;
using ParIndex.Domain.Results;

namespace ParIndex.App.Compute;

/// <summary>
/// The published ranking table, one row per unit: <c>rank,unit,name,points,max,index,band,delta_points,delta_rank</c>,
/// then one <c>area_CODE</c> column per area's component index (<c>bonus_CODE</c> with the points of a bonus/penalty content)
/// and, when last year's scores were compared node by node, one <c>delta_area_CODE</c> (<c>delta_bonus_CODE</c>) column per
/// area with its change. Numbers are rounded to two decimals here, at the edge.
/// CSV and XLSX output both use it.
/// </summary>
public static class ResultTable
{
    public static IReadOnlyList<string> Header(GroupResult group) =>
        ["rank", "unit", "name", "points", "max", "index", "band", "delta_points", "delta_rank",
         .. group.Framework.AreaNodes.Select((a, ordinal) => (IsBonus(group, ordinal) ? "bonus_" : "area_") + group.Framework.Nodes[a].Code),
         .. ComparesNodes(group) ? group.Framework.AreaNodes.Select((a, ordinal) => (IsBonus(group, ordinal) ? "delta_bonus_" : "delta_area_") + group.Framework.Nodes[a].Code) : []];

    /// <summary>
    /// Cells: int, string, decimal (rounded) or null where there is no value (a new unit's Δ, an area that does not
    /// apply). An area's column holds its component index; the bonus/penalty content's holds its points (it has no maximum).
    /// </summary>
    public static IEnumerable<IReadOnlyList<object?>> Rows(GroupResult group)
    {
        var compares = ComparesNodes(group);
        return group.Units.Select(u => Row(group, u, compares));
    }

    private static IReadOnlyList<object?> Row(GroupResult group, UnitResult u, bool compares) =>
    [
        u.Rank, u.Unit.Code, u.Unit.Name, Publish.Round(u.Score.TotalPoints), Publish.Round(u.Score.TotalMax), u.PublishedIndex, u.Band.Label,
        u.Change?.DeltaPoints, u.Change?.DeltaRank,
        .. Enumerable.Range(0, group.Framework.AreaNodes.Length).Select(a => (object?)Round(IsBonus(group, a)
            ? u.Score.AreaPoints(a)
            : u.Score.ComponentIndex(a))),
        .. compares
            ? group.Framework.AreaNodes.Select(a => (object?)u.Nodes?.Node(group.Framework.Nodes[a].Code)?.Delta)
            : [],
    ];

    /// <summary>Whether last year's scores gave changes per area (same edition, or through a crosswalk): then a <c>delta_area_CODE</c> column follows each area's.</summary>
    public static bool ComparesNodes(GroupResult group) => group.Units.Any(u => u.Nodes is { Scope: not ComparisonScope.TotalsOnly });

    private static bool IsBonus(GroupResult group, int areaOrdinal) => group.Framework.Contents[areaOrdinal] == ContentKind.Bonus;

    private static decimal? Round(decimal? value) => value is { } v ? Publish.Round(v) : null;
}
