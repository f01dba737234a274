using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Tokens;
using ParIndex.App.Features.Users;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Web.Operations;

/// <summary>
/// What every answer carries: no copy kept of anything private, the security headers even on the 500 page, API errors
/// as problem details (never an HTML page), and form values that cannot be read refused beside their field.
/// </summary>
public abstract class ResponseHeadersTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private static bool NoStore(HttpResponseMessage response) => response.Headers.CacheControl?.NoStore == true;

    private async Task<string> TokenOfAsync(string user)
    {
        World.Clock.Now = DateTimeOffset.UtcNow;                                        // the site runs on the real clock
        var actor = await World.Run(db => new GetActorHandler(db).HandleAsync(new GetActor(user)));
        return (await World.Run(db => new CreateApiTokenHandler(db, World.Clock).HandleAsync(actor, new CreateApiToken("Kịch bản", 30)))).Token;
    }

    [Fact]
    public async Task Private_pages_and_api_answers_say_no_store_and_public_pages_do_not()
    {
        await SiteSession.AddUserAsync(World, "can-bo-a", Role.UnitEditor, "A");
        await using var site = await RunningSite.StartAsync(World.Database);
        var token = await TokenOfAsync("can-bo-a");
        await using var browser = await SiteSession.SignInAsync(site, "can-bo-a");
        foreach (var page in new[] { "/toi", "/tu-danh-gia", "/ket-qua", "/api/v1/periods" })
            Assert.True(NoStore(await browser.GetAsync(page)), page);
        using var script = new HttpRequestMessage(HttpMethod.Get, "/api/v1/periods") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        Assert.True(NoStore(await site.Client.SendAsync(script)));

        foreach (var page in new[] { "/", "/api/v1/public/periods" })
            Assert.False(NoStore(await site.Client.GetAsync(page)), page);
    }

    [Fact]
    public async Task Malformed_json_and_unknown_api_addresses_get_problem_details_not_a_page()
    {
        await SiteSession.AddUserAsync(World, "can-bo-a", Role.UnitEditor, "A");
        await using var site = await RunningSite.StartAsync(World.Database);
        var token = await TokenOfAsync("can-bo-a");
        async Task<HttpResponseMessage> Send(HttpMethod method, string path, string? json)
        {
            using var request = new HttpRequestMessage(method, path) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
            if (json is not null) request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
            return await site.Client.SendAsync(request);
        }

        foreach (var (method, path, json, status) in new[]
        {
            (HttpMethod.Put, $"/api/v1/periods/{World.PeriodId}/submissions/A/scores/1.2", "{\"input\": \"95%\", \"expectedVersion\": ", HttpStatusCode.BadRequest),
            (HttpMethod.Put, $"/api/v1/periods/{World.PeriodId}/submissions/A/scores/1.2", "{\"input\": 95, \"expectedVersion\": \"một\"}", HttpStatusCode.BadRequest),
            (HttpMethod.Get, "/api/v1/khong-co-dia-chi-nay", null, HttpStatusCode.NotFound),
        })
        {
            var response = await Send(method, path, json);
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("\"status\":" + (int)status, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_fault_on_a_post_gets_the_500_page_with_the_security_headers_and_no_details()
    {
        await SiteSession.AddUserAsync(World, "can-bo-a", Role.UnitEditor, "A");
        await using var site = await RunningSite.StartAsync(World.Database);
        await using var browser = await SiteSession.SignInAsync(site, "can-bo-a");
        var form = await browser.TokenAsync("/toi/the-api");
        // A real fault under the page: the table the form writes to is gone.
        await World.Run(db => db.Database.ExecuteSqlRawAsync("DROP TABLE \"ApiTokens\""));

        var response = await browser.PostWithTokenAsync("/toi/the-api", new Dictionary<string, string> { ["Name"] = "Kịch bản", ["ValidDays"] = "30" }, form);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await SiteSession.TextAsync(response);
        Assert.Contains("<h1>Đã có lỗi (500)</h1>", html);
        Assert.DoesNotContain("ApiTokens", html);
        Assert.DoesNotContain("Exception", html);
        Assert.Equal(ParIndex.Web.SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(NoStore(response));
    }

    [Fact]
    public async Task Form_values_that_cannot_be_taken_are_refused_beside_their_field_and_create_nothing()
    {
        await SiteSession.AddUserAsync(World, "can-bo-a", Role.UnitEditor, "A");
        await using var site = await RunningSite.StartAsync(World.Database);
        await using var browser = await SiteSession.SignInAsync(site, "can-bo-a");

        var notANumber = await browser.PostAsync("/toi/the-api", "/toi/the-api", new() { ["Name"] = "Kịch bản", ["ValidDays"] = "abc" });
        Assert.Equal(HttpStatusCode.OK, notANumber.StatusCode);
        Assert.Contains("data-testid=\"days-error\">Thời hạn là một số ngày", await SiteSession.TextAsync(notANumber));

        var nul = await browser.PostAsync("/toi/the-api", "/toi/the-api", new() { ["Name"] = "Kịch\0bản", ["ValidDays"] = "30" });
        Assert.Equal(HttpStatusCode.OK, nul.StatusCode);
        Assert.Contains("data-testid=\"name-error\">Tên có ký tự NUL (U+0000)", await SiteSession.TextAsync(nul));

        Assert.Equal(0, await World.Run(db => db.ApiTokens.CountAsync()));

        // The sign-in form too: a NUL in the name is just a wrong name (PostgreSQL could not even look it up).
        var signIn = await SiteSession.Of(site).PostAsync("/dang-nhap", "/dang-nhap", new() { ["UserName"] = "can-bo-a\0", ["Password"] = SiteSession.Password });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await SiteSession.TextAsync(signIn));
    }
}

public sealed class ResponseHeadersTestsOnSqlite() : ResponseHeadersTests(DatabaseProvider.Sqlite);

public sealed class ResponseHeadersTestsOnPostgres() : ResponseHeadersTests(DatabaseProvider.Postgres);
