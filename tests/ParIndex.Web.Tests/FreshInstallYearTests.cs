using System.Text;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>
/// A province's first year on a new installation, all of it in the browser. The operator has only migrated the
/// database and added the administrator (<see cref="FreshInstallSite"/>); from then on no command and no database
/// access: the administrator creates the office's accounts, whose owners set their passwords through their one-time
/// links; the secretariat downloads the framework and units templates beside their upload forms, fills them in as a
/// province would (the framework renamed, the three departments in place of the examples) and imports them; the
/// administrator creates the units' accounts; the secretariat creates the period, decides that a unit that never
/// submits is left out of the ranking, opens it, defines a satisfaction survey from its questionnaire and populations
/// files, issues three links and downloads them; two citizens answer through their links. Sở Xây dựng's editor fills the
/// dossier in the browser (a PDF for 1.1) and its leader submits through the confirmation with the total; Sở Y tế's
/// editor does the whole self-assessment in the Excel worksheet (a first upload with two mistakes is refused, located,
/// nothing saved) and its leader submits; Sở Công Thương enters one item and never submits. The move to appraisal names
/// it and needs the second confirmation; the secretariat imports a KoboToolbox answers file, reads the response counts
/// and the measures with their intervals, and applies the survey to 2.3; the appraiser lowers one item of Sở Xây dựng and
/// completes that appraisal only, so the move to appeals names Sở Y tế's open appraisal (and no survey item) and
/// completes it; Sở Xây dựng appeals and the council accepts; the secretariat publishes; the public reads the ranking,
/// why Sở Công Thương is not in it, and on Sở Xây dựng's page the survey's points in area 2 and where they come from. Every step leaves a screenshot (<c>artifacts/screenshots/A_new_installation_*</c>).
/// </summary>
/// <remarks>
/// The framework is the template's (<c>ImportTemplates.SampleFramework</c>, 10 points): area 1 (5) — 1.1 options đúng
/// hạn 1 / chậm 0,5 / không 0, evidence required; 1.2 tiers on a ratio ≥ 100 % → 2, ≥ 80 % → 1, else 0; 1.3 manual,
/// step 0,25, max 1; 1.4 pass/fail 1, evidence required; area 2 (5) — 2.1 proportional, ratio × 2; 2.2 deduction 0,5 a
/// late case from 2; 2.3 survey SIPAS, share × 1, entered by the secretariat. The survey's measures by hand:
/// <see cref="SurveyFiles"/>.
/// </remarks>
public sealed class FreshInstallYearTests(FreshInstallSite site, ITestOutputHelper output) : BrowserTest<FreshInstallSite>(site, output)
{
    private const string Group = "Sở, ban, ngành";
    private const string PeriodName = "Chỉ số CCHC năm 2025";
    private const string Framework = "CCHC-SO-2025";
    private const string WorksheetScores = "Tự đánh giá";

    private readonly ITestOutputHelper _output = output;

    /// <summary>Each account: full name, role, unit, and the password its owner chooses on the set-password page.</summary>
    private static readonly (string User, string Name, string Role, string? Unit, string Password)[] Office =
    [
        ("thuongtruc", "Phòng CCHC, Sở Nội vụ", "Secretariat", null, "ThuongTruc-Moi-2025"),
        ("thamdinh", "Lê Thị Thu", "Appraiser", null, "ThamDinh-Moi-2025"),
        ("hoidong", "Hội đồng thẩm định tỉnh", "Council", null, "HoiDong-Moi-2025"),
    ];

    private static readonly (string User, string Name, string Role, string? Unit, string Password)[] UnitPeople =
    [
        ("sxd.canbo", "Trần Thị Mai", "UnitEditor", "SXD", "SxdCanBo-Moi-2025"),
        ("sxd.lanhdao", "Nguyễn Văn Hùng", "UnitLead", "SXD", "SxdLanhDao-Moi-2025"),
        ("syt.canbo", "Vũ Thị Hoa", "UnitEditor", "SYT", "SytCanBo-Moi-2025"),
        ("syt.lanhdao", "Phạm Văn Long", "UnitLead", "SYT", "SytLanhDao-Moi-2025"),
        ("sct.canbo", "Đỗ Thị Lan", "UnitEditor", "SCT", "SctCanBo-Moi-2025"),
    ];

