namespace ParIndex.Web;

/// <summary>
/// Headers on every response, error pages included (set as the response starts, so the exception handler's clearing
/// of a failed response does not drop them): a content security policy with no inline scripts and no framing, no MIME
/// sniffing, no referrer leaking, no browser features the application does not use; and <c>Cache-Control: no-store</c>
/// on everything private — any answer to a signed-in reader, every answer of the signed-in API — so no browser, proxy or
/// shared computer keeps a copy of someone's scores. An answer that set a stricter policy of its own (an evidence file:
/// nothing runs) keeps it, and a private answer's own cache rule is kept when it already forbids storing.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy)) headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (IsPrivate(context) && !headers.CacheControl.ToString().Contains("no-store", StringComparison.Ordinal))
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static bool IsPrivate(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
        || (context.Request.Path.StartsWithSegments("/api/v1") && !context.Request.Path.StartsWithSegments("/api/v1/public"));
}
