namespace ParIndex.Web;

/// <summary>
/// Names every request by its <see cref="HttpContext.TraceIdentifier"/>: echoed in the <c>X-Request-Id</c> response
/// header and put in the log scope (<c>RequestId</c>) of everything logged while the request runs, so a user's report
/// of an error page leads to its log lines.
/// </summary>
internal sealed class RequestIds(RequestDelegate next, ILogger<RequestIds> logger)
{
    public const string Header = "X-Request-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var id = context.TraceIdentifier;
        context.Response.Headers[Header] = id;
        using (logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = id, ["RequestPath"] = context.Request.Path.Value ?? "" }))
            await next(context);
    }
}
