using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using ParIndex.App.Data;
using ParIndex.App.Features.Notifications;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Notifications;

/// <summary>
/// Deadline reminders and email delivery on a fake clock, with two sending workers on one database and a real SMTP
/// server (aiosmtpd) on loopback. The period closes on 31/03/2025 17:00; A submits on 21/03; B gets an extension to
/// 04/04/2025 17:00 on 22/03; D submits on 29/03; C never submits. By hand, with reminders at 08:00 Vietnam time
/// 7, 3 and 1 days before each unit's deadline: C 24/03, 28/03, 30/03; D 24/03, 28/03 (submitted before 30/03);
/// B 28/03, 01/04, 03/04 (its own deadline); A none. Each to the unit's editor and leader: 8 reminders × 2 people = 16
/// emails, and B's extension notice to its 2 people: 18 emails, each exactly once, through an SMTP outage on the morning
/// of 28/03 and a restart of node 2 on 30/03.
/// </summary>
public abstract class ReminderTests(DatabaseProvider provider) : ProviderTest(provider)
{
    [Fact]
    public async Task Two_workers_and_a_restart_send_every_reminder_exactly_once_to_each_person()
    {
        await Recipients.AddAsync(World);
        await using var smtp = await SmtpServer.StartAsync();
        var settings = SmtpSettings.Read(new ConfigurationBuilder().AddInMemoryCollection(smtp.Settings()).Build())!;
        var clock = new FakeTimeProvider(World.On(3, 20, 9));
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(World.PeriodId)));

        var nodes = new[] { "node-1", "node-2" };
        var restarted = false;
        async Task Round()
        {
            var results = await Task.WhenAll(nodes.Select(node => NotificationRound.RunAsync(World.Open, clock, settings, node, CancellationToken.None)));
            Assert.All(results, r => Assert.Equal(0, r.Skipped));
        }

        async Task SelfAssessAndSubmit(string unit)
        {
            foreach (var (leaf, input) in new[] { ("1.1", "ontime"), ("1.2", "95%"), ("1.3", "0.75"), ("2.1", "pass"), ("2.2", "1") })
                await World.Run(db => new SaveScoreHandler(db, clock).HandleAsync(World.Editor(unit),
                    new SaveScore(World.PeriodId, unit, leaf, input, 0, leaf is "1.1" or "2.1" ? "Văn bản lưu tại đơn vị" : null)));
            await World.Run(db => new SubmitSelfAssessmentHandler(db, clock).HandleAsync(World.Lead(unit), new SubmitSelfAssessment(World.PeriodId, unit)));
        }

        // Every three hours from 20/03 09:00 to 05/04 09:00, both nodes run a round at the same moment.
        for (var at = World.On(3, 20, 9); at <= World.On(4, 5, 9); at = at.AddHours(3))
        {
            clock.SetUtcNow(at);
            if (at == World.On(3, 21, 9)) await SelfAssessAndSubmit("A");
            if (at == World.On(3, 22, 9))
                await World.Run(db => new GrantExtensionHandler(db, clock).HandleAsync(World.Secretariat,
                    new GrantExtension(World.PeriodId, "B", World.On(4, 4, 17), "Đơn vị đề nghị do thay đổi nhân sự")));
            if (at == World.On(3, 30, 9))
            {
                nodes[1] = "node-2-restarted"; // the process of node 2 restarts: a new name, nothing kept in memory
                restarted = true;
            }
            if (at == World.On(3, 28, 6)) await smtp.StopAsync();      // the mail server is down for the 28/03 08:00 round …
            if (at == World.On(3, 28, 12)) await smtp.StartAgainAsync(); // … and back at noon
            if (at == World.On(3, 29, 9)) await SelfAssessAndSubmit("D");
            await Round();
        }
        Assert.True(restarted);

        var messages = smtp.Messages();
        var received = messages.Select(m => (To: m.To.Mailboxes.Single().Address, m.Subject)).ToList();
        Assert.Equal(18, received.Count);
        Assert.Equal(received.Count, received.Distinct().Count());
        Assert.Equal(18, messages.Select(m => m.MessageId).Distinct().Count());

        string Days(int n) => $"Còn {n} ngày đến hạn nộp hồ sơ tự đánh giá CCHC 2025";
        List<string> To(string unit, string subject) => [.. received
            .Where(r => r.Subject == subject && (r.To == Recipients.Email(Recipients.Editor(unit)) || r.To == Recipients.Email(Recipients.Lead(unit))))
            .Select(r => r.To).Order()];
        List<string> Both(string unit) => [.. new[] { Recipients.Email(Recipients.Editor(unit)), Recipients.Email(Recipients.Lead(unit)) }.Order()];
        foreach (var days in new[] { 7, 3, 1 }) Assert.Equal(Both("C"), To("C", Days(days)));
        foreach (var days in new[] { 7, 3 }) Assert.Equal(Both("D"), To("D", Days(days)));
        Assert.Empty(To("D", Days(1)));
        foreach (var days in new[] { 7, 3, 1 }) Assert.Equal(Both("B"), To("B", Days(days)));
        Assert.Equal(Both("B"), To("B", "Gia hạn nộp hồ sơ tự đánh giá CCHC 2025"));
        Assert.DoesNotContain(received, r => r.To.Contains(".a@", StringComparison.Ordinal));

        // The texts name the unit's own deadline in Vietnam time, with the page to open.
        var b1 = messages.Single(m => m.Subject == Days(1) && m.To.Mailboxes.Single().Address == Recipients.Email(Recipients.Lead("B")));
        Assert.Contains("Hạn nộp: 04/04/2025 17:00 (giờ Việt Nam)", b1.TextBody);
        Assert.Contains($"https://parindex.tinh-mau.gov.vn/tu-danh-gia/{World.PeriodId}", b1.TextBody);
        Assert.Equal("ParIndex", b1.From.Mailboxes.Single().Name);

        // The ledger of the outbox agrees: every email sent once, none waiting; the two 28/03 reminders of C and D and
        // B's 7-day one were tried during the outage and sent at the next round.
        var rows = await World.Run(db => db.Notifications.AsNoTracking().ToListAsync());
        Assert.Equal(18, rows.Count);
        Assert.All(rows, n => Assert.Equal(EmailState.Sent, n.Email));
        Assert.Equal(6, rows.Count(n => n.Attempts == 2));
        Assert.All(rows.Where(n => n.Attempts == 2), n => Assert.Equal(World.On(3, 28, 12).ToUniversalTime(), n.SentAt!.Value.ToUniversalTime()));
        await using (var db = World.Open()) Assert.Equal(0, await OutboxBacklog.CountAsync(db));
    }

    [Fact]
    public async Task Without_SMTP_notifications_stay_in_the_web_and_nothing_waits()
    {
        await Recipients.AddAsync(World);
        var clock = new FakeTimeProvider(World.On(3, 24, 9));
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(World.PeriodId)));
        await using (var db = World.Open()) Assert.Equal(0, await OutboxBacklog.CountAsync(db));
        var round = await NotificationRound.RunAsync(World.Open, clock, smtp: null, "node-1", CancellationToken.None);
        Assert.Equal((8, 0, 8, 0), (round.Reminders, round.Sent, round.Skipped, round.Backlog)); // 4 units × 2 people, 7 days before
        var rows = await World.Run(db => db.Notifications.AsNoTracking().ToListAsync());
        Assert.All(rows, n => Assert.Equal(EmailState.Skipped, n.Email));
        Assert.Equal(0, (await NotificationRound.RunAsync(World.Open, clock, null, "node-1", CancellationToken.None)).Reminders); // written once
    }

    [Fact]
    public async Task A_reminder_whose_deadline_passed_before_it_was_sent_is_not_sent()
    {
        await Recipients.AddAsync(World);
        await using var smtp = await SmtpServer.StartAsync();
        var settings = SmtpSettings.Read(new ConfigurationBuilder().AddInMemoryCollection(smtp.Settings()).Build())!;
        var clock = new FakeTimeProvider(World.On(3, 30, 9));
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(World.PeriodId)));
        await using (var db = World.Open())
            Assert.Equal(8, await new ScheduleDeadlineRemindersHandler(db, clock).HandleAsync(new ScheduleDeadlineReminders())); // the 1-day one only
        await using (var db = World.Open()) Assert.Equal(8, await OutboxBacklog.CountAsync(db));
        clock.SetUtcNow(World.On(3, 31, 17)); // no worker ran until the deadline itself
        var round = await NotificationRound.RunAsync(World.Open, clock, settings, "node-1", CancellationToken.None);
        Assert.Equal((0, 0, 8, 0), (round.Reminders, round.Sent, round.Skipped, round.Backlog));
        Assert.Empty(smtp.Messages());
    }
}

