using Microsoft.AspNetCore.Antiforgery;
using ParIndex.Domain.Messages;

namespace ParIndex.Web.Api;

/// <summary>
/// What an API write (any method but GET and HEAD) needs besides authorization, so another site's page cannot make a
/// signed-in browser write (cross-site or same-site request forgery): a JSON body (<c>Content-Type: application/json</c>,
/// which no HTML form can send: 415 otherwise), and, when the caller is the browser's sign-in cookie rather than a
/// bearer token, the antiforgery token of one of our pages in the <c>RequestVerificationToken</c> header (400 otherwise).
/// A script with <c>Authorization: Bearer …</c> needs no antiforgery token: no browser sends that header by itself.
/// </summary>
internal static class ApiWrites
{
    public static async ValueTask<object?> RequireAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) return await next(context);
        if (!http.Request.HasJsonContentType())
            return ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, ApiMessages.NeedsJson(), ApiMessages.NeedsJsonDetail());
        if (ApiAuthentication.BearerOf(http.Request) is null)
        {
            try
            {
                await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                return ApiProblems.Problem(StatusCodes.Status400BadRequest, ApiMessages.Antiforgery(), ApiMessages.AntiforgeryDetail());
            }
        }
        return await next(context);
    }
}
