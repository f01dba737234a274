using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>
/// A file larger than the server reads (an evidence file over 50 MB, an import over 20 MB) is answered with the page it
/// was sent from, not a bare 413: the reason in the reader's language beside the form that sent it, what was typed
/// kept, nothing saved. Real files on disk, sent by the browser through its ordinary form.
/// </summary>
public sealed class UploadLimitTests(DemoSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    private const long Megabyte = 1024 * 1024;

    /// <summary>The departments' 2026 period, in self-assessment.</summary>
    private int Period2026 => Site.Province.Demo.Periods.Single(p => p.Name == "Kỳ đánh giá 2026").Id;

    /// <summary>A file of <paramref name="megabytes"/> MB and a little more, named <paramref name="name"/>, in a scratch folder.</summary>
    private static string BigFile(string name, long megabytes)
    {
        var path = Path.Combine(Repo.TempDir(), name);
        using var file = File.Create(path);
        file.SetLength(megabytes * Megabyte + 4096);
        return path;
    }

    [Fact]
    public async Task An_evidence_file_over_50_MB_is_refused_beside_its_own_form_with_what_was_typed_kept() => await InBrowser(async b =>
    {
        var page = b.Page;
        b.ExpectErrors("status of 413");   // the browser notes the page's status in its console
        await DemoSignIn.AsAsync(b, Site, "snv.editor");
        await b.OpenAsync($"/tu-danh-gia/{Period2026}", "form");
        var leaf = page.Locator("section.sa-leaf").Filter(new() { Has = page.Locator("input[type=file]") }).First;
        var o = (await leaf.GetAttributeAsync("id"))!["leaf-".Length..];
        var before = await page.Locator($"[data-testid=evidence-{o}] li").CountAsync();
        await leaf.GetByText("Thêm tài liệu mới").ClickAsync();
        await leaf.GetByLabel("Tệp (PDF, ảnh, Word, Excel; tối đa 50 MB)").SetInputFilesAsync(BigFile("quyet-dinh.pdf", 51));
        await leaf.GetByLabel("Số văn bản").FillAsync("31/QĐ-SNV");
        await leaf.GetByLabel("Trích yếu").FillAsync("Quyết định ban hành kế hoạch, bản quét độ phân giải cao");
        var answer = page.WaitForResponseAsync(r => r.Url.Contains("handler=Evidence", StringComparison.Ordinal));
        await leaf.GetByRole(AriaRole.Button, new() { Name = "Tải lên và gắn vào mục này" }).ClickAsync();

        Assert.Equal(413, (await answer).Status);
        Assert.EndsWith($"#leaf-{o}", page.Url);
        var error = page.GetByTestId($"evidence-error-{o}");
        await Assertions.Expect(error).ToContainTextAsync("Tệp quá lớn: tối đa 50 MB");
        await Assertions.Expect(page.Locator("p.sa-error[data-testid^=evidence-error-]")).ToHaveCountAsync(1);
        leaf = page.Locator($"#leaf-{o}");
        await Assertions.Expect(leaf.GetByLabel("Số văn bản")).ToHaveValueAsync("31/QĐ-SNV");
        await Assertions.Expect(leaf.GetByLabel("Trích yếu")).ToHaveValueAsync("Quyết định ban hành kế hoạch, bản quét độ phân giải cao");
        await Assertions.Expect(page.Locator($"[data-testid=evidence-{o}] li")).ToHaveCountAsync(before);
        await leaf.ScreenshotAsync(new() { Path = Path.Combine(Repo.Artifacts, "screenshots", "upload-too-large-evidence.png") });
    });

    [Fact]
    public async Task An_accounts_file_over_20_MB_is_refused_on_the_import_page_in_the_readers_language() => await InBrowser(async b =>
    {
        var page = b.Page;
        b.ExpectErrors("status of 413");   // the browser notes the page's status in its console
        await DemoSignIn.AsAsync(b, Site, "admin");
        var file = BigFile("tai-khoan.csv", 21);
        foreach (var (language, says) in new[] { ("vi", "Tệp quá lớn: tối đa 20 MB"), ("en", "The file is too large: at most 20 MB") })
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = "parindex-lang", Value = language, Url = Site.BaseUrl.ToString() }]);
            await b.OpenAsync("/quan-tri/tai-khoan/nhap", $"accounts-import-{language}");
            await page.Locator("input[type=file]").SetInputFilesAsync(file);
            var answer = page.WaitForResponseAsync(r => r.Url.EndsWith("/quan-tri/tai-khoan/nhap", StringComparison.Ordinal) && r.Request.Method == "POST");
            await page.Locator("form[enctype='multipart/form-data'] button[type=submit]").ClickAsync();
            Assert.Equal(413, (await answer).Status);
            await Assertions.Expect(page.GetByTestId("errors-file")).ToHaveTextAsync(says);
            await Assertions.Expect(page.Locator("input[type=file]")).ToBeVisibleAsync();
            await b.ScreenshotAsync($"too-large-{language}");
        }
    });
}
