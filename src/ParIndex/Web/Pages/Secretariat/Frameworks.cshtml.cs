using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Dashboard;
using ParIndex.App.Features.Frameworks;

namespace ParIndex.Web.Pages.Secretariat;

/// <summary><c>/quan-tri/khung</c>: the framework editions, and importing a new one from JSON or XLSX.</summary>
[RequestSizeLimit(Uploads.MaxBytes)]
public sealed class FrameworksModel(AppDbContext db, TimeProvider clock) : WorkPage(db)
{
    public const string Form = "import";

    public IReadOnlyList<FrameworkSummary> Frameworks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(() => ShowAsync(ct), () => ShowAsync(ct));
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError(Form, NoFile(L("Hãy chọn tệp bộ chỉ số (.json hoặc .xlsx)", "Choose a framework file (.json or .xlsx)")));
            return await RunAsync(() => ShowAsync(ct), () => ShowAsync(ct)); // a reader who may not see the page gets 403, not 500
        }
        return await RunAsync(async () =>
        {
            var edition = await Uploads.ImportAsync(file, path => new ImportFrameworkHandler(Db, clock).HandleAsync(Actor, new ImportFramework(path), ct), ct);
            TempData["Done"] = L($"Đã nhập bộ chỉ số {edition.Code} — {edition.Name}", $"Imported framework {edition.Code} — {edition.Name}");
            return Redirect($"/quan-tri/khung/{edition.Id}");
        }, () => ShowAsync(ct), Form);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Frameworks = await new ListFrameworksHandler(Db).HandleAsync(Actor, new ListFrameworks(), ct);
        return Page();
    }
}
