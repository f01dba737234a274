using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ParIndex.App.Data;
using ParIndex.App.Features.Tokens;
using ParIndex.Domain.Messages;

namespace ParIndex.Web.Api;

/// <summary>
/// Who calls the JSON API: a script with <c>Authorization: Bearer &lt;personal token&gt;</c>, or the browser with its
/// sign-in cookie. Either way an unauthenticated call gets a 401 problem, never a redirect to the sign-in page.
/// </summary>
internal static class ApiAuthentication
{
    public const string Scheme = "Api";

    public const string TokenScheme = "ApiToken";

    public static readonly AuthorizationPolicy Policy = new AuthorizationPolicyBuilder(Scheme).RequireAuthenticatedUser().Build();

    public static void Add(AuthenticationBuilder authentication) => authentication
        .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(TokenScheme, null)
        .AddPolicyScheme(Scheme, "Token or cookie", o =>
        {
            o.ForwardDefaultSelector = context => BearerOf(context.Request) is null ? IdentityConstants.ApplicationScheme : TokenScheme;
            o.ForwardChallenge = TokenScheme;
            o.ForwardForbid = TokenScheme;
        });

    public static string? BearerOf(HttpRequest request) =>
        request.Headers.Authorization.ToString() is var header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
}

/// <summary>Authenticates a bearer token through <see cref="AuthenticateApiTokenHandler"/>: revoked, expired or unknown → 401.</summary>
internal sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ApiAuthentication.BearerOf(Request) is not { } token) return AuthenticateResult.NoResult();
        var services = Context.RequestServices;
        var user = await new AuthenticateApiTokenHandler(services.GetRequiredService<AppDbContext>(), services.GetRequiredService<TimeProvider>())
            .HandleAsync(new AuthenticateApiToken(token), Context.RequestAborted);
        if (user is null) return AuthenticateResult.Fail("unknown, revoked or expired token");
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user)], Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return ApiProblems.Write(Context, StatusCodes.Status401Unauthorized, ApiMessages.NotAuthenticated(), ApiMessages.NotAuthenticatedDetail());
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.Write(Context, StatusCodes.Status403Forbidden, ApiMessages.Forbidden(), null);
}
