using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.Web.Pages.Secretariat;

/// <summary><c>/quan-tri/don-vi/moi</c>: adds one unit from a form, not only by file.</summary>
public sealed class UnitNewModel(AppDbContext db, TimeProvider clock) : UnitForm(db, clock)
{
    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SaveAsync(isNew: true, () => ShowAsync(ct), ct);

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        await LoadActorAsync(ct);
        if (!Actor.IsAny(Role.Admin, Role.Secretariat)) return Forbid();
        await LoadChoicesAsync(ct);
        return Page();
    }
}
