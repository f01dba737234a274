using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ParIndex.App.Data;
using ParIndex.App.Features.Homes;

namespace ParIndex.Web.Pages.Secretariat;

/// <summary>
/// <c>/quan-tri/he-thong</c>, the administrator's home: the accounts, the audit log and the health of the system (the
/// same checks as <c>/health/ready</c>), with links to the pages that manage each.
/// </summary>
public sealed class SystemModel(AppDbContext db, TimeProvider clock, HealthCheckService health, SitePages pages) : WorkPage(db)
{
    public SystemOverview Overview { get; private set; } = null!;

    public HealthReport Health { get; private set; } = null!;

    public SitePages Pages => pages;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        Overview = await new GetSystemOverviewHandler(Db, clock).HandleAsync(await LoadActorAsync(ct), new GetSystemOverview(), ct);
        Health = await health.CheckHealthAsync(ct);
        return Page();
    }, () => Task.FromResult<IActionResult>(Page()));
}
