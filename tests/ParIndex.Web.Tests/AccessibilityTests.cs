using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>
/// Each role of the demo province (and the public) walks every page it may open (the walk of <see cref="SiteCrawl"/>),
/// and axe-core checks each page against WCAG 2.0 and 2.1 at levels A and AA: the test fails on any violation, listed by
/// rule, page and element. What was checked and found is kept under <c>artifacts/axe/</c>.
/// </summary>
public sealed class AccessibilityTests(DemoSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    private readonly ITestOutputHelper _output = output;

    [Theory]
    [MemberData(nameof(SiteReaders.Everyone), MemberType = typeof(SiteReaders))]
    public async Task Every_page_a_reader_may_open_passes_axe_at_WCAG_2_1_AA(string? user)
    {
        var pages = await SitePageList.ReadAsync(Site.Services);
        var found = new List<string>();
        var checkedPages = new List<string>();
        await InBrowser(async b =>
        {
            if (user is not null) await DemoSignIn.AsAsync(b, Site, user);
            else await b.Page.GotoAsync("/");
            var crawl = new SiteCrawl(b, pages, Site.BaseUrl, [], 1280)
            {
                EachPage = async (address, template) =>
                {
                    checkedPages.Add(address);
                    foreach (var v in await Axe.RunAsync(b.Page))
                        found.Add($"{v.Rule} ({v.Impact}, {v.Count}×) on {address} [{template}]: {v.Help}\n      " + string.Join("\n      ", v.Targets));
                },
            };
            await crawl.RunAsync();
        }, new ViewportSize { Width = 1280, Height = 800 }, user ?? "public");

        var dir = Path.Combine(Repo.Artifacts, "axe");
        Directory.CreateDirectory(dir);
        File.WriteAllLines(Path.Combine(dir, $"{user ?? "public"}.txt"),
            [$"checked ({checkedPages.Count}):", .. checkedPages.Select(p => "  " + p), $"violations ({found.Count}):", .. found.Select(f => "  " + f)]);
        _output.WriteLine($"{user ?? "public"}: {checkedPages.Count} pages checked, {found.Count} violation(s)");
        Assert.NotEmpty(checkedPages);
        Assert.True(found.Count == 0, $"{found.Count} axe violation(s) for {user ?? "the public"}:\n" + string.Join("\n", found));
    }
}
