using System.Text;
using Microsoft.Playwright;
using ParIndex.App.Features.Appraisal;
using ParIndex.App.Features.Frameworks;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Features.Units;
using ParIndex.App.Security;
using ParIndex.Domain.Workflow;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>
/// A period taken through its stage changes in the browser, where units fail to do their part: Sở Công Thương never
/// submits, Sở Tài chính is returned and does not resubmit, one appraisal is left open and nobody enters the survey
/// points. The secretariat follows the period on its home page (filters, checklist), chooses to leave non-submitters
/// out of the ranking, and moves the period on through the checklist and its second confirmation; the appraiser sees
/// the days left and completes from the top of the sheet; publication names the unit left out, on the public page;
/// the administrator reopens the period with a reason and the history shows what each change did. The set-up steps
/// that are not the subject go through the use cases. Screenshots at 1280 px and the pages checked at 360 px.
/// </summary>
public sealed class StageChangeTests(EmptyProvinceSite site, ITestOutputHelper output) : BrowserTest<EmptyProvinceSite>(site, output)
{
    private const string FrameworkJson = """
        {"code": "CCHC-SO-BUOC", "name": "Bộ chỉ số CCHC khối sở (thử các bước)", "group": "Sở, ban, ngành",
         "bands": [{"label": "Tốt", "min": 80}, {"label": "Khá", "min": 65}, {"label": "Trung bình", "min": 50}, {"label": "Yếu", "min": 0}],
         "nodes": [
          {"code": "1", "name": "Chỉ đạo, điều hành", "max": 5, "children": [
            {"code": "1.1", "name": "Kế hoạch CCHC", "max": 2, "rule": {"kind": "passFail"}},
            {"code": "1.2", "name": "Hoàn thành kế hoạch", "max": 3, "rule": {"kind": "proportional"}}]},
          {"code": "2", "name": "Tác động của cải cách", "max": 5, "children": [
            {"code": "2.1", "name": "Hồ sơ trễ hạn", "max": 3, "rule": {"kind": "deduction", "perOccurrence": 0.5}},
            {"code": "2.2", "name": "Sự hài lòng của người dân", "max": 2, "rule": {"kind": "survey", "indicator": "SIPAS"}}]}]}
        """;

    private const string UnitsCsv = """
        code,name,group,type
        SXD,Sở Xây dựng,"Sở, ban, ngành",department
        SYT,Sở Y tế,"Sở, ban, ngành",department
        SCT,Sở Công Thương,"Sở, ban, ngành",department
        STC,Sở Tài chính,"Sở, ban, ngành",department

        """;

    private const string Password = "BuocKy-Thu-2025";

