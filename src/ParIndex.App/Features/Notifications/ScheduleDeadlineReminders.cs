using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Notifications;

/// <summary>
/// Writes the deadline reminders that are due: to the people of every unit that has not submitted in a period in
/// self-assessment, 7, 3 and 1 days before its deadline (its extension if it has one) — at 08:00 Vietnam time on
/// that calendar day — each exactly once. Only the latest reminder due is written: a worker that was down on the
/// 7-day morning and comes back after the 3-day one sends "3 days", never a stale "7 days". Run by the sending worker
/// on every node; the unique key makes a second node's identical reminders a no-op (on PostgreSQL it waits for the
/// first under an advisory lock and then finds them written).
/// </summary>
public sealed record ScheduleDeadlineReminders;

public sealed class ScheduleDeadlineRemindersHandler(AppDbContext db, TimeProvider clock)
{
    public static readonly int[] DaysBefore = [7, 3, 1];

    /// <summary>The hour of the reminder's day, Vietnam time.</summary>
    public static readonly TimeSpan Morning = TimeSpan.FromHours(8);

    private const long LockKey = 0x5041_5249_4E44_5245; // "PARINDRE"

    /// <summary>When the reminder <paramref name="days"/> days before this deadline is due: 08:00 Vietnam time that day.</summary>
    public static DateTimeOffset DueAt(DateTimeOffset deadline, int days)
    {
        var day = Moment.InVietnam(deadline).Date.AddDays(-days);
        return new DateTimeOffset(day + Morning, Moment.VietnamOffset);
    }

    /// <summary>The reminder due at <paramref name="now"/> for this deadline (the fewest days whose time has come), or null.</summary>
    public static int? Due(DateTimeOffset deadline, DateTimeOffset now) =>
        now >= deadline ? null : DaysBefore.Order().Where(d => DueAt(deadline, d) <= now).Select(d => (int?)d).FirstOrDefault();

    /// <returns>How many notifications were written.</returns>
    public async Task<int> HandleAsync(ScheduleDeadlineReminders request, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var open = new[] { SubmissionState.NotStarted, SubmissionState.Draft, SubmissionState.ReturnedForRevision };
        var waiting = await db.Submissions.AsNoTracking().Include(s => s.Unit).Include(s => s.Period)
            .Where(s => s.Period.State == PeriodState.SelfAssessment && open.Contains(s.State)).ToListAsync(ct);
        var due = waiting.Select(s => (Submission: s, Deadline: s.ExtendedUntil ?? s.Period.SelfAssessmentCloses))
            .Select(x => (x.Submission, x.Deadline, Days: Due(x.Deadline, now))).Where(x => x.Days is not null).ToList();
        if (due.Count == 0) return 0;

        return await db.WriteAsync(async () =>
        {
            if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockKey})", ct);
            foreach (var (s, deadline, days) in due)
                await Outbox.ToUnitsAsync(db, [s.UnitId], NotificationKind.DeadlineReminder, _ => Key(s, deadline, days!.Value),
                    _ => Notify.Reminder(s.Period, s.Unit, deadline, days!.Value), now, ct, _ => deadline);
            var added = db.ChangeTracker.Entries<Notification>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
            var keys = added.Select(n => n.Key).ToList();
            var existing = (await db.Notifications.Where(n => keys.Contains(n.Key)).Select(n => n.Key).ToListAsync(ct)).ToHashSet();
            foreach (var n in added.Where(n => existing.Contains(n.Key))) db.Entry(n).State = EntityState.Detached;
            return added.Count - existing.Count;
        }, ct);
    }

    /// <summary>"deadline:{period}:{unit}:{deadline, UTC minutes}:{days}" — a new deadline (an extension) reminds again.</summary>
    private static string Key(Submission s, DateTimeOffset deadline, int days) =>
        $"deadline:{s.PeriodId}:{s.Unit.Code}:{deadline.UtcDateTime:yyyyMMddHHmm}:{days}";
}
