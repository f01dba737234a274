using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Facts;

namespace ParIndex.Web.Pages.Secretariat;

/// <summary>
/// <c>/quan-tri/ky/{id}/so-lieu</c>: the period's figures from official sources. The secretariat maps an indicator to a
/// sub-criterion (or removes a mapping), uploads a CSV/XLSX of figures and reads it checked — every problem located and
/// nothing stored, or every row that would change (unit, indicator, old → new) — then confirms it. The file travels
/// back in the confirmation form with the preview's fingerprint: if the figures changed meanwhile, the new differences
/// are shown instead of applied (<see cref="ImportFactsHandler"/>). That field may be as long as the request allows
/// (base64 makes a file a third larger, so the confirmation of a file above about 15 MB answers "Tệp quá lớn").
/// </summary>
[RequestSizeLimit(Uploads.MaxBytes)]
[RequestFormLimits(ValueLengthLimit = (int)Uploads.MaxBytes)]
public sealed class FactsModel(AppDbContext db, TimeProvider clock) : WorkPage(db)
{
    public const string MapForm = "map";

    public const string FileForm = "figures";

    public FactsOverview Facts { get; private set; } = null!;

    /// <summary>The uploaded file read and not applied: its rows to confirm, or none when it changes nothing.</summary>
    public FactsImport? Preview { get; private set; }

    public string? FileName { get; private set; }

    public string? FileContent { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(() => ShowAsync(id, ct), () => ShowAsync(id, ct));
    }

    public Task<IActionResult> OnPostMapAsync(int id, string? indicator, string? leaf, FactScale scale, CancellationToken ct) => ActAsync(id, MapForm, ct, async () =>
    {
        await new MapFactHandler(Db, clock).HandleAsync(Actor, new MapFact(id, indicator ?? "", leaf ?? "", scale), ct);
        TempData["Done"] = Say(Domain.Messages.FactsMessages.Mapped(indicator!.Trim(), leaf!.Trim()));
        return Redirect($"/quan-tri/ky/{id}/so-lieu");
    });

    public Task<IActionResult> OnPostUnmapAsync(int id, string? leaf, CancellationToken ct) => ActAsync(id, MapForm, ct, async () =>
    {
        TempData["Done"] = Say(await new UnmapFactHandler(Db, clock).HandleAsync(Actor, new UnmapFact(id, leaf ?? ""), ct));
        return Redirect($"/quan-tri/ky/{id}/so-lieu");
    });

    public Task<IActionResult> OnPostCheckAsync(int id, IFormFile? file, CancellationToken ct) => ActAsync(id, FileForm, ct, async () =>
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError(FileForm, NoFile(L("Hãy chọn tệp số liệu (.csv hoặc .xlsx)", "Choose a figures file (.csv or .xlsx)")));
            return Page();
        }
        await using var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        return await ImportAsync(id, Path.GetFileName(file.FileName.Replace('\\', '/')), stream.ToArray(), null, ct);
    });

    public Task<IActionResult> OnPostConfirmAsync(int id, string? name, string? content, string? fingerprint, CancellationToken ct) => ActAsync(id, FileForm, ct, () =>
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(content ?? "");
        }
        catch (FormatException)
        {
            bytes = [];
        }
        return ImportAsync(id, name ?? "", bytes, fingerprint ?? "", ct);
    });

    /// <summary>Reads the file with review: applied only with the fingerprint of the differences it shows.</summary>
    private async Task<IActionResult> ImportAsync(int id, string name, byte[] bytes, string? fingerprint, CancellationToken ct)
    {
        var result = await new ImportFactsHandler(Db, clock).HandleAsync(Actor, new ImportFacts(id, name, bytes, fingerprint, Review: true), ct);
        if (result.Applied && result.Changes.Count > 0)
        {
            TempData["Done"] = Say(result.Summary);
            return Redirect($"/quan-tri/ky/{id}/so-lieu");
        }
        (Preview, FileName, FileContent) = (result, name, Convert.ToBase64String(bytes));
        return Page();
    }

    /// <summary>Reads the period first (an unknown one is 404, a reader who may not see it 403), then the form's work; a refusal shows beside its form.</summary>
    private async Task<IActionResult> ActAsync(int id, string form, CancellationToken ct, Func<Task<IActionResult>> work)
    {
        await LoadActorAsync(ct);
        return await RunAsync(async () =>
        {
            await ShowAsync(id, ct);
            return await work();
        }, () => Task.FromResult<IActionResult>(Page()), form);
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        Facts = await new GetFactsHandler(Db).HandleAsync(Actor, new GetFacts(id), ct);
        return Page();
    }
}
