using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Files;
using ParIndex.App.Security;

namespace ParIndex.App.Features.Evidence;

/// <summary>
/// A unit reuses one of its documents for more sub-criteria of this period's submission. Linking a leaf the document
/// already supports changes nothing, so a repeated request is harmless.
/// </summary>
public sealed record LinkEvidence(int PeriodId, string UnitCode, int DocumentId, IReadOnlyList<string> LeafCodes);

public sealed class LinkEvidenceHandler(AppDbContext db, TimeProvider clock)
{
    /// <returns>The document with every sub-criterion it now supports in this submission.</returns>
    /// <exception cref="ForbiddenException">The actor is not the unit's, or the document belongs to another unit.</exception>
    /// <exception cref="ImportException">A code is not a sub-criterion of the unit's framework (all are listed), or none is given.</exception>
    public async Task<EvidenceView> HandleAsync(Actor actor, LinkEvidence request, CancellationToken ct = default)
    {
        var scope = await SubmissionScope.LoadAsync(db, request.PeriodId, request.UnitCode, ct);
        var now = clock.GetUtcNow();
        EvidenceRules.RequireCanChange(scope, actor, now);
        var document = await EvidenceRules.OwnDocumentAsync(db, scope, request.DocumentId, ct);
        var leaves = EvidenceRules.RequestedLeaves(scope, request.LeafCodes);

        var before = await EvidenceRules.LinkedLeavesAsync(db, scope, document.Id, ct);
        var added = leaves.Except(before, StringComparer.Ordinal).ToList();
        if (added.Count > 0)
        {
            try
            {
                await db.WriteAsync(() =>
                {
                    foreach (var leaf in added)
                        db.EvidenceLinks.Add(new EvidenceLink { DocumentId = document.Id, SubmissionId = scope.Submission.Id, LeafCode = leaf });
                    AuditLog.Record(db, actor, now, "evidence.link", "Evidence", $"{scope.Period.Id}/{scope.Unit.Code}/{document.Id}",
                        EvidenceRules.Text(before), EvidenceRules.Text(EvidenceRules.InFrameworkOrder(scope, before.Concat(added))));
                    return Task.CompletedTask;
                }, ct);
            }
            catch (DbUpdateException)
            {
                // A concurrent identical request inserted the same link first: the outcome asked for holds.
                var after = await EvidenceRules.LinkedLeavesAsync(db, scope, document.Id, ct);
                if (!added.All(after.Contains)) throw;
            }
        }
        return EvidenceView.Of(document, scope.Unit.Code, await EvidenceRules.LinkedLeavesAsync(db, scope, document.Id, ct));
    }
}
