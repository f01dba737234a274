using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.SelfAssessment;

/// <summary>The signed-in unit user's own submissions, one per period their unit is assessed in, newest first.</summary>
public sealed record ListUnitSubmissions;

/// <param name="Deadline">The unit's own self-assessment deadline: its extension when it has one.</param>
public sealed record UnitSubmissionSummary(int PeriodId, int Year, string PeriodName, PeriodState PeriodState, string UnitCode, string UnitName,
    SubmissionState State, DateTimeOffset Deadline, bool Extended, DateTimeOffset? SubmittedAt);

public sealed class ListUnitSubmissionsHandler(AppDbContext db)
{
    /// <exception cref="ForbiddenException">The actor is not an editor or leader of a unit.</exception>
    public async Task<IReadOnlyList<UnitSubmissionSummary>> HandleAsync(Actor actor, ListUnitSubmissions request, CancellationToken ct = default)
    {
        if (actor.UnitId is not { } unitId || !actor.BelongsTo(unitId))
            throw new ForbiddenException(AccessMessages.UnitUsersOnly());
        var rows = await db.Submissions.AsNoTracking().Where(s => s.UnitId == unitId)
            .Select(s => new
            {
                s.PeriodId, s.Period.Year, s.Period.Name, PeriodState = s.Period.State, s.Unit.Code, UnitName = s.Unit.Name,
                s.State, s.Period.SelfAssessmentCloses, s.ExtendedUntil, s.SubmittedAt,
            }).ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.Year).ThenByDescending(r => r.PeriodId).Select(r => new UnitSubmissionSummary(
            r.PeriodId, r.Year, r.Name, r.PeriodState, r.Code, r.UnitName, r.State,
            Moment.InVietnam(r.ExtendedUntil ?? r.SelfAssessmentCloses), r.ExtendedUntil is not null, r.SubmittedAt))];
    }
}
