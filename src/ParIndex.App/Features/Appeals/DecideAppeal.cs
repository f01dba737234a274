using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Appeals;

/// <summary>
/// An appraiser or the council decides one appeal, with a reason. Accepting sets the leaf's final input to the one
/// requested, or to <see cref="DecidedInput"/> when the decision grants something else.
/// </summary>
public sealed record DecideAppeal(int AppealId, bool Accept, string Reason, string? DecidedInput = null);

public sealed class DecideAppealHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<Appeal> HandleAsync(Actor actor, DecideAppeal request, CancellationToken ct = default)
    {
        var appeal = await db.Appeals.SingleOrDefaultAsync(a => a.Id == request.AppealId, ct)
            ?? throw new NotFoundException(NotFoundMessages.Appeal(request.AppealId));
        var submission = await db.Submissions.Include(s => s.Unit).SingleAsync(s => s.Id == appeal.SubmissionId, ct);
        var scope = await SubmissionScope.LoadAsync(db, submission.PeriodId, submission.Unit.Code, ct);
        await Access.RequireAppraiserOfAsync(db, actor, scope.Period.Id, scope.Unit.Id, appeal.LeafCode, ct);
        if (scope.Period.State is not (PeriodState.Appeals or PeriodState.Finalisation))
            throw new WorkflowException(StepMessages.DecideWhen(scope.Period.State));
        if (appeal.State != AppealState.Open)
            throw new WorkflowException(StepMessages.AppealDecided(appeal.State == AppealState.Accepted));
        if (string.IsNullOrWhiteSpace(request.Reason))
            throw new WorkflowException(StepMessages.DecisionNeedsReason());

        var now = clock.GetUtcNow();
        var leaf = scope.Leaf(appeal.LeafCode);
        var node = scope.Framework.Nodes[scope.Framework.LeafNodes[leaf]];
        var rule = scope.Framework.Rules[leaf];
        var input = request.Accept ? scope.Accept(leaf, request.DecidedInput ?? appeal.RequestedInput, required: true) : default;
        return await ScoreLedger.RunAsync(db, scope.Submission.Id, node.Code, ScoreStage.Appeal, async () =>
        {
            if (request.Accept)
            {
                var current = await LeafScores.LatestAsync(db, scope.Submission.Id, node.Code, ScoreStage.Appeal, ct);
                await ScoreLedger.AppendAsync(db, scope.Submission.Id, node.Code, ScoreStage.Appeal, current?.Version ?? 0,
                    InputText.Format(input), rule.Score(input, node.Max), request.Reason, actor, now, ct);
            }
            appeal.State = request.Accept ? AppealState.Accepted : AppealState.Rejected;
            appeal.DecisionReason = request.Reason;
            appeal.DecidedBy = actor.UserId;
            appeal.DecidedAt = Moment.Of(now);
            AuditLog.Record(db, actor, now, "appeal.decide", "Appeal", $"{scope.Period.Id}/{scope.Unit.Code}/{node.Code}",
                AppealState.Open.ToString(), appeal.State + (request.Accept ? $": {InputText.Format(input)}" : ""), request.Reason);
            await Notifications.Notify.AppealDecidedAsync(db, scope, appeal, node.Name, now, ct);
            return appeal;
        }, ct);
    }
}
