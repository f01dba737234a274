using System.Net;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Periods;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Web.AuditReading;

/// <summary><c>/quan-tri/nhat-ky</c>: filters kept in the form, pages, an entry's before and after, the chain check, and who may read.</summary>
public abstract class AuditLogPageTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private const string Page = "/quan-tri/nhat-ky";

    [Fact]
    public async Task The_log_is_filtered_an_entry_opens_and_the_chain_check_reports_intact_then_broken()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(World.PeriodId)));
        await using var council = await SiteSession.SignInAsync(site, "hoi.dong");

        var filtered = await council.PageAsync($"{Page}?ky={World.PeriodId}&thao-tac=period");
        // World's period.create and the advance: newest first.
        Assert.Contains("2 mục", filtered);
        var table = filtered[filtered.IndexOf("data-testid=\"audit\"", StringComparison.Ordinal)..];
        Assert.True(table.IndexOf("<td>Chuyển giai đoạn</td>", StringComparison.Ordinal) is > 0 and var moved && moved < table.IndexOf("<td>Tạo kỳ đánh giá</td>", StringComparison.Ordinal));
        Assert.Contains($"<td>Kỳ đánh giá {World.PeriodId}</td>", table);
        Assert.DoesNotContain("period.", table);
        Assert.Contains($"<option value=\"{World.PeriodId}\" selected=\"selected\">CCHC 2025</option>", filtered);
        Assert.Contains("<option value=\"period\" selected=\"selected\">Kỳ đánh giá: mọi thao tác</option>", filtered);
        Assert.Contains("<option value=\"user.add\">Thêm tài khoản</option>", filtered);
        Assert.DoesNotContain("Thêm tài khoản", table);

        var advance = await World.Run(db => db.Audit.Where(a => a.Action == "period.advance").Select(a => a.Id).SingleAsync());
        var entry = await council.PageAsync($"{Page}/{advance}");
        Assert.Contains("<pre class=\"value\" data-testid=\"before\">Chuẩn bị</pre>", entry);
        Assert.Contains("<pre class=\"value\" data-testid=\"after\">Tự đánh giá</pre>", entry);
        Assert.Contains("Sở Nội vụ", entry.Replace("u-snv", "Sở Nội vụ"));

        var count = await World.Run(db => db.Audit.CountAsync());
        var intact = await SiteSession.TextAsync(await council.PostAsync(Page, Page + "?handler=Verify", []));
        Assert.Contains($"Nhật ký nguyên vẹn: {count} mục", intact);

        await World.Run(db => db.Database.ExecuteSqlAsync($"UPDATE \"Audit\" SET \"Reason\" = 'sửa trực tiếp' WHERE \"Id\" = {advance}"));
        var broken = await SiteSession.TextAsync(await council.PostAsync(Page, Page + "?handler=Verify", []));
        Assert.Contains($"Nhật ký bị sửa ở mục {advance}", broken);
        Assert.Contains($"<a href=\"/quan-tri/nhat-ky/{advance}\">Xem mục này</a>", broken);
    }

    [Fact]
    public async Task A_unit_and_an_appraiser_are_refused_and_an_unknown_entry_is_not_found()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        foreach (var user in new[] { "can.bo.a", "lanh.dao.a", "tham.dinh" })
        {
            await using var session = await SiteSession.SignInAsync(site, user);
            await session.AssertForbiddenAsync(Page);
            await session.AssertForbiddenAsync($"{Page}/1");
            SiteSession.AssertForbidden(await session.PostAsync("/toi", Page + "?handler=Verify", []));
        }
        await using var admin = await SiteSession.SignInAsync(site, "quan.tri");
        await admin.PageAsync($"{Page}/999999", HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostWithoutTokenAsync(Page + "?handler=Verify", [])).StatusCode);
        Assert.Contains("<a href=\"/quan-tri/nhat-ky\" aria-current=\"page\">Nhật ký</a>", await admin.PageAsync(Page + "?trang=7&tu=2025-01-01&den=2025-01-31&don-vi=A&nguoi=quan.tri"));
    }
}

public sealed class AuditLogPageTestsOnSqlite() : AuditLogPageTests(DatabaseProvider.Sqlite);

public sealed class AuditLogPageTestsOnPostgres() : AuditLogPageTests(DatabaseProvider.Postgres);
