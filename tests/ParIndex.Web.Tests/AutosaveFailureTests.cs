using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>
/// A self-assessment autosave that fails — the server answers 500, or the connection is cut (a node killed behind the
/// balancer) — says "chưa lưu" beside the field, never "Đã lưu", keeps what the user chose, and saves it on retry.
/// </summary>
public sealed class AutosaveFailureTests(DemoSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    private const string Autosave = "**/tu-danh-gia/*handler=Autosave*";

    [Fact]
    public async Task A_failed_autosave_says_not_saved_keeps_the_value_and_saves_it_on_retry() => await InBrowser(async b =>
    {
        var page = b.Page;
        var editor = Site.Province.Account("snv.editor");
        await b.SignInAsync(editor.UserName, editor.Password);
        await b.OpenAsync($"/tu-danh-gia/{Site.Province.Demo.PeriodIds[2]}", "form");

        // The first sub-criterion chosen by options (radio buttons): its autosave area and two of its choices.
        var leaf = page.Locator("section.sa-leaf").Filter(new() { Has = page.Locator(".sa-save input[type=radio]") }).First;
        var status = leaf.Locator(".sa-status");
        var ordinal = (await status.GetAttributeAsync("data-testid"))!["save-".Length..];
        var choices = leaf.Locator(".sa-save input[type=radio]");
        var unsaved = page.GetByTestId($"unsaved-{ordinal}");

        // 1. The server answers 500.
        b.ExpectErrors("status of 500");
        b.ExpectErrors("Response Status Error Code 500");
        b.ExpectErrors("htmx:responseError");
        b.ExpectErrors("htmx:afterRequest");
        await page.RouteAsync(Autosave, route => route.FulfillAsync(new() { Status = 500, ContentType = "text/html", Body = "<p>Lỗi máy chủ</p>" }));
        await choices.Nth(1).CheckAsync();
        await Assertions.Expect(unsaved).ToContainTextAsync("Chưa lưu: máy chủ gặp lỗi. Giá trị bạn nhập vẫn còn trong ô.");
        await Assertions.Expect(status).Not.ToContainTextAsync("Đã lưu");
        await Assertions.Expect(choices.Nth(1)).ToBeCheckedAsync();
        await b.ScreenshotAsync("server-500");
        await leaf.ScreenshotAsync(new() { Path = Path.Combine(Repo.Artifacts, "screenshots", "autosave-server-500-leaf.png") });

        await page.UnrouteAsync(Autosave);
        await unsaved.GetByRole(AriaRole.Button, new() { Name = "Lưu lại" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId($"save-{ordinal}")).ToContainTextAsync("Đã lưu lúc");
        await Assertions.Expect(unsaved).ToHaveCountAsync(0);

        // 2. The connection is cut (as when the node behind the balancer dies mid-request).
        b.ExpectErrors("net::ERR_");
        b.ExpectErrors("htmx:sendError");
        await page.RouteAsync(Autosave, route => route.AbortAsync("connectionreset"));
        await choices.Nth(0).CheckAsync();
        await Assertions.Expect(unsaved).ToContainTextAsync("Chưa lưu: mất kết nối tới máy chủ. Giá trị bạn nhập vẫn còn trong ô.");
        await Assertions.Expect(status).Not.ToContainTextAsync("Đã lưu");
        await Assertions.Expect(choices.Nth(0)).ToBeCheckedAsync();
        await b.ScreenshotAsync("connection-cut");
        await leaf.ScreenshotAsync(new() { Path = Path.Combine(Repo.Artifacts, "screenshots", "autosave-connection-cut-leaf.png") });

        await page.UnrouteAsync(Autosave);
        await unsaved.GetByRole(AriaRole.Button, new() { Name = "Lưu lại" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId($"save-{ordinal}")).ToContainTextAsync("Đã lưu lúc");

        // What the server holds is what the user chose last.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("section.sa-leaf").Filter(new() { Has = page.Locator(".sa-save input[type=radio]") }).First
            .Locator(".sa-save input[type=radio]").Nth(0)).ToBeCheckedAsync();
        await b.ScreenshotAsync("after-retry");
    });
}