    private static DateTimeOffset Vn(int month, int day, int hour = 9) => new(2025, month, day, hour, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task A_period_moves_on_through_its_checklists_and_is_reopened() => await InBrowser(async b =>
    {
        var page = b.Page;
        var periodId = await StageAsync();
        var periodPage = $"/quan-tri/ky/{periodId}";

        // ---- 1 April, after the deadline: the secretariat's home counts who submitted and lists what is open.
        Site.Clock.MoveTo(Vn(4, 1));
        await b.SignInAsync("buoc.thuongtruc", Password);
        await b.OpenAsync("/quan-tri", "home");
        await Assertions.Expect(page.GetByTestId("submitted")).ToContainTextAsync("Đã nộp 2/4 đơn vị");
        var next = page.GetByTestId("next-stage");
        await Assertions.Expect(next.GetByTestId("item-NotSubmitted")).ToContainTextAsync("1 đơn vị chưa nộp hồ sơ: SCT");
        await Assertions.Expect(next.GetByTestId("item-ReturnedNotResubmitted")).ToContainTextAsync("1 hồ sơ bị trả lại chưa nộp lại: STC");
        await page.GetByLabel("Trạng thái").SelectOptionAsync(new SelectOptionValue { Label = "Đang soạn" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("units").Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("units").Locator("tbody tr")).ToHaveAttributeAsync("data-unit", "SCT");
        await b.ScreenshotAsync("home-filtered");
        var csv = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "CSV", Exact = true }).ClickAsync());
        var lines = (await File.ReadAllTextAsync((await csv.PathAsync())!, Encoding.UTF8)).TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("SCT,Sở Công Thương,", lines[1]);

        // The period page: the non-submitter setting, then the move through its two confirmations.
        await page.GotoAsync(periodPage);
        var setting = page.GetByTestId("non-submitters");
        await setting.GetByLabel("Không xếp hạng, công bố lý do").CheckAsync();
        await setting.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("done")).ToHaveTextAsync("Đơn vị không nộp hồ sơ: Không xếp hạng, công bố lý do");
        await Assertions.Expect(page.GetByTestId("next-stage").GetByTestId("item-NotSubmitted"))
            .ToContainTextAsync("sẽ bị ghi nhận là không nộp và không được xếp hạng; kết quả công bố nêu lý do");
        await b.ScreenshotAsync("period-checklist");
        await YearPages.AdvanceThroughOpenItemsAsync(b, "Thẩm định", "second-confirmation", "1 đơn vị chưa nộp hồ sơ: SCT", "1 hồ sơ bị trả lại chưa nộp lại: STC");
        await Assertions.Expect(page.GetByTestId("done")).ToContainTextAsync("Hồ sơ thay đổi: SCT Đang soạn → Không nộp; STC Bị trả lại để chỉnh sửa → Đã nộp");
        await Assertions.Expect(page.GetByTestId("history").GetByTestId("change").First)
            .ToContainTextAsync("Chuyển giai đoạn: “Tự đánh giá” → “Thẩm định”");
        await b.ScreenshotAsync("moved-to-appraisal");
        await page.SetViewportSizeAsync(PageChecks.Phone.Width, PageChecks.Phone.Height);
        await PageChecks.ExpectNoSidewaysScrollAsync(page);
        await b.ScreenshotAsync("period-phone");
        await page.GotoAsync("/quan-tri");
        await PageChecks.ExpectNoSidewaysScrollAsync(page);
        await b.ScreenshotAsync("home-phone");
        await page.SetViewportSizeAsync(1280, 800);
        await YearPages.SignOutAsync(page);

