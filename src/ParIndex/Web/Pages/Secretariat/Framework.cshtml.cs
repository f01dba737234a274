using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Dashboard;

namespace ParIndex.Web.Pages.Secretariat;

/// <summary><c>/quan-tri/khung/{id}</c>: one framework edition as a tree, with each sub-criterion's rule explained.</summary>
public sealed class FrameworkModel(AppDbContext db) : WorkPage(db)
{
    public FrameworkView Framework { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(async () =>
        {
            Framework = await new GetFrameworkHandler(Db).HandleAsync(Actor, new GetFramework(id), ct);
            return Page();
        }, () => Task.FromResult<IActionResult>(NotFound()));
    }
}
