using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Appraisal;

/// <summary>
/// Closes the appraisal of a submission: every sub-criterion not adjusted keeps the unit's own score as appraised.
/// The unit then sees its appraisal and may appeal.
/// </summary>
public sealed record CompleteAppraisal(int PeriodId, string UnitCode);

public sealed class CompleteAppraisalHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<SubmissionState> HandleAsync(Actor actor, CompleteAppraisal request, CancellationToken ct = default)
    {
        var scope = await SubmissionScope.LoadAsync(db, request.PeriodId, request.UnitCode, ct);
        await Access.RequireUnitAppraiserAsync(db, actor, scope.Period.Id, scope.Unit.Id, ct);
        var now = clock.GetUtcNow();
        var state = SubmissionWorkflow.Apply(scope.Submission.State, SubmissionAction.CompleteAppraisal, scope.Context(actor, now));
        await db.WriteAsync(async () =>
        {
            AuditLog.Record(db, actor, now, "submission.appraised", "Submission", $"{scope.Period.Id}/{scope.Unit.Code}", scope.Submission.State.ToString(), state.ToString());
            scope.Submission.State = state;
            scope.Submission.Version++;
            await Notifications.Notify.AppraisedAsync(db, scope, now, ct);
        }, ct);
        return state;
    }
}
