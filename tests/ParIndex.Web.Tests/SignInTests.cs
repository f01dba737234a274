using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>Signing in with the keyboard and the mouse: the refusal message, then the user's work and own page.</summary>
public sealed class SignInTests(DemoSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_then_the_right_one_opens_the_users_page() => await InBrowser(async b =>
    {
        var editor = Site.Province.Account("snv.editor");
        await b.OpenAsync("/dang-nhap", "sign-in");
        await b.Page.GetByLabel("Tên đăng nhập").FillAsync(editor.UserName);
        await b.Page.GetByLabel("Mật khẩu").FillAsync("Sai-Mat-Khau-2024");
        await b.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(b.Page.GetByTestId("sign-in-error")).ToContainTextAsync("Tên đăng nhập hoặc mật khẩu không đúng");
        await Assertions.Expect(b.Page.GetByLabel("Tên đăng nhập")).ToHaveValueAsync(editor.UserName);
        await b.ScreenshotAsync("wrong-password");

        await b.Page.GetByLabel("Mật khẩu").FillAsync(editor.Password);
        await b.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await b.Page.WaitForURLAsync("**/tu-danh-gia");   // an officer's home: the unit's work
        await b.ScreenshotAsync("home");
        await b.OpenAsync("/toi", "me");
        await Assertions.Expect(b.Page.GetByTestId("roles")).ToHaveTextAsync("Vai trò: Cán bộ đơn vị — đơn vị Sở Nội vụ");
    });

    [Fact]
    public async Task Tab_reaches_the_sign_in_fields_and_shows_where_the_focus_is() => await InBrowser(async b =>
    {
        await b.OpenAsync("/dang-nhap", "sign-in");
        var reached = new List<string>();
        for (var i = 0; i < 20 && !reached.Contains("mat-khau"); i++)
        {
            await b.Page.Keyboard.PressAsync("Tab");
            reached.Add(await b.Page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.tagName"));
            if (reached[^1] is "ten" or "mat-khau")
            {
                var outline = await b.Page.EvaluateAsync<string[]>(
                    "() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]; }");
                Assert.NotEqual("none", outline[0]);
                Assert.True(double.Parse(outline[1].Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture) >= 2, $"outline {outline[1]} on #{reached[^1]}");
                await b.ScreenshotAsync($"focus-{reached[^1]}");
            }
        }
        Assert.Contains("ten", reached);
        Assert.Equal("mat-khau", reached[^1]);
        Assert.Equal(reached.IndexOf("ten") + 1, reached.IndexOf("mat-khau"));
    });
}
