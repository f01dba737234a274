using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParIndex.App.Data;
using ParIndex.App.Features.Scoreboard;
using ParIndex.App.Features.Users;
using ParIndex.App.Security;
using ParIndex.Web.Pages.Secretariat;

namespace ParIndex.Web.Pages.Scoreboard;

/// <summary>
/// <c>/chi-so-tinh</c>: the external indices the province is measured on (PAR INDEX, SIPAS, PCI, PAPI, ICT …), one
/// table and one trend chart per index. Published figures: anyone reads them, signed in or not. The secretariat and
/// the administrator import them from a file here; a visitor posting is sent to sign in, anyone else gets 403.
/// </summary>
[AllowAnonymous]
[RequestSizeLimit(Uploads.MaxBytes)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const string Form = "scoreboard";

    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    public IReadOnlyList<ScoreboardIndex> Indices { get; private set; } = [];

    /// <summary>Whether the reader may import (the form is shown); the use case decides again on every post.</summary>
    public bool CanImport => User.IsInRole(nameof(Domain.Workflow.Role.Secretariat)) || User.IsInRole(nameof(Domain.Workflow.Role.Admin));

    [BindProperty]
    public bool Replace { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Indices = await new GetScoreboardHandler(db).HandleAsync(new GetScoreboard(), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        var actor = await new GetActorHandler(db).HandleAsync(new GetActor(User.Identity.Name!), ct);
        if (file is not { Length: > 0 })
        {
            ModelState.AddModelError(Form, Lang.Pick(HttpContext, "Hãy chọn tệp (.csv hoặc .xlsx)", "Choose a file (.csv or .xlsx)"));
            return await OnGetAsync(ct);
        }
        try
        {
            var r = await Uploads.ImportAsync(file, path => new ImportScoreboardHandler(db, clock).HandleAsync(actor, new ImportScoreboard(path, Replace), ct), ct);
            TempData["Done"] = Lang.Pick(HttpContext, $"Chỉ số của tỉnh: {r.Created} thêm mới, {r.Replaced} thay thế, {r.Unchanged} không đổi",
                $"Province indices: {r.Created} created, {r.Replaced} replaced, {r.Unchanged} unchanged");
            return Redirect("/chi-so-tinh");
        }
        catch (ForbiddenException)
        {
            return Forbid();
        }
        catch (Exception e) when (WorkPage.Refusal(e) is { } messages)
        {
            foreach (var message in messages) ModelState.AddModelError(Form, message);
            return await OnGetAsync(ct);
        }
    }

    /// <summary>A score as published, to its own precision (85,73; 0,4521).</summary>
    public static string Score(decimal value) => value.ToString("#,##0.00##", Culture);

    public static string Signed(decimal value) => (value > 0 ? "+" : value < 0 ? "−" : "±") + Score(Math.Abs(value));

    /// <summary>Places gained or lost, as the results pages write them: "▲ tăng 3 bậc", "▼ giảm 2 bậc", "giữ nguyên".</summary>
    public static (string Vi, string En) RankChange(int delta) => delta switch
    {
        > 0 => ($"▲ tăng {delta} bậc", $"▲ up {delta}"),
        < 0 => ($"▼ giảm {-delta} bậc", $"▼ down {-delta}"),
        _ => ("giữ nguyên", "unchanged"),
    };
}
