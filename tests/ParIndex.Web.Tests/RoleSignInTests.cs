using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>
/// One demo account of each role signs in and lands on its work (its role's home); its own page shows its role, and the
/// navigation that role's.
/// A class of its own: sign-in is rate-limited per address (20 requests a minute), and each class has its own site.
/// </summary>
public sealed class RoleSignInTests(DemoSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    private static readonly Dictionary<string, string[]> RoleLinks = new()
    {
        ["Admin"] = ["Điều hành kỳ đánh giá"],
        ["Secretariat"] = ["Điều hành kỳ đánh giá"],
        ["Council"] = ["Hội đồng"],
        ["Viewer"] = [],
        ["Appraiser"] = ["Thẩm định"],
        ["UnitEditor"] = ["Tự đánh giá"],
        ["UnitLead"] = ["Tự đánh giá"],
    };

    [Theory]
    [InlineData("admin", "Admin", "Quản trị hệ thống", null, "/quan-tri/he-thong")]
    [InlineData("thuongtruc", "Secretariat", "Cơ quan thường trực (Sở Nội vụ)", null, "/quan-tri")]
    [InlineData("hoidong", "Council", "Hội đồng thẩm định", null, "/hoi-dong")]
    [InlineData("nguoixem", "Viewer", "Người xem", null, "/ket-qua")]
    [InlineData("thamdinh1", "Appraiser", "Thẩm định viên", null, "/tham-dinh")]
    [InlineData("snv.editor", "UnitEditor", "Cán bộ đơn vị", "Sở Nội vụ", "/tu-danh-gia")]
    [InlineData("stc.lead", "UnitLead", "Lãnh đạo đơn vị", "Sở Tài chính", "/tu-danh-gia")]
    public async Task A_demo_account_lands_on_its_work_and_its_page_shows_its_role(string user, string role, string roleName, string? unit, string home) => await InBrowser(async b =>
    {
        var account = Site.Province.Account(user);
        Assert.Equal(role, account.Role);
        await b.OpenAsync("/dang-nhap", "sign-in");
        await b.Page.GetByLabel("Tên đăng nhập").FillAsync(account.UserName);
        await b.Page.GetByLabel("Mật khẩu").FillAsync(account.Password);
        await b.Page.GetByLabel("Mật khẩu").PressAsync("Enter");
        await b.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == home);
        await b.ScreenshotAsync("home");
        await b.OpenAsync("/toi", "me");

        await Assertions.Expect(b.Page.GetByTestId("roles")).ToHaveTextAsync($"Vai trò: {roleName}" + (unit is null ? "" : $" — đơn vị {unit}"));
        var nav = b.Page.GetByRole(AriaRole.Navigation, new() { Name = "Chính" });
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = user, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập", Exact = true })).ToHaveCountAsync(0);
        foreach (var link in RoleLinks.Values.SelectMany(l => l).Distinct())
            await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = link, Exact = true })).ToHaveCountAsync(RoleLinks[role].Contains(link) ? 1 : 0);
    }, variant: user);
}
