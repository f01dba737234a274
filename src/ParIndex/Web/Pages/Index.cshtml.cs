using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using ParIndex.App.Data;
using ParIndex.App.Features.Publishing;

namespace ParIndex.Web.Pages;

/// <summary>The public home page: the latest published ranking, or the period and group chosen; no sign-in.</summary>
[OutputCache(PolicyName = PublicResults.CachePolicy, VaryByQueryKeys = ["ky", "khoi"])]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<PublicationSummary> Publications { get; private set; } = [];

    public PublicationSummary? Current { get; private set; }

    public PublishedResults? Results { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? ky, string? khoi, CancellationToken ct)
    {
        Publications = await new ListPublicationsHandler(db).HandleAsync(new ListPublications(), ct);
        if (Publications.Count == 0) return Page();
        Current = Publications.FirstOrDefault(p => (ky is null || p.PeriodId == ky) && (khoi is null || p.Group == khoi));
        if (Current is null) return NotFound();
        Results = await new GetPublishedResultsHandler(db).HandleAsync(new GetPublishedResults(Current.PeriodId, Current.Group), ct);
        return Page();
    }
}
