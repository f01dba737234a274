using ParIndex.Domain.Numbers;
using ParIndex.Domain.Results;

namespace ParIndex.App.Compute;

/// <summary>
/// The published ranking table, one row per unit: <c>rank,unit,name,points,max,index,band,delta_points,delta_rank</c>,
/// then one <c>area_CODE</c> column per area's component index. Numbers are rounded to two decimals here, at the edge.
/// CSV and XLSX output both use it.
/// </summary>
public static class ResultTable
{
    public static IReadOnlyList<string> Header(GroupResult group) =>
        ["rank", "unit", "name", "points", "max", "index", "band", "delta_points", "delta_rank",
         .. group.Framework.AreaNodes.Select(a => "area_" + group.Framework.Nodes[a].Code)];

    /// <summary>Cells: int, string, decimal (rounded) or null where there is no value (a new unit's Δ, an area that does not apply).</summary>
    public static IEnumerable<IReadOnlyList<object?>> Rows(GroupResult group) => group.Units.Select(u => (IReadOnlyList<object?>)
    [
        u.Rank, u.Unit.Code, u.Unit.Name, Publish.Round(u.Score.TotalPoints), Publish.Round(u.Score.TotalMax), u.PublishedIndex, u.Band.Label,
        u.Change?.DeltaPoints, u.Change?.DeltaRank,
        .. Enumerable.Range(0, group.Framework.AreaNodes.Length).Select(a => (object?)Round(u.Score.ComponentIndex(a))),
    ]);

    private static decimal? Round(decimal? value) => value is { } v ? Publish.Round(v) : null;
}
