using Microsoft.Playwright;
using Xunit.Abstractions;
using static ParIndex.Web.Tests.PublishedResults;

namespace ParIndex.Web.Tests;

/// <summary>
/// Long requests say that they run, in a real browser on the demo: the survey answers upload and the analysis
/// workbook: while the request runs, the note shows (a live region screen readers read), the form or link is aria-busy
/// and the submit button disabled. The workbook's request is held at the browser's network layer until the test has
/// seen that, then let through to the server.
/// </summary>
public sealed class BusyIndicatorTests(DemoSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    [Fact]
    public async Task An_answers_upload_shows_its_note_and_cannot_be_sent_twice_until_the_server_answers() => await InBrowser(async b =>
    {
        var page = b.Page;
        await DemoSignIn.AsAsync(b, Site, "thuongtruc");
        await b.OpenAsync("/quan-tri/khao-sat", "surveys");
        await page.GetByTestId("surveys").Locator("tbody tr th a").First.ClickAsync();
        var file = Path.Combine(Path.GetTempPath(), $"answers-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "ma,don_vi\n1,2\n");
        await page.Locator("#answers").SetInputFilesAsync(file);

        // The request in flight: a listener of the test's, run after the page's own, keeps the browser from sending
        // the form (a page waiting for its navigation cannot be inspected), and counts the submissions that got through.
        await page.EvaluateAsync("""
            () => { window.sent = 0; document.addEventListener('submit', e => { if (!e.defaultPrevented) window.sent++; e.preventDefault(); }); }
            """);
        await page.GetByTestId("answers-import").ClickAsync();

        var note = page.GetByTestId("answers-form").GetByTestId("busy-note");
        await Assertions.Expect(note).ToBeVisibleAsync();
        await Assertions.Expect(note).ToHaveTextAsync("Đang nhập… có thể mất vài phút");
        await Assertions.Expect(note).ToHaveAttributeAsync("role", "status");
        await Assertions.Expect(page.GetByTestId("answers-form")).ToHaveAttributeAsync("aria-busy", "true");
        await Assertions.Expect(page.GetByTestId("answers-import")).ToBeDisabledAsync();
        // A second submission (Enter in a field submits the form even with its button disabled) is refused by the page.
        await page.EvaluateAsync("() => document.querySelector('[data-testid=answers-form]').requestSubmit()");
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.sent"));
        await b.ScreenshotAsync("answers-busy");

        // The server's answer replaces the page: the file is refused (it has no respondent id column), the form idle.
        await page.ReloadAsync();
        await page.Locator("#answers").SetInputFilesAsync(file);
        await page.GetByTestId("answers-import").ClickAsync();
        await Assertions.Expect(page.GetByTestId("errors-answers")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("answers-form").GetByTestId("busy-note")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("answers-import")).ToBeEnabledAsync();
        await b.ScreenshotAsync("answers-refused");
    });

    [Fact]
    public async Task The_workbook_link_shows_its_note_until_the_file_has_arrived() => await InBrowser(async b =>
    {
        var page = b.Page;
        var latest = await LatestAsync(Site.Client);
        Assert.Equal(200, (await page.GotoAsync($"/phan-tich/{latest.Id}?khoi={Uri.EscapeDataString(latest.Group)}"))?.Status);

        var held = new TaskCompletionSource();
        await page.RouteAsync("**handler=workbook**", async route =>
        {
            await held.Task;
            await route.ContinueAsync();
        });
        var link = page.GetByTestId("workbook");
        var note = page.Locator("[data-testid=workbook] + [data-testid=busy-note]");
        var download = page.WaitForDownloadAsync();
        await link.ClickAsync();

        await Assertions.Expect(note).ToBeVisibleAsync();
        await Assertions.Expect(note).ToHaveTextAsync("Đang tạo tệp… có thể mất vài phút");
        await Assertions.Expect(link).ToHaveAttributeAsync("aria-busy", "true");
        await b.ScreenshotAsync("workbook-busy");

        held.SetResult();
        var file = await download;
        Assert.EndsWith(".xlsx", file.SuggestedFilename, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"wb-{Guid.NewGuid():N}.xlsx");
        await file.SaveAsAsync(path);
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(path)[..2]);
        await Assertions.Expect(note).ToBeHiddenAsync();
        await Assertions.Expect(link).Not.ToHaveAttributeAsync("aria-busy", "true");
    });
}
