using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Results;

namespace ParIndex.App.Features.Publishing;

/// <summary>A group's published results, as frozen in its snapshot; anyone may read them, signed in or not.</summary>
public sealed record GetPublishedResults(int PeriodId, string Group);

/// <summary>
/// The results, the same results as JSON exactly as frozen (the public API serves these bytes), the snapshot's identity,
/// and the units left out of the ranking with their reasons.
/// </summary>
public sealed record PublishedResults(GroupResult Results, string ResultsJson, string Sha256, DateTimeOffset PublishedAt, IReadOnlyList<ExcludedUnit> Excluded);

public sealed class GetPublishedResultsHandler(AppDbContext db)
{
    public async Task<PublishedResults> HandleAsync(GetPublishedResults request, CancellationToken ct = default)
    {
        var publication = await db.Publications.AsNoTracking().SingleOrDefaultAsync(p => p.PeriodId == request.PeriodId && p.Group == request.Group, ct)
            ?? throw new NotFoundException(NotFoundMessages.GroupUnpublished(request.PeriodId.ToString(CultureInfo.InvariantCulture), request.Group));
        var snapshot = Snapshot.Parse(publication.SnapshotJson);
        return new PublishedResults(snapshot.Recompute(), Snapshot.ResultsOf(publication.SnapshotJson),
            publication.Sha256, publication.PublishedAt, snapshot.Excluded ?? []);
    }
}
