using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ParIndex.Web.Health;

/// <summary>
/// <c>/health/live</c> (the process answers) and <c>/health/ready</c> (the database answers a real query and the evidence
/// store's folder is writable): JSON bodies, 200 when healthy and 503 otherwise, for anyone (a load balancer or monitor
/// has no account), never cached and not rate-limited.
/// </summary>
internal static class HealthEndpoints
{
    public const string Live = "/health/live";

    public const string Ready = "/health/ready";

    private const string ReadyTag = "ready";

    public static void AddServices(IServiceCollection services) => services.AddHealthChecks()
        .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
        .AddCheck<EvidenceStoreHealthCheck>("evidence", tags: [ReadyTag]);

    public static void Map(WebApplication app)
    {
        app.MapHealthChecks(Live, Options(_ => false)).AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks(Ready, Options(check => check.Tags.Contains(ReadyTag))).AllowAnonymous().DisableRateLimiting();
    }

    private static HealthCheckOptions Options(Func<HealthCheckRegistration, bool> predicate) => new()
    {
        Predicate = predicate,
        AllowCachingResponses = false,
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = StatusCodes.Status200OK,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
        ResponseWriter = WriteAsync,
    };

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonOptions));
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };
}
