using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Worksheets;
using ParIndex.App.Files;
using ParIndex.Web.Pages.Secretariat;

namespace ParIndex.Web.Pages.SelfAssessment;

/// <summary>
/// <c>/tu-danh-gia/{periodId}/bieu-mau</c>: the unit's self-assessment as a workbook to fill in offline
/// (<c>?handler=Download</c>) and brought back (POST): what was saved, or every problem located by sheet, row and
/// column with nothing saved. The use cases decide who may and what is right; this page only carries the file.
/// </summary>
[RequestSizeLimit(Uploads.MaxBytes)]
public sealed class WorksheetModel(AppDbContext db, TimeProvider clock) : WorkPage(db)
{
    public const string Form = "worksheet";

    public int PeriodId { get; private set; }

    /// <summary>What the last upload saved; null before one.</summary>
    public WorksheetImport? Result { get; private set; }

    /// <summary>The problems of a refused upload, each with where it is.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];

    public string? FileName { get; private set; }

    /// <summary>Only a unit's own people have a worksheet (the use cases check the period and the unit when used).</summary>
    public Task<IActionResult> OnGetAsync(int periodId, CancellationToken ct) => RunAsync(async () =>
    {
        PeriodId = periodId;
        await OwnUnit.CodeAsync(Db, Actor, ct);
        return Page();
    }, () => Task.FromResult<IActionResult>(Page()), Form);

    public Task<IActionResult> OnGetDownloadAsync(int periodId, CancellationToken ct) => RunAsync(async () =>
    {
        var unit = await OwnUnit.CodeAsync(Db, Actor, ct);
        var content = await new ExportWorksheetHandler(Db, clock).HandleAsync(Actor, new ExportWorksheet(periodId, unit), ct);
        return File(content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"tu-danh-gia-{unit}-ky-{periodId}.xlsx");
    }, () => OnGetAsync(periodId, ct), Form);

    public Task<IActionResult> OnPostAsync(int periodId, IFormFile? file, CancellationToken ct) => RunAsync(async () =>
    {
        PeriodId = periodId;
        var unit = await OwnUnit.CodeAsync(Db, Actor, ct);
        if (file is not { Length: > 0 })
        {
            ModelState.AddModelError(Form, NoFile(L("Hãy chọn tệp biểu mẫu đã điền (.xlsx)", "Choose the filled-in worksheet (.xlsx)")));
            return Page();
        }
        FileName = Path.GetFileName(file.FileName);
        using var content = new MemoryStream();
        await file.CopyToAsync(content, ct);
        try
        {
            Result = await new ImportWorksheetHandler(Db, clock).HandleAsync(Actor, new ImportWorksheet(periodId, unit, content.ToArray(), FileName), ct);
        }
        catch (ImportException e)
        {
            Problems = e.Problems;
        }
        return Page();
    }, () => Task.FromResult<IActionResult>(Page()), Form);
}
