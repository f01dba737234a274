using System.Net;
using ParIndex.App.Data;
using ParIndex.App.Features.Users;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;
using ParIndex.Web;

namespace ParIndex.App.Tests.Web;

/// <summary>Sign-in with Identity cookies: success, wrong password, lockout, forgery protection, rate limit.</summary>
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

    [Fact]
    public async Task A_wrong_password_is_refused_and_five_lock_the_account()
    {
        await AddLead();
        await using var site = await RunningSite.StartAsync(World.Database);
        var token = await Token(site);
        for (var i = 0; i < IdentitySetup.MaxFailedAttempts; i++)
        {
            var html = await (await SignIn(site, "lanh.dao.a", "SaiMatKhau99", token)).Content.ReadAsStringAsync();
            Assert.Contains(i < IdentitySetup.MaxFailedAttempts - 1 ? "Tên đăng nhập hoặc mật khẩu không đúng" : "Tài khoản tạm bị khóa", html);
        }
        var locked = await (await SignIn(site, "lanh.dao.a", Password, token)).Content.ReadAsStringAsync();
        Assert.Contains("Tài khoản tạm bị khóa", locked);
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
        Assert.All(statuses.Take(SignInLimits.PermitsPerMinute), s => Assert.NotEqual(HttpStatusCode.TooManyRequests, s));
        Assert.All(statuses.Skip(SignInLimits.PermitsPerMinute), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
    }
}

public sealed class SignInTestsOnSqlite() : SignInTests(DatabaseProvider.Sqlite);

public sealed class SignInTestsOnPostgres() : SignInTests(DatabaseProvider.Postgres);
