using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Facts;
using ParIndex.App.Security;
using ParIndex.App.Files;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.SelfAssessment;

/// <summary>
/// A unit enters its result for one sub-criterion (tự chấm điểm). <see cref="ExpectedVersion"/> is the version the
/// editor started from (0 for a first entry); <see cref="Explanation"/> is the unit's note, required where evidence
/// is missing.
/// </summary>
public sealed record SaveScore(int PeriodId, string UnitCode, string LeafCode, string Input, int ExpectedVersion, string? Explanation = null);

/// <summary>The points the input earned, its explanation, and the new version the editor now holds.</summary>
public sealed record SavedScore(string LeafCode, string Input, decimal Points, int Version, Explanation Explanation, SubmissionState State);

public sealed class SaveScoreHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<SavedScore> HandleAsync(Actor actor, SaveScore request, CancellationToken ct = default)
    {
        var scope = await SubmissionScope.LoadAsync(db, request.PeriodId, request.UnitCode, ct);
        Access.RequireUnitWriter(actor, scope.Unit.Id);
        var now = clock.GetUtcNow();
        var state = SubmissionWorkflow.Apply(scope.Submission.State, SubmissionAction.SaveScore, scope.Context(actor, now));

        var leaf = scope.Leaf(request.LeafCode);
        var node = scope.Framework.Nodes[scope.Framework.LeafNodes[leaf]];
        var rule = scope.Framework.Rules[leaf];
        if (rule is SurveyRule)
            throw new ImportException([new ImportProblem(scope.Unit.Code,
                ScoreMessages.FromSurvey(node.Code), Node: node.Code)]);
        if ((await FactFill.MappedAsync(db, scope.Period.Id, ct)).TryGetValue(node.Code, out var indicator))
            throw new ImportException([new ImportProblem(scope.Unit.Code, FactsMessages.ReadOnly(node.Code, indicator), Node: node.Code)]);
        var input = scope.Accept(leaf, request.Input, required: false);
        var points = rule.Score(input, node.Max);
        var text = InputText.Format(input);

        return await ScoreLedger.RunAsync(db, scope.Submission.Id, node.Code, ScoreStage.SelfAssessed, async () =>
        {
            var entry = await ScoreLedger.AppendAsync(db, scope.Submission.Id, node.Code, ScoreStage.SelfAssessed, request.ExpectedVersion,
                text, points, request.Explanation, actor, now, ct);
            db.Attach(scope.Submission);
            if (scope.Submission.State != state)
            {
                AuditLog.Record(db, actor, now, "submission.state", "Submission", $"{scope.Period.Id}/{scope.Unit.Code}", scope.Submission.State.ToString(), state.ToString());
                scope.Submission.State = state;
                scope.Submission.Version++;
            }
            AuditLog.Record(db, actor, now, "score.self", "Score", $"{scope.Period.Id}/{scope.Unit.Code}/{node.Code}",
                request.ExpectedVersion == 0 ? null : $"v{request.ExpectedVersion}", $"v{entry.Version}: {text} → {points}", request.Explanation);
            return new SavedScore(node.Code, text, points, entry.Version, rule.Explain(input, node.Max), state);
        }, ct);
    }
}
