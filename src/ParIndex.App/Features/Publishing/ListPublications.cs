using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;

namespace ParIndex.App.Features.Publishing;

/// <summary>Every published group of every period, newest first: public facts for the results site and its API.</summary>
public sealed record ListPublications;

public sealed record PublicationSummary(int PeriodId, int Year, string PeriodName, string Group, DateTimeOffset PublishedAt, string Sha256);

public sealed class ListPublicationsHandler(AppDbContext db)
{
    public async Task<IReadOnlyList<PublicationSummary>> HandleAsync(ListPublications request, CancellationToken ct = default)
    {
        var rows = await db.Publications.AsNoTracking()
            .Join(db.Periods, p => p.PeriodId, p => p.Id, (pub, per) => new { pub.PeriodId, per.Year, per.Name, pub.Group, pub.PublishedAt, pub.Sha256 })
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.Year).ThenBy(r => r.PeriodId).ThenBy(r => r.Group, StringComparer.Ordinal)
            .Select(r => new PublicationSummary(r.PeriodId, r.Year, r.Name, r.Group, r.PublishedAt, r.Sha256))];
    }
}
