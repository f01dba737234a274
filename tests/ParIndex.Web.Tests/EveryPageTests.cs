using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>
/// Each role of the demo province (and the public) signs in and opens every page it may open — from its home and menus,
/// from the endpoint list, and through the links of each page — at 1280 px and at 360 px. The test fails on a page
/// wider than its window, a console or script error, or a link to a page of the site that answers that reader 403 (or
/// 404, or a server error); and at 1280 px on any axe-core violation of WCAG 2.0/2.1 A and AA. Screenshots of every page are kept under <c>artifacts/screenshots/Every_page_*</c>, and
/// what was visited and found under <c>artifacts/crawl/</c>.
/// </summary>
public sealed class EveryPageTests(DemoSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    private static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    private readonly ITestOutputHelper _output = output;

    [Theory]
    [MemberData(nameof(SiteReaders.Everyone), MemberType = typeof(SiteReaders))]
    public async Task Every_page_a_reader_may_open_fits_the_window_runs_cleanly_and_links_no_refusal(string? user)
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
                            // axe-core at WCAG 2.0/2.1 A and AA on every page of the desktop walk (one walk serves both checks).
                            EachPage = width == 1280 ? async (address, template) => findings.AddRange(await AxeFindingsAsync(b.Page, address, template)) : null,
                        };
                        await crawl.RunAsync();
                        findings.AddRange(crawl.Findings.Select(f => $"[{width} px] {f.Message}"));
                        Report($"{user ?? "public"}-{width}", crawl);
                        Assert.NotEmpty(crawl.Visited);
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
        Assert.True(findings.Count == 0, $"{findings.Count} finding(s) for {user ?? "the public"}:\n" + string.Join("\n", findings));
    }

    private static async Task<IEnumerable<string>> AxeFindingsAsync(IPage page, string address, string template) =>
        (await Axe.RunAsync(page)).Select(v => $"[axe] {v.Rule} ({v.Impact}, {v.Count}×) on {address} [{template}]: {v.Help}\n      " + string.Join("\n      ", v.Targets));

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
