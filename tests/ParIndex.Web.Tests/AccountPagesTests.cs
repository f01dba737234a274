using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>
/// The account pages in a real browser over the demo province: the administrator finds accounts, is refused beside
/// the field, creates an account and hands its one-time link to its owner, who sets a password and signs in; on a
/// phone the secretariat's pages fit the screen.
/// </summary>
public sealed class AccountPagesTests(DemoSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    [Fact]
    public async Task The_administrator_creates_an_account_whose_owner_sets_a_password_through_the_link() => await InBrowser(async b =>
    {
        var page = b.Page;
        await DemoSignIn.AsAsync(b, Site, "admin");
        await page.GotoAsync("/quan-tri/don-vi");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hành" }).GetByRole(AriaRole.Link, new() { Name = "Tài khoản" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tài khoản người dùng");
        await page.GetByLabel("Tên, tên đăng nhập, thư điện tử").FillAsync("snv");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("accounts").Locator("tbody tr[data-user='snv.editor']")).ToBeVisibleAsync();
        await b.ScreenshotAsync("accounts-search");

        await page.GetByTestId("create").ClickAsync();
        await page.GetByLabel("Tên đăng nhập").FillAsync("snv.canbo2");
        await page.GetByLabel("Họ tên").FillAsync("Nguyễn Thị Hoa");
        await page.GetByLabel("Vai trò").SelectOptionAsync("UnitEditor");
        await page.GetByLabel("Đơn vị").FillAsync("KHONGCO");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("errors-unit")).ToContainTextAsync("Không có đơn vị KHONGCO");
        await Assertions.Expect(page.GetByLabel("Họ tên")).ToHaveValueAsync("Nguyễn Thị Hoa");
        await Assertions.Expect(page.GetByLabel("Đơn vị")).ToHaveAttributeAsync("aria-describedby", "loi-unit");
        await b.ScreenshotAsync("account-refused");

        await page.GetByLabel("Đơn vị").FillAsync("SNV");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("done")).ToContainTextAsync("Đã tạo tài khoản snv.canbo2.");
        var link = await page.GetByTestId("link").InnerTextAsync();
        Assert.Matches("^http://127\\.0\\.0\\.1:\\d+/dat-mat-khau/[A-Za-z0-9_-]{43}$", link);
        await b.ScreenshotAsync("account-created");

        await page.GotoAsync("/dang-xuat");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await page.GotoAsync(link);
        await Assertions.Expect(page.Locator(".lead")).ToContainTextAsync("Tài khoản snv.canbo2 (Nguyễn Thị Hoa)");
        await page.GetByLabel("Mật khẩu mới").FillAsync("Hoa-Noi-vu-2026");
        await page.GetByLabel("Nhập lại mật khẩu").FillAsync("Hoa-Noi-vu-2026");
        await b.ScreenshotAsync("set-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đặt mật khẩu" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("done")).ToContainTextAsync("Đã đặt mật khẩu cho tài khoản snv.canbo2");

        await b.SignInAsync("snv.canbo2", "Hoa-Noi-vu-2026");
        await page.GotoAsync("/toi");
        await Assertions.Expect(page.GetByTestId("unit")).ToHaveTextAsync("Sở Nội vụ (SNV) — khối Sở, ban, ngành");
        await b.ScreenshotAsync("me");
    });

    [Fact]
    public async Task At_360_pixels_the_account_pages_fit_the_phone_and_show_focus() => await InBrowser(async b =>
    {
        var page = b.Page;
        await DemoSignIn.AsAsync(b, Site, "thuongtruc");
        foreach (var (path, name) in new[]
                 {
                     ("/quan-tri/tai-khoan", "accounts-360"), ("/quan-tri/tai-khoan/moi", "account-new-360"),
                     ("/quan-tri/tai-khoan/snv.editor", "account-edit-360"), ("/quan-tri/tai-khoan/nhap", "accounts-import-360"),
                     ("/toi", "me-360"), ("/toi/mat-khau", "my-password-360"),
                 })
        {
            await b.OpenAsync(path, name);
            await PageChecks.ExpectNoSidewaysScrollAsync(page);
        }
        await page.GotoAsync("/quan-tri/tai-khoan");
        await PageChecks.ExpectFocusVisibleOnFirstTabAsync(page, "Bỏ qua, đến nội dung");
        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("User accounts");
        await b.ScreenshotAsync("accounts-360-en");
    }, PageChecks.Phone);
}
