using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Tests.Crosswalks;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Web.Secretariat;

/// <summary>
/// <c>/quan-tri/ky/{id}/chuyen-doi</c> for the 2026 period on TEST-SO-2 (<see cref="CrosswalkConfirmationTests"/>): the
/// period page links it with "totals only"; the proposal downloads; a bad file is refused in place with located problems
/// and nothing stored; a good one reads in words and is stored only once confirmed; the council reads, never writes.
/// </summary>
public abstract class CrosswalkPageTests(DatabaseProvider provider) : ProviderTest(provider)
{
    [Fact]
    public async Task The_secretariat_downloads_the_proposal_checks_it_reads_the_links_in_words_and_confirms_it()
    {
        var period = await CrosswalkConfirmationTests.NextYearAsync(World);
        var page = $"/quan-tri/ky/{period}/chuyen-doi";
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");

        var periodPage = WebUtility.HtmlDecode(await secretariat.PageAsync($"/quan-tri/ky/{period}"));
        Assert.Contains($"TEST-SO → TEST-SO-2 — <a href=\"{page}\">Chưa có bảng chuyển đổi — chỉ so sánh tổng điểm</a>", periodPage);
        Assert.DoesNotContain("data-testid=\"edition-steps\"", await secretariat.PageAsync($"/quan-tri/ky/{World.PeriodId}"));

        var proposal = await secretariat.GetAsync($"{page}?handler=Proposal&tu=TEST-SO&den=TEST-SO-2&dang=json");
        Assert.Equal(HttpStatusCode.OK, proposal.StatusCode);
        Assert.Equal("anh-xa-TEST-SO-TEST-SO-2.json", proposal.Content.Headers.ContentDisposition?.FileNameStar ?? proposal.Content.Headers.ContentDisposition?.FileName);
        var json = await proposal.Content.ReadAsStringAsync();

        var bad = await secretariat.UploadAsync(page, $"{page}?handler=Check", "sai.json", json.Replace("\"to\": \"2.4\"", "\"to\": \"2.9\"", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var errors = SiteSession.ErrorsBeside(await SiteSession.TextAsync(bad), "crosswalk");
        Assert.Contains("sai.json, tiêu chí 2.9: $.links[", errors);
        Assert.Contains("there is no node '2.9' in TEST-SO-2", errors);
        Assert.Equal(0, await World.Run(db => db.Crosswalks.CountAsync()));

        var good = await SiteSession.TextAsync(await secretariat.UploadAsync(page, $"{page}?handler=Check", "de-xuat.json", json));
        var table = SiteSession.Between(good, "data-testid=\"checked\"", "</table>");
        Assert.Contains("<td>1.3 — Tuyên truyền</td>\n            <td>đổi tên</td>\n            <td>1.3 — Tuyên truyền CCHC</td>", table);
        Assert.Contains("<td>2.2 — Hồ sơ trễ hạn</td>\n            <td>bỏ</td>\n            <td>—</td>", table);
        Assert.Contains("<td>—</td>\n            <td>mới</td>\n            <td>2.4 — Ứng dụng chữ ký số</td>", table);
        Assert.Equal(6, table.Split("<td>giữ nguyên</td>").Length - 1);
        Assert.Equal(0, await World.Run(db => db.Crosswalks.CountAsync()));

        var hidden = System.Text.RegularExpressions.Regex.Match(await (await secretariat.UploadAsync(page, $"{page}?handler=Check", "de-xuat.json", json)).Content.ReadAsStringAsync(),
            "name=\"json\" value=\"([^\"]*)\"").Groups[1].Value;
        var confirmed = await secretariat.PostAsync(page, $"{page}?handler=Confirm", new() { ["json"] = WebUtility.HtmlDecode(hidden) });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var after = WebUtility.HtmlDecode(await secretariat.PageAsync(page));
        Assert.Contains("Đã xác nhận bảng ánh xạ TEST-SO → TEST-SO-2 (9 liên kết)", after);
        Assert.Contains("data-testid=\"crosswalk-confirmed\"", after);
        Assert.Equal("TEST-SO→TEST-SO-2", await World.Run(db => db.Crosswalks.Select(c => c.FromCode + "→" + c.ToCode).SingleAsync()));
        Assert.Contains("đã có bảng chuyển đổi</a>", WebUtility.HtmlDecode(await secretariat.PageAsync($"/quan-tri/ky/{period}")));
    }

    [Fact]
    public async Task The_council_reads_the_page_without_its_forms_and_may_not_confirm()
    {
        var period = await CrosswalkConfirmationTests.NextYearAsync(World);
        var page = $"/quan-tri/ky/{period}/chuyen-doi";
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var council = await SiteSession.SignInAsync(site, "hoi.dong");

        var html = WebUtility.HtmlDecode(await council.PageAsync(page));
        Assert.Contains("Chưa có bảng chuyển đổi — chỉ so sánh tổng điểm", html);
        Assert.DoesNotContain("data-testid=\"crosswalk-file\"", html);
        Assert.DoesNotContain("data-testid=\"proposal-json\"", html);
        SiteSession.AssertForbidden(await council.PostWithTokenAsync($"{page}?handler=Confirm", new Dictionary<string, string> { ["json"] = "{}" }, await council.TokenAsync("/toi/the-api")));
        await council.AssertForbiddenAsync($"{page}?handler=Proposal&tu=TEST-SO&den=TEST-SO-2&dang=json");

        await council.GetAsync("/ngon-ngu/en?back=/");
        Assert.Contains("No crosswalk yet — totals compared only", WebUtility.HtmlDecode(await council.PageAsync(page)));
    }
}

public sealed class SqliteCrosswalkPageTests() : CrosswalkPageTests(DatabaseProvider.Sqlite);

public sealed class PostgresCrosswalkPageTests() : CrosswalkPageTests(DatabaseProvider.Postgres);
