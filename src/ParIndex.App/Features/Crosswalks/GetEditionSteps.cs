using Microsoft.EntityFrameworkCore;
using ParIndex.App.Crosswalks;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Crosswalks;

/// <summary>
/// The groups of a period whose framework edition differs from the one they had the year before, each with the
/// crosswalk between the two editions once the secretariat has confirmed it (decision 015). "The year before" is the
/// latest earlier year's period that assessed the group — the published one when there is one, as the comparison
/// takes last year's publication.
/// </summary>
public sealed record GetEditionSteps(int PeriodId);

/// <summary>One group's move from last year's edition to this year's; <see cref="Links"/> is empty and <see cref="ConfirmedAt"/> null until a crosswalk is confirmed.</summary>
public sealed record EditionStep(string Group, int PreviousYear, string FromCode, string FromName, string ToCode, string ToName,
    DateTimeOffset? ConfirmedAt, IReadOnlyList<CrosswalkRow> Links)
{
    public bool HasCrosswalk => ConfirmedAt is not null;
}

/// <summary>The period named, with its groups' edition changes (none when every group keeps last year's edition).</summary>
public sealed record PeriodEditionSteps(int PeriodId, string PeriodName, IReadOnlyList<EditionStep> Steps);

public sealed class GetEditionStepsHandler(AppDbContext db)
{
    public async Task<PeriodEditionSteps> HandleAsync(Actor actor, GetEditionSteps request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ReadCrosswalks, Role.Admin, Role.Secretariat, Role.Council);
        return await StepsAsync(db, request.PeriodId, ct);
    }

    internal static async Task<PeriodEditionSteps> StepsAsync(AppDbContext db, int periodId, CancellationToken ct)
    {
        var period = await db.Periods.AsNoTracking().Include(p => p.Frameworks).ThenInclude(f => f.FrameworkEdition)
            .SingleOrDefaultAsync(p => p.Id == periodId, ct) ?? throw new NotFoundException(NotFoundMessages.Period(periodId));
        var groups = period.Frameworks.Select(f => f.Group).ToList();
        var earlier = await db.PeriodFrameworks.AsNoTracking().Include(f => f.FrameworkEdition)
            .Join(db.Periods.Where(p => p.Year < period.Year), f => f.PeriodId, p => p.Id, (f, p) => new { f.Group, p.Year, p.State, f.FrameworkEdition })
            .Where(x => groups.Contains(x.Group)).ToListAsync(ct);
        var steps = new List<EditionStep>();
        foreach (var current in period.Frameworks.OrderBy(f => f.Group, StringComparer.Ordinal))
        {
            var last = earlier.Where(e => e.Group == current.Group)
                .OrderByDescending(e => e.State == PeriodState.Published).ThenByDescending(e => e.Year).FirstOrDefault();
            if (last is null || last.FrameworkEdition.Code == current.FrameworkEdition.Code) continue;
            var (from, to) = (last.FrameworkEdition, current.FrameworkEdition);
            var stored = await db.Crosswalks.AsNoTracking().SingleOrDefaultAsync(c => c.FromCode == from.Code && c.ToCode == to.Code, ct);
            var links = stored is null ? [] : CrosswalkRow.Of(CrosswalkJson.Read(stored.Json, $"{from.Code}→{to.Code}").Crosswalk.Links,
                CompiledFrameworks.Of(from), CompiledFrameworks.Of(to));
            steps.Add(new EditionStep(current.Group, last.Year, from.Code, from.Name, to.Code, to.Name, stored?.ConfirmedAt, links));
        }
        return new PeriodEditionSteps(period.Id, period.Name, steps);
    }
}
