using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Council;

/// <summary>
/// What stands between a period and its publication, for the council (hội đồng) and the secretariat: the submissions
/// not appraised yet (never submitted, or submitted and waiting), those returned to their unit, and the appeals not
/// decided. Publication finalises every submission, which needs each appraised with its appeals decided.
/// </summary>
public sealed record GetCouncilOverview(int PeriodId);

public sealed record OpenSubmission(string UnitCode, string UnitName, SubmissionState State, string? ReturnReason);

/// <param name="Requested">The input the unit asks for, in words (the option's label, "Đạt", "85%").</param>
public sealed record OpenAppeal(int Id, string UnitCode, string UnitName, string LeafCode, Message Requested);

/// <param name="StateCounts">How many submissions are in each state.</param>
public sealed record CouncilOverview(int PeriodId, int Year, string Name, PeriodState State, DateTimeOffset AppealsClose, DateTimeOffset FinalisationDue,
    int Submissions, IReadOnlyDictionary<SubmissionState, int> StateCounts,
    IReadOnlyList<OpenSubmission> NotAppraised, IReadOnlyList<OpenSubmission> Returned, IReadOnlyList<OpenAppeal> OpenAppeals)
{
    public int OpenIssues => NotAppraised.Count + Returned.Count + OpenAppeals.Count;
}

public sealed class GetCouncilOverviewHandler(AppDbContext db)
{
    private static readonly SubmissionState[] NotAppraisedStates = [SubmissionState.NotStarted, SubmissionState.Draft, SubmissionState.Submitted];

    public async Task<CouncilOverview> HandleAsync(Actor actor, GetCouncilOverview request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ViewCouncilOverview, Role.Admin, Role.Secretariat, Role.Council);
        var period = await db.Periods.AsNoTracking().Include(p => p.Frameworks).ThenInclude(f => f.FrameworkEdition).SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(NotFoundMessages.Period(request.PeriodId));
        var submissions = (await db.Submissions.AsNoTracking().Include(s => s.Unit).Where(s => s.PeriodId == period.Id).ToListAsync(ct))
            .OrderBy(s => s.Unit.Code, StringComparer.Ordinal).ToList();
        var appeals = (await db.Appeals.AsNoTracking().Where(a => a.State == AppealState.Open)
            .Join(db.Submissions.Where(s => s.PeriodId == period.Id), a => a.SubmissionId, s => s.Id, (a, s) => new { Appeal = a, s.Unit })
            .ToListAsync(ct))
            .OrderBy(a => a.Unit.Code, StringComparer.Ordinal).ThenBy(a => a.Appeal.Id).ToList();

        Message Requested(Appeal a, Unit unit)
        {
            var framework = CompiledFrameworks.Of(period.Frameworks.Single(f => f.Group == unit.Group).FrameworkEdition);
            return framework.NodeIndex(a.LeafCode) is { } node ? ScoreMessages.Shown(a.RequestedInput, framework.Rules[framework.LeafOrdinal(node)]) : Message.Plain(a.RequestedInput);
        }
        OpenSubmission Open(Submission s) => new(s.Unit.Code, s.Unit.Name, s.State, s.ReturnReason);
        return new CouncilOverview(period.Id, period.Year, period.Name, period.State, period.AppealsClose, period.FinalisationDue, submissions.Count,
            submissions.GroupBy(s => s.State).ToDictionary(g => g.Key, g => g.Count()),
            [.. submissions.Where(s => NotAppraisedStates.Contains(s.State)).Select(Open)],
            [.. submissions.Where(s => s.State == SubmissionState.ReturnedForRevision).Select(Open)],
            [.. appeals.Select(a => new OpenAppeal(a.Appeal.Id, a.Unit.Code, a.Unit.Name, a.Appeal.LeafCode, Requested(a.Appeal, a.Unit)))]);
    }
}
