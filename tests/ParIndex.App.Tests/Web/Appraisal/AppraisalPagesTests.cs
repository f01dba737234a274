using System.Net;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Web.Appraisal;

/// <summary>The appraiser's pages: the queue, the per-item sheet with evidence files, saving with a reason, conflicts, completion.</summary>
public abstract class AppraisalPagesTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private async Task<(RunningSite Site, AppraisalYear Year)> StartAsync()
    {
        var site = await RunningSite.StartAsync(World.Database);
        var year = await AppraisalYear.StartAsync(World, site);
        await year.ToAppraisalAsync();
        return (site, year);
    }

    private string Sheet(string unit, string? leaf = null) => $"/tham-dinh/{World.PeriodId}/{unit}" + (leaf is null ? "" : "/" + leaf);

    private Task<ScoreEntry?> AppraisedAsync(string unit, string leaf) => World.Run(db => db.Scores.AsNoTracking()
        .Where(s => s.Stage == ScoreStage.Appraised && s.LeafCode == leaf && db.Submissions.Any(u => u.Id == s.SubmissionId && u.PeriodId == World.PeriodId && u.Unit.Code == unit))
        .OrderByDescending(s => s.Version).FirstOrDefaultAsync());

    [Fact]
    public async Task The_queue_shows_only_the_assigned_submissions_with_their_progress()
    {
        var (site, year) = await StartAsync();
        await using var _ = site;
        await year.AppraiseAsync("td.a", "A", "1.3", "0.5", "Chỉ có 2 tin bài");
        await year.AppraiseAsync("td.vung2", "B", "2.2", "2", "Có 2 hồ sơ trễ hạn");

        await using var unitAppraiser = await SiteSession.SignInAsync(site, "td.a");
        var queue = await unitAppraiser.PageAsync("/tham-dinh");
        Assert.Contains("Hồ sơ cần thẩm định", queue);
        Assert.Contains("data-unit=\"A\"", queue);
        Assert.DoesNotContain("data-unit=\"B\"", queue);
        Assert.Contains("<span data-testid=\"progress\">1/6</span>", queue);
        Assert.Contains("<td>Đã nộp</td>", queue);
        Assert.Contains("Cả đơn vị", queue);

        await using var areaAppraiser = await SiteSession.SignInAsync(site, "td.vung2");
        var areaQueue = await areaAppraiser.PageAsync("/tham-dinh");
        Assert.All(World.UnitCodes, unit => Assert.Contains($"data-unit=\"{unit}\"", areaQueue));
        Assert.Equal(3, areaQueue.Split("<span data-testid=\"progress\">0/3</span>").Length - 1);   // A, C, D
        Assert.Contains("<span data-testid=\"progress\">1/3</span>", areaQueue);                     // B's 2.2
        Assert.Contains("Một số lĩnh vực", areaQueue);

        await using var lead = await SiteSession.SignInAsync(site, "ld.a");
        await lead.AssertForbiddenAsync("/tham-dinh");
    }

    [Fact]
    public async Task An_item_shows_the_units_input_and_evidence_and_saving_with_a_reason_goes_to_the_next_item()
    {
        var (site, year) = await StartAsync();
        await using var _ = site;
        await using var browser = await SiteSession.SignInAsync(site, "td.a");

        var page = await browser.PageAsync(Sheet("A"));
        Assert.Contains("1.1. Kế hoạch CCHC", page);
        Assert.Contains("Đúng hạn → 1,00 điểm", page);
        Assert.Contains("Văn bản lưu tại đơn vị", page);
        Assert.Contains("12/KH-A", page);
        Assert.Contains("15/01/2025, UBND tỉnh", page);
        Assert.Contains($"href=\"/tai-lieu/{year.DocumentOn11}\"", page);
        Assert.DoesNotContain("34/TB-A", page);                                  // 2.1's document, not this item's
        Assert.Contains("<option value=\"ontime\" selected=\"selected\">Đúng hạn (1,00)</option>", page);
        Assert.Contains("accesskey=\"n\"", page);

        var file = await browser.GetAsync($"/tai-lieu/{year.DocumentOn11}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", file.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(ParIndex.App.Features.Demo.DemoPdf.Create("A 1.1", ["A 1.1"]), await file.Content.ReadAsByteArrayAsync());

        var saved = await browser.PostAsync(Sheet("A", "1.1"), Sheet("A", "1.1"), new() { ["Input"] = "late", ["Reason"] = "Ban hành chậm 5 ngày", ["ExpectedVersion"] = "0" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(Sheet("A", "1.2"), saved.Headers.Location?.OriginalString);
        var next = await browser.PageAsync(Sheet("A", "1.2"));
        Assert.Contains("Đã lưu tiêu chí 1.1: Chậm → 0,5 điểm", next);
        Assert.Contains("đã thẩm định: Chậm → 0,50", next);
        Assert.Contains("Đã thẩm định <strong>1/6</strong>", next);
        var entry = await AppraisedAsync("A", "1.1");
        Assert.Equal(("late", 0.5m, "Ban hành chậm 5 ngày", 1), (entry!.Input, entry.Points, entry.Note, entry.Version));
    }

    [Fact]
    public async Task An_appraiser_gets_403_on_what_is_not_assigned_to_them_page_file_and_save_alike()
    {
        var (site, year) = await StartAsync();
        await using var _ = site;
        await using var unitAppraiser = await SiteSession.SignInAsync(site, "td.a");
        await unitAppraiser.AssertForbiddenAsync(Sheet("B"));
        var post = await unitAppraiser.PostAsync(Sheet("A", "1.1"), Sheet("B", "1.1"), new() { ["Input"] = "late", ["Reason"] = "Thử", ["ExpectedVersion"] = "0" });
        SiteSession.AssertForbidden(post);

        await using var areaAppraiser = await SiteSession.SignInAsync(site, "td.vung2");
        var areaPage = await areaAppraiser.PageAsync(Sheet("A"));
        Assert.Contains("2.1. Công khai TTHC", areaPage);                      // the first item of area 2
        Assert.DoesNotContain("1.1. Kế hoạch CCHC", areaPage);
        Assert.DoesNotContain("Hoàn thành thẩm định</button>", areaPage);       // an area appraiser does not close the unit
        await areaAppraiser.AssertForbiddenAsync(Sheet("A", "1.1"));
        SiteSession.AssertForbidden(await areaAppraiser.PostAsync(Sheet("A", "2.1"), Sheet("A", "1.1"),
            new() { ["Input"] = "late", ["Reason"] = "Thử", ["ExpectedVersion"] = "0" }));
        await areaAppraiser.AssertForbiddenAsync($"/tai-lieu/{year.DocumentOn11}");
        Assert.Equal(HttpStatusCode.OK, (await areaAppraiser.GetAsync($"/tai-lieu/{year.DocumentOn21}")).StatusCode);

        await using var lead = await SiteSession.SignInAsync(site, "ld.a");
        await lead.AssertForbiddenAsync(Sheet("A"));
        Assert.Null(await AppraisedAsync("B", "1.1"));
        Assert.Null(await AppraisedAsync("A", "1.1"));
    }

    [Fact]
    public async Task A_missing_reason_or_an_unreadable_input_is_shown_beside_its_field_and_nothing_is_saved()
    {
        var (site, _) = await StartAsync();
        await using var __ = site;
        await using var browser = await SiteSession.SignInAsync(site, "td.a");

        var noReason = await browser.PostAsync(Sheet("A", "1.2"), Sheet("A", "1.2"), new() { ["Input"] = "80%", ["Reason"] = " ", ["ExpectedVersion"] = "0" });
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        var html = await SiteSession.TextAsync(noReason);
        Assert.Contains("<span id=\"reason-error\" class=\"field-error\" data-testid=\"reason-error\">Điểm thẩm định phải có lý do</span>", html);
        Assert.Contains("value=\"80%\"", html);                                   // what was typed stays

        var unreadable = await browser.PostAsync(Sheet("A", "1.2"), Sheet("A", "1.2"), new() { ["Input"] = "nhiều", ["Reason"] = "Theo báo cáo", ["ExpectedVersion"] = "0" });
        var unreadableHtml = await SiteSession.TextAsync(unreadable);
        Assert.Matches("data-testid=\"input-error\">[^<]*1\\.2[^<]*nhiều", unreadableHtml);
        Assert.Contains("<span id=\"reason-error\" class=\"field-error\" data-testid=\"reason-error\"></span>", unreadableHtml);
        Assert.Null(await AppraisedAsync("A", "1.2"));
    }

    [Fact]
    public async Task A_save_based_on_an_outdated_version_shows_the_other_value_and_saves_once_confirmed()
    {
        var (site, year) = await StartAsync();
        await using var _ = site;
        await using var browser = await SiteSession.SignInAsync(site, "td.a");
        var form = await browser.PageAsync(Sheet("A", "1.3"));
        Assert.Contains("name=\"ExpectedVersion\" value=\"0\"", form);

        await year.AppraiseAsync("snv", "A", "1.3", "0.25", "Chỉ có 1 tin bài");   // the secretariat saves first
        var conflict = await browser.PostAsync(Sheet("A", "1.3"), Sheet("A", "1.3"), new() { ["Input"] = "0.5", ["Reason"] = "Có 2 tin bài", ["ExpectedVersion"] = "0" });
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var html = await SiteSession.TextAsync(conflict);
        Assert.Contains("Mục 1.3 vừa được người khác cập nhật (phiên bản 1: “0.25”)", html);
        Assert.Matches("data-testid=\"conflict\">[^<]*<strong>0.25</strong>", html);
        Assert.Contains("name=\"ExpectedVersion\" value=\"1\"", html);
        Assert.Equal("0.25", (await AppraisedAsync("A", "1.3"))!.Input);

        // Typed with the vi-VN comma; the box then shows it back the same way and says what it read.
        var confirmed = await browser.PostAsync(Sheet("A", "1.3"), Sheet("A", "1.3"), new() { ["Input"] = "0,5", ["Reason"] = "Có 2 tin bài", ["ExpectedVersion"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var entry = await AppraisedAsync("A", "1.3");
        Assert.Equal(("0.5", 0.5m, 2), (entry!.Input, entry.Points, entry.Version));
        var again = await browser.PageAsync(Sheet("A", "1.3"));
        Assert.Contains("name=\"Input\" value=\"0,5\"", again);
        Assert.Contains("<span data-testid=\"understood\">đã hiểu là 0,5</span>", again);
    }

    [Fact]
    public async Task Completing_the_appraisal_closes_the_submission_and_a_second_attempt_shows_the_refusal()
    {
        var (site, _) = await StartAsync();
        await using var __ = site;
        await using var browser = await SiteSession.SignInAsync(site, "td.a");
        var done = await browser.PostAsync(Sheet("A"), Sheet("A") + "?handler=Complete", []);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var page = await browser.PageAsync(Sheet("A"));
        Assert.Contains("Đã hoàn thành thẩm định hồ sơ của đơn vị A", page);
        Assert.Contains("Hồ sơ: <strong>Đã thẩm định</strong>", page);
        Assert.Equal(SubmissionState.Appraised, await World.Run(db => db.Submissions.Where(s => s.PeriodId == World.PeriodId && s.Unit.Code == "A").Select(s => s.State).SingleAsync()));

        var again = await browser.PostAsync(Sheet("A"), Sheet("A") + "?handler=Complete", []);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Matches("data-testid=\"complete-error\">Không thể hoàn thành thẩm định khi hồ sơ ở trạng thái “Đã thẩm định”", await SiteSession.TextAsync(again));

        var late = await browser.PostAsync(Sheet("A", "1.1"), Sheet("A", "1.1"), new() { ["Input"] = "late", ["Reason"] = "Sau khi đóng", ["ExpectedVersion"] = "0" });
        Assert.Contains("Chỉ thẩm định hồ sơ đã nộp", await SiteSession.TextAsync(late));
    }

    [Fact]
    public async Task Posts_without_the_antiforgery_token_are_rejected()
    {
        var (site, _) = await StartAsync();
        await using var __ = site;
        await using var browser = await SiteSession.SignInAsync(site, "td.a");
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.PostWithoutTokenAsync(Sheet("A", "1.1"),
            new Dictionary<string, string> { ["Input"] = "late", ["Reason"] = "Giả mạo", ["ExpectedVersion"] = "0" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.PostWithoutTokenAsync(Sheet("A") + "?handler=Complete", [])).StatusCode);
        Assert.Null(await AppraisedAsync("A", "1.1"));
    }
}

public sealed class AppraisalPagesTestsOnSqlite() : AppraisalPagesTests(DatabaseProvider.Sqlite);

public sealed class AppraisalPagesTestsOnPostgres() : AppraisalPagesTests(DatabaseProvider.Postgres);
