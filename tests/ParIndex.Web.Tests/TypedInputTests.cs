using System.Text;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>
/// Input as people type it, in the browser over the demo province: a points box reads the vi-VN comma and says what it
/// understood; a refused evidence upload says why beside its own item's form, on its own area, and keeps what was typed
/// (with and without JavaScript); a very long appeal is clamped in the tables, whole one click away, without squeezing
/// the item column.
/// </summary>
public sealed class TypedInputTests(DemoSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    /// <summary>The departments' 2026 period, in self-assessment.</summary>
    private int Period2026 => Site.Province.Demo.Periods.Single(p => p.Name == "Kỳ đánh giá 2026").Id;

    /// <summary>The trial run of 2026, in appeals; Sở Tài chính (STC) has not appealed yet.</summary>
    private int TrialPeriod => Site.Province.Demo.Periods.Single(p => p.Name == "Đánh giá thử nghiệm 2026 — đơn vị thí điểm").Id;

    /// <summary>The first sub-criterion on the form, area by area, that holds <paramref name="selector"/>.</summary>
    private static async Task<ILocator> FirstLeafWithAsync(IPage page, string selector)
    {
        var areas = await page.Locator("nav.sa-tabs a").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        foreach (var area in areas)
        {
            await page.GotoAsync(area);
            var leaf = page.Locator("section.sa-leaf").Filter(new() { Has = page.Locator(selector) }).First;
            if (await leaf.CountAsync() > 0) return leaf;
        }
        throw new Xunit.Sdk.XunitException($"no sub-criterion with {selector}");
    }

    [Fact]
    public async Task A_points_box_reads_the_comma_and_says_what_it_understood() => await InBrowser(async b =>
    {
        var page = b.Page;
        await DemoSignIn.AsAsync(b, Site, "snv.editor");
        await b.OpenAsync($"/tu-danh-gia/{Period2026}", "form");
        var leaf = await FirstLeafWithAsync(page, "input[name$='.points']");
        var o = (await leaf.GetAttributeAsync("id"))!["leaf-".Length..];
        var box = leaf.Locator("input[name$='.points']");
        var points = page.GetByTestId($"points-{o}");
        Assert.Equal("text", await box.GetAttributeAsync("type"));
        var before = await box.InputValueAsync();

        await box.FillAsync("0,5");
        await Assertions.Expect(page.GetByTestId($"understood-{o}")).ToHaveTextAsync("(đã hiểu là 0,5)");
        await Assertions.Expect(points.Locator("strong")).ToHaveTextAsync("0,50");     // not 5, as a number box made of "0,5"
        await leaf.ScreenshotAsync(new() { Path = Path.Combine(Repo.Artifacts, "screenshots", "typed-comma-0,5.png") });

        await box.FillAsync(",5");
        await Assertions.Expect(page.GetByTestId($"understood-{o}")).ToHaveTextAsync("(đã hiểu là 0,5)");
        await box.FillAsync("1.234,5");
        await Assertions.Expect(points).ToContainTextAsync("Chưa tính được điểm");
        await Assertions.Expect(points).ToContainTextAsync("1.234,5");
        await Assertions.Expect(points).ToContainTextAsync("dấu phân cách hàng nghìn");
        await Assertions.Expect(page.GetByTestId($"understood-{o}")).ToHaveCountAsync(0);
        await leaf.ScreenshotAsync(new() { Path = Path.Combine(Repo.Artifacts, "screenshots", "typed-thousands-refused.png") });

        // Saved (autosave on leaving the box) and shown back after a reload the way it was typed.
        await box.FillAsync("0,5");
        await box.PressAsync("Tab");
        await Assertions.Expect(page.GetByTestId($"save-{o}")).ToContainTextAsync("Đã lưu lúc");
        await page.ReloadAsync();
        await Assertions.Expect(box).ToHaveValueAsync("0,5");
        await Assertions.Expect(page.GetByTestId($"understood-{o}")).ToHaveTextAsync("(đã hiểu là 0,5)");
        await b.ScreenshotAsync("saved");

        if (before.Length > 0 && before != "0,5")
        {
            await box.FillAsync(before);
            await box.PressAsync("Tab");
            await Assertions.Expect(page.GetByTestId($"save-{o}")).ToContainTextAsync("Đã lưu lúc");
        }
    });

    [Fact]
    public async Task A_refused_upload_says_why_beside_its_own_form_and_keeps_what_was_typed_with_javascript() => await InBrowser(async b =>
    {
        await DemoSignIn.AsAsync(b, Site, "snv.editor");
        await UploadRefusedAsync(b, "js");
    });

    [Fact]
    public async Task A_refused_upload_says_why_beside_its_own_form_and_keeps_what_was_typed_without_javascript()
    {
        await using var context = await Site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Site.BaseUrl.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 800 }, Locale = "vi-VN", JavaScriptEnabled = false,
        });
        var b = new BrowserSession(await context.NewPageAsync(), nameof(A_refused_upload_says_why_beside_its_own_form_and_keeps_what_was_typed_without_javascript));
        await DemoSignIn.AsAsync(b, Site, "snv.editor");
        await UploadRefusedAsync(b, "no-js");
    }

    /// <summary>On the second area, a text file named .pdf with its number, date, issuer and summary: refused there, all kept but the file.</summary>
    private async Task UploadRefusedAsync(BrowserSession b, string variant)
    {
        var page = b.Page;
        await b.OpenAsync($"/tu-danh-gia/{Period2026}", "form");
        var secondArea = page.Locator("nav.sa-tabs a").Nth(1);
        var areaHref = (await secondArea.GetAttributeAsync("href"))!;
        await secondArea.ClickAsync();
        await page.WaitForURLAsync("**" + areaHref);
        var leaf = page.Locator("section.sa-leaf").Filter(new() { Has = page.Locator("input[type=file]") }).Nth(1);
        var o = (await leaf.GetAttributeAsync("id"))!["leaf-".Length..];
        await leaf.GetByText("Thêm tài liệu mới").ClickAsync();
        await leaf.GetByLabel("Tệp (PDF, ảnh, Word, Excel; tối đa 50 MB)").SetInputFilesAsync(new FilePayload
        {
            Name = "bao-cao.pdf", MimeType = "application/pdf", Buffer = Encoding.UTF8.GetBytes("Báo cáo viết tay, không phải PDF\n"),
        });
        await leaf.GetByLabel("Số văn bản").FillAsync("27/BC-SNV");
        await leaf.GetByLabel("Ngày ban hành").FillAsync("2026-02-03");
        await leaf.GetByLabel("Cơ quan ban hành").FillAsync("Sở Nội vụ");
        await leaf.GetByLabel("Trích yếu").FillAsync("Báo cáo rà soát thủ tục hành chính quý I");
        await leaf.GetByRole(AriaRole.Button, new() { Name = "Tải lên và gắn vào mục này" }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("handler=Evidence", StringComparison.Ordinal));
        Assert.Contains(areaHref[areaHref.IndexOf("linh-vuc=", StringComparison.Ordinal)..], page.Url);
        Assert.EndsWith($"#leaf-{o}", page.Url);
        var error = page.GetByTestId($"evidence-error-{o}");
        await Assertions.Expect(error).ToContainTextAsync("Loại tệp không được chấp nhận");
        await Assertions.Expect(page.Locator("p.sa-error[data-testid^=evidence-error-]")).ToHaveCountAsync(1);
        leaf = page.Locator($"#leaf-{o}");
        await Assertions.Expect(leaf.GetByLabel("Số văn bản")).ToHaveValueAsync("27/BC-SNV");
        await Assertions.Expect(leaf.GetByLabel("Ngày ban hành")).ToHaveValueAsync("2026-02-03");
        await Assertions.Expect(leaf.GetByLabel("Cơ quan ban hành")).ToHaveValueAsync("Sở Nội vụ");
        await Assertions.Expect(leaf.GetByLabel("Trích yếu")).ToHaveValueAsync("Báo cáo rà soát thủ tục hành chính quý I");
        await Assertions.Expect(leaf.GetByLabel("Tệp (PDF, ảnh, Word, Excel; tối đa 50 MB)")).ToBeVisibleAsync();
        await b.ScreenshotAsync("upload-refused");
        await leaf.ScreenshotAsync(new() { Path = Path.Combine(Repo.Artifacts, "screenshots", $"{variant}-upload-refused-leaf.png") });
    }

    [Fact]
    public async Task A_very_long_appeal_is_clamped_in_the_tables_and_whole_one_click_away() => await InBrowser(async b =>
    {
        var page = b.Page;
        // About 7,950 characters (the limit is 8,000): one unit once wrote 10,800 and squeezed the item column to 70 px.
        var argument = "Sở đã tổ chức tuyên truyền CCHC đầy đủ" + string.Concat(Enumerable.Repeat(" — tin bài về cải cách hành chính trên trang của Sở", 155));
        Assert.InRange(argument.Length, 7_900, 8_000);
        await DemoSignIn.AsAsync(b, Site, "stc.lead");
        await b.OpenAsync($"/tu-danh-gia/{TrialPeriod}", "form");
        var item = page.GetByTestId("appeal-form").Locator("fieldset.sa-appeal-item").Filter(new() { HasTextString = "1.3.1" });
        await item.GetByLabel("Giải trình mục này").CheckAsync();
        await item.GetByLabel("Lý do giải trình").FillAsync(argument);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi giải trình" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("flash")).ToContainTextAsync("Đã gửi giải trình 1 mục");

        var row = page.GetByTestId("appraisal").Locator("tr[data-leaf='1.3.1']");
        var text = row.GetByTestId("long-text").Last;
        await Assertions.Expect(text).ToContainTextAsync(argument[..160] + "…");
        await Assertions.Expect(text).ToContainTextAsync("Xem toàn văn");
        await Assertions.Expect(text.Locator(".long-text-all")).Not.ToBeVisibleAsync();
        var column = await row.Locator("th").BoundingBoxAsync();
        Assert.True(column!.Width >= 150, $"the item column is {column.Width} px wide");
        await row.ScreenshotAsync(new() { Path = Path.Combine(Repo.Artifacts, "screenshots", "long-appeal-clamped.png") });

        await text.GetByText("Xem toàn văn").ClickAsync();
        await Assertions.Expect(text.Locator(".long-text-all")).ToBeVisibleAsync();
        await Assertions.Expect(text.Locator(".long-text-all")).ToHaveTextAsync(argument);
        column = await row.Locator("th").BoundingBoxAsync();
        Assert.True(column!.Width >= 150, $"opened, the item column is {column.Width} px wide");
        await b.ScreenshotAsync("long-appeal-open");

        // The council's page shows the same argument clamped.
        await YearPages.SignOutAsync(page);
        await DemoSignIn.AsAsync(b, Site, "hoidong");
        await b.OpenAsync($"/hoi-dong/{TrialPeriod}/giai-trinh", "council-appeals");
        var council = page.GetByTestId("long-text").Filter(new() { HasTextString = argument[..160] });
        await Assertions.Expect(council).ToHaveCountAsync(1);
        await Assertions.Expect(council.Locator(".long-text-all")).Not.ToBeVisibleAsync();
    });
}
