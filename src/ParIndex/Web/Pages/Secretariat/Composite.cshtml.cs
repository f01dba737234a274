using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Composite;

namespace ParIndex.Web.Pages.Secretariat;

/// <summary>
/// <c>/quan-tri/chi-so-tong-hop</c>: the secretariat uploads a COINr structure and data file, chooses the methods and
/// downloads the results, ranks, changed cells, analysis, rank uncertainty or sensitivity as CSV or Excel.
/// </summary>
[RequestSizeLimit(Uploads.MaxBytes)]
public sealed class CompositeModel(AppDbContext db) : WorkPage(db)
{
    public const string Form = "composite";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return RequireRole() ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? meta, IFormFile? data, CompositeDownload download, string? format,
        string normalise, string aggregate, string? datThresh, string? impute, string? treat, string weights,
        int replications, string? noise, string? varyNormalise, string? varyAggregate, ulong seed, string? group,
        string? varyImpute, string? varyTreat, bool varyDrop, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        if (RequireRole() is { } refused) return refused;
        if (meta is not { Length: > 0 } || data is not { Length: > 0 })
        {
            ModelState.AddModelError(Form, NoFile(L("Hãy chọn tệp cấu trúc và tệp dữ liệu (.csv)", "Choose the structure and the data file (.csv)")));
            return Page();
        }
        var request = new BuildComposite(meta.FileName, await Text(meta, ct), data.FileName, await Text(data, ct), download,
            string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase) ? CompositeFormat.Xlsx : CompositeFormat.Csv, normalise, aggregate, Blank(datThresh) ?? "0",
            ByGroup(Blank(impute), Blank(group)), Blank(treat), weights, replications, Blank(noise), Split(varyNormalise), Split(varyAggregate), seed == 0 ? 1 : seed,
            Split(varyImpute), Split(varyTreat), varyDrop);
        return await RunAsync(async () =>
        {
            var file = await new BuildCompositeHandler().HandleAsync(Actor, request, ct);
            return (IActionResult)File(file.Bytes, file.ContentType, file.Name);
        }, () => Task.FromResult<IActionResult>(Page()), Form);
    }

    private IActionResult? RequireRole() =>
        Actor.IsAny(Domain.Workflow.Role.Admin, Domain.Workflow.Role.Secretariat) ? null : Forbid();

    private static async Task<string> Text(IFormFile file, CancellationToken ct)
    {
        using var reader = new StreamReader(file.OpenReadStream(), System.Text.Encoding.UTF8);
        return await reader.ReadToEndAsync(ct);
    }

    /// <summary>A group imputation names its grouping column (<c>groupmean:COLUMN</c>), typed in its own box.</summary>
    private static string? ByGroup(string? impute, string? group) =>
        impute is "groupmean" or "groupmedian" && group is not null ? $"{impute}:{group}" : impute;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string[] Split(string? text) => text?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
