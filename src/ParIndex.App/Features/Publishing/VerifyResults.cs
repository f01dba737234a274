using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Publishing;

/// <summary>
/// Proves a period's published results: each snapshot still has the hash that was published, and recomputing it
/// with this engine gives the same results.
/// </summary>
public sealed record VerifyResults(int PeriodId);

public sealed record GroupVerification(string Group, string Sha256, bool HashMatches, bool ResultsMatch, string? Problem)
{
    public bool Ok => HashMatches && ResultsMatch;
}

public sealed class VerifyResultsHandler(AppDbContext db)
{
    public async Task<IReadOnlyList<GroupVerification>> HandleAsync(Actor actor, VerifyResults request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.VerifyResults, Role.Admin, Role.Secretariat, Role.Council, Role.Viewer);
        var publications = await db.Publications.AsNoTracking().Where(p => p.PeriodId == request.PeriodId).OrderBy(p => p.Group).ToListAsync(ct);
        if (publications.Count == 0) throw new NotFoundException(NotFoundMessages.Unpublished(request.PeriodId.ToString(CultureInfo.InvariantCulture)));
        return [.. publications.Select(Verify)];
    }

    private static GroupVerification Verify(Publication p)
    {
        var hashMatches = Snapshot.Hash(p.SnapshotJson) == p.Sha256;
        try
        {
            var snapshot = Snapshot.Parse(p.SnapshotJson);
            var recomputed = Snapshot.ResultsOf(snapshot.ToJson(snapshot.Recompute()));
            var resultsMatch = recomputed == Snapshot.ResultsOf(p.SnapshotJson);
            var problem = !hashMatches ? "the snapshot differs from the one published (its SHA-256 does not match)"
                : !resultsMatch ? "recomputing the snapshot gives different results" : null;
            return new GroupVerification(p.Group, p.Sha256, hashMatches, resultsMatch, problem);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or NullReferenceException or Files.ImportException or ArgumentException or FormatException)
        {
            return new GroupVerification(p.Group, p.Sha256, hashMatches, false, $"the snapshot cannot be read: {e.Message}");
        }
    }
}
