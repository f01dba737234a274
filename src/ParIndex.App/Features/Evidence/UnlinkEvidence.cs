using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Files;
using ParIndex.App.Security;

namespace ParIndex.App.Features.Evidence;

/// <summary>
/// A document no longer supports some sub-criteria of this period's submission; the document itself stays, for reuse.
/// Unlinking a leaf it does not support changes nothing.
/// </summary>
public sealed record UnlinkEvidence(int PeriodId, string UnitCode, int DocumentId, IReadOnlyList<string> LeafCodes);

public sealed class UnlinkEvidenceHandler(AppDbContext db, TimeProvider clock)
{
    /// <returns>The document with the sub-criteria it still supports in this submission.</returns>
    /// <exception cref="ForbiddenException">The actor is not the unit's, or the document belongs to another unit.</exception>
    /// <exception cref="ImportException">A code is not a sub-criterion of the unit's framework (all are listed), or none is given.</exception>
    public async Task<EvidenceView> HandleAsync(Actor actor, UnlinkEvidence request, CancellationToken ct = default)
    {
        var scope = await SubmissionScope.LoadAsync(db, request.PeriodId, request.UnitCode, ct);
        var now = clock.GetUtcNow();
        EvidenceRules.RequireCanChange(scope, actor, now);
        var document = await EvidenceRules.OwnDocumentAsync(db, scope, request.DocumentId, ct);
        var leaves = EvidenceRules.RequestedLeaves(scope, request.LeafCodes);

        var before = await EvidenceRules.LinksAsync(db, scope, document.Id, ct);
        var removed = leaves.Where(leaf => before.Any(l => l.LeafCode == leaf)).ToList();
        if (removed.Count > 0)
        {
            try
            {
                await db.WriteAsync(async () =>
                {
                    var links = await db.EvidenceLinks
                        .Where(l => l.DocumentId == document.Id && l.SubmissionId == scope.Submission.Id && removed.Contains(l.LeafCode))
                        .ToListAsync(ct);
                    db.EvidenceLinks.RemoveRange(links);
                    AuditLog.Record(db, actor, now, "evidence.unlink", "Evidence", $"{scope.Period.Id}/{scope.Unit.Code}/{document.Id}",
                        EvidenceRules.Text(before), EvidenceRules.Text(before.Where(l => !removed.Contains(l.LeafCode))));
                }, ct);
            }
            catch (DbUpdateException)
            {
                // A concurrent identical request removed the same link first: the outcome asked for holds.
                var after = await EvidenceRules.LinksAsync(db, scope, document.Id, ct);
                if (after.Any(l => removed.Contains(l.LeafCode))) throw;
            }
        }
        return EvidenceView.Of(document, scope.Unit.Code, await EvidenceRules.LinksAsync(db, scope, document.Id, ct));
    }
}
