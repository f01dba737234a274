using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Periods;

/// <summary>
/// Takes a period back one stage, with a reason (logged): the secretariat or an administrator steps a running period
/// back; only an administrator reopens a published one. Reopening withdraws its publications (the audit log keeps their
/// hashes, and publishing again makes new ones). Every submission goes back as <see cref="StageChange.StepBack"/> says,
/// each change audited with the reason: final results become appraised again, completed appraisals reopen, and units
/// that never submitted get their dossier back as a draft.
/// </summary>
public sealed record ReopenPeriod(int PeriodId, string Reason);

public sealed class ReopenPeriodHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<PeriodMove> HandleAsync(Actor actor, ReopenPeriod request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ReopenPeriod, Role.Admin, Role.Secretariat);
        var period = await StageChecklists.LoadAsync(db, request.PeriodId, ct);
        // Which of the two may do it at this stage is the workflow's rule: the strongest of the actor's roles decides.
        var previous = PeriodWorkflow.StepBack(period.State, actor.Roles.DefaultIfEmpty(Role.Viewer).Min(), request.Reason);
        var from = period.State;
        var reason = request.Reason.Trim();
        var now = clock.GetUtcNow();
        var (changed, withdrawn) = await db.WriteAsync(async () =>
        {
            AuditLog.Record(db, actor, now, from == PeriodState.Published ? "period.reopen" : "period.stepback", "Period", period.Id.ToString(),
                from.ToString(), previous.ToString(), reason);
            var groups = new List<string>();
            if (from == PeriodState.Published)
            {
                var publications = await db.Publications.Where(p => p.PeriodId == period.Id).OrderBy(p => p.Group).ToListAsync(ct);
                foreach (var p in publications)
                    AuditLog.Record(db, actor, now, "publication.withdraw", "Publication", $"{period.Id}/{p.Group}", p.Sha256, null, reason);
                db.Publications.RemoveRange(publications);
                groups.AddRange(publications.Select(p => p.Group));
            }
            var changes = StageMoves.Apply(db, actor, now, period, StageMoves.SteppedBack, s => (
                StageChange.StepBack(from, s.State, s.MissedDeadline, period.NonSubmitters),
                s.MissedDeadline && previous != PeriodState.SelfAssessment, reason));
            period.State = previous;
            period.Version++;
            return (changes, groups);
        }, ct);
        return new PeriodMove(from, previous, changed, withdrawn);
    }
}
