using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>
/// A unit's leader sees the unread count in the header, reads the list at /thong-bao with unread marks, opens one (it
/// becomes read and its page opens) and marks the rest read. On the demo, Sở Tài chính's leader has seven: 2024 returned,
/// appraised, published; 2025 appraised, its appeal on 1.3.1 accepted, published; the 2026 trial run appraised.
/// </summary>
public sealed class NotificationsPageTests(DemoSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    [Fact]
    public async Task A_leader_reads_the_units_notifications_and_the_unread_count_follows() => await InBrowser(async b =>
    {
        var account = Site.Province.Account("stc.lead");
        await b.SignInAsync(account.UserName, account.Password);
        var badge = b.Page.GetByTestId("unread-count");
        await Assertions.Expect(badge).ToHaveTextAsync("Thông báo chưa đọc: 7");

        await badge.ClickAsync();
        await b.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/thong-bao");
        await b.ScreenshotAsync("list");
        await Assertions.Expect(b.Page.GetByTestId("notifications-summary")).ToHaveTextAsync("7 thông báo, 7 chưa đọc");
        var items = b.Page.GetByTestId("notification");
        await Assertions.Expect(items).ToHaveCountAsync(7);
        await Assertions.Expect(b.Page.Locator("[data-testid=notification][data-unread=true]")).ToHaveCountAsync(7);
        await Assertions.Expect(items.First.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Mới Đã có kết quả thẩm định Đánh giá thử nghiệm 2026 — đơn vị thí điểm");
        var published = items.Filter(new() { HasText = "Kết quả Kỳ đánh giá 2025 đã được công bố" });
        await Assertions.Expect(published).ToHaveCountAsync(1);
        await Assertions.Expect(items.Filter(new() { HasText = "Giải trình tiêu chí 1.3.1 được chấp nhận" })).ToHaveCountAsync(1);
        await Assertions.Expect(items.Filter(new() { HasText = "Hồ sơ tự đánh giá Kỳ đánh giá 2024 bị trả lại để chỉnh sửa" })).ToHaveCountAsync(1);

        await published.GetByTestId("open").ClickAsync();
        await b.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.EndsWith("/don-vi/STC", StringComparison.Ordinal));
        await Assertions.Expect(badge).ToHaveTextAsync("Thông báo chưa đọc: 6");

        await b.OpenAsync("/thong-bao", "one-read");
        await Assertions.Expect(b.Page.Locator("[data-testid=notification][data-unread=false]")).ToHaveCountAsync(1);
        await b.Page.GetByTestId("read-all").ClickAsync();
        await Assertions.Expect(b.Page.GetByTestId("notifications-summary")).ToHaveTextAsync("7 thông báo, 0 chưa đọc");
        await Assertions.Expect(badge).ToHaveCountAsync(0);
        await b.ScreenshotAsync("all-read");
    });
}
