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
/// <remarks>
/// The framework (10 points), by hand:
/// area 1 (4): 1.1 options — đúng hạn 1 / chậm 0,5 / không 0 (evidence required); 1.2 proportional — ratio × 2;
/// 1.3 manual, step 0,25, max 1;
/// area 2 (6): 2.1 pass/fail 2; 2.2 deduction 0,5 per late case from 2; 2.3 tiers on a ratio — ≥ 90 % → 2, ≥ 70 % → 1, else 0.
/// </remarks>
public sealed class FullYearTests(EmptyProvinceSite site, ITestOutputHelper output) : BrowserTest<EmptyProvinceSite>(site, output)
{
    private const string Group = "Sở, ban, ngành";
    private const string PeriodName = "Chỉ số CCHC năm 2025";

    private const string FrameworkJson = """
        {"code": "CCHC-SO-THU", "name": "Bộ chỉ số CCHC khối sở (thử)", "group": "Sở, ban, ngành",
         "bands": [{"label": "Xuất sắc", "min": 90}, {"label": "Tốt", "min": 80}, {"label": "Khá", "min": 70},
                   {"label": "Trung bình", "min": 50}, {"label": "Yếu", "min": 0}],
         "nodes": [
          {"code": "1", "name": "Công tác chỉ đạo, điều hành", "max": 4, "children": [
            {"code": "1.1", "name": "Ban hành kế hoạch CCHC", "max": 1, "evidence": {"required": true, "what": "Quyết định ban hành kế hoạch"},
             "rule": {"kind": "options", "options": [{"key": "ontime", "label": "Đúng hạn", "points": 1},
                     {"key": "late", "label": "Chậm", "points": 0.5}, {"key": "none", "label": "Không ban hành", "points": 0}]}},
            {"code": "1.2", "name": "Mức độ hoàn thành kế hoạch", "max": 2, "rule": {"kind": "proportional"}},
            {"code": "1.3", "name": "Tuyên truyền CCHC", "max": 1, "rule": {"kind": "manual", "step": 0.25}}]},
          {"code": "2", "name": "Cải cách thủ tục hành chính", "max": 6, "children": [
            {"code": "2.1", "name": "Công khai thủ tục hành chính", "max": 2, "rule": {"kind": "passFail"}},
            {"code": "2.2", "name": "Hồ sơ giải quyết trễ hạn", "max": 2, "rule": {"kind": "deduction", "perOccurrence": 0.5}},
            {"code": "2.3", "name": "Tỷ lệ hồ sơ giải quyết đúng hạn", "max": 2,
             "rule": {"kind": "tiers", "tiers": [{"min": 0.9, "points": 2}, {"min": 0.7, "points": 1}, {"min": 0, "points": 0}]}}]}]}
        """;