        // ---- 7 April: the appraiser sees the days left, adjusts SYT's 2.1 and completes SYT from the top of the sheet.
        Site.Clock.MoveTo(Vn(4, 7));
        foreach (var unit in new[] { "SXD", "SYT", "STC" })
            await Site.RunAsync(db => new AssignAppraiserHandler(db, Site.Clock).HandleAsync(Operator, new AssignAppraiser(periodId, "buoc.thamdinh", unit, null)));
        await b.SignInAsync("buoc.thamdinh", Password);
        await b.OpenAsync("/tham-dinh", "queue");
        await Assertions.Expect(page.GetByTestId("due")).ToContainTextAsync("Hạn thẩm định: 30/04/2025 17:00 (còn 23 ngày)");
        await Assertions.Expect(page.Locator("tr[data-unit=SYT] [data-testid=due-in]")).ToHaveTextAsync("còn 23 ngày");
        await page.GetByRole(AriaRole.Link, new() { Name = "SYT — Sở Y tế" }).ClickAsync();
        await page.GetByTestId("items").GetByRole(AriaRole.Link, new() { Name = "2.1. Hồ sơ trễ hạn" }).ClickAsync();
        await page.GetByLabel("Kết quả thẩm định").FillAsync("2");
        await page.GetByLabel("Lý do (bắt buộc)").FillAsync("Có 2 hồ sơ trễ hạn theo hệ thống một cửa");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và sang mục sau" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("reviewed-top")).ToHaveTextAsync("Đã xem xét 1/4 mục");
        await b.ScreenshotAsync("sheet");
        await page.GetByTestId("complete-top").GetByRole(AriaRole.Button, new() { Name = "Hoàn thành thẩm định" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("sheet-summary")).ToContainTextAsync("Hồ sơ: Đã thẩm định");
        await YearPages.SignOutAsync(page);

        // ---- 5 May: leaving appraisal completes SXD's and STC's appraisals and leaves every unit without survey points.
        Site.Clock.MoveTo(Vn(5, 5));
        await b.SignInAsync("buoc.thuongtruc", Password);
        await page.GotoAsync(periodPage);
        await YearPages.AdvanceThroughOpenItemsAsync(b, "Giải trình", "second-confirmation-appeals",
            "2 hồ sơ chưa hoàn thành thẩm định: STC, SXD", "3 đơn vị chưa có điểm điều tra xã hội học: STC (2.2), SXD (2.2), SYT (2.2)");
        Site.Clock.MoveTo(Vn(5, 20));
        await b.SignInAsync("buoc.thuongtruc", Password);   // the sign-in expires on the site's clock
        await page.GotoAsync(periodPage);
        await Assertions.Expect(page.GetByTestId("checklist-clear")).ToBeVisibleAsync();
        await YearPages.AdvanceAsync(page, "Tổng hợp, chốt kết quả");

        // Publication names SCT, left out of the ranking; the public page gives the reason.
        await Assertions.Expect(page.GetByTestId("next-stage").GetByTestId("item-NotSubmitted"))
            .ToContainTextAsync("1 đơn vị không nộp hồ sơ: SCT → sẽ không được xếp hạng");
        await YearPages.PublishThroughOpenItemsAsync(b, "second-confirmation-publish", "1 đơn vị không nộp hồ sơ: SCT");
        await Assertions.Expect(page.GetByTestId("publications")).ToContainTextAsync("Khối Sở, ban, ngành, 20/05/2025");
        await YearPages.SignOutAsync(page);
        await b.OpenAsync("/", "public-results");
        // By hand (max 10; nobody has survey points): SXD pass 2 + 9/10 × 3 = 2,70 + one late case 3 − 0,5 = 2,50 → 7,20;
        // SYT 2 + 8/10 × 3 = 2,40 + two late cases (appraised) 2,00 → 6,40; STC fail 0 + 1/2 × 3 = 1,50 + 2,00 → 3,50.
        var rows = await page.GetByTestId("ranking").Locator("tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => Array.from(r.cells).slice(0, 4).map(c => c.innerText.trim()))");
        Assert.Equal([["1", "Sở Xây dựng", "7,20/10,00", "72,00"], ["2", "Sở Y tế", "6,40/10,00", "64,00"], ["3", "Sở Tài chính", "3,50/10,00", "35,00"]], rows);
        await Assertions.Expect(page.GetByTestId("excluded")).ToContainTextAsync(
            "Sở Công Thương (SCT): Không nộp hồ sơ tự đánh giá trước hạn 31/03/2025 17:00; theo quy định của kỳ đánh giá, đơn vị không được xếp hạng");

        // ---- 22 May: the administrator reopens the period with a reason; the history says what it changed.
        Site.Clock.MoveTo(Vn(5, 22));
        await b.SignInAsync("buoc.quantri", Password);
        await page.GotoAsync(periodPage);
        var reopen = page.GetByTestId("step-back");
        await Assertions.Expect(reopen).ToContainTextAsync("Rút kết quả đã công bố khỏi trang công khai");
        await reopen.GetByLabel("Lý do (bắt buộc, ghi nhật ký)").FillAsync("Sai sót khi tổng hợp điểm tiêu chí 1.2 của Sở Xây dựng");
        await reopen.GetByRole(AriaRole.Button, new() { Name = "Mở lại" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("period-state")).ToContainTextAsync("Giai đoạn: Tổng hợp, chốt kết quả");
        var latest = page.GetByTestId("history").GetByTestId("change").First;
        await Assertions.Expect(latest).ToContainTextAsync("Mở lại kỳ đã công bố: “Đã công bố” → “Tổng hợp, chốt kết quả”");
        await Assertions.Expect(latest).ToContainTextAsync("Lý do: Sai sót khi tổng hợp điểm tiêu chí 1.2 của Sở Xây dựng");
        await Assertions.Expect(latest).ToContainTextAsync("Đã rút bản công bố của khối Sở, ban, ngành");
        await Assertions.Expect(latest).ToContainTextAsync("SCT Đã chốt kết quả → Không nộp");
        await b.ScreenshotAsync("reopened");
        await Assertions.Expect(page.GetByTestId("publications")).ToHaveCountAsync(0);
    });

