using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Audit;

namespace ParIndex.Web.Pages.AuditLog;

/// <summary><c>/quan-tri/nhat-ky/{id}</c>: one audit entry — the value before and after, the reason, and its hashes in the chain.</summary>
public sealed class EntryModel(AppDbContext db) : WorkPage(db)
{
    public AuditEntryView Entry { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(async () =>
        {
            Entry = await new GetAuditEntryHandler(Db).HandleAsync(Actor, new GetAuditEntry(id), ct);
            return Page();
        }, () => Task.FromResult<IActionResult>(NotFound()));
    }
}
