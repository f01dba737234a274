using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.App.Data;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Web.Homes;

/// <summary>
/// The menus link every page a role may use and nothing it may not: for each person, every page without parameters in
/// the site's endpoint list (so a page added later is covered) that answers them 200 is linked from the header's menu,
/// the administration menu, or (a sub-page) from the menu page whose address it extends; and no menu link is refused
/// them, missing or failing.
/// </summary>
public abstract partial class MenusTests(DatabaseProvider provider) : ProviderTest(provider)
{
    /// <summary>Signing in and out are steps, not pages to link.</summary>
    private static readonly string[] Steps = ["/dang-nhap", "/dang-xuat"];

    [Fact]
    public async Task Every_page_a_person_may_open_is_in_their_menus_and_every_menu_link_opens()
    {
        await using var site = await SiteSession.StartSiteAsync(World, World.Clock);
        var pages = await PagesAsync(site.Services);
        Assert.Contains("/quan-tri/he-thong", pages);
        var failures = new List<string>();
        foreach (var (user, role, _) in SiteSession.People)
        {
            await using var person = await SiteSession.SignInAsync(site, user);
            var menus = new HashSet<string>();
            foreach (var start in new[] { "/", "/quan-tri" })
            {
                var response = await person.GetAsync(start);
                if (response.StatusCode != HttpStatusCode.OK) continue;
                var html = await response.Content.ReadAsStringAsync();
                foreach (Match nav in Navs().Matches(html))
                    menus.UnionWith(Links().Matches(nav.Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));
            }
            foreach (var link in menus)
            {
                // The language switch answers with a redirect back; a page must open: never refused, missing or failing.
                var response = await person.GetAsync(link);
                if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound || (int)response.StatusCode >= 500
                    || response.Headers.Location?.OriginalString.StartsWith("/dang-nhap", StringComparison.Ordinal) == true)
                    failures.Add($"{user} ({role}): the menu links {link}, which answers {(int)response.StatusCode}");
            }
            // A menu page's own sub-pages count when it links them (/toi links /toi/the-api).
            var reachable = new HashSet<string>(menus);
            foreach (var link in menus.Where(l => l.StartsWith('/') && !l.Contains('?')))
                reachable.UnionWith(Links().Matches(await (await person.GetAsync(link)).Content.ReadAsStringAsync())
                    .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Split('?', '#')[0]).Where(l => l.StartsWith(link.TrimEnd('/') + "/", StringComparison.Ordinal)));
            foreach (var page in pages.Except(Steps))
                if ((await person.GetAsync(page)).StatusCode == HttpStatusCode.OK && !reachable.Contains(page))
                    failures.Add($"{user} ({role}) may open {page}, but no menu leads there");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The templates of every page's GET handler that takes no route parameter.</summary>
    private static async Task<List<string>> PagesAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var result = new List<string>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page || endpoint.RoutePattern.Parameters.Count > 0) continue;
            var compiled = page as CompiledPageActionDescriptor ?? await loader.LoadAsync(page, endpoint.Metadata);
            if (compiled.HandlerMethods.Any(h => h.HttpMethod == "Get" && h.Name is null))
                result.Add("/" + endpoint.RoutePattern.RawText!.Trim('/'));
        }
        return [.. result.Distinct()];
    }

    [GeneratedRegex("<nav[^>]*>.*?</nav>", RegexOptions.Singleline)]
    private static partial Regex Navs();

    [GeneratedRegex("<a [^>]*href=\"(/[^\"]*)\"")]
    private static partial Regex Links();
}

public sealed class MenusTestsOnSqlite() : MenusTests(DatabaseProvider.Sqlite);

public sealed class MenusTestsOnPostgres() : MenusTests(DatabaseProvider.Postgres);
