using Microsoft.AspNetCore.OutputCaching;

namespace ParIndex.Web;

/// <summary>
/// Who the public output cache serves and stores for: GET and HEAD requests of readers who are not signed in, 200
/// answers that set no cookie. ASP.NET Core's default policy also skips the cache for any request with an
/// <c>Authorization</c> header — which no page reads, so anyone could bypass the cache (and make the server render
/// and print again) with a bogus header. Here only a real sign-in, known after authentication, bypasses it.
/// </summary>
internal sealed class AnonymousReaders : IOutputCachePolicy
{
    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cacheable = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) && http.User.Identity?.IsAuthenticated != true;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
