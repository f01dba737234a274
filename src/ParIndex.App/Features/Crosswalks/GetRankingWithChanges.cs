using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Publishing;
using ParIndex.App.Features.Results;
using ParIndex.App.Security;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Results;

namespace ParIndex.App.Features.Crosswalks;

/// <summary>
/// A group's ranking (<see cref="GetRanking"/>, with its access rule) where every unit with a predecessor in last year's
/// publication also carries its change per area, criterion and sub-criterion (decision 015): node by node on the same
/// edition, through the confirmed crosswalk on a new one, totals only without it. What the API's results return.
/// </summary>
public sealed record GetRankingWithChanges(int PeriodId, string? Group = null);

/// <summary>The ranking with its changes, last year's publication it compares with (and its year), and the crosswalk used.</summary>
public sealed record RankingWithChanges(RankingView Ranking, GroupResult? Last, int? PreviousYear, Crosswalk? Crosswalk);

public sealed class GetRankingWithChangesHandler(AppDbContext db)
{
    public async Task<RankingWithChanges> HandleAsync(Actor actor, GetRankingWithChanges request, CancellationToken ct = default)
    {
        var ranking = await new GetRankingHandler(db).HandleAsync(actor, new GetRanking(request.PeriodId, request.Group), ct);
        var period = await db.Periods.AsNoTracking().SingleAsync(p => p.Id == request.PeriodId, ct);
        var (last, lineage, previousYear) = await PreviousPublication.LastAsync(db, period, ranking.Group, ct);
        if (last is null) return new RankingWithChanges(ranking, null, null, null);
        var results = ranking.Published ? ranking.Results : YearOverYear.Compare(ranking.Results, PreviousPublication.AsPrevious(last), lineage, period.Combine);
        var crosswalk = await EditionChanges.CrosswalkAsync(db, last, results, ct);
        return new RankingWithChanges(ranking with { Results = EditionChanges.Apply(results, last, lineage, crosswalk, period.Combine) }, last, previousYear, crosswalk);
    }
}
