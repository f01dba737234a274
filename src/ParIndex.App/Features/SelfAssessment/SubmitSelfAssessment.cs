using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.SelfAssessment;

/// <summary>The unit's leader approves and submits the self-assessment, after the completeness check.</summary>
public sealed record SubmitSelfAssessment(int PeriodId, string UnitCode);

public sealed class SubmitSelfAssessmentHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<SubmissionState> HandleAsync(Actor actor, SubmitSelfAssessment request, CancellationToken ct = default)
    {
        var scope = await SubmissionScope.LoadAsync(db, request.PeriodId, request.UnitCode, ct);
        Access.RequireUnitWriter(actor, scope.Unit.Id);
        var submissionId = scope.Submission.Id;
        var latest = await LeafScores.LatestAsync(db, [submissionId], ct);
        var inputs = SubmissionInputs.At(scope.Framework, submissionId, latest, ScoreStage.SelfAssessed);
        var linked = (await db.EvidenceLinks.Where(l => l.SubmissionId == submissionId).Select(l => l.LeafCode).ToListAsync(ct)).ToHashSet();
        string Code(int leaf) => scope.Framework.Nodes[scope.Framework.LeafNodes[leaf]].Code;
        var completeness = CompletenessCheck.Check(scope.Framework, inputs,
            leaf => linked.Contains(Code(leaf)),
            leaf => !string.IsNullOrWhiteSpace(SubmissionInputs.Latest(latest, submissionId, Code(leaf), ScoreStage.SelfAssessed)?.Note));

        var now = clock.GetUtcNow();
        var state = SubmissionWorkflow.Apply(scope.Submission.State, SubmissionAction.Submit, scope.Context(actor, now, completeness: completeness));
        await db.WriteAsync(() =>
        {
            db.Attach(scope.Submission);
            AuditLog.Record(db, actor, now, "submission.submit", "Submission", $"{scope.Period.Id}/{scope.Unit.Code}", scope.Submission.State.ToString(), state.ToString());
            scope.Submission.State = state;
            scope.Submission.SubmittedAt = Moment.Of(now);
            scope.Submission.ReturnReason = null;
            scope.Submission.Version++;
            return Task.CompletedTask;
        }, ct);
        return state;
    }
}
