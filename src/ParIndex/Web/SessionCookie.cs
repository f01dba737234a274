using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using ParIndex.App.Data;
using ParIndex.App.Features.Users;

namespace ParIndex.Web;

/// <summary>
/// The sign-in cookie is checked against the database on every request (<see cref="ValidateSessionHandler"/>): a
/// session whose account signed out, changed its password, or was locked or disabled is refused at once — also a copy
/// of its cookie, on any node, after any restart. The check costs one query by primary key and renews nothing.
/// </summary>
internal static class SessionCookie
{
    private static readonly string StampClaim = new ClaimsIdentityOptions().SecurityStampClaimType;

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var id = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is not null && await new ValidateSessionHandler(services.GetRequiredService<AppDbContext>(), services.GetRequiredService<TimeProvider>())
                .HandleAsync(new ValidateSession(id, context.Principal!.FindFirstValue(StampClaim)), context.HttpContext.RequestAborted))
            return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
