using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>
/// A unit's leader sees the unread count in the header, reads the list at /thong-bao with unread marks, opens one (it
/// becomes read and its page opens) and marks the rest read. On the demo, Sở Tài chính's leader has six: 2024 returned,
/// appraised, published; 2025 appraised, its appeal on 1.3.1 accepted, published.
/// </summary>
public sealed class NotificationsPageTests(DemoSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    [Fact]
    public async Task A_leader_reads_the_units_notifications_and_the_unread_count_follows() => await InBrowser(async b =>
    {
        var account = Site.Province.Account("stc.lead");
        await b.OpenAsync("/dang-nhap", "sign-in");
        await b.Page.GetByLabel("Tên đăng nhập").FillAsync(account.UserName);
        await b.Page.GetByLabel("Mật khẩu").FillAsync(account.Password);
        await b.Page.GetByLabel("Mật khẩu").PressAsync("Enter");
        await b.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/dang-nhap");
        var badge = b.Page.GetByTestId("unread-count");
        await Assertions.Expect(badge).ToHaveTextAsync("Thông báo chưa đọc: 6");

        await badge.ClickAsync();
        await b.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/thong-bao");
        await b.ScreenshotAsync("list");
        await Assertions.Expect(b.Page.GetByTestId("notifications-summary")).ToHaveTextAsync("6 thông báo, 6 chưa đọc");
        var items = b.Page.GetByTestId("notification");
        await Assertions.Expect(items).ToHaveCountAsync(6);
        await Assertions.Expect(b.Page.Locator("[data-testid=notification][data-unread=true]")).ToHaveCountAsync(6);
        var newest = items.First;
        await Assertions.Expect(newest.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Mới Kết quả Kỳ đánh giá 2025 đã được công bố");
        await Assertions.Expect(items.Filter(new() { HasText = "Giải trình tiêu chí 1.3.1 được chấp nhận" })).ToHaveCountAsync(1);
        await Assertions.Expect(items.Filter(new() { HasText = "Hồ sơ tự đánh giá Kỳ đánh giá 2024 bị trả lại để chỉnh sửa" })).ToHaveCountAsync(1);

        await newest.GetByTestId("open").ClickAsync();
        await b.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.EndsWith("/don-vi/STC", StringComparison.Ordinal));
        await Assertions.Expect(badge).ToHaveTextAsync("Thông báo chưa đọc: 5");

        await b.OpenAsync("/thong-bao", "one-read");
        await Assertions.Expect(b.Page.Locator("[data-testid=notification][data-unread=false]")).ToHaveCountAsync(1);
        await b.Page.GetByTestId("read-all").ClickAsync();
        await Assertions.Expect(b.Page.GetByTestId("notifications-summary")).ToHaveTextAsync("6 thông báo, 0 chưa đọc");
        await Assertions.Expect(badge).ToHaveCountAsync(0);
        await b.ScreenshotAsync("all-read");
    });
}