    private const string UnitsCsv = """
        code,name,group,type
        SXD,Sở Xây dựng,"Sở, ban, ngành",department
        SYT,Sở Y tế,"Sở, ban, ngành",department
        SCT,Sở Công Thương,"Sở, ban, ngành",department

        """;

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
        await ChooseFileAsync(page, page.GetByLabel("Tệp bộ chỉ số"), Write(files, "khung-so.json", FrameworkJson));
        await page.GetByRole(AriaRole.Button, new() { Name = "Nhập", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/quan-tri/khung/*");
        await b.ScreenshotAsync("framework");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Tuyên truyền CCHC");

        await page.GetByRole(AriaRole.Link, new() { Name = "Đơn vị", Exact = true }).ClickAsync();
        await ChooseFileAsync(page, page.GetByLabel("Tệp đơn vị"), Write(files, "don-vi.csv", UnitsCsv));
        await page.GetByRole(AriaRole.Button, new() { Name = "Nhập đơn vị" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("units").Locator("tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByTestId("units").Locator("tr[data-unit=SXD] th")).ToHaveTextAsync("Sở Xây dựng");
        await b.ScreenshotAsync("units");
        foreach (var (user, unit, role) in new[] { ("sxd.canbo", "SXD", Role.UnitEditor), ("sxd.lanhdao", "SXD", Role.UnitLead), ("syt.lanhdao", "SYT", Role.UnitLead), ("sct.lanhdao", "SCT", Role.UnitLead) })
            await Site.AddUserAsync(user, People[user].Password, role, unit, People[user].Name);

        await page.GetByRole(AriaRole.Link, new() { Name = "Kỳ đánh giá", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("no-periods")).ToBeVisibleAsync();
        await page.GetByLabel("Năm đánh giá").FillAsync("2025");
        await page.GetByLabel("Tên kỳ (không trùng)").FillAsync(PeriodName);
        await page.GetByLabel(Group, new() { Exact = true }).SelectOptionAsync("CCHC-SO-THU");
        await page.GetByLabel("Mở tự đánh giá", new() { Exact = true }).FillAsync("2025-01-06T08:00");
        await page.GetByLabel("Hạn nộp tự đánh giá", new() { Exact = true }).FillAsync("2025-03-31T17:00");
        await page.GetByLabel("Hạn thẩm định", new() { Exact = true }).FillAsync("2025-04-30T17:00");
        await page.GetByLabel("Hạn giải trình", new() { Exact = true }).FillAsync("2025-05-15T17:00");
        await page.GetByLabel("Hạn chốt kết quả", new() { Exact = true }).FillAsync("2025-05-31T17:00");
        await b.ScreenshotAsync("period-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo kỳ đánh giá (dự thảo)" }).ClickAsync();
        await page.WaitForURLAsync("**/quan-tri/ky/*");
        var periodId = int.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(page.GetByTestId("period-state")).ToContainTextAsync("3 đơn vị");
        await AdvanceAsync(page, "Tự đánh giá");
        await b.ScreenshotAsync("period-open");
        await SignOutAsync(page);

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

        await Leaf(page, 0).GetByLabel("Đúng hạn").CheckAsync();                          // 1.1 đúng hạn → 1
        await ExpectPointsAsync(page, 0, "1,00");
        await Leaf(page, 1).GetByLabel("Tử số (số đạt)").FillAsync("17");                  // 1.2 17/20 = 0,85 × 2 = 1,70
        await Leaf(page, 1).GetByLabel("Mẫu số (tổng số)").FillAsync("20");
        await Leaf(page, 1).GetByLabel("Mẫu số (tổng số)").PressAsync("Tab");
        await ExpectPointsAsync(page, 1, "1,70");
        await Leaf(page, 2).GetByLabel("Điểm (từ 0,00 đến 1,00)").FillAsync("0.75");        // 1.3 manual → 0,75
        await Leaf(page, 2).GetByLabel("Điểm (từ 0,00 đến 1,00)").PressAsync("Tab");
        await ExpectPointsAsync(page, 2, "0,75");
        foreach (var leaf in new[] { 0, 1, 2 }) await ExpectSavedAsync(page, leaf);
        await b.ScreenshotAsync("self-area-1");

        // The plan of 1.1 as a PDF, with its number, date and issuer.
        await page.GetByText("Thêm tài liệu mới").First.ClickAsync();
        await ChooseFileAsync(page, page.Locator("#ev0-file"), WritePdf(files, "ke-hoach-cchc-2025.pdf"));
        await page.Locator("#ev0-number").FillAsync("15/KH-SXD");
        await page.Locator("#ev0-date").FillAsync("2025-01-15");
        await page.Locator("#ev0-issuer").FillAsync("Sở Xây dựng");
        await page.Locator("#ev0-summary").FillAsync("Kế hoạch cải cách hành chính năm 2025");
        await Leaf(page, 0).GetByRole(AriaRole.Button, new() { Name = "Tải lên và gắn vào mục này" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("evidence-0")).ToContainTextAsync("Số 15/KH-SXD ngày 15/01/2025 — Sở Xây dựng: Kế hoạch cải cách hành chính năm 2025");
        await Assertions.Expect(page.GetByTestId("evidence-0").GetByRole(AriaRole.Link)).ToContainTextAsync("ke-hoach-cchc-2025.pdf");

        await page.GetByRole(AriaRole.Link, new() { Name = "2. Cải cách thủ tục hành chính" }).ClickAsync();
        await Leaf(page, 3).GetByLabel("Đạt", new() { Exact = true }).CheckAsync();          // 2.1 đạt → 2
        await ExpectPointsAsync(page, 3, "2,00");
        await Leaf(page, 4).GetByLabel("Số lượng (trường hợp)").FillAsync("1");              // 2.2 2 − 1 × 0,5 = 1,50
        await Leaf(page, 4).GetByLabel("Số lượng (trường hợp)").PressAsync("Tab");
        await ExpectPointsAsync(page, 4, "1,50");
        await Leaf(page, 5).GetByLabel("Tử số (số đạt)").FillAsync("19");                  // 2.3 19/20 = 95 % ≥ 90 % → 2
        await Leaf(page, 5).GetByLabel("Mẫu số (tổng số)").FillAsync("20");
        await Leaf(page, 5).GetByLabel("Mẫu số (tổng số)").PressAsync("Tab");
        await ExpectPointsAsync(page, 5, "2,00");
        foreach (var leaf in new[] { 3, 4, 5 }) await ExpectSavedAsync(page, leaf);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("completeness")).ToContainTextAsync("Hồ sơ đã đầy đủ");
        await Assertions.Expect(page.GetByTestId("why-no-submit")).ToContainTextAsync("Chỉ lãnh đạo đơn vị mới phê duyệt và nộp hồ sơ");
        await b.ScreenshotAsync("self-area-2");
        await SignOutAsync(page);

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
        await SignOutAsync(page);

        // The other two departments, through the use cases:
        // SYT: chậm 0,5 + 18/20 × 2 = 1,80 + 1 + đạt 2 + (2 − 0,5) 1,50 + 95 % → 2 = 8,80;
        // SCT: đúng hạn 1 + 3/4 × 2 = 1,50 + 0,50 + không đạt 0 + 0 trễ hạn 2 + 80 % → 1 = 6,00.
        await SelfAssessAsync(periodId, "SYT", ("1.1", "late"), ("1.2", "18/20"), ("1.3", "1"), ("2.1", "pass"), ("2.2", "1"), ("2.3", "0.95"));
        await SelfAssessAsync(periodId, "SCT", ("1.1", "ontime"), ("1.2", "3/4"), ("1.3", "0.5"), ("2.1", "fail"), ("2.2", "0"), ("2.3", "8/10"));

        // ---- 3. 7 April, after the deadline: the secretariat moves to appraisal and assigns the appraiser to each unit.
        Site.Clock.MoveTo(Vn(4, 7));
        await SignInAsync(b, "thuongtruc");
        await page.GotoAsync($"/quan-tri/ky/{periodId}");
        await AdvanceAsync(page, "Thẩm định");
        foreach (var unit in new[] { "SXD", "SYT", "SCT" })
        {
            var assign = page.GetByRole(AriaRole.Region, new() { Name = "Phân công thẩm định" });
            await assign.GetByLabel("Người thẩm định").SelectOptionAsync("thamdinh");
            await assign.GetByLabel("Đơn vị", new() { Exact = true }).SelectOptionAsync(unit);
            await assign.GetByRole(AriaRole.Button, new() { Name = "Phân công", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"Đã phân công thamdinh thẩm định {unit}, mọi lĩnh vực");
        }
        await b.ScreenshotAsync("period-appraisal");
        await SignOutAsync(page);

        // The appraiser lowers SXD's 1.3 from 0,75 to 0,50 and completes the three appraisals.
        await SignInAsync(b, "thamdinh");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Chính" }).GetByRole(AriaRole.Link, new() { Name = "Thẩm định" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("queue").Locator("tbody tr")).ToHaveCountAsync(3);
        await b.ScreenshotAsync("appraisal-queue");
        await page.GetByRole(AriaRole.Link, new() { Name = "SXD — Sở Xây dựng" }).ClickAsync();
        await page.GetByTestId("items").GetByRole(AriaRole.Link, new() { Name = "1.3. Tuyên truyền CCHC" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("self")).ToContainTextAsync("0.75 → 0,75 điểm");
        await page.GetByLabel("Kết quả thẩm định").FillAsync("0.5");
        await page.GetByLabel("Lý do (bắt buộc)").FillAsync("Chỉ có 2 tin bài tuyên truyền trong năm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và sang mục sau" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("items")).ToContainTextAsync("1.3. Tuyên truyền CCHC — đã thẩm định: 0.5 → 0,50");
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
        await SignOutAsync(page);

        // ---- 4. 5 May: the appeals open; SXD's leader appeals 1.3 with the plan attached.
        Site.Clock.MoveTo(Vn(5, 5));
        await SignInAsync(b, "thuongtruc");
        await page.GotoAsync($"/quan-tri/ky/{periodId}");
        await AdvanceAsync(page, "Giải trình");
        await SignOutAsync(page);

        await SignInAsync(b, "sxd.lanhdao");
        await page.GotoAsync($"/tu-danh-gia/{periodId}");
        var appraised = page.GetByTestId("appraisal");
        await Assertions.Expect(appraised.Locator("tr[data-leaf='1.3'] td").Nth(1)).ToHaveTextAsync("0,50");
        await Assertions.Expect(appraised.Locator("tr[data-leaf='1.3'] td").Nth(2)).ToHaveTextAsync("Chỉ có 2 tin bài tuyên truyền trong năm");
        var item = page.GetByTestId("appeal-form").Locator("fieldset.sa-appeal-item", new() { HasTextString = "1.3 Tuyên truyền CCHC" });
        await item.GetByLabel("Giải trình mục này").CheckAsync();
        await item.GetByLabel("Điểm (từ 0,00 đến 1,00)").FillAsync("0.75");
        await item.GetByLabel("Lý do giải trình").FillAsync("Ngoài 2 tin bài, đơn vị đã tổ chức 1 hội nghị tuyên truyền theo Kế hoạch 15/KH-SXD");
        await item.GetByLabel("15/KH-SXD").CheckAsync();
        await b.ScreenshotAsync("appeal-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi giải trình" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("appeal-1.3")).ToContainTextAsync("Lý do: Ngoài 2 tin bài");
        await b.ScreenshotAsync("appeal-sent");
        await SignOutAsync(page);

        // 8 May: the council accepts it.
        Site.Clock.MoveTo(Vn(5, 8));
        await SignInAsync(b, "hoidong");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Chính" }).GetByRole(AriaRole.Link, new() { Name = "Hội đồng" }).ClickAsync();
        await b.ScreenshotAsync("council");
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem và quyết định giải trình" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("appeals-summary")).ToContainTextAsync("1 giải trình, 1 chưa quyết định");
        var appeal = page.Locator("article.appeal");
        await Assertions.Expect(appeal.GetByTestId("appraised")).ToContainTextAsync("0.5 → 0,50");
        await Assertions.Expect(appeal.GetByTestId("requested")).ToContainTextAsync("0.75 → 0,75 / 1,00");
        await appeal.GetByLabel("Lý do quyết định (bắt buộc)").FillAsync("Có kế hoạch và hội nghị tuyên truyền, chấp nhận 0,75 điểm");
        await appeal.GetByRole(AriaRole.Button, new() { Name = "Chấp nhận", Exact = true }).ClickAsync();
        await Assertions.Expect(appeal.GetByTestId("decision")).ToContainTextAsync("0.75 → 0,75 · Có kế hoạch và hội nghị tuyên truyền, chấp nhận 0,75 điểm (08/05/2025)");
        await b.ScreenshotAsync("appeal-decided");
        await SignOutAsync(page);

        // 20 May: the secretariat moves to finalisation and publishes.
        Site.Clock.MoveTo(Vn(5, 20));
        await SignInAsync(b, "thuongtruc");
        await page.GotoAsync($"/quan-tri/ky/{periodId}");
        await AdvanceAsync(page, "Tổng hợp");
        await page.GetByLabel("Tôi xác nhận công bố kết quả của kỳ đánh giá này").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Công bố", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("publications")).ToContainTextAsync($"Khối {Group}, 20/05/2025");
        await b.ScreenshotAsync("published");
        await SignOutAsync(page);

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

    private static ILocator Leaf(IPage page, int ordinal) => page.Locator($"#leaf-{ordinal}");

    private static Task ExpectPointsAsync(IPage page, int ordinal, string points) =>
        Assertions.Expect(page.GetByTestId($"points-{ordinal}").Locator("strong")).ToHaveTextAsync(points);

    private static Task ExpectSavedAsync(IPage page, int ordinal) =>
        Assertions.Expect(page.GetByTestId($"save-{ordinal}")).ToContainTextAsync("Đã lưu lúc");

    private async Task SignInAsync(BrowserSession b, string user)
    {
        await b.Page.GotoAsync("/dang-nhap");
        await b.Page.GetByLabel("Tên đăng nhập").FillAsync(user);
        await b.Page.GetByLabel("Mật khẩu").FillAsync(People[user].Password);
        await b.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await b.Page.WaitForURLAsync(url => !url.Contains("/dang-nhap", StringComparison.Ordinal));   // the role's home
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.GotoAsync("/dang-xuat");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Chính" }).GetByRole(AriaRole.Link, new() { Name = "Đăng nhập" })).ToBeVisibleAsync();
    }

    /// <summary>Ticks the confirmation and advances the period, then expects its new stage.</summary>
    private static async Task AdvanceAsync(IPage page, string stage)
    {
        await page.GetByLabel("Tôi xác nhận chuyển kỳ đánh giá sang giai đoạn").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Chuyển giai đoạn" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("period-state")).ToContainTextAsync($"Giai đoạn: {stage}");
    }

    /// <summary>Clicks a file input and chooses the file in the dialog that opens, as a person does.</summary>
    private static async Task ChooseFileAsync(IPage page, ILocator input, string path)
    {
        var chooser = await page.RunAndWaitForFileChooserAsync(() => input.ClickAsync());
        await chooser.SetFilesAsync(path);
    }

    private async Task SelfAssessAsync(int periodId, string unit, params (string Leaf, string Input)[] inputs)
    {
        var lead = await Site.ActorAsync(unit.ToLowerInvariant() + ".lanhdao");
        foreach (var (leaf, input) in inputs)
            await Site.RunAsync(db => new SaveScoreHandler(db, Site.Clock).HandleAsync(lead,
                new SaveScore(periodId, unit, leaf, input, 0, leaf == "1.1" ? "Quyết định lưu bản giấy tại đơn vị" : null)));
        Assert.Equal(SubmissionState.Submitted, await Site.RunAsync(db => new SubmitSelfAssessmentHandler(db, Site.Clock).HandleAsync(lead, new SubmitSelfAssessment(periodId, unit))));
    }

    private static string Write(string dir, string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>A one-page PDF 1.4 with a correct cross-reference table.</summary>
    private static string WritePdf(string dir, string name)
    {
        const string text = "BT /F1 12 Tf 56 780 Td (Ke hoach cai cach hanh chinh nam 2025) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            $"<< /Length {text.Length} >>\nstream\n{text}\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, Encoding.ASCII.GetBytes(pdf.ToString()));
        return path;
    }
}
