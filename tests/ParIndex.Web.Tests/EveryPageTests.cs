using Microsoft.Playwright;
using ParIndex.Domain.Tests.Messages;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>
/// Each role of the demo province (and the public) signs in and opens every page it may open — from its home and menus,
/// from the endpoint list, and through the links of each page — at 1280 px and at 360 px. The test fails on a page
/// wider than its window, a console or script error, a link to a page of the site that answers that reader 403 (or
/// 404, or a server error), and at both widths on any axe-core violation of WCAG 2.0/2.1 A and AA. It also reads every
/// page in both languages: a Vietnamese page (the 1280 px walk) fails on an English word of the <see cref="StopList"/>,
/// an option code, a decimal point in a number of points or a percentage, or two languages glued with " / " (its text
/// read without <c>code</c> elements: a file's column names, commands, typed exactly as shown in either language); then one
/// page of each route template the walk opened is read in English, and fails on Vietnamese diacritics in its chrome
/// (menus, table headings, labels, buttons, refusals) — the data (unit and criterion names) stays Vietnamese.
/// Screenshots of every page are kept under <c>artifacts/screenshots/Every_page_*</c>, and what was visited and found
/// under <c>artifacts/crawl/</c>.
/// </summary>
public sealed class EveryPageTests(DemoSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    private static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    /// <summary>
    /// The texts of an English page written by the site itself rather than taken from the data: not the switch back to
    /// "Tiếng Việt", not an option's label (a framework's data, Vietnamese when it has no English label), nor what is
    /// marked <c>lang="vi"</c> inside them.
    /// </summary>
    private const string Chrome =
        "header nav a:not([hreflang]), thead th, label:not(.sa-choices label), button, legend, .validation-summary-errors, .field-validation-error";

    private readonly ITestOutputHelper _output = output;

    [Theory]
    [MemberData(nameof(SiteReaders.Everyone), MemberType = typeof(SiteReaders))]
    public async Task Every_page_a_reader_may_open_fits_the_window_runs_cleanly_links_no_refusal_and_reads_in_one_language(string? user)
    {
        var pages = await SitePageList.ReadAsync(Site.Services);
        var statuses = new Dictionary<string, SiteCrawl.Answer>();   // what each address answers this reader, asked once for both widths
        var findings = new List<string>();
        try
        {
            // One sign-in and one browser context for both widths: the window is resized before the walk at 360 px, so
            // every page of that walk is loaded (and its scripts run) in a phone-wide window, as a phone opens it.
            await InBrowser(async b =>
            {
                if (user is not null) await b.SignInAsync(Site.Province.Account(user).UserName, Site.Province.Account(user).Password);
                else await b.Page.GotoAsync("/");
                var home = b.Page.Url;
                foreach (var (viewport, width) in new[] { (Desktop, 1280), (PageChecks.Phone, 360) })
                {
                    try
                    {
                        await b.Page.SetViewportSizeAsync(viewport.Width, viewport.Height);
                        await b.Page.GotoAsync(home);
                        var crawl = new SiteCrawl(b, pages, Site.BaseUrl, statuses, width)
                        {
                            // One walk serves every check of a page: axe-core at both widths, the Vietnamese stop-list once.
                            EachPage = async (address, template) =>
                            {
                                findings.AddRange(await AxeFindingsAsync(b.Page, address, template, width));
                                if (width == 1280) findings.AddRange(StopList.InVietnamese(await ReadableTextAsync(b.Page)).Select(f => $"[vi] {address}: {f}"));
                            },
                        };
                        await crawl.RunAsync();
                        findings.AddRange(crawl.Findings.Select(f => $"[{width} px] {f.Message}"));
                        Report($"{user ?? "public"}-{width}", crawl);
                        Assert.NotEmpty(crawl.Visited);
                        if (width == 1280) findings.AddRange(await EnglishFindingsAsync(b, pages, crawl.Visited));
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        findings.Add($"[{width} px] {e.Message}");   // the other width is still walked
                    }
                }
            }, Desktop, user ?? "public", trace: false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            findings.Add(e.Message);   // e.g. the script errors of the whole session, each already a finding of its page
        }
        Assert.True(findings.Count == 0, $"{findings.Count} finding(s) for {user ?? "the public"}:\n" + string.Join("\n", findings.Distinct()));
    }

    /// <summary>
    /// The page's text without its <c>code</c> elements: the names a file's columns must have (<c>unit</c>), commands —
    /// identifiers a reader types exactly as shown, in either language, and which the page names in words beside them.
    /// </summary>
    private static async Task<string> ReadableTextAsync(IPage page)
    {
        var text = await page.InnerTextAsync("body");
        foreach (var code in await page.Locator("code").AllInnerTextsAsync())
            if (code.Length > 0 && text.IndexOf(code, StringComparison.Ordinal) is >= 0 and var at) text = text.Remove(at, code.Length);
        return text;
    }

    private static async Task<IEnumerable<string>> AxeFindingsAsync(IPage page, string address, string template, int width) =>
        (await Axe.RunAsync(page)).Select(v => $"[axe {width} px] {v.Rule} ({v.Impact}, {v.Count}×) on {address} [{template}]: {v.Help}\n      " + string.Join("\n      ", v.Targets));

    /// <summary>
    /// Opens the first page of each route template the walk visited in English (the chrome is the template's, so one
    /// page of each is enough), saves it as a screenshot (<c>…-en-NN.png</c>) and reads its chrome with the stop-list;
    /// then switches the reader back to Vietnamese.
    /// </summary>
    private async Task<IEnumerable<string>> EnglishFindingsAsync(BrowserSession b, SitePageList pages, IReadOnlyList<string> visited)
    {
        var page = b.Page;
        var findings = new List<string>();
        var url = Site.BaseUrl.ToString();
        await page.Context.AddCookiesAsync([new Cookie { Name = "parindex-lang", Value = "en", Url = url }]);
        var shot = 0;
        foreach (var address in visited.DistinctBy(a => pages.TemplateOf(a.Split('?')[0])))
        {
            await page.GotoAsync(address);
            var name = new string([.. address.Split('?')[0].Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_')]);
            await b.ScreenshotAsync($"en-{++shot:D2}{name[..Math.Min(name.Length, 60)]}");
            if (await page.GetAttributeAsync("html", "lang") != "en") findings.Add($"[en] {address}: not in English");
            // Data marked as Vietnamese (lang="vi", e.g. a group's name labelling its field) is not chrome.
            var chrome = string.Join("\n", await page.Locator(Chrome).EvaluateAllAsync<string[]>(
                "els => els.map(e => { if (e.closest('[lang=vi]')) return ''; if (!e.querySelector('[lang=vi]')) return e.innerText; const c = e.cloneNode(true); c.querySelectorAll('[lang=vi]').forEach(x => x.remove()); return c.textContent; })"));
            findings.AddRange(StopList.InEnglish(chrome).Select(f => $"[en] {address}: {f}"));
        }
        await page.Context.AddCookiesAsync([new Cookie { Name = "parindex-lang", Value = "vi", Url = url }]);
        return findings;
    }

    private void Report(string variant, SiteCrawl crawl)
    {
        var dir = Path.Combine(Repo.Artifacts, "crawl");
        Directory.CreateDirectory(dir);
        File.WriteAllLines(Path.Combine(dir, $"{variant}.txt"),
            [$"visited ({crawl.Visited.Count}):", .. crawl.Visited.Select(v => "  " + v), $"findings ({crawl.Findings.Count}):",
             .. crawl.Findings.Select(f => $"  {f.Kind} {f.Template}: {f.Message}")]);
        _output.WriteLine($"{variant}: {crawl.Visited.Count} pages, {crawl.Findings.Count} finding(s)");
    }
}
