using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Notifications;

/// <summary>
/// The use cases that change what a unit must know write its notifications in their own transaction: a scripted year
/// (<see cref="YearScript"/>: D returned, C extended, every unit appraised, B's appeal accepted and C's rejected,
/// publication) leaves exactly the notifications worked out by hand for the eight people of the four units.
/// </summary>
public abstract class OutboxEventTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private Task<List<Notification>> All() => World.Run(db => db.Notifications.AsNoTracking().OrderBy(n => n.Id).ToListAsync());

    private async Task<string> UserId(string user) => await World.Run(db => db.Users.Where(u => u.UserName == user).Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task A_scripted_year_notifies_each_unit_of_each_event_once_per_person()
    {
        await Recipients.AddAsync(World, withoutEmail: Recipients.Lead("D"));
        await new YearScript(World).PublishAsync();
        var all = await All();

        // 2 people per unit: D returned (2), C extended (2), A–D appraised (8), B and C appeals decided (4), A–D published (8).
        Assert.Equal(24, all.Count);
        Assert.Equal(24, all.Select(n => n.Key).Distinct().Count());
        var byKind = all.GroupBy(n => n.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(2, byKind[NotificationKind.SubmissionReturned]);
        Assert.Equal(2, byKind[NotificationKind.ExtensionGranted]);
        Assert.Equal(8, byKind[NotificationKind.AppraisalCompleted]);
        Assert.Equal(4, byKind[NotificationKind.AppealDecided]);
        Assert.Equal(8, byKind[NotificationKind.ResultsPublished]);
        Assert.False(byKind.ContainsKey(NotificationKind.DeadlineReminder)); // only the worker writes reminders

        var leadD = await UserId(Recipients.Lead("D"));
        var returned = all.Single(n => n.Kind == NotificationKind.SubmissionReturned && n.UserId == leadD);
        Assert.Equal("Hồ sơ tự đánh giá CCHC 2025 bị trả lại để chỉnh sửa", returned.Subject);
        Assert.Contains("Lý do: Thiếu tài liệu kiểm chứng mục 2.1", returned.Body);
        Assert.Equal((EmailState.None, (string?)null), (returned.Email, returned.EmailTo)); // D's leader has no address: web only
        var editorD = await UserId(Recipients.Editor("D"));
        Assert.Equal((EmailState.Pending, Recipients.Email("bt.d")), all.Where(n => n.UserId == editorD).Select(n => (n.Email, n.EmailTo)).Distinct().Single());

        Assert.All(all.Where(n => n.Kind == NotificationKind.ExtensionGranted),
            n => Assert.Equal("Cơ quan thường trực đã gia hạn nộp hồ sơ tự đánh giá của Sở C đến 05/04/2025 17:00. Lý do: Đơn vị mới sáp nhập", n.Body));
        var appeals = all.Where(n => n.Kind == NotificationKind.AppealDecided).Select(n => n.Subject).Order().Distinct().ToList();
        Assert.Equal(["Giải trình tiêu chí 1.2 không được chấp nhận", "Giải trình tiêu chí 2.1 được chấp nhận"], appeals);
        var published = all.Where(n => n.Kind == NotificationKind.ResultsPublished).Select(n => n.Link).Distinct().Order().ToList();
        Assert.Equal([.. World.UnitCodes.Select(u => $"/ket-qua/{World.PeriodId}/don-vi/{u}")], published);
        Assert.All(all, n => Assert.Null(n.ReadAt));
    }

    [Fact]
    public async Task The_notification_is_part_of_the_change_a_failed_outbox_write_undoes_the_return()
    {
        await Recipients.AddAsync(World);
        var clock = World.Clock;
        await World.Run(db => new Features.Periods.AdvancePeriodHandler(db, clock).HandleAsync(World.Secretariat, new Features.Periods.AdvancePeriod(World.PeriodId)));
        clock.Now = World.On(2, 10);
        foreach (var (leaf, input) in new[] { ("1.1", "ontime"), ("1.2", "95%"), ("1.3", "0.75"), ("2.1", "pass"), ("2.2", "1") })
            await World.Run(db => new SaveScoreHandler(db, clock).HandleAsync(World.Editor("A"),
                new SaveScore(World.PeriodId, "A", leaf, input, 0, leaf is "1.1" or "2.1" ? "Văn bản lưu tại đơn vị" : null)));
        await World.Run(db => new SubmitSelfAssessmentHandler(db, clock).HandleAsync(World.Lead("A"), new SubmitSelfAssessment(World.PeriodId, "A")));

        // Another row already holds the key the return would write for A's leader: the outbox insert fails at commit.
        var submission = await World.Run(db => db.Submissions.AsNoTracking().SingleAsync(s => s.PeriodId == World.PeriodId && s.Unit.Code == "A"));
        var lead = await UserId(Recipients.Lead("A"));
        await World.Run(async db =>
        {
            db.Notifications.Add(new Notification
            {
                UserId = lead, Kind = NotificationKind.SubmissionReturned, Key = $"returned:{submission.Id}:v{submission.Version + 1}:{lead}",
                Subject = "x", SubjectEn = "x", Body = "x", BodyEn = "x", CreatedAt = Moment.Of(clock.GetUtcNow()),
            });
            await db.SaveChangesAsync();
        });
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => World.Run(db =>
            new ReturnSubmissionHandler(db, clock).HandleAsync(World.Secretariat, new ReturnSubmission(World.PeriodId, "A", "Thiếu tài liệu"))));

        var after = await World.Run(db => db.Submissions.AsNoTracking().SingleAsync(s => s.Id == submission.Id));
        Assert.Equal((SubmissionState.Submitted, submission.Version, (string?)null), (after.State, after.Version, after.ReturnReason));
        Assert.Single(await All()); // only the planted row: neither the editor's notification nor the audit entry was kept
        Assert.False(await World.Run(db => db.Audit.AnyAsync(a => a.Action == "submission.return")));

        // Without the obstacle the same return goes through with both notifications.
        await World.Run(db => db.Notifications.ExecuteDeleteAsync());
        Assert.Equal(SubmissionState.ReturnedForRevision, await World.Run(db =>
            new ReturnSubmissionHandler(db, clock).HandleAsync(World.Secretariat, new ReturnSubmission(World.PeriodId, "A", "Thiếu tài liệu"))));
        Assert.Equal(2, (await All()).Count(n => n.Kind == NotificationKind.SubmissionReturned));
    }
}

public sealed class OutboxEventTestsOnSqlite() : OutboxEventTests(DatabaseProvider.Sqlite);

public sealed class OutboxEventTestsOnPostgres() : OutboxEventTests(DatabaseProvider.Postgres);
