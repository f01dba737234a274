using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Periods;

/// <summary>
/// Chooses what becomes of the period's units that never submit (docs/decisions/009-units-that-never-submit.md):
/// until self-assessment ends, when the choice is applied to them.
/// </summary>
public sealed record SetNonSubmitterPolicy(int PeriodId, NonSubmitterPolicy Policy);

public sealed class SetNonSubmitterPolicyHandler(AppDbContext db, TimeProvider clock)
{
    public async Task HandleAsync(Actor actor, SetNonSubmitterPolicy request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.SetNonSubmitterPolicy, Role.Admin, Role.Secretariat);
        if (!Enum.IsDefined(request.Policy))
            throw new WorkflowException(StepMessages.NoSuchPolicy(request.Policy.ToString()));
        var period = await db.Periods.FindAsync([request.PeriodId], ct) ?? throw new NotFoundException(NotFoundMessages.Period(request.PeriodId));
        PeriodWorkflow.Require(PeriodWorkflow.AcceptsNonSubmitterPolicy(period.State), period.State,
            "đổi cách xử lý đơn vị không nộp", "change what happens to units that never submit");
        if (period.NonSubmitters == request.Policy) return;
        var now = clock.GetUtcNow();
        await db.WriteAsync(() =>
        {
            AuditLog.Record(db, actor, now, "period.nonsubmitters", "Period", period.Id.ToString(), period.NonSubmitters.ToString(), request.Policy.ToString());
            period.NonSubmitters = request.Policy;
            period.Version++;
            return Task.CompletedTask;
        }, ct);
    }
}
