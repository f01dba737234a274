using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using ParIndex.App.Telemetry;

namespace ParIndex.Web;

/// <summary>
/// Metrics and traces with OpenTelemetry: ASP.NET Core (requests, their duration and status), EF Core and Npgsql
/// (commands, connections, pool), the .NET runtime, and ParIndex's own instruments (<see cref="AppMetrics"/>: saves,
/// conflicts, refused inputs, publications, print queue, outbox backlog, audit-seal time). Prometheus scrapes
/// <c>/metrics</c> on each node; with <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set, metrics and traces also go to that
/// OpenTelemetry collector (docs/operations.md, "Monitoring").
/// </summary>
internal static class Telemetry
{
    public const string ScrapePath = "/metrics";

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("parindex", serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation()
                    .AddMeter(AppMetrics.MeterName, "Microsoft.EntityFrameworkCore", "Npgsql", "System.Runtime")
                    .AddPrometheusExporter();
                if (otlp) m.AddOtlpExporter();
            })
            .WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments(ScrapePath))
                    .AddNpgsql();
                if (otlp) t.AddOtlpExporter();
            });
    }

    public static void Map(WebApplication app) => app.MapPrometheusScrapingEndpoint(ScrapePath);
}
