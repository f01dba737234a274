using Microsoft.Playwright;
using ParIndex.App.Features.Frameworks;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Units;
using ParIndex.App.Security;
using ParIndex.Domain.Workflow;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>
/// The crosswalk of a period on a new edition in a real browser: the sample departments assessed in 2025 on PAR-SO-MAU
/// and in 2026 on PAR-SO-MAU-2026. The secretariat follows the period page's "totals only" link, downloads the proposal,
/// uploads a crosswalk with a wrong code (refused beside the form, located), then the sample crosswalk, reads its links in
/// words (the split with its share) and confirms it. Screenshots at each step.
/// </summary>
public sealed class CrosswalkPageTests(EmptyProvinceSite site, ITestOutputHelper output) : BrowserTest<EmptyProvinceSite>(site, output)
{
    private const string Password = "AnhXa-Thu-2026";
    private static readonly Actor Operator = Actor.Operator("web-tests");
    private static string Sample(string path) => Path.Combine(Repo.Root, "samples", path);

    private async Task<int> StageAsync()
    {
        await Site.RunAsync(db => new ImportUnitsHandler(db, Site.Clock).HandleAsync(Operator, new ImportUnits(Sample("tinh-mau/units-so-2025.csv"))));
        foreach (var file in new[] { "frameworks/so-nganh.json", "frameworks/so-nganh-2026.json" })
            await Site.RunAsync(db => new ImportFrameworkHandler(db, Site.Clock).HandleAsync(Operator, new ImportFramework(Sample(file))));
        await Site.AddUserAsync("anhxa.thuongtruc", Password, Role.Secretariat, null, "Phòng CCHC, Sở Nội vụ");
        static PeriodDeadlines In(int year) => new(new(year, 1, 6, 8, 0, 0, TimeSpan.FromHours(7)), new(year, 3, 31, 17, 0, 0, TimeSpan.FromHours(7)),
            new(year, 4, 30, 17, 0, 0, TimeSpan.FromHours(7)), new(year, 5, 15, 17, 0, 0, TimeSpan.FromHours(7)), new(year, 5, 31, 17, 0, 0, TimeSpan.FromHours(7)));
        await Site.RunAsync(db => new CreatePeriodHandler(db, Site.Clock).HandleAsync(Operator, new CreatePeriod(2025, "CCHC 2025 (ấn bản cũ)", In(2025), ["PAR-SO-MAU"])));
        return (await Site.RunAsync(db => new CreatePeriodHandler(db, Site.Clock).HandleAsync(Operator,
            new CreatePeriod(2026, "CCHC 2026 (ấn bản mới)", In(2026), ["PAR-SO-MAU-2026"])))).Id;
    }

    [Fact]
    public async Task The_secretariat_checks_and_confirms_the_crosswalk_from_the_period_page() => await InBrowser(async b =>
    {
        var period = await StageAsync();
        var page = b.Page;
        await b.SignInAsync("anhxa.thuongtruc", Password);
        await b.OpenAsync($"/quan-tri/ky/{period}", "period");
        await page.GetByTestId("edition-steps").GetByRole(AriaRole.Link, new() { Name = "Chưa có bảng chuyển đổi — chỉ so sánh tổng điểm" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Bảng chuyển đổi giữa hai ấn bản");
        await Assertions.Expect(page.GetByTestId("totals-only")).ToBeVisibleAsync();
        await b.ScreenshotAsync("crosswalk-none");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("proposal-xlsx").ClickAsync());
        Assert.Equal("anh-xa-PAR-SO-MAU-PAR-SO-MAU-2026.xlsx", download.SuggestedFilename);

        var bad = Path.Combine(Repo.TempDir(), "anh-xa-sai.json");
        await File.WriteAllTextAsync(bad, (await File.ReadAllTextAsync(Sample("crosswalks/so-nganh-2025-2026.json"))).Replace("\"to\": \"7.2.3\"", "\"to\": \"7.2.9\"", StringComparison.Ordinal));
        await page.GetByLabel("Tệp bảng ánh xạ").SetInputFilesAsync(bad);
        await page.GetByTestId("check").ClickAsync();
        var errors = page.GetByTestId("errors-crosswalk");
        await Assertions.Expect(errors).ToContainTextAsync("anh-xa-sai.json, tiêu chí 7.2.9");
        await b.ScreenshotAsync("crosswalk-refused");

        await page.GetByLabel("Tệp bảng ánh xạ").SetInputFilesAsync(Sample("crosswalks/so-nganh-2025-2026.json"));
        await page.GetByTestId("check").ClickAsync();
        var links = page.GetByTestId("checked").GetByTestId("crosswalk-links");
        await Assertions.Expect(links.Locator("tbody tr")).ToHaveCountAsync(106);
        await Assertions.Expect(links.Locator("tr[data-kind=split]").First).ToContainTextAsync("tách, tỷ lệ");
        await Assertions.Expect(links.Locator("tr[data-kind=renamed]")).ToContainTextAsync("đổi tên");
        await b.ScreenshotAsync("crosswalk-checked");

        await page.GetByTestId("confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("done")).ToHaveTextAsync("Đã xác nhận bảng ánh xạ PAR-SO-MAU → PAR-SO-MAU-2026 (106 liên kết)");
        await Assertions.Expect(page.GetByTestId("crosswalk-confirmed")).ToBeVisibleAsync();
        await b.ScreenshotAsync("crosswalk-confirmed");
    });
}