public sealed class ReminderTestsOnSqlite() : ReminderTests(DatabaseProvider.Sqlite);

public sealed class ReminderTestsOnPostgres() : ReminderTests(DatabaseProvider.Postgres);

/// <summary>When reminders fall due: 08:00 Vietnam time, 7, 3 and 1 calendar days before the deadline.</summary>
public sealed class ReminderTimeTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static DateTimeOffset Vn(int month, int day, int hour, int minute = 0) => new(2025, month, day, hour, minute, 0, Vietnam);

    [Fact]
    public void Reminders_fall_due_at_eight_in_the_morning_Vietnam_time()
    {
        var deadline = Vn(3, 31, 17);
        Assert.Equal(Vn(3, 24, 8), ScheduleDeadlineRemindersHandler.DueAt(deadline, 7));
        Assert.Equal(Vn(3, 28, 8), ScheduleDeadlineRemindersHandler.DueAt(deadline, 3));
        Assert.Equal(Vn(3, 30, 8), ScheduleDeadlineRemindersHandler.DueAt(deadline, 1));
        // A deadline given in UTC is placed on its Vietnam day: 31/03 20:00 UTC is 01/04 03:00 in Vietnam.
        Assert.Equal(Vn(3, 31, 8), ScheduleDeadlineRemindersHandler.DueAt(new DateTimeOffset(2025, 3, 31, 20, 0, 0, TimeSpan.Zero), 1));
    }

    [Theory]
    [InlineData(3, 24, 7, 59, null)]
    [InlineData(3, 24, 8, 0, 7)]
    [InlineData(3, 27, 23, 59, 7)]
    [InlineData(3, 28, 8, 0, 3)]
    [InlineData(3, 30, 8, 0, 1)]
    [InlineData(3, 31, 16, 59, 1)]
    [InlineData(3, 31, 17, 0, null)] // the deadline itself: nothing left to remind
    public void The_reminder_due_is_the_latest_whose_morning_has_come(int month, int day, int hour, int minute, int? days) =>
        Assert.Equal(days, ScheduleDeadlineRemindersHandler.Due(Vn(3, 31, 17), Vn(month, day, hour, minute)));
}
