using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Appraisal;

/// <summary>
/// An appraiser accepts or adjusts one sub-criterion of a submitted self-assessment, always with a reason
/// (thẩm định). The secretariat uses the same step to enter survey-derived values.
/// </summary>
public sealed record AppraiseScore(int PeriodId, string UnitCode, string LeafCode, string Input, string Reason, int ExpectedVersion);

public sealed class AppraiseScoreHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<SavedAppraisal> HandleAsync(Actor actor, AppraiseScore request, CancellationToken ct = default)
    {
        var scope = await SubmissionScope.LoadAsync(db, request.PeriodId, request.UnitCode, ct);
        await Access.RequireAppraiserOfAsync(db, actor, scope.Period.Id, scope.Unit.Id, request.LeafCode, ct);
        var now = clock.GetUtcNow();
        scope.RequireAppraisalOpen(now);
        if (string.IsNullOrWhiteSpace(request.Reason))
            throw new WorkflowException(StepMessages.AppraisalNeedsReason());

        var leaf = scope.Leaf(request.LeafCode);
        var node = scope.Framework.Nodes[scope.Framework.LeafNodes[leaf]];
        var rule = scope.Framework.Rules[leaf];
        var input = scope.Accept(leaf, request.Input, required: true);
        var points = rule.Score(input, node.Max);
        var text = InputText.Format(input);

        return await ScoreLedger.RunAsync(db, scope.Submission.Id, node.Code, ScoreStage.Appraised, async () =>
        {
            var entry = await ScoreLedger.AppendAsync(db, scope.Submission.Id, node.Code, ScoreStage.Appraised, request.ExpectedVersion, text, points, request.Reason, actor, now, ct);
            AuditLog.Record(db, actor, now, "score.appraise", "Score", $"{scope.Period.Id}/{scope.Unit.Code}/{node.Code}",
                request.ExpectedVersion == 0 ? null : $"v{request.ExpectedVersion}", $"v{entry.Version}: {text} → {points}", request.Reason);
            return new SavedAppraisal(node.Code, text, points, entry.Version);
        }, ct);
    }
}

public sealed record SavedAppraisal(string LeafCode, string Input, decimal Points, int Version);
