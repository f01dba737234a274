using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ParIndex.Web;

/// <summary>
/// The page addresses this build serves, read once from the routing's endpoint data source, so a menu links a page
/// only when it exists (a page another part of the work adds shows up in the menus as soon as it is built in).
/// </summary>
public sealed class SitePages(EndpointDataSource endpoints)
{
    private readonly Lazy<HashSet<string>> _routes = new(() => [.. endpoints.Endpoints.OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
        .Select(e => "/" + e.RoutePattern.RawText!.Trim('/'))]);

    /// <summary>Whether a page answers at <paramref name="route"/>, written as its template ("/quan-tri/tai-khoan").</summary>
    public bool Has(string route) => _routes.Value.Contains(route);
}
