using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Dashboard;
using ParIndex.App.Features.Units;

namespace ParIndex.Web.Pages.Secretariat;

/// <summary><c>/quan-tri/don-vi</c>: the units and their lineage, searched and filtered; importing either from a file (beside its template); exporting both.</summary>
[RequestSizeLimit(Uploads.MaxBytes)]
public sealed class UnitsModel(AppDbContext db, TimeProvider clock) : WorkPage(db)
{
    public const string UnitsForm = "units";
    public const string LineageForm = "lineage";

    public UnitList List { get; private set; } = new([], []);

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "khoi")]
    public string? Group { get; set; }

    [BindProperty(SupportsGet = true, Name = "loai")]
    public UnitType? Type { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(() => ShowAsync(ct), () => ShowAsync(ct));
    }

    public async Task<IActionResult> OnGetExportAsync(string what, string format, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        var lineage = string.Equals(what, "lineage", StringComparison.OrdinalIgnoreCase);
        return await RunAsync(async () =>
        {
            var export = await new ExportUnitsHandler(Db).HandleAsync(Actor, new ExportUnits(xlsx ? UnitFileFormat.Xlsx : UnitFileFormat.Csv), ct);
            var name = (lineage ? "lich-su-don-vi" : "don-vi") + (xlsx ? ".xlsx" : ".csv");
            var type = xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8";
            return File(lineage ? export.Lineage : export.Units, type, name);
        }, () => ShowAsync(ct));
    }

    public async Task<IActionResult> OnPostUnitsAsync(IFormFile? file, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        if (Missing(file, UnitsForm)) return await RunAsync(() => ShowAsync(ct), () => ShowAsync(ct));
        return await RunAsync(async () =>
        {
            var r = await Uploads.ImportAsync(file!, path => new ImportUnitsHandler(Db, clock).HandleAsync(Actor, new ImportUnits(path), ct), ct);
            TempData["Done"] = L($"Đơn vị: {r.Created} thêm mới, {r.Updated} cập nhật, {r.Unchanged} không đổi",
                $"Units: {r.Created} created, {r.Updated} updated, {r.Unchanged} unchanged");
            return Redirect("/quan-tri/don-vi");
        }, () => ShowAsync(ct), UnitsForm);
    }

    public async Task<IActionResult> OnPostLineageAsync(IFormFile? file, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        if (Missing(file, LineageForm)) return await RunAsync(() => ShowAsync(ct), () => ShowAsync(ct));
        return await RunAsync(async () =>
        {
            var r = await Uploads.ImportAsync(file!, path => new ImportLineageHandler(Db, clock).HandleAsync(Actor, new ImportLineage(path), ct), ct);
            TempData["Done"] = L($"Lịch sử đơn vị: {r.Added} thêm mới, {r.Unchanged} đã có", $"Lineage: {r.Added} added, {r.Unchanged} already recorded");
            return Redirect("/quan-tri/don-vi");
        }, () => ShowAsync(ct), LineageForm);
    }

    private bool Missing(IFormFile? file, string form)
    {
        if (file is { Length: > 0 }) return false;
        ModelState.AddModelError(form, NoFile(L("Hãy chọn tệp (.csv hoặc .xlsx)", "Choose a file (.csv or .xlsx)")));
        return true;
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        List = await new ListUnitsHandler(Db).HandleAsync(Actor, new ListUnits(Search, Group, Type), ct);
        return Page();
    }
}
