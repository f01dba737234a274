using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Evidence;

/// <summary>
/// Collects stored evidence files that no document names (left by uploads whose database write failed or was cancelled)
/// and temporary files of uploads a killed process abandoned; only those older than <see cref="Grace"/>, so an upload
/// still in progress, whose document is not committed yet, keeps its file.
/// </summary>
public sealed record SweepEvidence(TimeSpan Grace)
{
    public static readonly TimeSpan DefaultGrace = TimeSpan.FromHours(24);

    /// <summary>An upload takes at most a few minutes; a grace shorter than an hour is refused.</summary>
    public static readonly TimeSpan MinimumGrace = TimeSpan.FromHours(1);
}

/// <param name="Files">Stored files looked at.</param>
/// <param name="Removed">The hashes of the files removed.</param>
/// <param name="AbandonedUploads">Temporary files of abandoned uploads removed.</param>
public sealed record EvidenceSweep(int Files, IReadOnlyList<string> Removed, int AbandonedUploads);

public sealed class SweepEvidenceHandler(AppDbContext db, IEvidenceStore store)
{
    /// <exception cref="ForbiddenException">The actor is not an administrator.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The grace is shorter than <see cref="SweepEvidence.MinimumGrace"/>.</exception>
    public async Task<EvidenceSweep> HandleAsync(Actor actor, SweepEvidence request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.SweepEvidence, Role.Admin);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Grace, SweepEvidence.MinimumGrace);
        var files = 0;
        var removed = new List<string>();
        await foreach (var sha256 in store.ListAsync(ct))
        {
            files++;
            if (await store.RemoveUnreferencedAsync(sha256, request.Grace, c => db.Evidence.AnyAsync(d => d.FileSha256 == sha256, c), ct))
                removed.Add(sha256);
        }
        return new EvidenceSweep(files, removed, store.RemoveAbandonedUploads(request.Grace));
    }
}
