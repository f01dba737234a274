using System.Buffers;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace ParIndex.Web;

/// <summary>
/// A URL-encoded form holding a NUL character (<c>%00</c>): ASP.NET Core's form reader refuses to decode it, so the
/// antiforgery check failed with a bare 400 and the error page could not even read its own status ("Đã có lỗi (0)").
/// Such a form (up to <see cref="MaxBytes"/>) is decoded here instead, NUL kept, so it reaches the page like any other
/// value and is refused where every unstorable text is — beside its field (<c>NulText</c>, <c>InvalidTextException</c>).
/// </summary>
internal sealed class FormsWithNul(RequestDelegate next)
{
    /// <summary>Larger forms are left to the framework: no page of ours posts one this big.</summary>
    public const int MaxBytes = 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType
            && request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            && request.ContentLength is null or <= MaxBytes)
        {
            // Read at most one byte past the limit (a chunked body has no length), then rewind for whoever reads next.
            request.EnableBuffering(MaxBytes);
            var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? MaxBytes, MaxBytes) + 1);
            try
            {
                var read = 0;
                for (int n; read < buffer.Length && (n = await request.Body.ReadAsync(buffer.AsMemory(read), context.RequestAborted)) > 0;) read += n;
                request.Body.Position = 0;
                if (read <= MaxBytes && buffer.AsSpan(0, read).IndexOf("%00"u8) >= 0)
                    context.Features.Set<IFormFeature>(new FormFeature(Decode(Encoding.ASCII.GetString(buffer, 0, read))));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        await next(context);
    }

    private static FormCollection Decode(string body)
    {
        var fields = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = WebUtility.UrlDecode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : WebUtility.UrlDecode(pair[(equals + 1)..]);
            fields[name] = fields.TryGetValue(name, out var before) ? StringValues.Concat(before, value) : new StringValues(value);
        }
        return new FormCollection(fields);
    }
}
