using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using ParIndex.App.Evidence.Storage;
using ParIndex.Domain.Messages;

namespace ParIndex.Web;

/// <summary>
/// A form posted with more than its page accepts (an evidence file over 50 MB, an import over 20 MB) would fail before
/// the page, as a bare 413. Instead the body is read to its end: its files are dropped, its other fields (the document's
/// number, date, issuer, summary, the antiforgery token) are kept, and the page's handler is asked as usual, knowing
/// (<see cref="Refused"/>) that it must refuse — it shows the page again, answering 413, with "Tệp quá lớn: tối đa 50 MB"
/// in the reader's language beside the form that sent it (<c>WorkPage.RunAsync</c>, <c>WorkPage.NoFile</c>) and what
/// was typed kept. A body larger than <see cref="MaxDrained"/>, or not a multipart form, is left to the server's bare
/// refusal.
/// </summary>
internal sealed class UploadLimit(RequestDelegate next, EvidenceStoreOptions evidence)
{
    /// <summary>The largest body read through only to answer with the page.</summary>
    public const long MaxDrained = 512L * 1024 * 1024;

    /// <summary>The most text kept of the form's other fields, all together.</summary>
    private const int MaxKeptChars = 1024 * 1024;

    private const string Key = "parindex.upload-too-large";

    private const long Megabyte = 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var size = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        // A page's own [RequestSizeLimit] (imports: 20 MB), else the server's (the largest evidence file and its form).
        var pageLimit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType || request.ContentLength is not { } length
            || (pageLimit ?? size?.MaxRequestBodySize) is not { } max || length <= max || length > MaxDrained || size is not { IsReadOnly: false }
            || !MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            await next(context);
            return;
        }
        size.MaxRequestBodySize = null;
        var fields = await OtherFieldsAsync(new MultipartReader(boundary, request.Body), context.RequestAborted);
        var body = Encoding.UTF8.GetBytes(string.Join("&", fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}")));
        request.Body = new MemoryStream(body);
        request.ContentLength = body.Length;
        request.ContentType = "application/x-www-form-urlencoded";
        context.Items[Key] = (pageLimit ?? evidence.MaxBytes) / Megabyte;
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        await next(context);
    }

    /// <summary>Reads the whole form: the files into nothing, the other fields kept (up to <see cref="MaxKeptChars"/> in all; a longer field is dropped).</summary>
    private static async Task<List<KeyValuePair<string, string>>> OtherFieldsAsync(MultipartReader reader, CancellationToken ct)
    {
        var fields = new List<KeyValuePair<string, string>>();
        var kept = 0;
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFormDisposition()
                && HeaderUtilities.RemoveQuotes(disposition.Name).Value is { } name)
            {
                if (await TextWithinAsync(section.Body, MaxKeptChars - kept, ct) is { } value)
                {
                    fields.Add(new(name, value));
                    kept += value.Length;
                }
            }
            await section.Body.CopyToAsync(Stream.Null, ct);
        }
        return fields;
    }

    /// <summary>
    /// A field's text if it fits in <paramref name="room"/> characters, else null — read a chunk at a time, so a field of
    /// hundreds of megabytes is never held; what is left of it is drained by the caller.
    /// </summary>
    internal static async Task<string?> TextWithinAsync(Stream body, int room, CancellationToken ct)
    {
        using var text = new StreamReader(body, Encoding.UTF8, false, 4096, leaveOpen: true);
        var kept = new StringBuilder();
        var chunk = new char[4096];
        int read;
        while ((read = await text.ReadAsync(chunk.AsMemory(), ct)) > 0)
        {
            if (kept.Length + read > room) return null;
            kept.Append(chunk, 0, read);
        }
        return kept.ToString();
    }

    /// <summary>Why the form just posted was refused for its size, or null.</summary>
    public static Message? Refused(HttpContext context) => context.Items[Key] is long megabytes ? PageMessages.TooLarge((int)megabytes) : null;
}
