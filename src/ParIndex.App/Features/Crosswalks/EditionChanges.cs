using Microsoft.EntityFrameworkCore;
using ParIndex.App.Crosswalks;
using ParIndex.App.Data;
using ParIndex.App.Features.Publishing;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Results;

namespace ParIndex.App.Features.Crosswalks;

/// <summary>
/// A group's change per area and sub-criterion from its last published results (decision 015): through the stored
/// crosswalk when last year's framework edition differs from this year's; totals only when there is none.
/// </summary>
internal static class EditionChanges
{
    /// <summary>The stored crosswalk from last year's edition to this year's; null on the same edition or when none is confirmed.</summary>
    public static async Task<Crosswalk?> CrosswalkAsync(AppDbContext db, GroupResult last, GroupResult current, CancellationToken ct)
    {
        var (from, to) = (last.Framework.Framework.Code, current.Framework.Framework.Code);
        if (from == to) return null;
        var json = await db.Crosswalks.AsNoTracking().Where(c => c.FromCode == from && c.ToCode == to).Select(c => c.Json).SingleOrDefaultAsync(ct);
        return json is null ? null : CrosswalkJson.Read(json, $"{from}→{to}").Crosswalk;
    }

    /// <summary>Every unit with a predecessor in last year's results gets its change per node.</summary>
    public static GroupResult Apply(GroupResult current, GroupResult last, IReadOnlyList<LineageEvent> lineage, Crosswalk? crosswalk, CombineMode mode)
    {
        var previous = PreviousPublication.AsPrevious(last);
        var scores = last.Units.ToDictionary(u => u.Unit.Code, u => u.Score, StringComparer.OrdinalIgnoreCase);
        return current with
        {
            Units = [.. current.Units.Select(u => YearOverYear.PredecessorsOf(u.Unit.Code, previous, lineage) is { Count: > 0 } predecessors
                ? u with { Nodes = EditionComparison.ForUnit(u.Score, [.. predecessors.Select(p => (scores[p.Unit], p.Weight))], crosswalk, mode) }
                : u)],
        };
    }
}
