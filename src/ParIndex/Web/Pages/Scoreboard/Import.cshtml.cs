using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Scoreboard;
using ParIndex.Web.Pages.Secretariat;

namespace ParIndex.Web.Pages.Scoreboard;

/// <summary>
/// <c>POST /chi-so-tinh/nhap</c>: the import of the province's index figures (secretariat, administrator). Done, it
/// returns to <c>/chi-so-tinh</c>; refused, it shows the form again with every problem beside it and the figures as
/// they still are. Signed-in only, so a visitor is sent to sign in before anything else.
/// </summary>
[RequestSizeLimit(Uploads.MaxBytes)]
public sealed class ImportModel(AppDbContext db, TimeProvider clock) : WorkPage(db)
{
    public const string Form = "scoreboard";

    public IReadOnlyList<ScoreboardIndex> Indices { get; private set; } = [];

    [BindProperty]
    public bool Replace { get; set; }

    public IActionResult OnGet() => Redirect("/chi-so-tinh");

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        if (file is not { Length: > 0 })
        {
            ModelState.AddModelError(Form, NoFile(L("Hãy chọn tệp (.csv hoặc .xlsx)", "Choose a file (.csv or .xlsx)")));
            return await ShowAsync(ct);
        }
        return await RunAsync(async () =>
        {
            var r = await Uploads.ImportAsync(file, path => new ImportScoreboardHandler(Db, clock).HandleAsync(Actor, new ImportScoreboard(path, Replace), ct), ct);
            TempData["Done"] = L($"Chỉ số của tỉnh: {r.Created} thêm mới, {r.Replaced} thay thế, {r.Unchanged} không đổi",
                $"Province indices: {r.Created} created, {r.Replaced} replaced, {r.Unchanged} unchanged");
            return Redirect("/chi-so-tinh");
        }, () => ShowAsync(ct), Form);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Indices = await new GetScoreboardHandler(Db).HandleAsync(new GetScoreboard(), ct);
        return Page();
    }
}
