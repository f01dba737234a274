using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.SelfAssessment;

/// <summary>
/// One unit's submission with every leaf's current score at each stage, for its own users and those who review it
/// (an area's appraiser gets that area's leaves only) and, after publication, for everyone signed in: then a reader
/// outside the unit gets the public part only (<see cref="ReaderScope"/>).
/// </summary>
public sealed record GetSubmission(int PeriodId, string UnitCode);

/// <summary>A leaf's score at one stage. <see cref="Note"/> is the unit's explanation (self-assessed) or the reason of an appraisal or decision; <see cref="Author"/> is null for a reader outside the unit.</summary>
public sealed record StageScore(int Version, string Input, decimal Points, string? Note, string? Author, DateTimeOffset At);

/// <summary>An appeal as a reader sees it: the argument and who made and decided it only for readers inside the unit.</summary>
public sealed record AppealRecord(int Id, string LeafCode, AppealState State, string RequestedInput, string? Argument, string? DecisionReason);

public sealed record LeafView(string Code, string Name, decimal Max, StageScore? Self, StageScore? Appraised, StageScore? Appeal, StageScore? Final, IReadOnlyList<AppealRecord> Appeals);

/// <param name="ExtendedUntil">The unit's deadline extension, for readers inside the whole unit; else null.</param>
/// <param name="ReturnReason">Why the submission was returned, for readers inside the whole unit; else null.</param>
public sealed record SubmissionView(int PeriodId, string UnitCode, string UnitName, SubmissionState State, DateTimeOffset? ExtendedUntil, string? ReturnReason, IReadOnlyList<LeafView> Leaves);

public sealed class GetSubmissionHandler(AppDbContext db)
{
    public async Task<SubmissionView> HandleAsync(Actor actor, GetSubmission request, CancellationToken ct = default)
    {
        var scope = await SubmissionScope.LoadAsync(db, request.PeriodId, request.UnitCode, ct);
        var reader = await Access.ReaderScopeAsync(db, actor, scope.Period, scope.Unit.Id, ct);
        var id = scope.Submission.Id;
        var latest = await LeafScores.LatestAsync(db, [id], ct);
        var appeals = await db.Appeals.AsNoTracking().Where(a => a.SubmissionId == id).OrderBy(a => a.Id).ToListAsync(ct);
        var leaves = scope.Framework.LeafNodes.Select(n => scope.Framework.Nodes[n]).Where(node => reader.Sees(node.Code)).Select(node =>
        {
            var inside = reader.Inside(node.Code);
            StageScore? At(ScoreStage stage) => latest.GetValueOrDefault((id, node.Code, stage)) is { } e
                // The unit's own note is internal; an appraiser's or decider's reason explains the published score.
                ? new StageScore(e.Version, e.Input, e.Points, inside || stage != ScoreStage.SelfAssessed ? e.Note : null, inside ? e.Author : null, e.At)
                : null;
            return new LeafView(node.Code, node.Name, node.Max, At(ScoreStage.SelfAssessed), At(ScoreStage.Appraised), At(ScoreStage.Appeal), At(ScoreStage.Final),
                [.. appeals.Where(a => a.LeafCode == node.Code).Select(a => new AppealRecord(a.Id, a.LeafCode, a.State, a.RequestedInput, inside ? a.Argument : null, a.DecisionReason))]);
        }).ToList();
        return new SubmissionView(scope.Period.Id, scope.Unit.Code, scope.Unit.Name, scope.Submission.State,
            reader.WholeUnit ? scope.Submission.ExtendedUntil : null, reader.WholeUnit ? scope.Submission.ReturnReason : null, leaves);
    }
}
