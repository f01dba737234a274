using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Periods;

/// <summary>
/// The secretariat gives one unit a later self-assessment deadline (gia hạn), with a reason, logged; until self-assessment
/// ends.
/// </summary>
public sealed record GrantExtension(int PeriodId, string UnitCode, DateTimeOffset Until, string Reason);

public sealed class GrantExtensionHandler(AppDbContext db, TimeProvider clock)
{
    public async Task HandleAsync(Actor actor, GrantExtension request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.GrantExtension, Role.Admin, Role.Secretariat);
        if (string.IsNullOrWhiteSpace(request.Reason)) throw new WorkflowException(StepMessages.ExtensionNeedsReason());
        var scope = await SubmissionScope.LoadAsync(db, request.PeriodId, request.UnitCode, ct);
        PeriodWorkflow.Require(PeriodWorkflow.AcceptsExtensions(scope.Period.State), scope.Period.State, "gia hạn", "extend a deadline");
        scope.Period.Deadlines.SelfAssessmentClosesFor(request.Until);
        var now = clock.GetUtcNow();
        await db.WriteAsync(async () =>
        {
            AuditLog.Record(db, actor, now, "submission.extend", "Submission", $"{scope.Period.Id}/{scope.Unit.Code}",
                scope.Submission.ExtendedUntil?.ToString("O"), Moment.Of(request.Until).ToString("O"), request.Reason);
            scope.Submission.ExtendedUntil = Moment.Of(request.Until);
            scope.Submission.Version++;
            await Notifications.Notify.ExtendedAsync(db, scope, request.Until, request.Reason, now, ct);
        }, ct);
    }
}
