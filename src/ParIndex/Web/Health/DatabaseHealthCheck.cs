using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ParIndex.App.Data;

namespace ParIndex.Web.Health;

/// <summary>Ready when the database answers a real query on the application's tables (so it is reachable and migrated).</summary>
internal sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var periods = await db.Periods.CountAsync(ct);
            return HealthCheckResult.Healthy($"{db.Database.ProviderName}: {periods} period(s)");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"database unreachable or not migrated: {e.GetType().Name}: {e.Message}");
        }
    }
}
