using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>
/// A refusal reads as one language and says why: a unit officer opening another unit's unpublished result gets the 403
/// page with the use case's reason, who is signed in and the next steps (back to the role's work, sign out to sign in as
/// someone else); the secretariat opening a period that does not exist gets the 404 page naming it. axe finds nothing.
/// </summary>
public sealed class ErrorPageTests(DemoSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    [Fact]
    public async Task A_unit_officer_refused_another_units_result_is_told_why_and_where_to_go() => await InBrowser(async b =>
    {
        var editor = Site.Province.Account("snv.editor");
        await b.SignInAsync(editor.UserName, editor.Password);
        b.ExpectErrors("403");
        var response = await b.Page.GotoAsync("/ket-qua/3/don-vi/STC");
        Assert.Equal(403, response?.Status);
        await b.ScreenshotAsync("forbidden");
        await Assertions.Expect(b.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Không có quyền truy cập (403)");
        await Assertions.Expect(b.Page.GetByTestId("error-reason")).ToHaveTextAsync("Kết quả của đơn vị khác chưa được công bố");
        await Assertions.Expect(b.Page.GetByTestId("signed-in-as")).ToHaveTextAsync("Bạn đang đăng nhập là snv.editor (Cán bộ đơn vị).");
        Assert.Empty(await Axe.RunAsync(b.Page));

        await b.Page.GotoAsync("/ngon-ngu/en?back=/ket-qua/3/don-vi/STC");
        await b.ScreenshotAsync("forbidden-en");
        await Assertions.Expect(b.Page.GetByTestId("error-reason")).ToHaveTextAsync("Another unit's results are not published yet");
        await Assertions.Expect(b.Page.GetByTestId("error-next")).Not.ToContainTextAsync("Về trang");
        await b.Page.GotoAsync("/ngon-ngu/vi?back=/ket-qua/3/don-vi/STC");

        await b.Page.GetByRole(AriaRole.Link, new() { Name = "Về trang làm việc của bạn" }).ClickAsync();
        await b.Page.WaitForURLAsync("**/tu-danh-gia");
        await b.Page.GotoAsync("/ket-qua/3/don-vi/STC");
        await b.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất để đăng nhập bằng tài khoản khác" }).ClickAsync();
        await b.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await Assertions.Expect(b.Page.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập", Exact = true })).ToBeVisibleAsync();
        await b.ScreenshotAsync("signed-out");
    });

    [Fact]
    public async Task The_secretariat_opening_a_period_that_does_not_exist_is_told_which() => await InBrowser(async b =>
    {
        var secretariat = Site.Province.Account("thuongtruc");
        await b.SignInAsync(secretariat.UserName, secretariat.Password);
        b.ExpectErrors("404");
        var response = await b.Page.GotoAsync("/quan-tri/ky/42");
        Assert.Equal(404, response?.Status);
        await b.ScreenshotAsync("missing-period");
        await Assertions.Expect(b.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Không tìm thấy (404)");
        await Assertions.Expect(b.Page.GetByTestId("error-reason")).ToHaveTextAsync("Không có kỳ đánh giá 42");
        await Assertions.Expect(b.Page.GetByTestId("error-next").GetByRole(AriaRole.Link, new() { Name = "Về trang làm việc của bạn" }))
            .ToHaveAttributeAsync("href", "/quan-tri");
        await Assertions.Expect(b.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất để đăng nhập bằng tài khoản khác" })).ToHaveCountAsync(0);
        Assert.Empty(await Axe.RunAsync(b.Page));
        await b.Page.SetViewportSizeAsync(PageChecks.Phone.Width, PageChecks.Phone.Height);
        await b.ScreenshotAsync("missing-period-phone");
        Assert.Empty(await Axe.RunAsync(b.Page));
    });
}
