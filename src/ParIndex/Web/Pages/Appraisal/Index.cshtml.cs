using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Appraisal;

namespace ParIndex.Web.Pages.Appraisal;

/// <summary><c>/tham-dinh</c>: the submissions the signed-in appraiser is assigned to, with their progress.</summary>
public sealed class IndexModel(AppDbContext db) : WorkPage(db)
{
    public IReadOnlyList<QueueItem> Queue { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        Queue = await new ListAppraisalQueueHandler(Db).HandleAsync(await LoadActorAsync(ct), new ListAppraisalQueue(), ct);
        return Page();
    }, () => Task.FromResult<IActionResult>(Page()));
}
