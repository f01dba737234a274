using ParIndex.App.Data;
using ParIndex.App.Features.Notifications;

namespace ParIndex.Web;

/// <summary>
/// The background worker of <c>parindex serve</c> that writes due deadline reminders and emails the outbox, one round
/// at start and then every <c>Notifications:PollSeconds</c> (60) on the site's clock. Every node runs one; the rounds
/// share nothing in memory (<see cref="NotificationRound"/>), so restarts and several nodes send each email once.
/// <c>Notifications:Worker=false</c> turns it off on a node.
/// </summary>
internal sealed class NotificationWorker(TimeProvider clock, IConfiguration configuration, ILogger<NotificationWorker> log)
    : BackgroundService
{
    /// <summary>This process's name in the outbox's leases: host, process and a random part (a restarted process is a new node).</summary>
    public string Node { get; } = Limit($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");

    private static string Limit(string name) => name.Length <= 100 ? name : name[^100..];

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        SmtpSettings.Read(configuration); // a wrong setting stops the start here, naming it
        if (!string.Equals(configuration["Notifications:Worker"], "false", StringComparison.OrdinalIgnoreCase))
            services.AddHostedService<NotificationWorker>();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var smtp = SmtpSettings.Read(configuration);
        var (provider, connection) = Database.FromConfiguration(configuration);
        AppDbContext Open() => Database.Open(provider, connection);
        var every = TimeSpan.FromSeconds(configuration.GetValue("Notifications:PollSeconds", 60));
        log.LogInformation("Notification worker {Node}: {Mode}, every {Seconds} s", Node, smtp is null ? "web only (no Smtp:Host)" : $"SMTP {smtp.Host}:{smtp.Port}", every.TotalSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var round = await NotificationRound.RunAsync(Open, clock, smtp, Node, stoppingToken);
                if (round.Reminders + round.Sent + round.Failed + round.Skipped > 0)
                    log.LogInformation("Notifications: {Reminders} reminders written, {Sent} sent, {Failed} failed, {Skipped} skipped, {Backlog} waiting",
                        round.Reminders, round.Sent, round.Failed, round.Skipped, round.Backlog);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Notification round failed; trying again in {Seconds} s", every.TotalSeconds);
            }
            try
            {
                await Task.Delay(every, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
