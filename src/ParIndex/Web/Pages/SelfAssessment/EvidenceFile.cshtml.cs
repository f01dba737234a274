using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Features.Evidence;
using Microsoft.Net.Http.Headers;

namespace ParIndex.Web.Pages.SelfAssessment;

/// <summary>
/// An evidence document's file, shown in the browser (inline, with the type sniffed at upload) to whoever the use case
/// lets open it; PDFs and images open in the browser's own viewer.
/// </summary>
public sealed class EvidenceFileModel(AppDbContext db, IEvidenceStore store) : WorkPage(db)
{
    public Task<IActionResult> OnGetAsync(int documentId, CancellationToken ct) => RunAsync(async () =>
    {
        await LoadActorAsync(ct);
        var file = await new OpenEvidenceFileHandler(Db, store).HandleAsync(Actor, new OpenEvidenceFile(documentId), ct);
        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(file.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        Response.Headers.CacheControl = "private, no-store";
        return File(file.Content, file.ContentType);
    }, () => Task.FromResult<IActionResult>(NotFound()));
}
