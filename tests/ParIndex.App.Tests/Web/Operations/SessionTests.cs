using System.Net;
using ParIndex.App.Data;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Web.Operations;

/// <summary>The sign-in cookie: HttpOnly, SameSite=Lax, a browser-session cookie whose ticket lasts 8 hours, sliding.</summary>
public abstract class SessionTests(DatabaseProvider provider) : ProviderTest(provider)
{
    [Fact]
    public async Task The_session_cookie_is_http_only_and_same_site_and_ends_eight_hours_after_the_last_visit()
    {
        await using var site = await SiteSession.StartSiteAsync(World, World.Clock);
        var session = SiteSession.Of(site);
        var token = await session.TokenAsync("/dang-nhap");
        var signIn = await session.PostWithTokenAsync("/dang-nhap", new Dictionary<string, string> { ["UserName"] = "lanh.dao.a", ["Password"] = SiteSession.Password }, token);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("parindex=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.DoesNotContain("expires=", cookie);   // not kept when the browser closes

        World.Clock.Now += TimeSpan.FromHours(7);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/toi")).StatusCode);      // renewed: more than half had passed
        World.Clock.Now += TimeSpan.FromHours(7);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/toi")).StatusCode);      // 14 h after sign-in, 7 h after the renewal
        World.Clock.Now += TimeSpan.FromHours(8).Add(TimeSpan.FromMinutes(1));
        Assert.Equal("/dang-nhap", (await session.GetAsync("/toi")).Headers.Location?.AbsolutePath);
    }
}

public sealed class SessionTestsOnSqlite() : SessionTests(DatabaseProvider.Sqlite);

public sealed class SessionTestsOnPostgres() : SessionTests(DatabaseProvider.Postgres);
