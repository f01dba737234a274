using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Dashboard;

/// <summary>
/// Where a period stands, for those who run it: each unit's submission state, how much of it is answered, what
/// evidence it still lacks and how long it has left; each appraiser's workload. Without a period id: the latest period
/// not yet published (or the latest of all when every one is).
/// </summary>
public sealed record GetPeriodDashboard(int? PeriodId = null);

public sealed record PeriodChoice(int Id, int Year, string Name, PeriodState State);

/// <summary>
/// One unit's progress. <see cref="Applicable"/>: the leaves the unit itself answers (survey-derived ones excluded)
/// that it has not marked not applicable; <see cref="Answered"/>: those of them with an input.
/// <see cref="MissingEvidence"/>: leaves needing evidence that have neither a document nor an explanation.
/// <see cref="DaysLeft"/>: calendar days in Vietnam from today to its self-assessment deadline (negative once past).
/// <see cref="MissedDeadline"/>: the unit never submitted; the period's setting decided what became of its dossier.
/// </summary>
public sealed record UnitProgress(string UnitCode, string UnitName, string Group, SubmissionState State, int Applicable, int Answered,
    int MissingEvidence, DateTimeOffset Deadline, bool Extended, int DaysLeft, string? ReturnReason, bool MissedDeadline = false)
{
    public decimal AnsweredPercent => Applicable == 0 ? 100m : Answered * 100m / Applicable;

    /// <summary>Its leader submitted it (it may since have been appraised or finalised); returned or never submitted ones do not count.</summary>
    public bool HasSubmitted => !MissedDeadline && State is SubmissionState.Submitted or SubmissionState.Appraised or SubmissionState.AppealSubmitted or SubmissionState.Final;
}

/// <summary>One assignment: a unit (all its areas), an area in every unit, or an area of one unit.</summary>
public sealed record AssignmentScope(string? UnitCode, string? AreaCode);

/// <summary>An appraiser's workload: the submissions their assignments cover, and how many of those are appraised.</summary>
public sealed record AppraiserProgress(string UserName, string Name, IReadOnlyList<AssignmentScope> Scopes, int Assigned, int Appraised);

public sealed record AreaChoice(string Code, string Name);

public sealed record PublishedHash(string Group, string Sha256, DateTimeOffset PublishedAt);

public sealed record PeriodDashboard(
    PeriodChoice Period,
    PeriodDeadlines Deadlines,
    IReadOnlyList<string> Frameworks,
    IReadOnlyList<PeriodChoice> Periods,
    IReadOnlyList<UnitProgress> Units,
    IReadOnlyList<AppraiserProgress> Appraisers,
    IReadOnlyList<string> AppraiserUserNames,
    IReadOnlyList<AreaChoice> Areas,
    IReadOnlyList<PublishedHash> Publications,
    NonSubmitterPolicy NonSubmitters = NonSubmitterPolicy.ScoreAsEntered)
{
    /// <summary>How many units' leaders have submitted (<see cref="UnitProgress.HasSubmitted"/>).</summary>
    public int SubmittedCount => Units.Count(u => u.HasSubmitted);
}

