using System.Net;
using ParIndex.App.Data;
using ParIndex.App.Features.Users;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Web;

/// <summary>Sign-in with Identity cookies: success, wrong password, growing waits, forgery protection, rate limit.</summary>
public abstract class SignInTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private const string Password = SiteSession.Password;

    private Task AddLead() => World.Run(db => new AddUserHandler(db, World.Clock).HandleAsync(World.Admin, new AddUser("lanh.dao.a", Password, Role.UnitLead, "A", "Lãnh đạo Sở A")));

    private static Task<string> Token(RunningSite site) => SiteSession.Of(site).TokenAsync("/dang-nhap");

    private static async Task<HttpResponseMessage> SignIn(RunningSite site, string user, string password, string? token) =>
        await site.Client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user, ["Password"] = password, ["__RequestVerificationToken"] = token ?? "",
        }));

    [Fact]
    public async Task A_user_signs_in_and_sees_their_roles_and_unit()
    {
        await AddLead();
        await using var site = await RunningSite.StartAsync(World.Database);
        Assert.Equal("/dang-nhap", (await site.Client.GetAsync("/toi")).Headers.Location?.AbsolutePath);

        var response = await SignIn(site, "lanh.dao.a", Password, await Token(site));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/tu-danh-gia", response.Headers.Location?.OriginalString);   // a unit leader's home: the unit's work
        var me = await SiteSession.Of(site).PageAsync("/toi");
        Assert.Contains("Xin chào, Lãnh đạo Sở A", me);
        Assert.Contains("data-role=\"UnitLead\">Lãnh đạo đơn vị</a> — đơn vị Sở A", me);
    }

    private static async Task<string> ErrorOf(HttpResponseMessage response) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(await response.Content.ReadAsStringAsync(), "data-testid=\"sign-in-error\">([^<]*)<").Groups[1].Value);

    [Fact]
    public async Task Five_wrong_passwords_from_one_client_make_it_wait_a_minute_then_longer_and_never_lock_the_account()
    {
        await AddLead();
        await using var site = await RunningSite.StartAsync(World.Database, World.Clock);
        var token = await Token(site);
        for (var i = 0; i < SignInThrottle.FreeAttempts; i++)
            Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng.", await ErrorOf(await SignIn(site, "lanh.dao.a", "SaiMatKhau99", token)));
        // The sixth is not checked, even with the right password: this client waits a minute.
        Assert.StartsWith("Đăng nhập sai nhiều lần; hãy thử lại sau 1 phút.", await ErrorOf(await SignIn(site, "lanh.dao.a", Password, token)));

        World.Clock.Now += TimeSpan.FromSeconds(61);
        Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng.", await ErrorOf(await SignIn(site, "lanh.dao.a", "SaiMatKhau98", token)));
        // Every attempt past the fifth, let through or not, doubles the wait: after the 7th, 1 × 2² = 4 minutes.
        Assert.StartsWith("Đăng nhập sai nhiều lần; hãy thử lại sau 4 phút.", await ErrorOf(await SignIn(site, "lanh.dao.a", Password, token)));
        World.Clock.Now += TimeSpan.FromMinutes(4).Add(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn(site, "lanh.dao.a", Password, token)).StatusCode);

        // The account itself was never locked.
        await using var db = World.Open();
        Assert.Null(db.Users.Single(u => u.UserName == "lanh.dao.a").LockoutEnd);
    }

    [Fact]
    public async Task A_sign_in_without_the_antiforgery_token_is_rejected()
    {
        await AddLead();
        await using var site = await RunningSite.StartAsync(World.Database);
        Assert.Equal(HttpStatusCode.BadRequest, (await SignIn(site, "lanh.dao.a", Password, null)).StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited_and_showing_the_form_is_not_an_attempt()
    {
        await using var site = await RunningSite.StartAsync(World.Database);
        for (var i = 0; i < 30; i++) Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync("/dang-nhap")).StatusCode);
        var token = await Token(site);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++) statuses.Add((await SignIn(site, "ai-do", "KhongDung1234", token)).StatusCode);
        Assert.All(statuses.Take(SignInThrottle.PermitsPerMinute), s => Assert.NotEqual(HttpStatusCode.TooManyRequests, s));
        Assert.All(statuses.Skip(SignInThrottle.PermitsPerMinute), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
    }
}

public sealed class SignInTestsOnSqlite() : SignInTests(DatabaseProvider.Sqlite);

public sealed class SignInTestsOnPostgres() : SignInTests(DatabaseProvider.Postgres);
