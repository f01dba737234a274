using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Publishing;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Results;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Results;

/// <summary>
/// A group's ranking in a period for a signed-in reader: the published snapshot for everyone once published; before
/// that, provisional results for the secretariat, the council and administrators only (they see every unit anyway).
/// Without a group, the period's first group.
/// </summary>
public sealed record GetRanking(int PeriodId, string? Group = null);

public sealed record RankingView(int PeriodId, int Year, string PeriodName, PeriodState State, string Group, IReadOnlyList<string> Groups,
    GroupResult Results, bool Published, string? Sha256, DateTimeOffset? PublishedAt, IReadOnlyList<ExcludedUnit>? Excluded = null);

public sealed class GetRankingHandler(AppDbContext db)
{
    public async Task<RankingView> HandleAsync(Actor actor, GetRanking request, CancellationToken ct = default)
    {
        var period = await db.Periods.AsNoTracking().Include(p => p.Frameworks).ThenInclude(f => f.FrameworkEdition)
            .SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(NotFoundMessages.Period(request.PeriodId));
        var groups = period.Frameworks.Select(f => f.Group).Order(StringComparer.Ordinal).ToList();
        var group = request.Group ?? groups.FirstOrDefault();
        if (group is null || !groups.Contains(group))
            throw new NotFoundException(NotFoundMessages.Group(period.Name, request.Group ?? ""));

        var publication = await db.Publications.AsNoTracking().Where(p => p.PeriodId == period.Id && p.Group == group)
            .Select(p => new { p.Sha256, p.PublishedAt }).SingleOrDefaultAsync(ct);
        if (publication is not null)
        {
            var published = await new GetPublishedResultsHandler(db).HandleAsync(new GetPublishedResults(period.Id, group), ct);
            return new RankingView(period.Id, period.Year, period.Name, period.State, group, groups, published.Results, true, published.Sha256, published.PublishedAt, published.Excluded);
        }
        Access.Require(actor, Act.ViewProvisionalResults, Role.Admin, Role.Secretariat, Role.Council);
        var results = await ProvisionalResults.ComputeAsync(db, period, group, ct);
        return new RankingView(period.Id, period.Year, period.Name, period.State, group, groups, results, false, null, null);
    }
}
