using System.Text;
using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Crosswalks;
using ParIndex.Domain.Messages;

namespace ParIndex.Web.Pages.Secretariat;

/// <summary>
/// <c>/quan-tri/ky/{id}/chuyen-doi</c>: for each group of a period whose framework edition differs from last year's, the
/// confirmed crosswalk in words, or "totals only" without one; the secretariat downloads the proposal of
/// <c>framework diff</c>, uploads its corrected crosswalk, reads it checked (every problem located, nothing stored) and
/// confirms it. The checked crosswalk travels back in the confirmation form as its canonical JSON and is checked again.
/// </summary>
[RequestSizeLimit(Uploads.MaxBytes)]
public sealed class PeriodCrosswalkModel(AppDbContext db, TimeProvider clock) : WorkPage(db)
{
    public const string Form = "crosswalk";

    public PeriodEditionSteps Period { get; private set; } = null!;

    /// <summary>The uploaded crosswalk once it holds, waiting for confirmation.</summary>
    public CheckedCrosswalk? Checked { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(() => ShowAsync(id, ct), () => ShowAsync(id, ct));
    }

    public async Task<IActionResult> OnGetProposalAsync(int id, string? tu, string? den, string? dang, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(async () =>
        {
            var extension = string.Equals(dang, "xlsx", StringComparison.OrdinalIgnoreCase) ? ".xlsx" : ".json";
            var file = await new ProposeCrosswalkHandler(Db).HandleAsync(Actor, new ProposeCrosswalk(tu ?? "", den ?? "", extension), ct);
            var type = extension == ".xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/json";
            return (IActionResult)File(file.Content, type, file.FileName);
        }, () => ShowAsync(id, ct));
    }

    public Task<IActionResult> OnPostCheckAsync(int id, IFormFile? file, CancellationToken ct) => ActAsync(id, ct, async () =>
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError(Form, L("Hãy chọn tệp bảng ánh xạ (.json hoặc .xlsx)", "Choose a crosswalk file (.json or .xlsx)"));
            return Page();
        }
        await using var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        Checked = await new CheckCrosswalkHandler(Db).HandleAsync(Actor, new CheckCrosswalk(stream.ToArray(), Path.GetFileName(file.FileName), id), ct);
        return Page();
    });

    public Task<IActionResult> OnPostConfirmAsync(int id, string? json, CancellationToken ct) => ActAsync(id, ct, async () =>
    {
        var stored = await new ImportCrosswalkHandler(Db, clock).HandleAsync(Actor, new ImportCrosswalk(Encoding.UTF8.GetBytes(json ?? ""), "bang-anh-xa.json", id), ct);
        TempData["Done"] = Say(CrosswalkMessages.Confirmed(stored.FromCode, stored.ToCode, App.Crosswalks.CrosswalkJson.Read(stored.Json, "").Crosswalk.Links.Count));
        return Redirect($"/quan-tri/ky/{id}/chuyen-doi");
    });

    /// <summary>Reads the period first (so an unknown one is 404 and a reader who may not see it 403), then runs the form's work; a refusal shows beside the upload form.</summary>
    private async Task<IActionResult> ActAsync(int id, CancellationToken ct, Func<Task<IActionResult>> work)
    {
        await LoadActorAsync(ct);
        return await RunAsync(async () =>
        {
            await ShowAsync(id, ct);
            return await work();
        }, () => Task.FromResult<IActionResult>(Page()), Form);
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        Period = await new GetEditionStepsHandler(Db).HandleAsync(Actor, new GetEditionSteps(id), ct);
        return Page();
    }
}
