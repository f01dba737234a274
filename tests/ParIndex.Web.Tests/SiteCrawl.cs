using System.Text;
using Microsoft.Playwright;

namespace ParIndex.Web.Tests;

/// <summary>
/// Walks the pages one reader may open, from where they stand (their home: its menus) and from every page of the
/// endpoint list without parameters that answers them 200, following the links of each page to further pages (at most
/// <see cref="PerTemplate"/> addresses of one route template, e.g. two units' result pages). On every page it records a
/// finding for: a page wider than the window, a console or script error, and a link to an address of the site that
/// answers this reader 403 (or 404, or a server error). Each page is saved as a screenshot; a link to a file (a template,
/// an export) is only asked for its status. <see cref="EachPage"/> lets a test check each page as it is opened.
/// </summary>
/// <param name="width">The window's width, which names the screenshots (<c>&lt;test&gt;-1280-03_quan-tri.png</c>).</param>
internal sealed class SiteCrawl(BrowserSession browser, SitePageList pages, Uri site, Dictionary<string, SiteCrawl.Answer> statuses, int width)
{
    /// <summary>How many addresses of one route template are opened (their query strings aside: one path is one page).</summary>
    public const int PerTemplate = 2;

    /// <summary>How many addresses of one route template the links of the whole walk are checked at (e.g. ten of a ranking's units).</summary>
    public const int LinksPerTemplate = 10;

    /// <summary>What an address answers: its status, and whether it is a page (HTML) rather than a file to download.</summary>
    public readonly record struct Answer(int Status, bool IsPage);

    /// <summary>What is wrong, on which page (its route template), in words.</summary>
    public sealed record Finding(FindingKind Kind, string Template, string Message);

    /// <summary>Addresses the crawl neither opens nor checks: signing out (it would end the session), the language switch.</summary>
    private static readonly string[] Steps = ["/dang-xuat", "/ngon-ngu/"];

    /// <summary>
    /// A page's own downloads (<c>?handler=Workbook</c>, a PDF report, a unit's scorecard) are not asked for: the page's
    /// use case admitted the reader already, and each one prints a file (a PDF through Chromium) — too slow to ask for them all.
    /// </summary>
    private static bool IsDownload(string link) => link.Contains("handler=", StringComparison.OrdinalIgnoreCase);

    private readonly List<Finding> _findings = [];
    private readonly List<string> _visited = [];
    private readonly Dictionary<string, HashSet<string>> _perTemplate = [];

    public IReadOnlyList<Finding> Findings => _findings;

    public IReadOnlyList<string> Visited => _visited;

    /// <summary>A further check of each page opened (its address and route template), e.g. the accessibility rules or the stop-list.</summary>
    public Func<string, string, Task>? EachPage { get; init; }

    private IPage Page => browser.Page;

    public async Task RunAsync()
    {
        var queue = new Queue<string>();
        var queued = new HashSet<string>(StringComparer.Ordinal);
        void Enqueue(string address)
        {
            if (queued.Add(address)) queue.Enqueue(address);
        }
        Enqueue(LocalAddress(Page.Url) ?? "/");
        foreach (var page in pages.Parameterless.Where(p => !Steps.Any(p.StartsWith) && p != "/dang-nhap").Order(StringComparer.Ordinal))
            if (await StatusAsync(page) is { Status: 200, IsPage: true }) Enqueue(page);

        while (queue.TryDequeue(out var address))
        {
            var path = address.Split('?')[0];
            if (pages.TemplateOf(path) is not { } template) continue;
            var paths = _perTemplate.TryGetValue(template, out var seen) ? seen : _perTemplate[template] = [];
            if (paths.Contains(path) || paths.Count >= PerTemplate) continue;
            paths.Add(path);
            foreach (var link in await VisitAsync(address, template)) Enqueue(link);
        }
    }

    /// <summary>Opens one page, checks it, and returns the site addresses it links that open a page for this reader.</summary>
    private async Task<IReadOnlyList<string>> VisitAsync(string address, string template)
    {
        var errors = browser.Errors.Count;
        var response = await Page.GotoAsync(address);
        if (response?.Status != 200)
        {
            _findings.Add(new(FindingKind.Link, template, $"{address} answers {response?.Status} when opened"));
            return [];
        }
        _visited.Add(address);
        await browser.ScreenshotAsync(ShotName(address));
        if (EachPage is not null) await EachPage(address, template);
        if (await PageChecks.SidewaysScrollAsync(Page) is { } wide) _findings.Add(new(FindingKind.Wide, template, wide));
        foreach (var error in browser.Errors.Skip(errors)) _findings.Add(new(FindingKind.Console, template, $"{address}: console error {error}"));

        var next = new List<string>();
        var links = await Page.Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        foreach (var link in links.Select(LocalAddress).OfType<string>().Distinct())
        {
            if (Steps.Any(link.StartsWith) || IsDownload(link) || !CheckLink(link)) continue;
            var answer = await StatusAsync(link);
            if (answer.Status is 403 or 404 or >= 500) _findings.Add(new(FindingKind.Link, template, $"{address} links {link}, which answers {answer.Status}"));
            else if (answer is { Status: 200, IsPage: true }) next.Add(link);
        }
        return next;
    }

    /// <summary>Whether to check a link: every address once, but at most <see cref="LinksPerTemplate"/> of one template (others: once each).</summary>
    private bool CheckLink(string link)
    {
        if (statuses.ContainsKey(link)) return true;
        var key = pages.TemplateOf(link.Split('?')[0]) ?? link.Split('?')[0];
        var checkedOnes = _checked.TryGetValue(key, out var set) ? set : _checked[key] = [];
        if (checkedOnes.Count >= LinksPerTemplate) return false;
        checkedOnes.Add(link);
        return true;
    }

    private readonly Dictionary<string, HashSet<string>> _checked = [];

    /// <summary>What an address answers this reader (their cookies, no redirect followed), asked once per reader.</summary>
    private async Task<Answer> StatusAsync(string address)
    {
        if (statuses.TryGetValue(address, out var known)) return known;
        var response = await Page.APIRequest.GetAsync(new Uri(site, address).ToString(), new APIRequestContextOptions { MaxRedirects = 0 });
        var answer = new Answer(response.Status, response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase));
        statuses[address] = answer;
        await response.DisposeAsync();
        return answer;
    }

    /// <summary>The path and query of an address on this site, without its fragment; null for another site or scheme.</summary>
    private string? LocalAddress(string href) =>
        Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Authority == site.Authority
            ? uri.PathAndQuery
            : null;

    private string ShotName(string address)
    {
        var name = new StringBuilder($"{width}-{_visited.Count:D2}");
        foreach (var c in address) name.Append(char.IsAsciiLetterOrDigit(c) || c is '-' ? c : '_');
        return name.ToString()[..Math.Min(name.Length, 95)];
    }
}

/// <summary>The kinds of <see cref="SiteCrawl.Finding"/>: a page wider than its window, a console or script error, a link to a refusal.</summary>
internal enum FindingKind
{
    Wide,
    Console,
    Link,
}
