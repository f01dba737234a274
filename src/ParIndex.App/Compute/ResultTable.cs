using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Numbers;
using ParIndex.Domain.Results;

namespace ParIndex.App.Compute;

/// <summary>
/// The published ranking table, one row per unit: <c>rank,unit,name,points,max,index,band,delta_points,delta_rank</c>,
/// then one <c>area_CODE</c> column per area's component index (<c>bonus_CODE</c> with the points of a bonus/penalty content). Numbers are rounded to two decimals here, at the edge.
/// CSV and XLSX output both use it.
/// </summary>
public static class ResultTable
{
    public static IReadOnlyList<string> Header(GroupResult group) =>
        ["rank", "unit", "name", "points", "max", "index", "band", "delta_points", "delta_rank",
         .. group.Framework.AreaNodes.Select((a, ordinal) => (IsBonus(group, ordinal) ? "bonus_" : "area_") + group.Framework.Nodes[a].Code)];

    /// <summary>
    /// Cells: int, string, decimal (rounded) or null where there is no value (a new unit's Δ, an area that does not
    /// apply). An area's column holds its component index; the bonus/penalty content's holds its points (it has no maximum).
    /// </summary>
    public static IEnumerable<IReadOnlyList<object?>> Rows(GroupResult group) => group.Units.Select(u => (IReadOnlyList<object?>)
    [
        u.Rank, u.Unit.Code, u.Unit.Name, Publish.Round(u.Score.TotalPoints), Publish.Round(u.Score.TotalMax), u.PublishedIndex, u.Band.Label,
        u.Change?.DeltaPoints, u.Change?.DeltaRank,
        .. Enumerable.Range(0, group.Framework.AreaNodes.Length).Select(a => (object?)Round(IsBonus(group, a)
            ? u.Score.Points[group.Framework.AreaNodes[a]]
            : u.Score.ComponentIndex(a))),
    ]);

    private static bool IsBonus(GroupResult group, int areaOrdinal) => group.Framework.Contents[areaOrdinal] == ContentKind.Bonus;

    private static decimal? Round(decimal? value) => value is { } v ? Publish.Round(v) : null;
}
