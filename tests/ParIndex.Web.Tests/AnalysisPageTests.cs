using Microsoft.Playwright;
using Xunit.Abstractions;
using static ParIndex.Web.Tests.PublishedResults;

namespace ParIndex.Web.Tests;

/// <summary>
/// The analysis of the demo's latest published group (<c>/phan-tich/{ky}</c>) in a real browser, as a visitor and
/// signed in: its figures compared with the published JSON summary, its three charts drawn, on a phone and in English.
/// </summary>
public sealed class AnalysisPageTests(DemoSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    [Fact]
    public async Task A_visitor_reads_the_published_figures_and_the_three_charts_then_switches_to_English() => await InBrowser(async b =>
    {
        var latest = await LatestAsync(Site.Client);
        var summary = await SummaryAsync(Site.Client, latest);
        await OpenAsync(b, latest, "analysis");

        await Assertions.Expect(b.Page.Locator("h1")).ToHaveTextAsync("Phân tích kết quả Chỉ số CCHC năm 2025");
        await Assertions.Expect(b.Page.GetByTestId("status")).ToContainTextAsync($"Kết quả đã công bố ngày");
        await Assertions.Expect(b.Page.GetByTestId("status")).ToContainTextAsync($"· {summary.Count} đơn vị");
        var overview = await FiguresAsync(b.Page);
        Assert.Equal(summary.Count.ToString(Vietnamese), overview["Số đơn vị"]);
        Assert.Equal(Vi(summary.Mean), overview["Chỉ số trung bình"]);
        Assert.Equal(Vi(summary.Median), overview["Trung vị"]);
        Assert.Equal(Vi(summary.Min), overview["Thấp nhất"]);
        Assert.Equal(Vi(summary.Max), overview["Cao nhất"]);

        var bands = await RowsAsync(b.Page, "bands");
        Assert.Equal(summary.Bands.Where(x => x.Value > 0).ToDictionary(x => x.Key, x => x.Value.ToString(Vietnamese)),
            bands.Where(r => r[1] != "0").ToDictionary(r => r[0], r => r[1]));
        var components = await RowsAsync(b.Page, "components");
        Assert.Equal(summary.Areas.Count, components.Count);
        foreach (var (area, mean) in summary.Areas)
            Assert.Equal(mean is { } m ? Vi(m) : "—", Assert.Single(components, r => r[0].StartsWith(area + ". ", StringComparison.Ordinal))[2]);
        await Assertions.Expect(b.Page.GetByTestId("robustness-note")).ToContainTextAsync("1.000 lần mô phỏng");
        Assert.DoesNotMatch(@"\d{4}", await b.Page.GetByTestId("changed").InnerTextAsync());

        await PageChecks.ExpectChartsDrawnAsync(b.Page, 3);
        var unitLink = b.Page.GetByTestId("robustness").Locator("tbody a").First;
        await Assertions.Expect(unitLink).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex($"^/don-vi/{latest.Id}/"));

        await b.Page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await Assertions.Expect(b.Page.Locator("h1")).ToHaveTextAsync("Analysis of the PAR INDEX 2025");
        await Assertions.Expect(b.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(b.Page.Locator("#tong-quan")).ToHaveTextAsync("Overview");
        await Assertions.Expect(b.Page.GetByTestId("status")).ToContainTextAsync($"Results published on");
        Assert.Equal(Vi(summary.Mean), (await FiguresAsync(b.Page))["Mean index"]);
        await PageChecks.ExpectChartsDrawnAsync(b.Page, 3);
        await b.ScreenshotAsync("analysis-en");
    });

    [Fact]
    public async Task A_signed_in_viewer_reads_the_same_analysis_with_links_to_the_signed_in_unit_pages() => await InBrowser(async b =>
    {
        var latest = await LatestAsync(Site.Client);
        var summary = await SummaryAsync(Site.Client, latest);
        var viewer = Site.Province.Account("nguoixem");
        await b.OpenAsync("/dang-nhap", "sign-in");
        await b.Page.GetByLabel("Tên đăng nhập").FillAsync(viewer.UserName);
        await b.Page.GetByLabel("Mật khẩu").FillAsync(viewer.Password);
        await b.Page.GetByLabel("Mật khẩu").PressAsync("Enter");
        await b.Page.WaitForURLAsync("**/ket-qua");   // a viewer's home

        await OpenAsync(b, latest, "analysis-signed-in");
        await Assertions.Expect(b.Page.GetByRole(AriaRole.Navigation, new() { Name = "Chính" }).GetByRole(AriaRole.Link, new() { Name = viewer.UserName, Exact = true })).ToBeVisibleAsync();
        Assert.Equal(Vi(summary.Mean), (await FiguresAsync(b.Page))["Chỉ số trung bình"]);
        await Assertions.Expect(b.Page.Locator("main p > a").First).ToHaveAttributeAsync("href", $"/ket-qua?ky={latest.Id}&khoi={Uri.EscapeDataString(latest.Group)}");
        var unitLink = b.Page.GetByTestId("robustness").Locator("tbody a").First;
        await Assertions.Expect(unitLink).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex($"^/ket-qua/{latest.Id}/don-vi/"));
        await PageChecks.ExpectChartsDrawnAsync(b.Page, 3);
    });

    [Fact]
    public async Task At_360_pixels_the_analysis_fits_the_phone_with_its_charts_and_shows_keyboard_focus() => await InBrowser(async b =>
    {
        var latest = await LatestAsync(Site.Client);
        await OpenAsync(b, latest, "analysis-360");
        await PageChecks.ExpectChartsDrawnAsync(b.Page, 3);
        await PageChecks.ExpectNoSidewaysScrollAsync(b.Page);
        await PageChecks.ExpectFocusVisibleOnFirstTabAsync(b.Page, "Bỏ qua, đến nội dung");
    }, PageChecks.Phone);

    /// <summary>Opens the group's analysis and saves it once its charts have drawn.</summary>
    private static async Task OpenAsync(BrowserSession b, Publication latest, string pageName)
    {
        var response = await b.Page.GotoAsync($"/phan-tich/{latest.Id}?khoi={Uri.EscapeDataString(latest.Group)}");
        Assert.Equal(200, response?.Status);
        await PageChecks.ExpectChartsDrawnAsync(b.Page, 3);
        await b.ScreenshotAsync(pageName);
    }

    /// <summary>The overview's figures: each term with its first value (the year's, not last year's).</summary>
    private static async Task<Dictionary<string, string>> FiguresAsync(IPage page) =>
        (await page.GetByTestId("overview").Locator("div").EvaluateAllAsync<string[][]>(
            "boxes => boxes.map(d => [d.querySelector('dt').innerText.trim(), d.querySelector('dd').innerText.trim()])"))
        .ToDictionary(f => f[0], f => f[1]);

    private static async Task<List<string[]>> RowsAsync(IPage page, string table) =>
        [.. await page.GetByTestId(table).Locator("tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => Array.from(r.cells).map(c => c.innerText.trim()))")];
}
