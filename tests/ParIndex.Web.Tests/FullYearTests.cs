using System.Text;
using Microsoft.Playwright;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.Domain.Workflow;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>
/// A whole assessment year in the browser, on a new database and on the site's own clock, which the test moves
/// through the year's deadlines (Vietnam time): the secretariat imports a framework and three departments and opens
/// the period (2 January 2025); Sở Xây dựng's editor enters every kind of input, watching the points, and attaches a
/// PDF; its leader submits (10 March); the appraiser lowers one item with a reason and completes the appraisals
/// (7 April); the leader appeals that item and the council accepts it (5–8 May); the secretariat finalises and
/// publishes (20 May); the public home page ranks the three departments and its CSV holds the same ranking.
/// The other two departments' self-assessments go through the use cases (as the demo's do), to keep the test short.
/// </summary>
/// <remarks>The framework and its points by hand: <see cref="YearFiles"/>.</remarks>
public sealed class FullYearTests(EmptyProvinceSite site, ITestOutputHelper output) : BrowserTest<EmptyProvinceSite>(site, output)
{
    private const string Group = "Sở, ban, ngành";
    private const string PeriodName = "Chỉ số CCHC năm 2025";

    private static DateTimeOffset Vn(int month, int day, int hour = 9) => new(2025, month, day, hour, 0, 0, TimeSpan.FromHours(7));

    private static readonly Dictionary<string, (string Name, string Password)> People = new()
    {
        ["thuongtruc"] = ("Phòng CCHC, Sở Nội vụ", "ThuongTruc-Thu-2025"),
        ["sxd.canbo"] = ("Trần Thị Mai (Sở Xây dựng)", "SxdCanBo-Thu-2025"),
        ["sxd.lanhdao"] = ("Nguyễn Văn Hùng (Sở Xây dựng)", "SxdLanhDao-Thu-2025"),
        ["syt.lanhdao"] = ("Lãnh đạo Sở Y tế", "SytLanhDao-Thu-2025"),
        ["sct.lanhdao"] = ("Lãnh đạo Sở Công Thương", "SctLanhDao-Thu-2025"),
        ["thamdinh"] = ("Lê Thị Thu (thẩm định)", "ThamDinh-Thu-2025"),
        ["hoidong"] = ("Hội đồng thẩm định", "HoiDong-Thu-2025"),
    };

