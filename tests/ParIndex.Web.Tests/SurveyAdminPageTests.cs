using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>
/// The secretariat's survey pages on the demo in a real browser: the demo's newest survey,
/// two links issued and printed as a sheet of QR codes.
/// </summary>
public sealed class SurveyAdminPageTests(DemoSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    [Fact]
    public async Task The_secretariat_opens_a_survey_issues_two_links_and_prints_them_with_QR_codes() => await InBrowser(async b =>
    {
        var page = b.Page;
        await DemoSignIn.AsAsync(b, Site, "thuongtruc");
        await b.OpenAsync("/quan-tri/khao-sat", "surveys");
        await page.GetByTestId("surveys").Locator("tbody tr th a").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("survey")).ToBeVisibleAsync();
        await b.ScreenshotAsync("survey");

        await page.GetByLabel("Số đường dẫn (1–1000)").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Phát đường dẫn" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("issued")).ToContainTextAsync("Đã phát 2 đường dẫn.");
        await Assertions.Expect(page.GetByTestId("issued-links").Locator("li")).ToHaveCountAsync(2);
        await b.ScreenshotAsync("issued");

        var print = await page.Context.RunAndWaitForPageAsync(() => page.GetByTestId("links-print").ClickAsync());
        await print.WaitForLoadStateAsync();
        await Assertions.Expect(print.GetByTestId("card")).ToHaveCountAsync(2);
        await Assertions.Expect(print.GetByTestId("card").First.Locator("svg")).ToBeVisibleAsync();
        await print.ScreenshotAsync(new() { Path = Path.Combine(Repo.Artifacts, "screenshots", "survey-links-print.png"), FullPage = true });
    });
}
