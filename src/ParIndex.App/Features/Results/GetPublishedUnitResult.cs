using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Publishing;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Features.Results;

/// <summary>A unit's published result in a period, with its other published years: public, like the ranking.</summary>
public sealed record GetPublishedUnitResult(int PeriodId, string UnitCode);

public sealed class GetPublishedUnitResultHandler(AppDbContext db)
{
    public async Task<UnitResultView> HandleAsync(GetPublishedUnitResult request, CancellationToken ct = default)
    {
        var publications = await db.Publications.AsNoTracking().Where(p => p.PeriodId == request.PeriodId).Select(p => p.Group).ToListAsync(ct);
        foreach (var group in publications.Order(StringComparer.Ordinal))
        {
            var published = await new GetPublishedResultsHandler(db).HandleAsync(new GetPublishedResults(request.PeriodId, group), ct);
            var unit = published.Results.Units.FirstOrDefault(u => string.Equals(u.Unit.Code, request.UnitCode, StringComparison.OrdinalIgnoreCase));
            if (unit is null) continue;
            var period = await db.Periods.AsNoTracking().SingleAsync(p => p.Id == request.PeriodId, ct);
            return new UnitResultView(period.Id, period.Year, period.Name, true, published.Sha256, unit.Unit, unit.Score, unit.Band, unit.Rank,
                published.Results.Units.Count, unit.Change, [.. published.Results.Statistics.AreaMeans.Select(m => m.Mean)],
                await Facts.FactSources.AddAsync(db, period.Id, unit.Unit.Code, await SurveySources.AddAsync(db, period.Id, unit.Unit.Code, unit.Score.Framework, Domain.Results.ScoreTrace.For(unit.Score), ct), ct),
                await HistoryAsync(db, unit.Unit.Code, ct));
        }
        throw new NotFoundException(NotFoundMessages.UnitUnpublished(request.UnitCode, request.PeriodId));
    }

    /// <summary>Every published year of the unit, oldest first, read from the results frozen in each snapshot.</summary>
    internal static async Task<IReadOnlyList<YearResult>> HistoryAsync(AppDbContext db, string unitCode, CancellationToken ct)
    {
        var rows = await db.Publications.AsNoTracking()
            .Join(db.Periods, p => p.PeriodId, p => p.Id, (pub, per) => new { pub.PeriodId, per.Year, pub.Group, pub.SnapshotJson })
            .ToListAsync(ct);
        var history = new List<YearResult>();
        foreach (var row in rows.OrderBy(r => r.Year).ThenBy(r => r.PeriodId))
        {
            var units = JsonNode.Parse(row.SnapshotJson)!["results"]!["units"]!.AsArray();
            var unit = units.FirstOrDefault(u => string.Equals(u!["unit"]!.GetValue<string>(), unitCode, StringComparison.OrdinalIgnoreCase));
            if (unit is null) continue;
            var areas = unit["areas"]!.AsObject().ToDictionary(a => a.Key, a => a.Value?.GetValue<decimal>());
            history.Add(new YearResult(row.PeriodId, row.Year, row.Group, unit["index"]!.GetValue<decimal>(), unit["rank"]!.GetValue<int>(), units.Count, areas));
        }
        return history;
    }
}
