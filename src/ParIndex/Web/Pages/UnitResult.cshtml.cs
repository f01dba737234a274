using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using ParIndex.App.Data;
using ParIndex.App.Features.Publishing;
using ParIndex.Domain.Results;

namespace ParIndex.Web.Pages;

/// <summary>
/// A unit's published result, public: index, rank, band, change, component indices beside the group's means, the
/// "why is my score" trace down to every sub-criterion, and the unit's other published years.
/// </summary>
[OutputCache(PolicyName = PublicResults.CachePolicy)]
public sealed class UnitResultModel(AppDbContext db) : PageModel
{
    public sealed record YearResult(int PeriodId, int Year, decimal Index, int Rank);

    public int PeriodId { get; private set; }

    public int Year { get; private set; }

    public string Sha256 { get; private set; } = "";

    public GroupResult Results { get; private set; } = null!;

    public UnitResult Unit { get; private set; } = null!;

    public IReadOnlyList<TraceLine> Trace { get; private set; } = [];

    public List<YearResult> History { get; } = [];

    public async Task<IActionResult> OnGetAsync(int ky, string code, CancellationToken ct)
    {
        var publications = await new ListPublicationsHandler(db).HandleAsync(new ListPublications(), ct);
        foreach (var p in publications)
        {
            var published = await new GetPublishedResultsHandler(db).HandleAsync(new GetPublishedResults(p.PeriodId, p.Group), ct);
            var unit = published.Results.Units.FirstOrDefault(u => string.Equals(u.Unit.Code, code, StringComparison.OrdinalIgnoreCase));
            if (unit is null) continue;
            History.Add(new YearResult(p.PeriodId, p.Year, unit.Index, unit.Rank));
            if (p.PeriodId != ky) continue;
            (PeriodId, Year, Sha256, Results, Unit) = (p.PeriodId, p.Year, p.Sha256, published.Results, unit);
            Trace = ScoreTrace.For(unit.Score);
        }
        return Unit is null ? NotFound() : Page();
    }
}
