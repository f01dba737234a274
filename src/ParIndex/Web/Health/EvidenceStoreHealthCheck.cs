using Microsoft.Extensions.Diagnostics.HealthChecks;
using ParIndex.App.Evidence.Storage;

namespace ParIndex.Web.Health;

/// <summary>Ready when the evidence store's folder exists and a file can be written in it (and is removed again).</summary>
internal sealed class EvidenceStoreHealthCheck(EvidenceStoreOptions options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(Problem(options.Root) is { } problem ? HealthCheckResult.Unhealthy(problem) : HealthCheckResult.Healthy("writable"));

    /// <summary>Why the folder cannot hold evidence, or null when it can; the folder itself is never created here.</summary>
    public static string? Problem(string root)
    {
        var full = Path.GetFullPath(root);
        if (!Directory.Exists(full)) return $"evidence folder {full} does not exist";
        try
        {
            using var probe = new FileStream(Path.Combine(full, $".health-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.Write,
                FileShare.None, 1, FileOptions.DeleteOnClose);
            probe.WriteByte(0);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"evidence folder {full} is not writable: {e.Message}";
        }
    }
}
