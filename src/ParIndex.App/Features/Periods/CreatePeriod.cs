using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Periods;

/// <summary>
/// Opens a draft period: its year, deadlines, the framework edition for each unit group, and the units assessed
/// (every unit of those groups valid in the year, unless listed explicitly). <see cref="Bands"/>, when given, replaces
/// the frameworks' own band lists for this period. <see cref="NonSubmitters"/> says what becomes of a unit that never
/// submits (default: scored on what it entered, as published practice ranks every unit assessed).
/// </summary>
public sealed record CreatePeriod(
    int Year,
    string Name,
    PeriodDeadlines Deadlines,
    IReadOnlyList<string> FrameworkCodes,
    IReadOnlyList<string>? UnitCodes = null,
    int? RankPrecision = null,
    CombineMode Combine = CombineMode.Mean,
    IReadOnlyList<Band>? Bands = null,
    NonSubmitterPolicy NonSubmitters = NonSubmitterPolicy.ScoreAsEntered);

public sealed class CreatePeriodHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<Period> HandleAsync(Actor actor, CreatePeriod request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.CreatePeriod, Role.Admin, Role.Secretariat);
        var problems = new List<ImportProblem>();
        var editions = await db.Frameworks.Where(f => request.FrameworkCodes.Contains(f.Code)).ToListAsync(ct);
        foreach (var missing in request.FrameworkCodes.Except(editions.Select(e => e.Code)))
            problems.Add(new ImportProblem("period", StepMessages.NoFramework(missing)));
        foreach (var g in editions.GroupBy(e => e.Group).Where(g => g.Count() > 1))
            problems.Add(new ImportProblem("period", StepMessages.GroupTwoFrameworks(g.Key)));
        if (await db.Periods.AnyAsync(p => p.Name == request.Name, ct))
            problems.Add(new ImportProblem("period", StepMessages.PeriodNameTaken(request.Name)));

        var groups = editions.Select(e => e.Group).ToHashSet();
        var candidates = await db.Units.ToListAsync(ct);
        List<Unit> units;
        if (request.UnitCodes is { } codes)
        {
            units = candidates.Where(u => codes.Contains(u.Code, StringComparer.OrdinalIgnoreCase)).ToList();
            foreach (var code in codes.Where(c => !units.Any(u => string.Equals(u.Code, c, StringComparison.OrdinalIgnoreCase))))
                problems.Add(new ImportProblem("period", NotFoundMessages.Unit(code)));
            foreach (var u in units.Where(u => !groups.Contains(u.Group)))
                problems.Add(new ImportProblem("period", StepMessages.UnitGroupWithoutFramework(u.Code, u.Group)));
        }
        else
        {
            var start = new DateOnly(request.Year, 1, 1);
            var end = new DateOnly(request.Year, 12, 31);
            units = candidates.Where(u => groups.Contains(u.Group) && (u.ValidFrom is null || u.ValidFrom <= end) && (u.ValidTo is null || u.ValidTo >= start)).ToList();
        }
        if (request.Bands is { } bands)
            problems.AddRange(FrameworkValidator.ValidateBands(bands).Select(p => new ImportProblem("period", p.Says, Column: "bands")));
        if (units.Count == 0) problems.Add(new ImportProblem("period", StepMessages.PeriodWithoutUnits()));
        ImportException.ThrowIfAny(problems);

        var now = clock.GetUtcNow();
        var d = request.Deadlines;
        var period = new Period
        {
            Year = request.Year, Name = request.Name, State = PeriodState.Draft,
            SelfAssessmentOpens = Moment.Of(d.SelfAssessmentOpens), SelfAssessmentCloses = Moment.Of(d.SelfAssessmentCloses),
            AppraisalCloses = Moment.Of(d.AppraisalCloses), AppealsClose = Moment.Of(d.AppealsClose), FinalisationDue = Moment.Of(d.FinalisationDue),
            RankPrecision = request.RankPrecision, Combine = request.Combine, BandsJson = request.Bands is null ? null : PeriodBands.Write(request.Bands),
            NonSubmitters = request.NonSubmitters,
            Frameworks = [.. editions.Select(e => new PeriodFramework { Group = e.Group, FrameworkEditionId = e.Id })],
            Submissions = [.. units.Select(u => new Submission { UnitId = u.Id, State = SubmissionState.NotStarted })],
        };
        await db.WriteAsync(() =>
        {
            db.Periods.Add(period);
            AuditLog.Record(db, actor, now, "period.create", "Period", request.Name, null,
                $"{request.Year}; {string.Join(", ", editions.Select(e => e.Code))}; {units.Count} units");
            return Task.CompletedTask;
        }, ct);
        return period;
    }
}
