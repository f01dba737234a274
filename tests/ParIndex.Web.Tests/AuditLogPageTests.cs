using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>
/// The audit log of the demo province in a real browser: the council filters it, opens an entry's before and after and
/// runs the chain check; on a phone the page fits the screen.
/// </summary>
public sealed class AuditLogPageTests(DemoSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    [Fact]
    public async Task The_council_filters_the_log_opens_an_entry_and_checks_the_chain() => await InBrowser(async b =>
    {
        var page = b.Page;
        await DemoSignIn.AsAsync(b, Site, "hoidong");
        await page.GotoAsync("/quan-tri/khung");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hành" }).GetByRole(AriaRole.Link, new() { Name = "Nhật ký" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Nhật ký thay đổi");
        await b.ScreenshotAsync("audit");

        await page.GetByLabel("Thao tác").SelectOptionAsync("period.publish");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        var rows = page.GetByTestId("audit").Locator("tbody tr");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        // The action column (4th) names the action in words, one language at a time.
        var actions = await rows.Locator("td:nth-of-type(3)").AllInnerTextsAsync();
        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.Equal("Công bố kỳ đánh giá", a));
        await b.ScreenshotAsync("audit-filtered");

        await rows.First.Locator("th a").ClickAsync();
        await Assertions.Expect(page.GetByTestId("entry")).ToContainTextAsync("Công bố kỳ đánh giá");
        await Assertions.Expect(page.GetByTestId("after")).Not.ToHaveTextAsync("—");
        await b.ScreenshotAsync("audit-entry");

        await page.GotoAsync("/quan-tri/nhat-ky");
        await page.GetByTestId("verify").ClickAsync();
        await Assertions.Expect(page.GetByTestId("verify-result")).ToContainTextAsync("Nhật ký nguyên vẹn:");
        await b.ScreenshotAsync("audit-verified");
    });

    [Fact]
    public async Task At_360_pixels_the_log_and_an_entry_fit_the_phone() => await InBrowser(async b =>
    {
        var page = b.Page;
        await DemoSignIn.AsAsync(b, Site, "thuongtruc");
        await b.OpenAsync("/quan-tri/nhat-ky", "audit-360");
        await PageChecks.ExpectNoSidewaysScrollAsync(page);
        await PageChecks.ExpectFocusVisibleOnFirstTabAsync(page, "Bỏ qua, đến nội dung");
        await page.GetByTestId("audit").Locator("tbody tr th a").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("entry")).ToBeVisibleAsync();
        await b.ScreenshotAsync("audit-entry-360");
        await PageChecks.ExpectNoSidewaysScrollAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Audit entry");
        await b.ScreenshotAsync("audit-entry-360-en");
    }, PageChecks.Phone);
}
