using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Evidence;

/// <summary>
/// Reads a document's file, to download or show it. Evidence files are never public, not even after publication: they
/// are opened by the unit's own users, the secretariat, the council and admin, and by an appraiser assigned to the
/// unit (or to the area of a sub-criterion the document supports) in a period whose submission uses it.
/// </summary>
public sealed record OpenEvidenceFile(int DocumentId);

/// <summary>An open evidence file; dispose it (or its <see cref="Content"/>) when done.</summary>
/// <param name="Content">The file's bytes, as stored.</param>
/// <param name="ContentType">The type sniffed from the content when it was uploaded, never from its name.</param>
/// <param name="FileName">The uploaded name, made safe, to offer on download.</param>
public sealed record EvidenceFile(Stream Content, string ContentType, string FileName, long Size) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}

public sealed class OpenEvidenceFileHandler(AppDbContext db, IEvidenceStore store)
{
    /// <exception cref="NotFoundException">No such document, it has no file, or the store lost the file.</exception>
    /// <exception cref="ForbiddenException">The actor may not see this unit's evidence.</exception>
    public async Task<EvidenceFile> HandleAsync(Actor actor, OpenEvidenceFile request, CancellationToken ct = default)
    {
        var document = await db.Evidence.AsNoTracking().SingleOrDefaultAsync(d => d.Id == request.DocumentId, ct)
            ?? throw EvidenceRules.NoDocument(request.DocumentId);
        await RequireOpenerAsync(actor, document, ct);
        if (document.FileSha256 is not { } sha256)
            throw new NotFoundException(NotFoundMessages.EvidenceNoFile(document.Id));
        var content = await store.OpenAsync(sha256, ct)
            ?? throw new NotFoundException(NotFoundMessages.EvidenceFileMissing(document.Id));
        return new EvidenceFile(content, document.ContentType ?? "application/octet-stream", document.FileName ?? FileNames.Fallback, document.FileSize ?? 0);
    }

    private async Task RequireOpenerAsync(Actor actor, EvidenceDocument document, CancellationToken ct)
    {
        if (actor.BelongsTo(document.UnitId) || actor.SeesAllUnits) return;
        if (actor.Is(Role.Appraiser))
        {
            // Each (period, sub-criterion) the document supports: the assignment may cover one area only.
            var uses = await db.EvidenceLinks.AsNoTracking()
                .Where(l => l.DocumentId == document.Id)
                .Join(db.Submissions, l => l.SubmissionId, s => s.Id, (l, s) => new { s.PeriodId, l.LeafCode })
                .Distinct()
                .ToListAsync(ct);
            foreach (var use in uses)
                if (await Access.IsAssignedAsync(db, actor, use.PeriodId, document.UnitId, use.LeafCode, ct)) return;
        }
        throw new ForbiddenException(AccessMessages.OpenEvidence());
    }
}
