using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Units;

namespace ParIndex.Web.Pages.Secretariat;

/// <summary><c>/quan-tri/don-vi/{code}</c>: one unit — its fields in a form for the office, its sub-units and lineage.</summary>
public sealed class UnitEditModel(AppDbContext db, TimeProvider clock) : UnitForm(db, clock)
{
    public UnitDetails Details { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => ShowAsync(code, keepInput: false, ct);

    public Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        Input.Code = code;
        return SaveAsync(isNew: false, () => ShowAsync(code, keepInput: true, ct), ct);
    }

    private async Task<IActionResult> ShowAsync(string code, bool keepInput, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(async () =>
        {
            Details = await new GetUnitHandler(Db).HandleAsync(Actor, new GetUnit(code), ct);
            if (!keepInput) Input = UnitInput.Of(Details.Unit);
            await LoadChoicesAsync(ct);
            return Page();
        }, () => Task.FromResult<IActionResult>(NotFound()));
    }
}
