using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Audit;

/// <summary>One audit entry in full: who, when, what, the value before and after, the reason, and its place in the chain.</summary>
public sealed record GetAuditEntry(long Id);

/// <param name="OldShown">A score's value before, as people read it (<see cref="ScoreAuditValues"/>); null to show <paramref name="OldValue"/>.</param>
/// <param name="NewShown">The same for the value after.</param>
public sealed record AuditEntryView(AuditRow Row, string? OldValue, string? NewValue, string PreviousHash, string Hash, long? PreviousId, long? NextId,
    Message? OldShown = null, Message? NewShown = null);

public sealed class GetAuditEntryHandler(AppDbContext db)
{
    public async Task<AuditEntryView> HandleAsync(Actor actor, GetAuditEntry request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ReadAuditLog, Role.Admin, Role.Secretariat, Role.Council);
        var e = await db.Audit.AsNoTracking().SingleOrDefaultAsync(a => a.Id == request.Id, ct)
            ?? throw new NotFoundException(NotFoundMessages.AuditEntry(request.Id));
        var names = await AuditActors.NamesAsync(db, [e.Actor], ct);
        var previous = await db.Audit.Where(a => a.Id < e.Id).OrderByDescending(a => a.Id).Select(a => (long?)a.Id).FirstOrDefaultAsync(ct);
        var next = await db.Audit.Where(a => a.Id > e.Id).OrderBy(a => a.Id).Select(a => (long?)a.Id).FirstOrDefaultAsync(ct);
        var (oldShown, newShown) = e.Entity == "Score" ? await ScoreAuditValues.ReadAsync(db, e.EntityKey, e.OldValue, e.NewValue, ct) : (null, null);
        return new AuditEntryView(
            new AuditRow(e.Id, e.At, e.Actor, names[e.Actor], e.Action, e.Entity, e.EntityKey, e.OldValue is not null || e.NewValue is not null, e.Reason),
            e.OldValue, e.NewValue, e.PreviousHash, e.Hash, previous, next, oldShown, newShown);
    }
}
