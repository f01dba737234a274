using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>Readers who prefer English, and readers on a phone.</summary>
public sealed class ReaderTests(DemoSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    private static readonly ViewportSize Phone = new() { Width = 360, Height = 780 };

    [Fact]
    public async Task The_reader_switches_to_English_and_back_to_Vietnamese() => await InBrowser(async b =>
    {
        await b.OpenAsync("/", "home");
        await Assertions.Expect(b.Page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await b.Page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await Assertions.Expect(b.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        Assert.Equal(Site.BaseUrl.ToString(), b.Page.Url);
        await b.ScreenshotAsync("home-en");
        var nav = b.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Published results", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(b.Page.Locator("footer")).ToContainTextAsync("the open system for the PAR INDEX");

        await b.OpenAsync("/dang-nhap", "sign-in-en");
        await Assertions.Expect(b.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await nav.GetByRole(AriaRole.Link, new() { Name = "Tiếng Việt", Exact = true }).ClickAsync();
        await b.Page.WaitForURLAsync("**/dang-nhap");
        await Assertions.Expect(b.Page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Assertions.Expect(b.Page.GetByRole(AriaRole.Navigation, new() { Name = "Chính" }).GetByRole(AriaRole.Link, new() { Name = "Đăng nhập", Exact = true })).ToBeVisibleAsync();
    });

    [Fact]
    public async Task At_360_pixels_the_home_page_does_not_scroll_sideways() => await InBrowser(async b =>
    {
        await b.OpenAsync("/", "home-360");
        await Assertions.Expect(b.Page.GetByTestId("ranking")).ToBeVisibleAsync();
        var width = await b.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= Phone.Width, $"the home page is {width} px wide at {Phone.Width} px");
    }, Phone);

    [Fact]
    public async Task At_360_pixels_the_sign_in_page_does_not_scroll_sideways() => await InBrowser(async b =>
    {
        await b.OpenAsync("/dang-nhap", "sign-in-360");
        await Assertions.Expect(b.Page.GetByLabel("Mật khẩu")).ToBeVisibleAsync();
        var width = await b.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= Phone.Width, $"the sign-in page is {width} px wide at {Phone.Width} px");
    }, Phone);
}
