using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Files;
using ParIndex.App.Security;

namespace ParIndex.App.Features.Evidence;

/// <summary>
/// A unit reuses one of its documents for more sub-criteria of this period's submission, saying where in it the proof
/// is (<see cref="Pages"/> "3–5", <see cref="Section"/> "Điều 5"; both optional). Each leaf named gets that place, whether
/// newly linked or linked before; a repeated request changes nothing, so it is harmless.
/// </summary>
public sealed record LinkEvidence(int PeriodId, string UnitCode, int DocumentId, IReadOnlyList<string> LeafCodes, string? Pages = null, string? Section = null);

public sealed class LinkEvidenceHandler(AppDbContext db, TimeProvider clock)
{
    /// <returns>The document with every sub-criterion it now supports in this submission.</returns>
    /// <exception cref="ForbiddenException">The actor is not the unit's, or the document belongs to another unit.</exception>
    /// <exception cref="ImportException">A code is not a sub-criterion of the unit's framework, none is given, or the pages or section are wrong (all are listed).</exception>
    public async Task<EvidenceView> HandleAsync(Actor actor, LinkEvidence request, CancellationToken ct = default)
    {
        var scope = await SubmissionScope.LoadAsync(db, request.PeriodId, request.UnitCode, ct);
        var now = clock.GetUtcNow();
        EvidenceRules.RequireCanChange(scope, actor, now);
        var document = await EvidenceRules.OwnDocumentAsync(db, scope, request.DocumentId, ct);
        var problems = new List<ImportProblem>();
        var place = EvidenceRules.Place(scope, request.Pages, request.Section, problems);
        ImportException.ThrowIfAny(problems);
        var leaves = EvidenceRules.RequestedLeaves(scope, request.LeafCodes);

        var before = await EvidenceRules.LinksAsync(db, scope, document.Id, ct);
        var added = leaves.Where(leaf => !before.Any(l => l.LeafCode == leaf)).ToList();
        var moved = before.Where(l => leaves.Contains(l.LeafCode) && l.Place != place).ToList();
        if (added.Count > 0 || moved.Count > 0)
        {
            try
            {
                await db.WriteAsync(() =>
                {
                    var was = EvidenceRules.Text(before);
                    foreach (var link in moved)
                    {
                        db.Attach(link);
                        (link.Pages, link.Section) = (place.Pages, place.Section);
                    }
                    var links = added.Select(leaf => new EvidenceLink
                    {
                        DocumentId = document.Id, SubmissionId = scope.Submission.Id, LeafCode = leaf, Pages = place.Pages, Section = place.Section,
                    }).ToList();
                    db.EvidenceLinks.AddRange(links);
                    AuditLog.Record(db, actor, now, "evidence.link", "Evidence", $"{scope.Period.Id}/{scope.Unit.Code}/{document.Id}",
                        was, EvidenceRules.Text(EvidenceRules.InFrameworkOrder(scope, before.Concat(links))));
                    return Task.CompletedTask;
                }, ct);
            }
            catch (DbUpdateException)
            {
                // A concurrent identical request inserted the same link first: the outcome asked for holds.
                var after = await EvidenceRules.LinksAsync(db, scope, document.Id, ct);
                if (!leaves.All(leaf => after.Any(l => l.LeafCode == leaf && l.Place == place))) throw;
            }
        }
        return EvidenceView.Of(document, scope.Unit.Code, await EvidenceRules.LinksAsync(db, scope, document.Id, ct));
    }
}