public sealed class GetPeriodDashboardHandler(AppDbContext db, TimeProvider clock)
{
    /// <summary>The dashboard, or null when there is no period at all.</summary>
    public async Task<PeriodDashboard?> HandleAsync(Actor actor, GetPeriodDashboard request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ViewPeriodProgress, Role.Admin, Role.Secretariat, Role.Council);
        var periods = (await db.Periods.AsNoTracking().Select(p => new PeriodChoice(p.Id, p.Year, p.Name, p.State)).ToListAsync(ct))
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.Id).ToList();
        if (periods.Count == 0 && request.PeriodId is null) return null;
        var chosen = request.PeriodId is { } id
            ? periods.SingleOrDefault(p => p.Id == id) ?? throw new NotFoundException(NotFoundMessages.Period(id))
            : periods.FirstOrDefault(p => p.State != PeriodState.Published) ?? periods[0];

        var period = await db.Periods.AsNoTracking().Include(p => p.Frameworks).ThenInclude(f => f.FrameworkEdition)
            .Include(p => p.Submissions).ThenInclude(s => s.Unit).SingleAsync(p => p.Id == chosen.Id, ct);
        var frameworks = period.Frameworks.ToDictionary(f => f.Group, f => CompiledFrameworks.Of(f.FrameworkEdition));
        var submissionIds = period.Submissions.Select(s => s.Id).ToList();
        var latest = await LeafScores.LatestAsync(db, submissionIds, ct);
        var links = (await db.EvidenceLinks.AsNoTracking().Where(l => submissionIds.Contains(l.SubmissionId))
            .Select(l => new { l.SubmissionId, l.LeafCode }).ToListAsync(ct)).Select(l => (l.SubmissionId, l.LeafCode)).ToHashSet();
        var now = clock.GetUtcNow();

        var units = period.Submissions.OrderBy(s => s.Unit.Group, StringComparer.Ordinal).ThenBy(s => s.Unit.Code, StringComparer.Ordinal).Select(s =>
        {
            var framework = frameworks[s.Unit.Group];
            var inputs = SubmissionInputs.At(framework, s.Id, latest, ScoreStage.SelfAssessed);
            string Code(int leaf) => framework.Nodes[framework.LeafNodes[leaf]].Code;
            var completeness = CompletenessCheck.Check(framework, inputs, leaf => links.Contains((s.Id, Code(leaf))),
                leaf => !string.IsNullOrWhiteSpace(SubmissionInputs.Latest(latest, s.Id, Code(leaf), ScoreStage.SelfAssessed)?.Note));
            var answerable = Enumerable.Range(0, inputs.Length).Where(l => framework.Rules[l] is not SurveyRule && inputs[l].Kind != InputKind.NotApplicable).ToList();
            var deadline = Moment.InVietnam(s.ExtendedUntil ?? period.SelfAssessmentCloses);
            var days = Moment.DaysLeft(now, deadline);
            return new UnitProgress(s.Unit.Code, s.Unit.Name, s.Unit.Group, s.State, answerable.Count,
                answerable.Count(l => inputs[l].Kind != InputKind.Missing), completeness.MissingEvidence.Count, deadline, s.ExtendedUntil is not null, days, s.ReturnReason,
                s.MissedDeadline);
        }).ToList();

        return new PeriodDashboard(chosen, period.Deadlines, [.. period.Frameworks.Select(f => f.FrameworkEdition.Code).Order(StringComparer.Ordinal)],
            periods, units, await AppraisersAsync(period, ct), await AppraiserUserNamesAsync(ct), Areas(frameworks.Values),
            await db.Publications.AsNoTracking().Where(p => p.PeriodId == period.Id).OrderBy(p => p.Group)
                .Select(p => new PublishedHash(p.Group, p.Sha256, p.PublishedAt)).ToListAsync(ct),
            period.NonSubmitters);
    }

    private async Task<IReadOnlyList<AppraiserProgress>> AppraisersAsync(Period period, CancellationToken ct)
    {
        var assignments = await db.Assignments.AsNoTracking().Where(a => a.PeriodId == period.Id).ToListAsync(ct);
        var userIds = assignments.Select(a => a.UserId).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var codeOf = period.Submissions.ToDictionary(s => s.UnitId, s => s.Unit.Code);
        return [.. assignments.GroupBy(a => a.UserId).Select(g =>
        {
            var covered = period.Submissions.Where(s => g.Any(a => a.UnitId is null || a.UnitId == s.UnitId)).ToList();
            var user = users.GetValueOrDefault(g.Key);
            var scopes = g.Select(a => new AssignmentScope(a.UnitId is { } u ? codeOf.GetValueOrDefault(u, u.ToString()) : null, a.AreaCode))
                .OrderBy(s => s.UnitCode, StringComparer.Ordinal).ThenBy(s => s.AreaCode, StringComparer.Ordinal).ToList();
            return new AppraiserProgress(user?.UserName ?? g.Key, user?.DisplayName ?? user?.UserName ?? g.Key, scopes, covered.Count,
                covered.Count(s => s.State is SubmissionState.Appraised or SubmissionState.AppealSubmitted or SubmissionState.Final));
        }).OrderBy(a => a.UserName, StringComparer.Ordinal)];
    }

    private async Task<IReadOnlyList<string>> AppraiserUserNamesAsync(CancellationToken ct)
    {
        var role = nameof(Role.Appraiser);
        var names = await db.UserRoles.Join(db.Roles.Where(r => r.Name == role), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId)
            .Join(db.Users, id => id, u => u.Id, (_, u) => u.UserName).ToListAsync(ct);
        return [.. names.OfType<string>().Order(StringComparer.Ordinal)];
    }

    private static IReadOnlyList<AreaChoice> Areas(IEnumerable<Domain.Frameworks.CompiledFramework> frameworks) =>
        [.. frameworks.SelectMany(f => f.AreaNodes.Select(n => new AreaChoice(f.Nodes[n].Code, f.Nodes[n].Name)))
            .DistinctBy(a => a.Code).OrderBy(a => a.Code, StringComparer.Ordinal)];
}