    private static DateTimeOffset Vn(int month, int day, int hour = 9) => new(2025, month, day, hour, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task A_new_installation_runs_its_first_year_in_the_browser_only() => await InBrowser(async b =>
    {
        var page = b.Page;
        var files = Repo.TempDir();
        _output.WriteLine(Site.OperatorLog);

        // ---- 1. 2 January, 08:00: the administrator's first sign-in lands on the system page; they create the office's accounts.
        await b.SignInAsync(FreshInstallSite.Admin, FreshInstallSite.AdminPassword);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Quản trị hệ thống");
        await Assertions.Expect(page.GetByTestId("health-status")).ToHaveTextAsync("hoạt động tốt");
        await b.ScreenshotAsync("01-admin-home");
        var links = await CreateAccountsAsync(b, Office, "02-office-accounts");
        await YearPages.SignOutAsync(page);
        await SetPasswordsAsync(b, Office, links, "03-set-password");

        // ---- 2. The secretariat fills in the framework and units templates downloaded beside the upload forms and imports them.
        await SignInAsync(b, "thuongtruc");
        await Assertions.Expect(page.GetByTestId("no-period")).ToBeVisibleAsync();
        await b.ScreenshotAsync("04-secretariat-home");
        await Administration(page, "Bộ chỉ số").ClickAsync();
        var framework = await DownloadAsync(page, page.GetByTestId("template-framework"), files, "mau-framework.xlsx");
        await YearPages.ChooseFileAsync(page, page.GetByLabel("Tệp bộ chỉ số"), Write(files, "bo-chi-so-2025.xlsx", YearFiles.Edit(framework, "Thông tin", rows =>
        {
            YearFiles.Set(rows.Single(r => r[0] == "code"), 1, Framework);
            YearFiles.Set(rows.Single(r => r[0] == "name"), 1, "Bộ chỉ số CCHC khối sở năm 2025");
        })));
        await page.GetByRole(AriaRole.Button, new() { Name = "Nhập", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/quan-tri/khung/*");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Bộ chỉ số CCHC khối sở năm 2025");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Mức độ hài lòng của người dân");
        await b.ScreenshotAsync("05-framework");
        await Administration(page, "Đơn vị").ClickAsync();
        var units = await DownloadAsync(page, page.GetByTestId("template-units"), files, "mau-units.xlsx");
        await YearPages.ChooseFileAsync(page, page.GetByLabel("Tệp đơn vị"), Write(files, "don-vi-2025.xlsx", YearFiles.Edit(units, "Đơn vị", rows =>
        {
            var header = rows[0];
            rows.RemoveRange(1, rows.Count - 1);   // the template's examples (Sở Mẫu, Xã Mẫu) give way to the departments
            foreach (var (code, name) in new[] { ("SXD", "Sở Xây dựng"), ("SYT", "Sở Y tế"), ("SCT", "Sở Công Thương") })
            {
                var row = new List<string?>();
                foreach (var (column, value) in new[] { ("code", code), ("name", name), ("type", "department"), ("group", Group) })
                    YearFiles.Set(row, header.IndexOf(column), value);
                rows.Add(row);
            }
        })));
        await page.GetByRole(AriaRole.Button, new() { Name = "Nhập đơn vị" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("units").Locator("tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByTestId("units").Locator("tr[data-unit=SCT] th")).ToHaveTextAsync("Sở Công Thương");
        await b.ScreenshotAsync("06-units");
        await YearPages.SignOutAsync(page);

        // The administrator creates the units' accounts, now that the units exist.
        await b.SignInAsync(FreshInstallSite.Admin, FreshInstallSite.AdminPassword);
        links = await CreateAccountsAsync(b, UnitPeople, "07-unit-accounts");
        await YearPages.SignOutAsync(page);
        await SetPasswordsAsync(b, UnitPeople, links, "08-set-password");

        // ---- 3. The secretariat creates the period, leaves a unit that never submits out of the ranking, and opens it.
        await SignInAsync(b, "thuongtruc");
        await Administration(page, "Kỳ đánh giá").ClickAsync();
        var periodId = await YearPages.CreatePeriodAsync(b, PeriodName, Framework, "09-period-form");
        var setting = page.GetByTestId("non-submitters");
        await setting.GetByLabel("Không xếp hạng, công bố lý do").CheckAsync();
        await setting.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("non-submitters").GetByLabel("Không xếp hạng, công bố lý do")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByTestId("checklist-clear")).ToBeVisibleAsync();
        await YearPages.AdvanceAsync(page, "Tự đánh giá");
        await b.ScreenshotAsync("10-period-open");

        // The satisfaction survey: its questionnaire and the strata's populations, at least 3 responses for a unit to count.
        await Administration(page, "Khảo sát").ClickAsync();
        await YearPages.ChooseFileAsync(page, page.GetByLabel("Tệp phiếu khảo sát"), YearFiles.Write(files, "phieu-hai-long.json", SurveyFiles.QuestionnaireJson));
        await page.GetByLabel("Năm khảo sát").FillAsync("2025");
        await page.GetByLabel("Số phiếu tối thiểu để xếp hạng một đơn vị").FillAsync("3");
        await YearPages.ChooseFileAsync(page, page.GetByLabel("Dân số theo tầng (tùy chọn, .csv/.xlsx)"), YearFiles.Write(files, "dan-so.csv", SurveyFiles.PopulationsCsv));
        await b.ScreenshotAsync("11-survey-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu khảo sát" }).ClickAsync();
        await page.WaitForURLAsync("**/quan-tri/khao-sat/*");
        var surveyPage = new Uri(page.Url).AbsolutePath;
        await Assertions.Expect(page.GetByTestId("survey").Locator("dt:text-is('Trọng số theo tầng') + dd")).ToHaveTextAsync("có");
        await Assertions.Expect(page.GetByTestId("no-results")).ToBeVisibleAsync();
        await page.GetByLabel("Đơn vị được đánh giá").SelectOptionAsync("SXD");
        await page.GetByLabel("Số đường dẫn (1–1000)").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Phát đường dẫn" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("issued-links").Locator("li")).ToHaveCountAsync(3);
        await b.ScreenshotAsync("12-survey-links");
        var linksFile = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("links-csv").ClickAsync());
        var linkRows = (await File.ReadAllTextAsync((await linksFile.PathAsync())!, Encoding.UTF8)).TrimStart('\uFEFF').Trim().Split('\n').Select(l => l.TrimEnd('\r').Split(',')).ToList();
        Assert.Equal(["unit", "unit_name", "respondent", "link"], linkRows[0]);
        Assert.All(linkRows.Skip(1), r => Assert.Equal(["SXD", "Sở Xây dựng", "citizen"], r.Take(3)));
        var surveyLinks = linkRows.Skip(1).Select(r => r[3]).ToList();
        Assert.Equal(3, surveyLinks.Distinct().Count());
        await YearPages.SignOutAsync(page);

        // ---- 4. February: two citizens answer about Sở Xây dựng through their links (5, 4 and 4, 4: both satisfied); the third link is not used.
        Site.Clock.MoveTo(Vn(2, 14));
        foreach (var (link, answers, screenshot) in new[] { (surveyLinks[0], ("5", "4"), "13-citizen-answers"), (surveyLinks[1], ("4", "4"), "14-citizen-thanked") })
        {
            await page.GotoAsync(link);
            await Assertions.Expect(page.Locator(".lead")).ToHaveTextAsync("Đơn vị được đánh giá: Sở Xây dựng");
            await page.GetByTestId("question-HL1").Locator($"input[value='{answers.Item1}']").CheckAsync();
            await page.GetByTestId("question-HL2").Locator($"input[value='{answers.Item2}']").CheckAsync();
            if (screenshot.StartsWith("13", StringComparison.Ordinal)) await b.ScreenshotAsync(screenshot);
            await page.GetByRole(AriaRole.Button, new() { Name = "Gửi phiếu" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("survey-done")).ToHaveTextAsync("Ông/bà đã gửi phiếu khảo sát. Xin chân thành cảm ơn!");
            if (screenshot.StartsWith("14", StringComparison.Ordinal)) await b.ScreenshotAsync(screenshot);
        }

        // ---- 5. 10 March: Sở Xây dựng's editor fills the dossier from the unit's home; its leader submits through the confirmation.
        // 1.1 đúng hạn 1 + 1.2 17/20 = 85 % ≥ 80 % → 1 + 1.3 0,75 + 1.4 đạt 1 + 2.1 9/10 × 2 = 1,80 + 2.2 2 − 0,5 = 1,50
        // = 7,05 of the 9 points a unit enters itself (2.3 comes from the survey): index 7,05 / 9 = 78,33 %.
        Site.Clock.MoveTo(Vn(3, 10));
        await SignInAsync(b, "sxd.canbo");
        await Assertions.Expect(page.GetByTestId("dossier").GetByTestId("due")).ToContainTextAsync("còn 21 ngày (đến 31/03/2025 17:00)");
        await b.ScreenshotAsync("15-unit-home");
        await page.GetByTestId("dossier").GetByRole(AriaRole.Link, new() { Name = PeriodName, Exact = true }).ClickAsync();
        await EnterSxdAsync(b, files);
        await YearPages.SignOutAsync(page);
        await SubmitAsync(b, "sxd.lanhdao", periodId, "7,05 / 9,00 · chỉ số 78,33%", "17-sxd");

        // Sở Y tế's editor does it all in the worksheet: chậm 0,5 + 20/20 → 2 + 1 + đạt 1 + 3/4 × 2 = 1,50 + no late case 2
        // = 8,00 of 9 (88,89 %); 1.1 and 1.4 explained instead of evidenced.
        await SignInAsync(b, "syt.canbo");
        await page.GetByTestId("dossier").GetByRole(AriaRole.Link, new() { Name = PeriodName, Exact = true }).ClickAsync();
        await page.GetByTestId("worksheet").Locator("summary").ClickAsync();
        await b.ScreenshotAsync("18-syt-dossier-worksheet");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("worksheet-download").ClickAsync());
        Assert.Equal($"tu-danh-gia-SYT-ky-{periodId}.xlsx", download.SuggestedFilename);
        var worksheet = await File.ReadAllBytesAsync((await download.PathAsync())!);
        (string Code, string Input, string? Explanation)[] sytInputs =
        [
            ("1.1", "cham", "Kế hoạch ban hành chậm, bản giấy lưu tại văn thư"), ("1.2", "20/20", null), ("1.3", "1", null),
            ("1.4", "đạt", "Biên bản kiểm tra lưu tại văn phòng sở"), ("2.1", "3/4", null), ("2.2", "0", null),
        ];
        // First with two mistakes: a ratio over zero on 1.2 and a figure in the survey's own row 2.3 (Excel rows 4 and 10, column F).
        await UploadWorksheetAsync(page, Write(files, "syt-sai.xlsx", FillWorksheet(worksheet, [.. sytInputs.Select(i => i.Code == "1.2" ? i with { Input = "20/0" } : i), ("2.3", "80%", null)])));
        var problems = page.GetByTestId("worksheet-problem");
        await Assertions.Expect(problems).ToHaveCountAsync(2);
        Assert.Equal([WorksheetScores, "4", "F", "1.2"], (await problems.Nth(0).Locator("td").AllInnerTextsAsync()).Take(4));
        Assert.Equal([WorksheetScores, "10", "F", "2.3"], (await problems.Nth(1).Locator("td").AllInnerTextsAsync()).Take(4));
        await Assertions.Expect(page.GetByTestId("worksheet-problems")).ToContainTextAsync("có 2 lỗi; chưa có gì được lưu");
        await b.ScreenshotAsync("19-syt-worksheet-refused");
        await page.GetByRole(AriaRole.Link, new() { Name = "Về hồ sơ tự đánh giá" }).ClickAsync();
        await Assertions.Expect(YearPages.Leaf(page, 0).GetByLabel("Ban hành chậm")).Not.ToBeCheckedAsync();
        await Assertions.Expect(YearPages.Leaf(page, 1).GetByLabel("Mẫu số (tổng số)")).ToHaveValueAsync("");
        await UploadWorksheetAsync(page, Write(files, "syt.xlsx", FillWorksheet(worksheet, sytInputs)));
        await Assertions.Expect(page.GetByTestId("worksheet-result")).ToContainTextAsync("6 mục đã lưu, 0 mục không đổi");
        await b.ScreenshotAsync("20-syt-worksheet-saved");
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem hồ sơ với các kết quả vừa nhập" }).ClickAsync();
        await YearPages.ExpectPointsAsync(page, 0, "0,50");
        await YearPages.ExpectPointsAsync(page, 1, "2,00");
        await YearPages.ExpectPointsAsync(page, 2, "1,00");
        await YearPages.ExpectPointsAsync(page, 3, "1,00");
        await Assertions.Expect(page.GetByTestId("completeness")).ToContainTextAsync("Hồ sơ đã đầy đủ");
        await YearPages.SignOutAsync(page);
        await SubmitAsync(b, "syt.lanhdao", periodId, "8,00 / 9,00 · chỉ số 88,89%", "21-syt");

        // Sở Công Thương's editor enters 2.1 (3/4 × 2 = 1,50) and nobody ever submits.
        await SignInAsync(b, "sct.canbo");
        await page.GotoAsync($"/tu-danh-gia/{periodId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "2. Cải cách thủ tục hành chính" }).ClickAsync();
        await FillRatioAsync(page, 4, "3", "4", "1,50");
        await YearPages.ExpectSavedAsync(page, 4);
        await b.ScreenshotAsync("22-sct-dossier");
        await YearPages.SignOutAsync(page);

        // ---- 6. 7 April: the secretariat sees 2 of 3 submitted; the move to appraisal names SCT and needs the second confirmation.
        Site.Clock.MoveTo(Vn(4, 7));
        await SignInAsync(b, "thuongtruc");
        await Assertions.Expect(page.GetByTestId("submitted")).ToContainTextAsync("2/3");
        await b.ScreenshotAsync("23-progress");
        await page.GotoAsync($"/quan-tri/ky/{periodId}");
        await YearPages.AdvanceThroughOpenItemsAsync(b, "Thẩm định", "24-second-confirmation", "1 đơn vị chưa nộp hồ sơ: SCT", "không được xếp hạng");
        await YearPages.AssignAppraiserAsync(page, "SXD", "SYT");
        await b.ScreenshotAsync("25-period-appraisal");

        // The answers collected on paper and phones come in as KoboToolbox exported them; the measures by hand: SurveyFiles.
        await page.GotoAsync(surveyPage);
        await YearPages.ChooseFileAsync(page, page.GetByLabel("Tệp phiếu trả lời"), YearFiles.Write(files, "kobo-hai-long.csv", SurveyFiles.KoboAnswersCsv));
        await page.GetByRole(AriaRole.Button, new() { Name = "Nhập", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("imported")).ToHaveTextAsync("Đã nhập: 6 phiếu mới, 0 phiếu đã có.");
        await Assertions.Expect(page.GetByTestId("responses")).ToHaveTextAsync("8");
        await Assertions.Expect(page.GetByTestId("links")).ToHaveTextAsync("3 / 2");
        var results = page.GetByTestId("results");
        await Assertions.Expect(results.Locator("tr[data-unit=SXD] th")).ToHaveTextAsync("Sở Xây dựng");
        await Assertions.Expect(results.Locator("tr[data-unit=SXD] td").First).ToHaveTextAsync("4");
        await Assertions.Expect(results.Locator("tr[data-unit=SXD] li[data-measure=SIPAS]")).ToHaveTextAsync("SIPAS: 75,00 % (26,59 % – 96,13 %); 3,94 (3,10 – 4,78); n = 4");
        await Assertions.Expect(results.Locator("tr[data-unit=SYT] td").First).ToHaveTextAsync("4");
        await Assertions.Expect(results.Locator("tr[data-unit=SYT] li[data-measure=SIPAS]")).ToHaveTextAsync("SIPAS: 50,00 % (15,00 % – 85,00 %); 3,50 (2,44 – 4,56); n = 4");
        await b.ScreenshotAsync("26-survey-results");
        await page.GetByLabel("Kỳ đánh giá", new() { Exact = true }).SelectOptionAsync(periodId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Áp dụng" }).ClickAsync();
        var applied = page.GetByTestId("applied");
        await Assertions.Expect(applied).ToContainTextAsync("Đã ghi 2 điểm, 0 không đổi.");   // 2.3 of SXD and SYT; SCT has no responses
        await Assertions.Expect(applied.Locator("li")).ToHaveCountAsync(1);
        await Assertions.Expect(applied.Locator("li")).ToContainTextAsync("SCT");
        await b.ScreenshotAsync("27-survey-applied");
        await YearPages.SignOutAsync(page);

        // The appraiser lowers SXD's 1.3 from 0,75 to 0,50 and completes SXD only.
        await SignInAsync(b, "thamdinh");
        await Assertions.Expect(page.GetByTestId("queue").Locator("tbody tr")).ToHaveCountAsync(2);
        await b.ScreenshotAsync("28-appraisal-queue");
        await page.GetByRole(AriaRole.Link, new() { Name = "SXD — Sở Xây dựng" }).ClickAsync();
        await page.GetByTestId("items").GetByRole(AriaRole.Link, new() { Name = "1.3. Tuyên truyền cải cách hành chính" }).ClickAsync();
        await page.GetByLabel("Kết quả thẩm định").FillAsync("0.5");
        await page.GetByLabel("Lý do (bắt buộc)").FillAsync("Chỉ có 2 tin bài tuyên truyền trong năm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và sang mục sau" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("items")).ToContainTextAsync("1.3. Tuyên truyền cải cách hành chính — đã thẩm định: 0,5 → 0,50");
        await page.GetByTestId("complete-top").GetByRole(AriaRole.Button, new() { Name = "Hoàn thành thẩm định" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("saved")).ToHaveTextAsync("Đã hoàn thành thẩm định hồ sơ của đơn vị SXD");
        await b.ScreenshotAsync("29-appraisal-done");
        await YearPages.SignOutAsync(page);

        // ---- 7. 5 May: the move to appeals names SYT's open appraisal and completes it (its own 8,00 stands); the survey is applied.
        Site.Clock.MoveTo(Vn(5, 5));
        await SignInAsync(b, "thuongtruc");
        await page.GotoAsync($"/quan-tri/ky/{periodId}");
        await Assertions.Expect(page.GetByTestId("next-stage").GetByTestId("item-SurveyNotApplied")).ToHaveCountAsync(0);
        await YearPages.AdvanceThroughOpenItemsAsync(b, "Giải trình", "30-second-confirmation", "1 hồ sơ chưa hoàn thành thẩm định: SYT");
        await Assertions.Expect(page.GetByTestId("history")).ToContainTextAsync("SYT Đã nộp → Đã thẩm định");
        await YearPages.SignOutAsync(page);
        await YearPages.AppealAndAcceptAsync(b, Site.Clock, user => SignInAsync(b, user), periodId, "1.3 Tuyên truyền cải cách hành chính");

        // ---- 8. 20 May: finalisation, then publication, whose checklist says SCT will not be ranked (second confirmation).
        Site.Clock.MoveTo(Vn(5, 20));
        await SignInAsync(b, "thuongtruc");
        await page.GotoAsync($"/quan-tri/ky/{periodId}");
        await YearPages.AdvanceAsync(page, "Tổng hợp");
        await b.ScreenshotAsync("31-finalisation");
        await YearPages.PublishThroughOpenItemsAsync(b, "32-second-confirmation", "1 đơn vị không nộp hồ sơ: SCT", "sẽ không được xếp hạng");
        await Assertions.Expect(page.GetByTestId("publications")).ToContainTextAsync($"Khối {Group}, 20/05/2025");
        await b.ScreenshotAsync("33-published");
        await YearPages.SignOutAsync(page);

        // ---- 9. The public, out of 10 with the survey's point: SYT 8,00 + 2.3 0,50 = 8,50 → 85,00 % (Tốt), rank 1;
        // SXD 7,05 + 0,75 = 7,80 → 78,00 % (Khá), rank 2 (the appeal restored 1.3's 0,75; without it 7,55); mean
        // (85 + 78) / 2 = 81,50 %; SCT not ranked.
        await b.OpenAsync("/", "34-public-home");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"{PeriodName} · công bố ngày 20/05/2025 · 2 đơn vị · chỉ số trung bình 81,50%");
        var rows = await page.GetByTestId("ranking").Locator("tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [r.dataset.unit, ...Array.from(r.cells).slice(0, 5).map(c => c.innerText.trim())])");
        Assert.Equal(
            [["SYT", "1", "Sở Y tế", "8,50/10,00", "85,00", "Tốt"], ["SXD", "2", "Sở Xây dựng", "7,80/10,00", "78,00", "Khá"]],
            rows);
        await Assertions.Expect(page.GetByTestId("excluded").Locator("li[data-unit=SCT]")).ToContainTextAsync("Không nộp hồ sơ tự đánh giá trước hạn 31/03/2025 17:00");

        // Sở Xây dựng's page: area 1 = 1 + 1 + 0,75 + 1 = 3,75 of 5 (75 %); area 2 = 1,80 + 1,50 + the survey's 0,75 = 4,05 of 5 (81 %).
        await page.GetByTestId("ranking").GetByRole(AriaRole.Link, new() { Name = "Sở Xây dựng" }).ClickAsync();
        var areas = await page.GetByTestId("areas").Locator("tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => Array.from(r.cells).slice(0, 3).map(c => c.innerText.trim()))");
        Assert.Equal(
            [["1. Công tác chỉ đạo, điều hành cải cách hành chính", "3,75/5,00", "75,00"], ["2. Cải cách thủ tục hành chính", "4,05/5,00", "81,00"]],
            areas);
        var survey = page.GetByTestId("trace").Locator("tbody tr", new() { Has = page.Locator("td:text-is('2.3')") });
        await Assertions.Expect(survey.Locator("td").Nth(2)).ToHaveTextAsync("0,75");
        await Assertions.Expect(survey.Locator("td").Nth(3)).ToContainTextAsync("SIPAS = 75% hài lòng (điểm ≥ 4/5), 4 người trả lời, KTC 95% 26,6–96,1%");
        await b.ScreenshotAsync("35-public-unit");
    });

    /// <summary>Sở Xây dựng's dossier in the browser, each item's points watched as it is typed, the plan of 1.1 as a PDF.</summary>
    private static async Task EnterSxdAsync(BrowserSession b, string files)
    {
        var page = b.Page;
        await YearPages.Leaf(page, 0).GetByLabel("Ban hành đúng hạn").CheckAsync();
        await YearPages.ExpectPointsAsync(page, 0, "1,00");
        await FillRatioAsync(page, 1, "17", "20", "1,00");
        await YearPages.Leaf(page, 2).GetByLabel("Điểm (từ 0,00 đến 1,00)").FillAsync("0.75");
        await YearPages.Leaf(page, 2).GetByLabel("Điểm (từ 0,00 đến 1,00)").PressAsync("Tab");
        await YearPages.ExpectPointsAsync(page, 2, "0,75");
        await YearPages.Leaf(page, 3).GetByLabel("Đạt", new() { Exact = true }).CheckAsync();
        await YearPages.Leaf(page, 3).GetByLabel("Giải trình (khi chưa có tài liệu kiểm chứng)").FillAsync("Biên bản kiểm tra lưu tại văn phòng sở");
        await YearPages.ExpectPointsAsync(page, 3, "1,00");
        foreach (var leaf in new[] { 0, 1, 2, 3 }) await YearPages.ExpectSavedAsync(page, leaf);
        await YearPages.AttachPlanAsync(page, files);
        await b.ScreenshotAsync("16-sxd-area-1");

        await page.GetByRole(AriaRole.Link, new() { Name = "2. Cải cách thủ tục hành chính" }).ClickAsync();
        await FillRatioAsync(page, 4, "9", "10", "1,80");
        await YearPages.Leaf(page, 5).GetByLabel("Số lượng (trường hợp)").FillAsync("1");
        await YearPages.Leaf(page, 5).GetByLabel("Số lượng (trường hợp)").PressAsync("Tab");
        await YearPages.ExpectPointsAsync(page, 5, "1,50");
        foreach (var leaf in new[] { 4, 5 }) await YearPages.ExpectSavedAsync(page, leaf);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("completeness")).ToContainTextAsync("Hồ sơ đã đầy đủ");
    }

    /// <summary>The downloaded worksheet with each given item's input (column "Kết quả tự đánh giá") and explanation filled in.</summary>
    private static byte[] FillWorksheet(byte[] worksheet, IEnumerable<(string Code, string Input, string? Explanation)> items) =>
        YearFiles.Edit(worksheet, WorksheetScores, rows =>
        {
            var (input, explanation) = (rows[0].IndexOf("Kết quả tự đánh giá"), rows[0].IndexOf("Giải trình"));
            foreach (var (code, value, note) in items)
            {
                var row = rows.Single(r => r.Count > 0 && r[0] == code);
                YearFiles.Set(row, input, value);
                if (note is not null) YearFiles.Set(row, explanation, note);
            }
        });

    /// <summary>From the dossier page (its worksheet section) or the worksheet page, uploads a filled worksheet.</summary>
    private static async Task UploadWorksheetAsync(IPage page, string file)
    {
        var details = page.GetByTestId("worksheet");
        if (await details.CountAsync() > 0 && await details.GetAttributeAsync("open") is null) await details.Locator("summary").ClickAsync();
        await YearPages.ChooseFileAsync(page, page.Locator("#worksheet-file"), file);
        await page.GetByTestId("worksheet-upload").ClickAsync();
        await page.WaitForURLAsync("**/bieu-mau");
    }

    private static async Task<byte[]> DownloadAsync(IPage page, ILocator link, string files, string expectedName)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal(expectedName, download.SuggestedFilename);
        var path = Path.Combine(files, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return await File.ReadAllBytesAsync(path);
    }

    private static string Write(string dir, string name, byte[] content)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static ILocator Administration(IPage page, string link) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hành" }).GetByRole(AriaRole.Link, new() { Name = link, Exact = true });

    private static Task SignInAsync(BrowserSession b, string user) =>
        b.SignInAsync(user, Office.Concat(UnitPeople).Single(p => p.User == user).Password);

    /// <summary>From the system page, through the accounts list, creates each account and keeps the one-time link shown for it.</summary>
    private static async Task<List<string>> CreateAccountsAsync(BrowserSession b, IEnumerable<(string User, string Name, string Role, string? Unit, string Password)> people, string screenshot)
    {
        var page = b.Page;
        await page.GotoAsync("/quan-tri/he-thong");
        await page.GetByRole(AriaRole.Link, new() { Name = "Quản lý tài khoản" }).ClickAsync();
        await page.GetByTestId("create").ClickAsync();
        var links = new List<string>();
        foreach (var (user, name, role, unit, _) in people)
        {
            await page.GetByLabel("Tên đăng nhập").FillAsync(user);
            await page.GetByLabel("Họ tên").FillAsync(name);
            await page.GetByLabel("Vai trò").SelectOptionAsync(role);
            if (unit is not null) await page.GetByLabel("Đơn vị").FillAsync(unit);
            await page.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("done")).ToContainTextAsync($"Đã tạo tài khoản {user}.");
            links.Add(await page.GetByTestId("link").InnerTextAsync());
        }
        await b.ScreenshotAsync(screenshot);
        await page.GotoAsync("/quan-tri/tai-khoan");
        foreach (var (user, _, _, _, _) in people) await Assertions.Expect(page.GetByTestId("accounts").Locator($"tbody tr[data-user='{user}']")).ToBeVisibleAsync();
        return links;
    }

    /// <summary>Each owner opens their link, signed out, and sets the password they will sign in with.</summary>
    private static async Task SetPasswordsAsync(BrowserSession b, IReadOnlyList<(string User, string Name, string Role, string? Unit, string Password)> people, List<string> links, string screenshot)
    {
        var page = b.Page;
        for (var i = 0; i < people.Count; i++)
        {
            await page.GotoAsync(links[i]);
            await Assertions.Expect(page.Locator(".lead")).ToContainTextAsync($"Tài khoản {people[i].User} ({people[i].Name})");
            await page.GetByLabel("Mật khẩu mới").FillAsync(people[i].Password);
            await page.GetByLabel("Nhập lại mật khẩu").FillAsync(people[i].Password);
            if (i == 0) await b.ScreenshotAsync(screenshot);
            await page.GetByRole(AriaRole.Button, new() { Name = "Đặt mật khẩu" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("done")).ToContainTextAsync($"Đã đặt mật khẩu cho tài khoản {people[i].User}");
        }
    }

    /// <summary>The leader signs in, opens the dossier from their home, reads the total on the confirmation and submits.</summary>
    private static async Task SubmitAsync(BrowserSession b, string leader, int periodId, string total, string screenshot)
    {
        var page = b.Page;
        await SignInAsync(b, leader);
        await page.GetByTestId("dossier").GetByRole(AriaRole.Link, new() { Name = PeriodName, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Phê duyệt và nộp hồ sơ" }).ClickAsync();
        await page.WaitForURLAsync($"**/tu-danh-gia/{periodId}/nop");
        await Assertions.Expect(page.GetByTestId("submit-total")).ToContainTextAsync(total);
        await b.ScreenshotAsync(screenshot + "-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận nộp hồ sơ" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("status")).ToContainTextAsync("Trạng thái: Đã nộp");
        await b.ScreenshotAsync(screenshot + "-submitted");
        await YearPages.SignOutAsync(page);
    }

    private static async Task FillRatioAsync(IPage page, int leaf, string numerator, string denominator, string points)
    {
        await YearPages.Leaf(page, leaf).GetByLabel("Tử số (số đạt)").FillAsync(numerator);
        await YearPages.Leaf(page, leaf).GetByLabel("Mẫu số (tổng số)").FillAsync(denominator);
        await YearPages.Leaf(page, leaf).GetByLabel("Mẫu số (tổng số)").PressAsync("Tab");
        await YearPages.ExpectPointsAsync(page, leaf, points);
    }
}
