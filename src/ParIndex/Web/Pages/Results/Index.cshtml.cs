using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Results;
using ParIndex.App.Security;

namespace ParIndex.Web.Pages.Results;

/// <summary>
/// Signed-in results (<c>/ket-qua</c>): a group's ranking with change from last year, the component indices per area
/// as a heat map and charts. Published results for everyone; before publication the provisional ranking for those who
/// see every unit, while a unit's users are pointed to their own unit's provisional result.
/// </summary>
public sealed class IndexModel(AppDbContext db) : WorkPage(db)
{
    public IReadOnlyList<PeriodSummary> Periods { get; private set; } = [];

    public RankingView? Ranking { get; private set; }

    public string? OwnUnitCode { get; private set; }

    public int? PeriodId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? ky, string? khoi, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        var periods = (await new ListPeriodsHandler(Db).HandleAsync(new ListPeriods(), ct)).OrderByDescending(p => p.Year).ThenByDescending(p => p.Id).ToList();
        // The choices are the periods whose ranking the reader may open: before publication, only those who see every unit.
        Periods = [.. periods.Where(p => p.State == Domain.Workflow.PeriodState.Published || Actor.SeesAllUnits)];
        if (Actor.UnitId is { } unit) OwnUnitCode = await Db.Units.Where(u => u.Id == unit).Select(u => u.Code).SingleOrDefaultAsync(ct);
        PeriodId = ky ?? (periods.FirstOrDefault(p => p.State == Domain.Workflow.PeriodState.Published) ?? periods.FirstOrDefault())?.Id;
        if (PeriodId is not { } id) return Page();
        try
        {
            Ranking = await new GetRankingHandler(Db).HandleAsync(Actor, new GetRanking(id, khoi), ct);
            return Page();
        }
        catch (ForbiddenException) when (ky is null)
        {
            return Page();
        }
        catch (ForbiddenException e)
        {
            return RefusalPage(e);
        }
        catch (App.Features.Assessment.NotFoundException e)
        {
            return RefusalPage(e);
        }
    }
}
