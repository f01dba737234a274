using System.Net.Mime;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using ParIndex.App.Data;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Features.Evidence;

namespace ParIndex.Web.Pages;

/// <summary>
/// <c>GET /tai-lieu/{documentId}</c>: an evidence file for its unit or a reviewer, through <see cref="OpenEvidenceFileHandler"/>
/// (which decides who may). PDFs and raster images open in the browser; anything else downloads. The file gets a
/// policy of its own that runs nothing.
/// </summary>
public sealed class EvidenceFileModel(AppDbContext db, IEvidenceStore store) : WorkPage(db)
{
    /// <summary>The file's own policy, kept over the site's: it may show images and a PDF, and runs nothing.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; img-src 'self'; object-src 'self'; frame-ancestors 'none'";

    private static readonly string[] ShownInline = ["application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp"];

    [FromRoute] public int DocumentId { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var file = await new OpenEvidenceFileHandler(Db, store).HandleAsync(await LoadActorAsync(ct), new OpenEvidenceFile(DocumentId), ct);
        HttpContext.Response.RegisterForDisposeAsync(file);
        var inline = ShownInline.Contains(file.ContentType, StringComparer.OrdinalIgnoreCase);
        var disposition = new ContentDispositionHeaderValue(inline ? DispositionTypeNames.Inline : DispositionTypeNames.Attachment);
        disposition.SetHttpFileName(file.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        Response.Headers.CacheControl = "private, no-store";
        return File(file.Content, file.ContentType);
    }, () => Task.FromResult<IActionResult>(NotFound()));
}
