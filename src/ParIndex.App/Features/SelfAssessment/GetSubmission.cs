using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.SelfAssessment;

/// <summary>One unit's submission with every leaf's current score at each stage, for its own users and those who review it.</summary>
public sealed record GetSubmission(int PeriodId, string UnitCode);

public sealed record LeafView(string Code, string Name, decimal Max, ScoreEntry? Self, ScoreEntry? Appraised, ScoreEntry? Appeal, ScoreEntry? Final, IReadOnlyList<Appeal> Appeals);

public sealed record SubmissionView(int PeriodId, string UnitCode, string UnitName, SubmissionState State, DateTimeOffset? ExtendedUntil, string? ReturnReason, IReadOnlyList<LeafView> Leaves);

public sealed class GetSubmissionHandler(AppDbContext db)
{
    public async Task<SubmissionView> HandleAsync(Actor actor, GetSubmission request, CancellationToken ct = default)
    {
        var scope = await SubmissionScope.LoadAsync(db, request.PeriodId, request.UnitCode, ct);
        await Access.RequireReaderAsync(db, actor, scope.Period, scope.Unit.Id, ct);
        var id = scope.Submission.Id;
        var latest = await LeafScores.LatestAsync(db, [id], ct);
        var appeals = await db.Appeals.AsNoTracking().Where(a => a.SubmissionId == id).ToListAsync(ct);
        ScoreEntry? At(string code, ScoreStage stage) => latest.GetValueOrDefault((id, code, stage));
        var leaves = scope.Framework.LeafNodes.Select(n => scope.Framework.Nodes[n]).Select(node => new LeafView(
            node.Code, node.Name, node.Max, At(node.Code, ScoreStage.SelfAssessed), At(node.Code, ScoreStage.Appraised),
            At(node.Code, ScoreStage.Appeal), At(node.Code, ScoreStage.Final), [.. appeals.Where(a => a.LeafCode == node.Code)])).ToList();
        return new SubmissionView(scope.Period.Id, scope.Unit.Code, scope.Unit.Name, scope.Submission.State, scope.Submission.ExtendedUntil, scope.Submission.ReturnReason, leaves);
    }
}
