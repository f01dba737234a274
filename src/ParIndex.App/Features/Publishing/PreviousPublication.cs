using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Results;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Publishing;

/// <summary>
/// A group's latest published results from an earlier year than a period's, recomputed from their snapshot, with the
/// lineage effective since then and its year: what a period's results are compared with.
/// </summary>
internal static class PreviousPublication
{
    public static async Task<(GroupResult? Results, IReadOnlyList<LineageEvent> Lineage, int? Year)> LastAsync(AppDbContext db, Period period, string group, CancellationToken ct)
    {
        var earlier = await db.Publications.Where(p => p.Group == group)
            .Join(db.Periods.Where(p => p.Year < period.Year && p.State == PeriodState.Published), p => p.PeriodId, p => p.Id, (pub, per) => new { pub.SnapshotJson, per.Year })
            .ToListAsync(ct);
        var last = earlier.MaxBy(e => e.Year);
        if (last is null) return (null, [], null);
        var codes = await db.Units.ToDictionaryAsync(u => u.Id, u => u.Code, ct);
        var lineage = (await db.Lineage.ToListAsync(ct))
            .Where(l => l.EffectiveOn.Year > last.Year && l.EffectiveOn.Year <= period.Year)
            .Select(l => new LineageEvent(codes[l.FromUnitId], codes[l.ToUnitId], l.Kind, l.EffectiveOn.Year, l.Weight)).ToList();
        return (Snapshot.Parse(last.SnapshotJson).Recompute(), lineage, last.Year);
    }

    /// <summary>Published results as the previous results a comparison takes: published index and rank.</summary>
    public static IReadOnlyList<PreviousResult> AsPrevious(GroupResult? results) =>
        results is null ? [] : [.. results.Units.Select(u => new PreviousResult(u.Unit.Code, u.Unit.Name, u.PublishedIndex, u.Rank))];
}
