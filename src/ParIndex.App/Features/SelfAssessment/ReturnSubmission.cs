using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.SelfAssessment;

/// <summary>The secretariat returns a submitted self-assessment to its unit for revision, saying why.</summary>
public sealed record ReturnSubmission(int PeriodId, string UnitCode, string Reason);

public sealed class ReturnSubmissionHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<SubmissionState> HandleAsync(Actor actor, ReturnSubmission request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ReturnSubmission, Role.Secretariat);
        var scope = await SubmissionScope.LoadAsync(db, request.PeriodId, request.UnitCode, ct);
        var now = clock.GetUtcNow();
        var state = SubmissionWorkflow.Apply(scope.Submission.State, SubmissionAction.Return, scope.Context(actor, now, reason: request.Reason));
        await db.WriteAsync(async () =>
        {
            db.Attach(scope.Submission);
            AuditLog.Record(db, actor, now, "submission.return", "Submission", $"{scope.Period.Id}/{scope.Unit.Code}", scope.Submission.State.ToString(), state.ToString(), request.Reason);
            scope.Submission.State = state;
            scope.Submission.ReturnReason = request.Reason;
            scope.Submission.Version++;
            await Notifications.Notify.ReturnedAsync(db, scope, request.Reason, now, ct);
        }, ct);
        return state;
    }
}
