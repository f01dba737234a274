using System.Net;
using System.Net.Http.Headers;
using ParIndex.App.Data;
using ParIndex.App.Features.Tokens;
using ParIndex.App.Features.Users;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Web.Operations;

/// <summary>
/// A session ends on the server: after sign-out, a password change, or locking (disabling) the account, a copy of the
/// session's cookie taken before is refused on the next request — also on a restarted site over the same database.
/// </summary>
public abstract class SessionEndTests(DatabaseProvider provider) : ProviderTest(provider)
{
    /// <summary>Signs in through the form and returns the session cookie ("parindex=…") the browser was given.</summary>
    private static async Task<(SiteSession Browser, string Cookie)> SignInAsync(RunningSite site, string user)
    {
        var browser = await SiteSession.SignInAsync(site, user);
        return (browser, "parindex=" + browser.Cookies!.GetCookies(site.Client.BaseAddress!)["parindex"]!.Value);
    }

    /// <summary>What a thief does with a copied cookie: a request to the signed-in home page carrying only that cookie.</summary>
    private static async Task<HttpStatusCode> UseCopyAsync(RunningSite site, string cookie, string path = "/toi")
    {
        using var thief = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = site.Client.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        var response = await thief.SendAsync(request);
        return response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.AbsolutePath == "/dang-nhap" ? HttpStatusCode.Unauthorized : response.StatusCode;
    }

    [Fact]
    public async Task Signing_out_ends_the_session_for_a_copied_cookie_too()
    {
        await SiteSession.AddUserAsync(World, "can-bo-a", Role.UnitEditor, "A");
        await using var site = await RunningSite.StartAsync(World.Database);
        var (browser, cookie) = await SignInAsync(site, "can-bo-a");
        await using var _ = browser;
        Assert.Equal(HttpStatusCode.OK, await UseCopyAsync(site, cookie));

        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostAsync("/toi", "/dang-xuat", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await UseCopyAsync(site, cookie));
        Assert.Equal(HttpStatusCode.Unauthorized, await UseCopyAsync(site, cookie, "/api/v1/periods"));
    }

    [Fact]
    public async Task A_password_change_or_locking_the_account_ends_its_sessions_and_a_lock_stops_its_api_tokens()
    {
        await SiteSession.AddUserAsync(World, "can-bo-a", Role.UnitEditor, "A");
        await SiteSession.AddUserAsync(World, "can-bo-b", Role.UnitEditor, "B");
        await using var site = await RunningSite.StartAsync(World.Database);
        var (a, cookieA) = await SignInAsync(site, "can-bo-a");
        var (b, cookieB) = await SignInAsync(site, "can-bo-b");
        await using var _ = a;
        await using var __ = b;
        World.Clock.Now = DateTimeOffset.UtcNow;                                           // the site runs on the real clock
        var actorB = await World.Run(db => new GetActorHandler(db).HandleAsync(new GetActor("can-bo-b")));
        var token = (await World.Run(db => new CreateApiTokenHandler(db, World.Clock).HandleAsync(actorB, new CreateApiToken("Kịch bản", 30)))).Token;
        using var script = new HttpClient { BaseAddress = site.Client.BaseAddress };
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/v1/periods")).StatusCode);

        await using (var db = World.Open())
        using (var identity = IdentitySetup.Create(db, World.Clock))
        {
            var userA = (await identity.Users.FindByNameAsync("can-bo-a"))!;
            Assert.True((await identity.Users.ChangePasswordAsync(userA, SiteSession.Password, "MatKhauMoi2025")).Succeeded);
            var userB = (await identity.Users.FindByNameAsync("can-bo-b"))!;
            Assert.True((await identity.Users.SetLockoutEndDateAsync(userB, DateTimeOffset.MaxValue)).Succeeded);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await UseCopyAsync(site, cookieA));
        Assert.Equal(HttpStatusCode.Unauthorized, await UseCopyAsync(site, cookieB));
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/v1/periods")).StatusCode);
    }

    [Fact]
    public async Task A_signed_out_cookie_stays_refused_after_a_restart_while_a_live_one_still_works()
    {
        await SiteSession.AddUserAsync(World, "can-bo-a", Role.UnitEditor, "A");
        await SiteSession.AddUserAsync(World, "can-bo-b", Role.UnitEditor, "B");
        string signedOut, live;
        await using (var site = await RunningSite.StartAsync(World.Database))
        {
            var (a, cookieA) = await SignInAsync(site, "can-bo-a");
            var (b, cookieB) = await SignInAsync(site, "can-bo-b");
            Assert.Equal(HttpStatusCode.Redirect, (await a.PostAsync("/toi", "/dang-xuat", [])).StatusCode);
            await a.DisposeAsync();
            await b.DisposeAsync();
            (signedOut, live) = (cookieA, cookieB);
        }

        await using var restarted = await RunningSite.StartAsync(World.Database);
        Assert.Equal(HttpStatusCode.OK, await UseCopyAsync(restarted, live));               // the keys survived the restart…
        Assert.Equal(HttpStatusCode.Unauthorized, await UseCopyAsync(restarted, signedOut)); // …and so did the sign-out
    }
}

public sealed class SessionEndTestsOnSqlite() : SessionEndTests(DatabaseProvider.Sqlite);

public sealed class SessionEndTestsOnPostgres() : SessionEndTests(DatabaseProvider.Postgres);
