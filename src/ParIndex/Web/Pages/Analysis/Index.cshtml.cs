using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using ParIndex.App.Data;
using ParIndex.App.Features.Analysis;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Users;
using ParIndex.App.Security;
using ParIndex.Domain.Analysis;

namespace ParIndex.Web.Pages.Analysis;

/// <summary>
/// A group's analysis (<c>/phan-tich/{periodId}</c>): overview, components, lost points, self-assessment quality and
/// the robustness of the ranks beside the official ranking, with the workbook, the report and each unit's scorecard
/// to download. Anyone reads a published group, signed in or not; before publication only those the use case lets
/// see every unit (a visitor is sent to sign in, a signed-in reader without the right gets 403). A visitor's page and
/// downloads come from the public output cache (a published group does not change; a new publication evicts it), so
/// visitors do not rerun the robustness draws or the printing.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicResults.CachePolicy, VaryByQueryKeys = ["khoi", "handler", "donVi"])]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    /// <summary>The robustness shown on the page and in the report: 1,000 draws, area weights ±10 %, seed 1.</summary>
    public static readonly RobustnessOptions Robustness = new(Draws: 1000, WeightNoise: 0.1m, Seed: 1);

    public AnalysisView View { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(int periodId, string? khoi, CancellationToken ct) =>
        Run(periodId, khoi, null, Robustness, _ => Page(), ct);

    public Task<IActionResult> OnGetWorkbookAsync(int periodId, string? khoi, CancellationToken ct) =>
        Run(periodId, khoi, null, null, v => File(AnalysisWorkbook.Write(v), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"phan-tich-{v.Ranking.Year}.xlsx"), ct);

    public async Task<IActionResult> OnGetReportAsync(int periodId, string? khoi, CancellationToken ct)
    {
        var result = await Run(periodId, khoi, null, Robustness, _ => Page(), ct);
        if (result is not PageResult) return result;
        return await PrintAsync(AnalysisReport.Html(View), $"bao-cao-phan-tich-{View.Ranking.Year}.pdf", ct);
    }

    public async Task<IActionResult> OnGetScorecardAsync(int periodId, string? khoi, string donVi, CancellationToken ct)
    {
        var result = await Run(periodId, khoi, donVi, null, _ => Page(), ct);
        if (result is not PageResult) return result;
        return await PrintAsync(ScorecardReport.Html(View), $"phieu-ket-qua-{View.Ranking.Year}-{View.WhatIf!.Code}.pdf", ct);
    }

    /// <summary>The PDF, or 503 with Retry-After when the print queue is full (the 503 page says to try again).</summary>
    private async Task<IActionResult> PrintAsync(string html, string name, CancellationToken ct)
    {
        try
        {
            return File(await PdfPrinter.PrintAsync(html, ct), "application/pdf", name);
        }
        catch (PrintQueueFullException)
        {
            Response.Headers.RetryAfter = ((int)PrintQueueFullException.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
    }

    private async Task<IActionResult> Run(int periodId, string? group, string? unit, RobustnessOptions? robustness, Func<AnalysisView, IActionResult> show, CancellationToken ct)
    {
        var signedIn = User.Identity?.IsAuthenticated == true;
        var actor = signedIn
            ? await new GetActorHandler(db).HandleAsync(new GetActor(User.Identity!.Name!), ct)
            : new Actor("khach", "Khách", new HashSet<Domain.Workflow.Role>());
        try
        {
            View = await new GetAnalysisHandler(db).HandleAsync(actor, new GetAnalysis(periodId, group, unit, robustness), ct);
            return show(View);
        }
        catch (ForbiddenException e)
        {
            if (!signedIn) return Challenge();
            ErrorModel.Keep(HttpContext, e.Says);
            return Forbid();
        }
        catch (NotFoundException e)
        {
            ErrorModel.Keep(HttpContext, e.Says);
            return NotFound();
        }
    }
}
