using Microsoft.Playwright;

namespace ParIndex.Web.Tests;

/// <summary>Signs in through the sign-in form as one of the demo accounts and waits for the user's own page.</summary>
internal static class DemoSignIn
{
    public static async Task AsAsync(IPage page, DemoSite site, string user)
    {
        var account = site.Province.Account(user);
        await page.GotoAsync("/dang-nhap");
        await page.GetByLabel("Tên đăng nhập").FillAsync(account.UserName);
        await page.GetByLabel("Mật khẩu").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync("**/toi");
    }
}
