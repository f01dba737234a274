using System.Net;
using ParIndex.App.Data;
using ParIndex.App.Features.Users;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Web.Operations;

/// <summary>Behind nginx on the same machine: the client address and scheme come from the proxy's headers.</summary>
public abstract class ReverseProxyTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private static async Task<HttpResponseMessage> SignInAsync(RunningSite site, string token, string client, string scheme = "https")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/dang-nhap")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "lanh.dao.a", ["Password"] = SiteSession.Password, ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("X-Forwarded-For", client);
        request.Headers.Add("X-Forwarded-Proto", scheme);
        return await site.Client.SendAsync(request);
    }

    [Fact]
    public async Task The_sign_in_limit_counts_each_forwarded_client_and_the_cookie_is_secure_over_https()
    {
        await using var site = await SiteSession.StartSiteAsync(World, World.Clock);
        var token = await SiteSession.Of(site).TokenAsync("/dang-nhap");

        var first = await SignInAsync(site, token, "203.0.113.7");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("secure", Assert.Single(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith("parindex=", StringComparison.Ordinal)).ToLowerInvariant());

        for (var i = 1; i < SignInThrottle.PermitsPerMinute; i++) Assert.NotEqual(HttpStatusCode.TooManyRequests, (await SignInAsync(site, token, "203.0.113.7")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(site, token, "203.0.113.7")).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await SignInAsync(site, token, "198.51.100.23")).StatusCode);
    }
}

public sealed class ReverseProxyTestsOnSqlite() : ReverseProxyTests(DatabaseProvider.Sqlite);

public sealed class ReverseProxyTestsOnPostgres() : ReverseProxyTests(DatabaseProvider.Postgres);
