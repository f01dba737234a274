using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Dashboard;

namespace ParIndex.Web.Pages.Secretariat;

/// <summary><c>/quan-tri</c>: how a period stands, unit by unit and appraiser by appraiser.</summary>
public sealed class DashboardModel(AppDbContext db, TimeProvider clock) : WorkPage(db)
{
    public PeriodDashboard? Dashboard { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? ky, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(async () =>
        {
            Dashboard = await new GetPeriodDashboardHandler(Db, clock).HandleAsync(Actor, new GetPeriodDashboard(ky), ct);
            return Page();
        }, () => Task.FromResult<IActionResult>(Page()));
    }
}
