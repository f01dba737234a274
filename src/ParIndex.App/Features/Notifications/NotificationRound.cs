using ParIndex.App.Data;

namespace ParIndex.App.Features.Notifications;

/// <summary>What one round of the sending worker did.</summary>
public sealed record RoundResult(int Reminders, int Sent, int Failed, int Skipped, int Backlog);

/// <summary>
/// One round of the sending worker of a node: write the deadline reminders that are due, then send pending emails
/// batch by batch until none is left to claim (at most <see cref="MaxBatches"/>), then count the backlog. Each step
/// on its own context, as separate requests would be.
/// </summary>
public static class NotificationRound
{
    public const int MaxBatches = 20;

    public static async Task<RoundResult> RunAsync(Func<AppDbContext> open, TimeProvider clock, SmtpSettings? smtp, string node, CancellationToken ct)
    {
        int reminders;
        await using (var db = open()) reminders = await new ScheduleDeadlineRemindersHandler(db, clock).HandleAsync(new ScheduleDeadlineReminders(), ct);
        int sent = 0, failed = 0, skipped = 0;
        for (var batch = 0; batch < MaxBatches; batch++)
        {
            await using var db = open();
            var delivery = await new DeliverEmailsHandler(db, clock, smtp).HandleAsync(new DeliverEmails(node), ct);
            (sent, failed, skipped) = (sent + delivery.Sent, failed + delivery.Failed, skipped + delivery.Skipped);
            if (delivery.Claimed < new DeliverEmails(node).BatchSize) break;
        }
        int backlog;
        await using (var db = open()) backlog = await OutboxBacklog.CountAsync(db, ct);
        OutboxBacklog.Record(backlog);
        return new RoundResult(reminders, sent, failed, skipped, backlog);
    }
}
