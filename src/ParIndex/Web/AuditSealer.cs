using ParIndex.App.Audit;
using ParIndex.App.Data;

namespace ParIndex.Web;

/// <summary>
/// Seals, every second, the audit stream heads that writers left pending because another writer was sealing at that
/// moment (decision 010), so that the newest entries are not left unsealed when the saves stop. Never waits for the
/// seal: if another node is sealing, it takes the pending heads in.
/// </summary>
internal sealed class AuditSealer(IServiceScopeFactory scopes, ILogger<AuditSealer> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        var warned = DateTimeOffset.MinValue;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await AuditSeals.SealPendingAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), wait: false, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // e.g. the database unreachable, or not migrated yet: say so once a minute, not every second
                if (DateTimeOffset.UtcNow - warned < TimeSpan.FromMinutes(1)) continue;
                warned = DateTimeOffset.UtcNow;
                log.LogWarning(e, "Could not seal the pending audit heads; trying again every {Interval}", Interval);
            }
        }
    }
}
