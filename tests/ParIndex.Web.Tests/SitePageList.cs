using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;

namespace ParIndex.Web.Tests;

/// <summary>
/// The site's pages as its endpoint list declares them: every Razor page with a plain GET handler, by route template, so
/// a test covers pages added later without a hand-kept list. Tells which template an address belongs to.
/// </summary>
internal sealed class SitePageList
{
    private readonly List<(string Template, RoutePattern Pattern, TemplateMatcher Matcher)> _pages = [];

    private SitePageList()
    {
    }

    public static async Task<SitePageList> ReadAsync(IServiceProvider services)
    {
        var list = new SitePageList();
        var loader = services.GetRequiredService<PageLoader>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page) continue;
            var compiled = page as CompiledPageActionDescriptor ?? await loader.LoadAsync(page, endpoint.Metadata);
            if (!compiled.HandlerMethods.Any(h => h.HttpMethod == "Get" && h.Name is null)) continue;
            var raw = "/" + endpoint.RoutePattern.RawText!.Trim('/');
            if (list._pages.Any(p => p.Template == raw)) continue;
            list._pages.Add((raw, endpoint.RoutePattern, new TemplateMatcher(TemplateParser.Parse(raw), new RouteValueDictionary())));
        }
        return list;
    }

    /// <summary>The pages whose address takes no parameter.</summary>
    public IEnumerable<string> Parameterless => _pages.Where(p => p.Pattern.Parameters.Count == 0).Select(p => p.Template);

    /// <summary>The template of the page an address opens, or null when it opens no page (a file, the API, a step).</summary>
    public string? TemplateOf(string path)
    {
        string? best = null;
        var bestLiterals = -1;
        foreach (var (template, pattern, matcher) in _pages)
        {
            var values = new RouteValueDictionary();
            if (!matcher.TryMatch(new PathString(path), values)) continue;
            // The matcher ignores constraints: an {id:int} must hold a number.
            if (pattern.Parameters.Any(p => p.ParameterPolicies.Any(policy => policy.Content == "int")
                    && values.TryGetValue(p.Name, out var v) && !int.TryParse(v?.ToString(), out _))) continue;
            var literals = pattern.PathSegments.Count(s => s.IsSimple && s.Parts[0].IsLiteral);
            if (literals > bestLiterals) (best, bestLiterals) = (template, literals);
        }
        return best;
    }
}
