using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ParIndex.Web;

/// <summary>
/// Behind nginx: the client's address (<c>X-Forwarded-For</c>) and scheme (<c>X-Forwarded-Proto</c>) are taken from a
/// proxy on this machine (loopback) or one listed in <c>ReverseProxy:KnownProxies</c> (IP addresses, for nginx on
/// another host), never from anyone else. So the sign-in rate limit counts per client, not per proxy, and the sign-in
/// cookie is marked Secure when the user came over HTTPS.
/// </summary>
internal static class ReverseProxy
{
    public static void Add(IServiceCollection services, IConfiguration configuration) => services.Configure<ForwardedHeadersOptions>(o =>
    {
        o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        foreach (var proxy in configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [])
            o.KnownProxies.Add(IPAddress.Parse(proxy));
    });
}
