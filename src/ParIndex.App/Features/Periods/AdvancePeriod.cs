using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Periods;

/// <summary>
/// Moves a period to its next stage. Publication is not an advance: it goes through <c>PublishResults</c>, which
/// computes and freezes the results. <see cref="From"/>, when given, is the stage the caller expects the period to be
/// in (opening a period is advancing it from Draft); a period elsewhere is refused rather than moved past it.
/// With work still open (<see cref="GetStageChecklist"/>), the move goes ahead only when <see cref="Confirmed"/> is the
/// fingerprint of that checklist; it then does to every open item what the checklist said (each change audited).
/// </summary>
public sealed record AdvancePeriod(int PeriodId, PeriodState? From = null, string? Confirmed = null);

/// <summary>A stage change and what it did: the submissions it moved, and (reopening) the publications it withdrew.</summary>
public sealed record PeriodMove(PeriodState From, PeriodState To, IReadOnlyList<SubmissionChange> Changed, IReadOnlyList<string> Withdrawn);

public sealed class AdvancePeriodHandler(AppDbContext db, TimeProvider clock)
{
    /// <summary>Who may advance a period; a page asks before it shows the second confirmation.</summary>
    /// <exception cref="ForbiddenException">The actor is neither an administrator nor the secretariat.</exception>
    public static void Authorize(Actor actor) =>
        Access.Require(actor, Act.AdvancePeriod, Role.Admin, Role.Secretariat);

    public async Task<PeriodMove> HandleAsync(Actor actor, AdvancePeriod request, CancellationToken ct = default)
    {
        Authorize(actor);
        var period = await StageChecklists.LoadAsync(db, request.PeriodId, ct);
        if (request.From is { } expected && period.State != expected)
            throw new WorkflowException(expected == PeriodState.Draft
                ? PeriodMessages.AlreadyOpen(period.Id, period.State)
                : PeriodMessages.StaleStage(period.Id, period.State, expected));
        var from = period.State;
        var next = PeriodWorkflow.Advance(period.State);
        if (next == PeriodState.Published)
            throw new WorkflowException(PeriodMessages.PublishToPublish());
        var checklist = await StageChecklists.BuildAsync(db, period, next, ct);
        checklist.RequireConfirmed(request.Confirmed);
        var now = clock.GetUtcNow();
        var changed = await db.WriteAsync(() =>
        {
            AuditLog.Record(db, actor, now, "period.advance", "Period", period.Id.ToString(), period.State.ToString(), next.ToString(), checklist.Confirmation);
            var changes = StageMoves.Forward(db, actor, now, period, next);
            period.State = next;
            period.Version++;
            return Task.FromResult(changes);
        }, ct);
        return new PeriodMove(from, next, changed, []);
    }
}
