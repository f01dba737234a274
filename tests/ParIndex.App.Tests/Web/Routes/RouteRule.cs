using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Web.Routes;

/// <summary>Who may reach an endpoint: anyone (no sign-in), anyone signed in, or the people a rule admits.</summary>
internal enum Reach
{
    Anonymous,
    SignedIn,
    Admitted,
}

/// <summary>
/// The decision for one endpoint of the site: who reaches it and, for <see cref="Reach.Admitted"/>, which of
/// <see cref="SiteSession.People"/> (by role and unit) are let through; everyone else must get 403. The sample address
/// names unit A wherever the route takes a unit, so a person of unit B is "another unit".
/// </summary>
/// <param name="Url">A sample address: {P} the period, {F} the framework edition, {D} a document of unit A.</param>
/// <param name="Body">A JSON body for an API call, so that the use case decides rather than the model binder.</param>
internal sealed record RouteRule(Reach Reach, string Url, Func<Role, string?, bool>? Admits = null, string? Body = null)
{
    /// <summary>Form fields of a page POST that pass the page's own checks, so that the use case decides.</summary>
    public IReadOnlyDictionary<string, string> Form { get; init; } = new Dictionary<string, string>();

    /// <summary>A file posted as the form's "file" field (an import page), as (name, content).</summary>
    public (string Name, string Content)? Upload { get; init; }

    public static RouteRule Public(string url) => new(Reach.Anonymous, url);

    public static RouteRule AnyoneSignedIn(string url, string? body = null) => new(Reach.SignedIn, url, Body: body);

    /// <summary>Admitted by role, whatever the person's unit.</summary>
    public static RouteRule Roles(string url, params Role[] roles) => new(Reach.Admitted, url, (role, _) => roles.Contains(role));

    /// <summary>Admitted by role, and for unit roles only the people of unit A (the unit the address names).</summary>
    public static RouteRule RolesOrUnitA(string url, string? body, params Role[] roles) => new(Reach.Admitted, url,
        (role, unit) => roles.Contains(role) && (unit is null || unit == "A"), body);
}
