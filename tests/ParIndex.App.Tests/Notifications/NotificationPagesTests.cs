using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Periods;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Web;

namespace ParIndex.App.Tests.Notifications;

/// <summary>
/// <c>/thong-bao</c> lists a person's own notifications with unread marks and the header counts the unread ones; and
/// the worker inside the running site (<c>parindex serve</c>) emails what a use case put in the outbox.
/// </summary>
public abstract class NotificationPagesTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private static int Unread(string page) =>
        Regex.Match(page, "data-testid=\"unread-count\"[^>]*>(?:<span[^>]*>[^<]*</span>)?(\\d+)</a>") is { Success: true } m ? int.Parse(m.Groups[1].Value) : 0;

    [Fact]
    public async Task A_person_sees_their_notifications_marked_unread_opens_one_and_marks_all_read()
    {
        await SiteSession.AddUsersAsync(World, SiteSession.People);
        await new YearScript(World).PublishAsync();
        await using var site = await RunningSite.StartAsync(World.Database, World.Clock);
        await using var lead = await SiteSession.SignInAsync(site, "lanh.dao.a");

        // A was appraised and its results published: two notifications for each of its people.
        var page = await lead.PageAsync("/thong-bao");
        Assert.Equal(2, Unread(page));
        Assert.Contains("2 thông báo, 2 chưa đọc", page);
        Assert.Equal(2, Regex.Matches(page, "data-unread=\"true\"").Count);
        Assert.Matches("<span class=\"new\">Mới</span>\\s*Kết quả CCHC 2025 đã được công bố", page);
        Assert.Contains("Đã có kết quả thẩm định CCHC 2025", page);

        var mine = await World.Run(db => db.Notifications.AsNoTracking().Where(n => n.UserId == db.Users.Single(u => u.UserName == "lanh.dao.a").Id)
            .OrderBy(n => n.Id).ToListAsync());
        var published = mine.Single(n => n.Kind == NotificationKind.ResultsPublished);

        // Someone else cannot mark it read.
        await using var other = await SiteSession.SignInAsync(site, "bien.tap.b");
        var foreign = await other.PostAsync("/thong-bao", $"/thong-bao?handler=Read&id={published.Id}", []);
        Assert.Equal(HttpStatusCode.Redirect, foreign.StatusCode);
        Assert.Equal("/thong-bao", foreign.Headers.Location!.OriginalString);
        Assert.Null(await World.Run(db => db.Notifications.Where(n => n.Id == published.Id).Select(n => n.ReadAt).SingleAsync()));

        // Opening it marks it read and goes to the unit's published result.
        var open = await lead.PostAsync("/thong-bao", $"/thong-bao?handler=Read&id={published.Id}", []);
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        Assert.Equal($"/ket-qua/{World.PeriodId}/don-vi/A", open.Headers.Location!.OriginalString);
        page = await lead.PageAsync("/thong-bao");
        Assert.Equal(1, Unread(page));
        Assert.Contains("2 thông báo, 1 chưa đọc", page);

        var all = await lead.PostAsync("/thong-bao", "/thong-bao?handler=ReadAll", []);
        Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);
        page = await lead.PageAsync("/ket-qua");
        Assert.Equal(0, Unread(page));
        Assert.DoesNotContain("data-testid=\"unread-count\"", page);
        Assert.Equal(3, Unread(await other.PageAsync("/thong-bao"))); // B's own three (appraised, appeal accepted, published) untouched
    }

    [Fact]
    public async Task The_worker_of_the_running_site_emails_what_a_use_case_put_in_the_outbox()
    {
        await Recipients.AddAsync(World);
        await using var smtp = await SmtpServer.StartAsync();
        var settings = smtp.Settings();
        settings["Notifications:Worker"] = "true";
        settings["Notifications:PollSeconds"] = "1";
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(World.PeriodId)));
        await using var site = await RunningSite.StartAsync(World.Database, World.Clock, settings);

        await World.Run(db => new GrantExtensionHandler(db, World.Clock).HandleAsync(World.Secretariat,
            new GrantExtension(World.PeriodId, "C", World.On(4, 5, 17), "Đơn vị mới sáp nhập")));
        var messages = await smtp.WaitForAsync(2);
        Assert.Equal([Recipients.Email("bt.c"), Recipients.Email("ld.c")], messages.Select(m => m.To.Mailboxes.Single().Address).Order().ToList());
        Assert.All(messages, m => Assert.Equal("Gia hạn nộp hồ sơ tự đánh giá CCHC 2025", m.Subject));
        Assert.All(messages, m => Assert.Contains("đến 05/04/2025 17:00", m.TextBody));
        Assert.True(await World.Run(db => db.Notifications.AllAsync(n => n.Email == EmailState.Sent)));
    }
}

public sealed class NotificationPagesTestsOnSqlite() : NotificationPagesTests(DatabaseProvider.Sqlite);

public sealed class NotificationPagesTestsOnPostgres() : NotificationPagesTests(DatabaseProvider.Postgres);
