using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Analysis;
using ParIndex.App.Features.Results;
using ParIndex.App.Security;
using ParIndex.Domain.Analysis;

namespace ParIndex.Web.Pages.Results;

/// <summary>
/// A unit's result for a signed-in reader (<c>/ket-qua/{ky}/don-vi/{code}</c>): published, or provisional for those
/// the use case lets read the unit; radar chart by area, history, and the trace down to every sub-criterion.
/// </summary>
public sealed class UnitModel(AppDbContext db) : WorkPage(db)
{
    public UnitResultView View { get; private set; } = null!;

    /// <summary>What the unit can do, where the reader may see the group's analysis (it draws on every unit's points).</summary>
    public WhatIfPlan? WhatIf { get; private set; }

    /// <summary>The unit's change per area and criterion from last year (through the crosswalk on a new edition), where the reader may see the analysis.</summary>
    public Domain.Comparison.EditionChange? Changes { get; private set; }

    public async Task<IActionResult> OnGetAsync(int ky, string code, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(async () =>
        {
            View = await new GetUnitResultHandler(Db).HandleAsync(Actor, new GetUnitResult(ky, code), ct);
            try
            {
                var analysis = await new GetAnalysisHandler(Db).HandleAsync(Actor, new GetAnalysis(ky, View.Unit.Group, View.Unit.Code), ct);
                WhatIf = analysis.WhatIf;
                Changes = analysis.Ranking.Results.Units.SingleOrDefault(u => string.Equals(u.Unit.Code, View.Unit.Code, StringComparison.OrdinalIgnoreCase))?.Nodes;
            }
            catch (ForbiddenException)
            {
                WhatIf = null;
            }
            return Page();
        }, () => Task.FromResult<IActionResult>(NotFound()));
    }
}
