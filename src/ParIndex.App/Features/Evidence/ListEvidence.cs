using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;

namespace ParIndex.App.Features.Evidence;

/// <summary>
/// The evidence of one unit's submission in one period, each document with the sub-criteria it supports there. Whoever
/// may read the submission sees the documents supporting the sub-criteria they see (an area's appraiser, that area's;
/// after publication, everyone all of them, without the uploader and the file's name unless inside the unit, see
/// <see cref="ReaderScope"/>). The unit's own users, the secretariat, the council and admin also
/// see the unit's other documents (from earlier periods, or not linked yet), with no sub-criteria, so they can be
/// reused: documents belong to the unit, links to a period's submission.
/// </summary>
public sealed record ListEvidence(int PeriodId, string UnitCode);

public sealed class ListEvidenceHandler(AppDbContext db)
{
    /// <returns>The documents, oldest first.</returns>
    /// <exception cref="ForbiddenException">The actor may not read this unit's submission (see <see cref="Access.ReaderScopeAsync"/>).</exception>
    public async Task<IReadOnlyList<EvidenceView>> HandleAsync(Actor actor, ListEvidence request, CancellationToken ct = default)
    {
        var scope = await SubmissionScope.LoadAsync(db, request.PeriodId, request.UnitCode, ct);
        var reader = await Access.ReaderScopeAsync(db, actor, scope.Period, scope.Unit.Id, ct);
        var submissionId = scope.Submission.Id;
        var wholeLibrary = actor.BelongsTo(scope.Unit.Id) || actor.SeesAllUnits;

        var documents = await db.Evidence.AsNoTracking()
            .Where(d => d.UnitId == scope.Unit.Id && (wholeLibrary || d.Links.Any(l => l.SubmissionId == submissionId)))
            .OrderBy(d => d.Id)
            .ToListAsync(ct);
        var links = (await db.EvidenceLinks.AsNoTracking().Where(l => l.SubmissionId == submissionId).ToListAsync(ct))
            .Where(l => reader.Sees(l.LeafCode)).ToLookup(l => l.DocumentId);
        return [.. documents.Where(d => wholeLibrary || links[d.Id].Any()).Select(d =>
        {
            var view = EvidenceView.Of(d, scope.Unit.Code, EvidenceRules.InFrameworkOrder(scope, links[d.Id]));
            return reader.WholeUnit || links[d.Id].Any(l => reader.Inside(l.LeafCode)) ? view : view with { FileName = null, CreatedBy = null };
        })];
    }
}