    private static readonly Actor Operator = Actor.Operator("web-tests");

    /// <summary>
    /// The framework, four departments, the accounts and a period opened on 2 January; SXD and SYT submit, SCT leaves
    /// a draft, STC is returned and does not resubmit. Returns the period's id.
    /// </summary>
    private async Task<int> StageAsync()
    {
        var files = Repo.TempDir();
        var framework = Path.Combine(files, "khung.json");
        var units = Path.Combine(files, "don-vi.csv");
        await File.WriteAllTextAsync(framework, FrameworkJson, new UTF8Encoding(false));
        await File.WriteAllTextAsync(units, UnitsCsv, new UTF8Encoding(false));
        await Site.RunAsync(db => new ImportFrameworkHandler(db, Site.Clock).HandleAsync(Operator, new ImportFramework(framework)));
        await Site.RunAsync(db => new ImportUnitsHandler(db, Site.Clock).HandleAsync(Operator, new ImportUnits(units)));
        foreach (var (user, role, unit, name) in new (string, Role, string?, string)[]
                 {
                     ("buoc.thuongtruc", Role.Secretariat, null, "Phòng CCHC, Sở Nội vụ"), ("buoc.thamdinh", Role.Appraiser, null, "Lê Văn Thẩm (thẩm định)"),
                     ("buoc.quantri", Role.Admin, null, "Quản trị hệ thống"),
                     ("buoc.sxd", Role.UnitLead, "SXD", "Lãnh đạo Sở Xây dựng"), ("buoc.syt", Role.UnitLead, "SYT", "Lãnh đạo Sở Y tế"),
                     ("buoc.sct", Role.UnitLead, "SCT", "Lãnh đạo Sở Công Thương"), ("buoc.stc", Role.UnitLead, "STC", "Lãnh đạo Sở Tài chính"),
                 })
            await Site.AddUserAsync(user, Password, role, unit, name);
        var deadlines = new PeriodDeadlines(Vn(1, 6, 8), Vn(3, 31, 17), Vn(4, 30, 17), Vn(5, 15, 17), Vn(5, 31, 17));
        var period = (await Site.RunAsync(db => new CreatePeriodHandler(db, Site.Clock).HandleAsync(Operator,
            new CreatePeriod(2025, "CCHC 2025 (các bước)", deadlines, ["CCHC-SO-BUOC"])))).Id;
        await Site.RunAsync(db => new AdvancePeriodHandler(db, Site.Clock).HandleAsync(Operator, new AdvancePeriod(period)));

        Site.Clock.MoveTo(Vn(3, 10));
        foreach (var (unit, inputs) in new[]
                 {
                     ("SXD", new[] { ("1.1", "pass"), ("1.2", "9/10"), ("2.1", "1") }), ("SYT", [("1.1", "pass"), ("1.2", "8/10"), ("2.1", "0")]),
                     ("STC", [("1.1", "fail"), ("1.2", "1/2"), ("2.1", "2")]), ("SCT", [("1.1", "pass")]),
                 })
        {
            var lead = await Site.ActorAsync("buoc." + unit.ToLowerInvariant());
            foreach (var (leaf, input) in inputs)
                await Site.RunAsync(db => new SaveScoreHandler(db, Site.Clock).HandleAsync(lead, new SaveScore(period, unit, leaf, input, 0)));
            if (unit != "SCT")
                await Site.RunAsync(db => new SubmitSelfAssessmentHandler(db, Site.Clock).HandleAsync(lead, new SubmitSelfAssessment(period, unit)));
        }
        var secretariat = await Site.ActorAsync("buoc.thuongtruc");
        await Site.RunAsync(db => new ReturnSubmissionHandler(db, Site.Clock).HandleAsync(secretariat,
            new ReturnSubmission(period, "STC", "Thiếu số liệu hồ sơ trễ hạn của quý IV")));
        return period;
    }
}
