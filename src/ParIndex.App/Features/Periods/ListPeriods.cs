using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Periods;

/// <summary>The periods with their stage, frameworks, number of units and main deadlines: public facts, no scores.</summary>
public sealed record ListPeriods;

public sealed record PeriodSummary(int Id, int Year, string Name, PeriodState State, IReadOnlyList<string> Frameworks, int Units,
    DateTimeOffset SelfAssessmentCloses, DateTimeOffset FinalisationDue);

public sealed class ListPeriodsHandler(AppDbContext db)
{
    public async Task<IReadOnlyList<PeriodSummary>> HandleAsync(ListPeriods request, CancellationToken ct = default)
    {
        var periods = await db.Periods.AsNoTracking().OrderBy(p => p.Year).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id, p.Year, p.Name, p.State, p.SelfAssessmentCloses, p.FinalisationDue,
                Frameworks = p.Frameworks.Select(f => f.FrameworkEdition.Code).ToList(),
                Units = p.Submissions.Count,
            }).ToListAsync(ct);
        return [.. periods.Select(p => new PeriodSummary(p.Id, p.Year, p.Name, p.State, [.. p.Frameworks.Order(StringComparer.Ordinal)], p.Units,
            p.SelfAssessmentCloses, p.FinalisationDue))];
    }
}
