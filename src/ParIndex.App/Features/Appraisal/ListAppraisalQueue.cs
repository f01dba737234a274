using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Appraisal;

/// <summary>
/// The appraiser's queue (hồ sơ cần thẩm định): the submissions of the open periods the actor may appraise, with
/// how many sub-criteria in the actor's scope already carry an appraised score. An appraiser sees only what is
/// assigned to them (by unit and/or area); admin, secretariat and council see every submission.
/// </summary>
public sealed record ListAppraisalQueue(int? PeriodId = null);

/// <param name="InScope">Sub-criteria of the unit the actor may appraise.</param>
/// <param name="Appraised">Of those, how many have an appraised score.</param>
/// <param name="WholeUnit">The actor may close the whole submission's appraisal.</param>
public sealed record QueueItem(int PeriodId, string PeriodName, PeriodState PeriodState, DateTimeOffset AppraisalCloses,
    string UnitCode, string UnitName, SubmissionState State, int InScope, int Appraised, bool WholeUnit);

public sealed class ListAppraisalQueueHandler(AppDbContext db)
{
    /// <returns>The queue by period (newest first), then unit code.</returns>
    public async Task<IReadOnlyList<QueueItem>> HandleAsync(Actor actor, ListAppraisalQueue request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ViewAppraisalQueue, Role.Admin, Role.Secretariat, Role.Council, Role.Appraiser);
        var periods = await db.Periods.AsNoTracking().Include(p => p.Frameworks).ThenInclude(f => f.FrameworkEdition)
            .Where(p => p.State != PeriodState.Draft && p.State != PeriodState.Published && (request.PeriodId == null || p.Id == request.PeriodId))
            .ToListAsync(ct);
        var periodIds = periods.Select(p => p.Id).ToList();
        var scope = await AppraiserScope.LoadAsync(db, actor, periodIds, ct);
        var submissions = await db.Submissions.AsNoTracking().Include(s => s.Unit).Where(s => periodIds.Contains(s.PeriodId)).ToListAsync(ct);
        var mine = submissions.Where(s => scope.Covers(s.PeriodId, s.UnitId, null)).ToList();
        var ids = mine.Select(s => s.Id).ToList();
        var appraised = (await db.Scores.AsNoTracking().Where(e => e.Stage == ScoreStage.Appraised && ids.Contains(e.SubmissionId))
            .Select(e => new { e.SubmissionId, e.LeafCode }).Distinct().ToListAsync(ct))
            .Select(e => (e.SubmissionId, e.LeafCode)).ToHashSet();

        var queue = new List<QueueItem>();
        foreach (var s in mine)
        {
            var period = periods.Single(p => p.Id == s.PeriodId);
            var framework = CompiledFrameworks.Of(period.Frameworks.Single(f => f.Group == s.Unit.Group).FrameworkEdition);
            var leaves = framework.LeafNodes.Select(n => framework.Nodes[n].Code).Where(code => scope.Covers(s.PeriodId, s.UnitId, code)).ToList();
            if (leaves.Count == 0) continue;
            queue.Add(new QueueItem(period.Id, period.Name, period.State, period.AppraisalCloses, s.Unit.Code, s.Unit.Name, s.State,
                leaves.Count, leaves.Count(code => appraised.Contains((s.Id, code))), scope.CoversWholeUnit(s.PeriodId, s.UnitId)));
        }
        return [.. queue.OrderByDescending(q => q.PeriodId).ThenBy(q => q.UnitCode, StringComparer.Ordinal)];
    }
}
