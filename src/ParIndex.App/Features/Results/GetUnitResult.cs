using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Results;

namespace ParIndex.App.Features.Results;

/// <summary>
/// A unit's result for a signed-in reader. Published: the published result, for everyone. Before publication: the
/// provisional score for those who may read all of the unit's scores (its own users, appraisers of the whole unit,
/// the secretariat, the council, administrators); only those who see every unit also get its provisional rank and the group's means.
/// </summary>
public sealed record GetUnitResult(int PeriodId, string UnitCode);

public sealed class GetUnitResultHandler(AppDbContext db)
{
    public async Task<UnitResultView> HandleAsync(Actor actor, GetUnitResult request, CancellationToken ct = default)
    {
        var scope = await SubmissionScope.LoadAsync(db, request.PeriodId, request.UnitCode, ct);
        var reader = await Access.ReaderScopeAsync(db, actor, scope.Period, scope.Unit.Id, ct);
        if (await db.Publications.AnyAsync(p => p.PeriodId == scope.Period.Id && p.Group == scope.Unit.Group, ct))
            return await new GetPublishedUnitResultHandler(db).HandleAsync(new GetPublishedUnitResult(scope.Period.Id, scope.Unit.Code), ct);
        // A provisional score adds up every area: an appraiser of one area reads that area on the appraisal sheet only.
        Access.RequireWholeUnit(reader);

        var history = await GetPublishedUnitResultHandler.HistoryAsync(db, scope.Unit.Code, ct);
        var period = scope.Period;
        if (actor.SeesAllUnits)
        {
            var group = await ProvisionalResults.ComputeAsync(db, period, scope.Unit.Group, ct);
            var ranked = group.Units.FirstOrDefault(u => u.Unit.Code == scope.Unit.Code);
            if (ranked is not null)
                return new UnitResultView(period.Id, period.Year, period.Name, false, null, ranked.Unit, ranked.Score, ranked.Band, ranked.Rank, group.Units.Count,
                    null, [.. group.Statistics.AreaMeans.Select(m => m.Mean)], await TraceAsync(ranked.Score), history);
        }
        var framework = ProvisionalResults.WithBands(period, scope.Framework);
        var latest = await LeafScores.LatestAsync(db, [scope.Submission.Id], ct);
        var score = Domain.Scoring.UnitScorer.Score(framework, SubmissionInputs.At(framework, scope.Submission.Id, latest, ScoreStage.Appeal));
        var band = framework.BandFor(Domain.Numbers.Publish.Round(score.Index ?? 0));
        return new UnitResultView(period.Id, period.Year, period.Name, false, null, new Domain.Results.Unit(scope.Unit.Code, scope.Unit.Name, scope.Unit.Group),
            score, band, null, null, null, null, await TraceAsync(score), history);

        async Task<IReadOnlyList<TraceLine>> TraceAsync(Domain.Scoring.UnitScore unitScore) => await Facts.FactSources.AddAsync(db, period.Id, scope.Unit.Code,
            await SurveySources.AddAsync(db, period.Id, scope.Unit.Code, unitScore.Framework, ScoreTrace.For(unitScore), ct), ct);
    }
}
