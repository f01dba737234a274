using System.Net;
using ParIndex.App.Data;
using ParIndex.App.Features.Appraisal;
using ParIndex.App.Features.Periods;
using ParIndex.App.Spreadsheets;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Workflow;

namespace ParIndex.App.Tests.Web.Secretariat;

/// <summary>
/// The secretariat's home (<c>/quan-tri</c>) as the place a period is followed: submitted x of N, filters, the export,
/// the next stage change with its checklist; and the appraiser's queue and sheet with due dates and the completion at
/// the top. The year of <see cref="NonSubmitterYear"/> (A, B, D submit, C does not), on the world's clock.
/// </summary>
public abstract class ProgressPagesTests(DatabaseProvider provider) : ProviderTest(provider)
{
    [Fact]
    public async Task The_home_counts_who_submitted_filters_the_units_and_shows_the_next_stage_change()
    {
        await new NonSubmitterYear(World).SelfAssessAsync();
        World.Clock.Now = World.On(3, 28, 10);
        await using var site = await SiteSession.StartSiteAsync(World, World.Clock);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");

        var home = await secretariat.PageAsync("/quan-tri");
        Assert.Contains("Đã nộp 3/4 đơn vị", home);
        Assert.Contains("(1 đang soạn, 3 đã nộp)", home);
        Assert.Contains("Hạn nộp tự đánh giá: 31/03/2025 17:00 (còn 3 ngày)", home);
        Assert.Contains("Bước tiếp theo: chuyển sang “Thẩm định”", home);
        Assert.Contains("<strong>1 đơn vị chưa nộp hồ sơ</strong>: C", home);
        Assert.Contains($"<a href=\"/tham-dinh/{World.PeriodId}/C\">Sở C</a>", home);
        Assert.Contains("còn 3 ngày", SiteSession.Row(home, "data-unit=\"C\""));

        var drafts = await secretariat.PageAsync($"/quan-tri?ky={World.PeriodId}&trangThai=Draft");
        Assert.Contains("1/4 đơn vị", drafts);
        Assert.Contains("data-unit=\"C\"", drafts);
        Assert.DoesNotContain("data-unit=\"A\"", drafts);
        var found = await secretariat.PageAsync($"/quan-tri?ky={World.PeriodId}&tim=s%E1%BB%9F%20d");   // "sở d", any case
        Assert.Contains("data-unit=\"D\"", found);
        Assert.DoesNotContain("data-unit=\"C\"", found);

        var csv = await secretariat.GetAsync($"/quan-tri?handler=export&ky={World.PeriodId}&trangThai=Submitted&dang=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Mã đơn vị,Tên đơn vị,Khối,Trạng thái,Đã nhập,Số mục cần nhập,Thiếu tài liệu kiểm chứng,Hạn nộp,Gia hạn,Không nộp đúng hạn,Lý do trả lại", lines[0]);
        Assert.Equal(["A,Sở A,\"Sở, ban, ngành\",Đã nộp,5,5,0,31/03/2025 17:00,không,không,", "B", "D"], [lines[1], lines[2][..1], lines[3][..1]]);

        var xlsx = await secretariat.GetAsync($"/quan-tri?handler=export&ky={World.PeriodId}&dang=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        var sheet = XlsxReader.Read(await xlsx.Content.ReadAsByteArrayAsync(), "tien-do.xlsx")[0];
        Assert.Equal(["Mã đơn vị", "A", "B", "C", "D"], sheet.Rows.Select(r => r[0]));
        Assert.Equal(("Đang soạn", "2", "5"), (sheet.Cell(3, 3), sheet.Cell(3, 4), sheet.Cell(3, 5)));

        await using var editor = await SiteSession.SignInAsync(site, "can.bo.a");
        await editor.AssertForbiddenAsync($"/quan-tri?handler=export&ky={World.PeriodId}&dang=csv");
    }

    [Fact]
    public async Task The_queue_counts_days_to_the_appraisal_deadline_and_the_sheet_completes_from_the_top()
    {
        var year = new NonSubmitterYear(World);
        await year.SelfAssessAsync();
        World.Clock.Now = World.On(4, 7);
        await World.AdvanceConfirmedAsync();
        await using var site = await SiteSession.StartSiteAsync(World, World.Clock);
        await World.Run(db => new AssignAppraiserHandler(db, World.Clock).HandleAsync(World.Secretariat, new AssignAppraiser(World.PeriodId, "tham.dinh", "A", null)));
        await using var appraiser = await SiteSession.SignInAsync(site, "tham.dinh");
        await World.Run(async db => await new AppraiseScoreHandler(db, World.Clock).HandleAsync(World.Secretariat,
            new AppraiseScore(World.PeriodId, "A", "1.3", "0.5", "Chỉ có 2 tin bài", 0)));

        var queue = await appraiser.PageAsync("/tham-dinh");
        Assert.Contains("Hạn thẩm định: 30/04/2025 17:00 (còn 23 ngày)", queue);   // 07/04 to 30/04, Vietnam time
        Assert.Contains("<td data-testid=\"due-in\">còn 23 ngày</td>", queue);
        Assert.Contains("<span data-testid=\"progress\">1/6</span>", queue);

        var sheet = await appraiser.PageAsync($"/tham-dinh/{World.PeriodId}/A");
        var top = sheet.IndexOf("data-testid=\"complete-top\"", StringComparison.Ordinal);
        Assert.True(top >= 0 && top < sheet.IndexOf("id=\"appraise-form\"", StringComparison.Ordinal), "the completion is above the item");
        Assert.Contains("<strong data-testid=\"reviewed-top\">Đã xem xét 1/6 mục</strong>", sheet);
        Assert.Contains("<strong data-testid=\"reviewed-bottom\">Đã xem xét 1/6 mục</strong>", sheet);

        var done = await appraiser.PostAsync($"/tham-dinh/{World.PeriodId}/A", $"/tham-dinh/{World.PeriodId}/A?handler=Complete", []);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(Domain.Workflow.SubmissionState.Appraised, await World.Run(db => Task.FromResult(db.Submissions.Single(s => s.Unit.Code == "A").State)));
        World.Clock.Now = World.On(5, 2);
        await appraiser.SignInAsAsync("tham.dinh");   // the sign-in expires on the site's clock
        Assert.Contains("<td data-testid=\"due-in\"></td>", await appraiser.PageAsync("/tham-dinh"));
    }

}

public sealed class ProgressPagesTestsOnSqlite() : ProgressPagesTests(DatabaseProvider.Sqlite);

public sealed class ProgressPagesTestsOnPostgres() : ProgressPagesTests(DatabaseProvider.Postgres);
