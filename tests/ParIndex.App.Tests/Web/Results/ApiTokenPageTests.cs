using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using ParIndex.App.Data;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Web.Results;

/// <summary>The personal API token page (/toi/the-api): create (shown once), validation beside the field, revoke, forgery protection.</summary>
public abstract partial class ApiTokenPageTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private static async Task<HttpResponseMessage> Post(RunningSite site, string path, Dictionary<string, string> form, bool withToken = true)
    {
        if (withToken) form["__RequestVerificationToken"] = await SiteSession.Of(site).TokenAsync("/toi/the-api");
        return await site.Client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    [Fact]
    public async Task A_user_creates_a_token_sees_it_once_uses_it_and_revokes_it()
    {
        await SiteSession.AddUserAsync(World, "can-bo-a", Role.UnitEditor, "A");
        await using var site = await RunningSite.StartAsync(World.Database);
        Assert.Equal("/dang-nhap", (await site.Client.GetAsync("/toi/the-api")).Headers.Location?.AbsolutePath);
        await SiteSession.Of(site).SignInAsAsync("can-bo-a");
        Assert.Contains("Chưa có mã nào.", await site.Client.GetStringAsync("/toi/the-api"));

        var created = await Post(site, "/toi/the-api", new() { ["Name"] = "Đồng bộ phần mềm một cửa", ["ValidDays"] = "30" });
        var html = WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("chỉ hiện một lần", html);
        var token = NewToken().Match(html).Groups[1].Value;
        Assert.StartsWith("pxi_", token);
        Assert.Contains($"<code>{token[..12]}…</code>", html);
        Assert.Contains("Đang dùng", html);

        var again = WebUtility.HtmlDecode(await site.Client.GetStringAsync("/toi/the-api"));
        Assert.DoesNotContain(token, again);                               // shown once only
        Assert.Contains("Đồng bộ phần mềm một cửa", again);

        using var script = new HttpClient { BaseAddress = site.Client.BaseAddress };
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/v1/periods")).StatusCode);

        var revoke = RevokeAction().Match(again).Groups[1].Value;
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(site, revoke, [], withToken: false)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/v1/periods")).StatusCode);
        var revoked = await Post(site, revoke, []);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Contains("Đã thu hồi", WebUtility.HtmlDecode(await site.Client.GetStringAsync("/toi/the-api")));
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/v1/periods")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_shown_beside_its_field_and_a_post_without_the_antiforgery_token_is_rejected()
    {
        await SiteSession.AddUserAsync(World, "nguoi-xem", Role.Viewer);
        await using var site = await RunningSite.StartAsync(World.Database);
        await SiteSession.Of(site).SignInAsAsync("nguoi-xem");

        var html = WebUtility.HtmlDecode(await (await Post(site, "/toi/the-api", new() { ["Name"] = " ", ["ValidDays"] = "900" })).Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"name-error\">Đặt tên cho mã truy cập", html);
        Assert.Contains("data-testid=\"days-error\">Thời hạn từ 1 đến 365 ngày", html);
        Assert.DoesNotContain("data-testid=\"new-token\"", html);

        Assert.Equal(HttpStatusCode.BadRequest, (await Post(site, "/toi/the-api", new() { ["Name"] = "x", ["ValidDays"] = "30" }, withToken: false)).StatusCode);
        Assert.Contains("Chưa có mã nào.", await site.Client.GetStringAsync("/toi/the-api"));
    }

    [Fact]
    public async Task A_user_cannot_revoke_someone_elses_token()
    {
        await SiteSession.AddUserAsync(World, "can-bo-a", Role.UnitEditor, "A");
        await SiteSession.AddUserAsync(World, "can-bo-b", Role.UnitEditor, "B");
        var owner = await World.Run(db => new ParIndex.App.Features.Users.GetActorHandler(db).HandleAsync(new("can-bo-a")));
        var token = await World.Run(db => new ParIndex.App.Features.Tokens.CreateApiTokenHandler(db, World.Clock).HandleAsync(owner, new("Của A", 30)));
        await using var site = await RunningSite.StartAsync(World.Database);
        await SiteSession.Of(site).SignInAsAsync("can-bo-b");

        SiteSession.AssertForbidden(await Post(site, $"/toi/the-api?handler=Revoke&id={token.Id}", []));
        Assert.Null((await World.Run(db => db.ApiTokens.FindAsync(token.Id).AsTask()))!.RevokedAt);
    }

    [GeneratedRegex("<code class=\"token\">([^<]+)</code>")]
    private static partial Regex NewToken();

    [GeneratedRegex("action=\"(/toi/the-api[^\"]*handler=Revoke[^\"]*)\"")]
    private static partial Regex RevokeAction();
}

public sealed class ApiTokenPageTestsOnSqlite() : ApiTokenPageTests(DatabaseProvider.Sqlite);

public sealed class ApiTokenPageTestsOnPostgres() : ApiTokenPageTests(DatabaseProvider.Postgres);
