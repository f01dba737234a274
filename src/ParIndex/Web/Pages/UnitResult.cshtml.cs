using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Results;

namespace ParIndex.Web.Pages;

/// <summary>
/// A unit's published result, public: index, rank, band, change, component indices beside the group's means (table
/// and radar chart), the "why is my score" trace down to every sub-criterion, and the unit's other published years.
/// </summary>
[OutputCache(PolicyName = PublicResults.CachePolicy)]
public sealed class UnitResultModel(AppDbContext db) : PageModel
{
    public UnitResultView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int ky, string code, CancellationToken ct)
    {
        try
        {
            View = await new GetPublishedUnitResultHandler(db).HandleAsync(new GetPublishedUnitResult(ky, code), ct);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