    [Fact]
    public async Task A_year_from_the_framework_to_the_published_ranking() => await InBrowser(async b =>
    {
        var page = b.Page;
        var files = Repo.TempDir();
        await Site.AddUserAsync("thuongtruc", People["thuongtruc"].Password, Role.Secretariat, null, People["thuongtruc"].Name);
        await Site.AddUserAsync("thamdinh", People["thamdinh"].Password, Role.Appraiser, null, People["thamdinh"].Name);
        await Site.AddUserAsync("hoidong", People["hoidong"].Password, Role.Council, null, People["hoidong"].Name);

        // ---- 1. 2 January: the secretariat imports the framework and the units, creates the period and opens it.
        await SignInAsync(b, "thuongtruc");
        await b.OpenAsync("/quan-tri/khung", "frameworks");
        await YearPages.ChooseFileAsync(page, page.GetByLabel("Tệp bộ chỉ số"), YearFiles.Write(files, "khung-so.json", YearFiles.FrameworkJson));
        await page.GetByRole(AriaRole.Button, new() { Name = "Nhập", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/quan-tri/khung/*");
        await b.ScreenshotAsync("framework");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Tuyên truyền CCHC");

        await page.GetByRole(AriaRole.Link, new() { Name = "Đơn vị", Exact = true }).ClickAsync();
        await YearPages.ChooseFileAsync(page, page.GetByLabel("Tệp đơn vị"), YearFiles.Write(files, "don-vi.csv", YearFiles.UnitsCsv));
        await page.GetByRole(AriaRole.Button, new() { Name = "Nhập đơn vị" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("units").Locator("tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByTestId("units").Locator("tr[data-unit=SXD] th")).ToHaveTextAsync("Sở Xây dựng");
        await b.ScreenshotAsync("units");
        foreach (var (user, unit, role) in new[] { ("sxd.canbo", "SXD", Role.UnitEditor), ("sxd.lanhdao", "SXD", Role.UnitLead), ("syt.lanhdao", "SYT", Role.UnitLead), ("sct.lanhdao", "SCT", Role.UnitLead) })
            await Site.AddUserAsync(user, People[user].Password, role, unit, People[user].Name);

        await page.GetByRole(AriaRole.Link, new() { Name = "Kỳ đánh giá", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("no-periods")).ToBeVisibleAsync();
        var periodId = await YearPages.CreatePeriodAsync(b, PeriodName, "CCHC-SO-THU", "period-form");
        await Assertions.Expect(page.GetByTestId("period-state")).ToContainTextAsync("3 đơn vị");
        await YearPages.AdvanceAsync(page, "Tự đánh giá");
        await b.ScreenshotAsync("period-open");
        await YearPages.SignOutAsync(page);

        // ---- 2. 10 March: SXD's editor enters every kind of input and sees the points of each as it is typed.
        Site.Clock.MoveTo(Vn(3, 10));
        await SignInAsync(b, "sxd.canbo");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Chính" }).GetByRole(AriaRole.Link, new() { Name = "Tự đánh giá" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("dossier").GetByTestId("due")).ToContainTextAsync("còn 21 ngày (đến 31/03/2025 17:00)");
        await b.ScreenshotAsync("unit-home");
        await page.GetByTestId("dossier").GetByRole(AriaRole.Link, new() { Name = PeriodName, Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/tu-danh-gia/{periodId}");
        await Assertions.Expect(page.GetByTestId("status")).ToContainTextAsync("Sở Xây dựng");
        await Assertions.Expect(page.GetByTestId("status")).ToContainTextAsync("31/03/2025 17:00");

        await YearPages.EnterEveryKindAsync(b, files);
        await YearPages.SignOutAsync(page);

        // The leader approves and submits.
        await SignInAsync(b, "sxd.lanhdao");
        await page.GotoAsync($"/tu-danh-gia/{periodId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Phê duyệt và nộp hồ sơ" }).ClickAsync();
        await page.WaitForURLAsync($"**/tu-danh-gia/{periodId}/nop");
        await Assertions.Expect(page.GetByTestId("submit-total")).ToContainTextAsync("Tổng điểm tự chấm:");
        await b.ScreenshotAsync("self-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận nộp hồ sơ" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("status")).ToContainTextAsync("Trạng thái: Đã nộp");
        await Assertions.Expect(page.GetByTestId("flash")).ToHaveTextAsync("Đã nộp hồ sơ tự đánh giá lúc 10/03/2025 09:00");
        await Assertions.Expect(page.GetByTestId("self-1")).ToContainTextAsync("1,70");
        await b.ScreenshotAsync("self-submitted");
        await YearPages.SignOutAsync(page);

        // The other two departments, through the use cases:
        // SYT: chậm 0,5 + 18/20 × 2 = 1,80 + 1 + đạt 2 + (2 − 0,5) 1,50 + 95 % → 2 = 8,80;
        // SCT: đúng hạn 1 + 3/4 × 2 = 1,50 + 0,50 + không đạt 0 + 0 trễ hạn 2 + 80 % → 1 = 6,00.
        await SelfAssessAsync(periodId, "SYT", ("1.1", "late"), ("1.2", "18/20"), ("1.3", "1"), ("2.1", "pass"), ("2.2", "1"), ("2.3", "0.95"));
        await SelfAssessAsync(periodId, "SCT", ("1.1", "ontime"), ("1.2", "3/4"), ("1.3", "0.5"), ("2.1", "fail"), ("2.2", "0"), ("2.3", "8/10"));

        // ---- 3. 7 April, after the deadline: the secretariat moves to appraisal and assigns the appraiser to each unit.
        Site.Clock.MoveTo(Vn(4, 7));
        await SignInAsync(b, "thuongtruc");
        await page.GotoAsync($"/quan-tri/ky/{periodId}");
        await YearPages.AdvanceAsync(page, "Thẩm định");
        await YearPages.AssignAppraiserAsync(page, "SXD", "SYT", "SCT");
        await b.ScreenshotAsync("period-appraisal");
        await YearPages.SignOutAsync(page);

        // The appraiser lowers SXD's 1.3 from 0,75 to 0,50 and completes the three appraisals.
        await SignInAsync(b, "thamdinh");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Chính" }).GetByRole(AriaRole.Link, new() { Name = "Thẩm định" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("queue").Locator("tbody tr")).ToHaveCountAsync(3);
        await b.ScreenshotAsync("appraisal-queue");
        await page.GetByRole(AriaRole.Link, new() { Name = "SXD — Sở Xây dựng" }).ClickAsync();
        await page.GetByTestId("items").GetByRole(AriaRole.Link, new() { Name = "1.3. Tuyên truyền CCHC" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("self")).ToContainTextAsync("0,75 → 0,75 điểm");
        await page.GetByLabel("Kết quả thẩm định").FillAsync("0.5");
        await page.GetByLabel("Lý do (bắt buộc)").FillAsync("Chỉ có 2 tin bài tuyên truyền trong năm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và sang mục sau" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("items")).ToContainTextAsync("1.3. Tuyên truyền CCHC — đã thẩm định: 0,5 → 0,50");
        await b.ScreenshotAsync("appraisal-sheet");
        foreach (var unit in new[] { "SXD — Sở Xây dựng", "SYT — Sở Y tế", "SCT — Sở Công Thương" })
        {
            await page.GotoAsync("/tham-dinh");
            await page.GetByRole(AriaRole.Link, new() { Name = unit }).ClickAsync();
            await page.GetByTestId("complete-bottom").GetByRole(AriaRole.Button, new() { Name = "Hoàn thành thẩm định" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("saved")).ToHaveTextAsync($"Đã hoàn thành thẩm định hồ sơ của đơn vị {unit[..3]}");
            await Assertions.Expect(page.GetByTestId("sheet-summary")).ToContainTextAsync("Hồ sơ: Đã thẩm định");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Hoàn thành thẩm định" })).ToHaveCountAsync(0);
        }
        await b.OpenAsync("/tham-dinh", "appraisal-done");
        await YearPages.SignOutAsync(page);

        // ---- 4. 5 May: the appeals open; SXD's leader appeals 1.3 with the plan attached and the council accepts it.
        Site.Clock.MoveTo(Vn(5, 5));
        await SignInAsync(b, "thuongtruc");
        await page.GotoAsync($"/quan-tri/ky/{periodId}");
        await YearPages.AdvanceAsync(page, "Giải trình");
        await YearPages.SignOutAsync(page);
        await YearPages.AppealAndAcceptAsync(b, Site.Clock, user => SignInAsync(b, user), periodId, "1.3 Tuyên truyền CCHC");

        // 20 May: the secretariat moves to finalisation and publishes.
        Site.Clock.MoveTo(Vn(5, 20));
        await SignInAsync(b, "thuongtruc");
        await page.GotoAsync($"/quan-tri/ky/{periodId}");
        await YearPages.AdvanceAsync(page, "Tổng hợp");
        await page.GetByLabel("Tôi xác nhận công bố kết quả của kỳ đánh giá này").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Công bố", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("publications")).ToContainTextAsync($"Khối {Group}, 20/05/2025");
        await b.ScreenshotAsync("published");
        await YearPages.SignOutAsync(page);

        // ---- 5. The public home page. Index = points / 10 × 100:
        // SXD 1 + 1,70 + 0,75 (0,50 after appraisal, 0,75 again on appeal) + 2 + 1,50 + 2 = 8,95 → 89,50 % (Tốt), rank 1;
        // SYT 8,80 → 88,00 % (Tốt), rank 2; SCT 6,00 → 60,00 % (Trung bình), rank 3.
        // Without the accepted appeal SXD would have 8,70 and rank 2.
        string[][] expected =
        [
            ["SXD", "1", "Sở Xây dựng", "8,95/10,00", "89,50", "Tốt"],
            ["SYT", "2", "Sở Y tế", "8,80/10,00", "88,00", "Tốt"],
            ["SCT", "3", "Sở Công Thương", "6,00/10,00", "60,00", "Trung bình"],
        ];
        await b.OpenAsync("/", "home");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Chỉ số cải cách hành chính năm 2025 — khối {Group}");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"{PeriodName} · công bố ngày 20/05/2025 · 3 đơn vị · chỉ số trung bình 79,17%");   // (89,50 + 88 + 60) / 3
        var rows = await page.GetByTestId("ranking").Locator("tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [r.dataset.unit, ...Array.from(r.cells).slice(0, 5).map(c => c.innerText.trim())])");
        Assert.Equal(expected, rows);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "CSV", Exact = true }).ClickAsync());
        var lines = (await File.ReadAllTextAsync((await download.PathAsync())!, Encoding.UTF8)).TrimStart('\uFEFF').TrimEnd('\n').Split('\n');
        Assert.Equal("rank,unit,name,points,max,index,band", string.Join(',', lines[0].TrimEnd('\r').Split(',').Take(7)));
        Assert.Equal(
            ["1,SXD,Sở Xây dựng,8.95,10.00,89.50,Tốt", "2,SYT,Sở Y tế,8.80,10.00,88.00,Tốt", "3,SCT,Sở Công Thương,6.00,10.00,60.00,Trung bình"],
            lines.Skip(1).Select(l => string.Join(',', l.TrimEnd('\r').Split(',').Take(7))));
    });

    private static Task SignInAsync(BrowserSession b, string user) => b.SignInAsync(user, People[user].Password);

    private async Task SelfAssessAsync(int periodId, string unit, params (string Leaf, string Input)[] inputs)
    {
        var lead = await Site.ActorAsync(unit.ToLowerInvariant() + ".lanhdao");
        foreach (var (leaf, input) in inputs)
            await Site.RunAsync(db => new SaveScoreHandler(db, Site.Clock).HandleAsync(lead,
                new SaveScore(periodId, unit, leaf, input, 0, leaf == "1.1" ? "Quyết định lưu bản giấy tại đơn vị" : null)));
        Assert.Equal(SubmissionState.Submitted, await Site.RunAsync(db => new SubmitSelfAssessmentHandler(db, Site.Clock).HandleAsync(lead, new SubmitSelfAssessment(periodId, unit))));
    }
}
