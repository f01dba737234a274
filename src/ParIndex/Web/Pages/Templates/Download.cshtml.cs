using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Templates;

namespace ParIndex.Web.Pages.Templates;

/// <summary><c>/quan-tri/mau/{kind}.xlsx</c>: the filled template of an import, linked beside each upload form.</summary>
public sealed class DownloadModel(AppDbContext db) : WorkPage(db)
{
    public async Task<IActionResult> OnGetAsync(string kind, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(async () =>
        {
            var template = await new GetImportTemplateHandler(Db).HandleAsync(Actor, new GetImportTemplate(kind), ct);
            return File(template.Content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", template.FileName);
        }, () => Task.FromResult<IActionResult>(NotFound()));
    }
}
