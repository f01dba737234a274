using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Tokens;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Web.Api;

/// <summary>The JSON API v1 over the real application: the same use cases, problem details for refusals, token authentication.</summary>
public abstract class ApiTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private static async Task<HttpResponseMessage> Send(RunningSite site, HttpMethod method, string path, string? token, object? body = null, string? language = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (language is not null) request.Headers.TryAddWithoutValidation("Accept-Language", language);
        if (body is not null) request.Content = JsonContent.Create(body);
        return await site.Client.SendAsync(request);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task A_unit_saves_reads_and_conflicts_through_the_API_with_problem_details()
    {
        var year = await new ApiTestYear(World).SetUpAsync();
        await using var site = await RunningSite.StartAsync(World.Database);
        var a = year.Tokens["can-bo-a"];
        var scores = $"/api/v1/periods/{year.PeriodId}/submissions/A/scores";

        var periods = await Json(await Send(site, HttpMethod.Get, "/api/v1/periods", a), HttpStatusCode.OK);
        Assert.Contains(periods.EnumerateArray(), p => p.GetProperty("name").GetString() == "CCHC thử API" && p.GetProperty("state").GetString() == "SelfAssessment");
        var details = await Json(await Send(site, HttpMethod.Get, $"/api/v1/periods/{year.PeriodId}", a), HttpStatusCode.OK);
        Assert.Equal(4, details.GetProperty("period").GetProperty("units").GetInt32());

        var saved = await Json(await Send(site, HttpMethod.Put, scores + "/1.2", a, new { input = "95%", expectedVersion = 0 }), HttpStatusCode.OK);
        Assert.Equal(2m, saved.GetProperty("points").GetDecimal());
        Assert.Equal(1, saved.GetProperty("version").GetInt32());

        // Someone else's save won: 409 with what is there now.
        var conflict = await Json(await Send(site, HttpMethod.Put, scores + "/1.2", a, new { input = "80%", expectedVersion = 0 }), HttpStatusCode.Conflict);
        Assert.Equal(1, conflict.GetProperty("currentVersion").GetInt32());
        Assert.Equal(saved.GetProperty("input").GetString(), conflict.GetProperty("currentValue").GetString());
        Assert.Contains("vừa được người khác cập nhật", conflict.GetProperty("detail").GetString());

        // A value the rule cannot read: 400 with the message under the sub-criterion's code.
        var invalid = await Json(await Send(site, HttpMethod.Put, scores + "/1.1", a, new { input = "có lẽ", expectedVersion = 0 }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(invalid.GetProperty("errors").GetProperty("1.1").EnumerateArray());

        // A NUL character (which PostgreSQL cannot store) in the explanation: 400 naming the field, nothing written.
        var nul = await Json(await Send(site, HttpMethod.Put, scores + "/1.1", a, new { input = "ontime", expectedVersion = 0, explanation = "Công văn\u0000số 12" }), HttpStatusCode.BadRequest);
        Assert.Equal("có ký tự NUL (U+0000), không phải văn bản",
            Assert.Single(nul.GetProperty("errors").GetProperty("ScoreEntry.Note").EnumerateArray()).GetString());

        var submission = await Json(await Send(site, HttpMethod.Get, $"/api/v1/periods/{year.PeriodId}/submissions/A", a), HttpStatusCode.OK);
        var leaf = submission.GetProperty("leaves").EnumerateArray().Single(l => l.GetProperty("code").GetString() == "1.2");
        Assert.Equal(2m, leaf.GetProperty("self").GetProperty("points").GetDecimal());
        var refused = submission.GetProperty("leaves").EnumerateArray().Single(l => l.GetProperty("code").GetString() == "1.1");
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("self").ValueKind);

        // Another unit's submission: 403 on write and on read; an unknown one: 404; an editor may not submit: 409.
        var forbidden = await Json(await Send(site, HttpMethod.Put, $"/api/v1/periods/{year.PeriodId}/submissions/B/scores/1.2", a, new { input = "95%", expectedVersion = 0 }), HttpStatusCode.Forbidden);
        Assert.Contains("đơn vị mình", forbidden.GetProperty("detail").GetString());
        await Json(await Send(site, HttpMethod.Get, $"/api/v1/periods/{year.PeriodId}/submissions/B", a), HttpStatusCode.Forbidden);
        await Json(await Send(site, HttpMethod.Get, $"/api/v1/periods/{year.PeriodId}/submissions/KHONG-CO", a), HttpStatusCode.NotFound);
        await Json(await Send(site, HttpMethod.Get, "/api/v1/periods/9999", a), HttpStatusCode.NotFound);
        await Json(await Send(site, HttpMethod.Post, $"/api/v1/periods/{year.PeriodId}/submissions/A/submit", a, new { }), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Problems_speak_the_language_the_request_accepts_vietnamese_by_default_in_the_same_shape()
    {
        var year = await new ApiTestYear(World).SetUpAsync();
        await using var site = await RunningSite.StartAsync(World.Database);
        var a = year.Tokens["can-bo-a"];

        async Task<JsonElement> Missing(string? language)
        {
            var response = await Send(site, HttpMethod.Get, "/api/v1/periods/9999", a, language: language);
            Assert.Contains("Accept-Language", response.Headers.Vary);
            return await Json(response, HttpStatusCode.NotFound);
        }
        foreach (var (language, title, detail) in new[]
        {
            ((string?)null, "Không tìm thấy", "Không có kỳ đánh giá 9999"),
            ("vi-VN", "Không tìm thấy", "Không có kỳ đánh giá 9999"),
            ("en", "Not found", "There is no period 9999"),
            ("fr, en-GB;q=0.8, vi;q=0.5", "Not found", "There is no period 9999"),
            ("en;q=0.4, vi", "Không tìm thấy", "Không có kỳ đánh giá 9999"),
            ("fr", "Không tìm thấy", "Không có kỳ đánh giá 9999"),
        })
        {
            var problem = await Missing(language);
            Assert.Equal((404, title, detail), (problem.GetProperty("status").GetInt32(), problem.GetProperty("title").GetString(), problem.GetProperty("detail").GetString()));
        }

        var forbidden = await Json(await Send(site, HttpMethod.Put, $"/api/v1/periods/{year.PeriodId}/submissions/B/scores/1.2", a,
            new { input = "95%", expectedVersion = 0 }, "en"), HttpStatusCode.Forbidden);
        Assert.Equal(("Forbidden", "You may only change your own unit's submission"), (forbidden.GetProperty("title").GetString(), forbidden.GetProperty("detail").GetString()));

        // A validation problem keeps its errors under the same keys in either language, each message in one language.
        var vi = await Json(await Send(site, HttpMethod.Put, $"/api/v1/periods/{year.PeriodId}/submissions/A/scores/1.2", a, new { input = "120%", expectedVersion = 0 }), HttpStatusCode.BadRequest);
        var en = await Json(await Send(site, HttpMethod.Put, $"/api/v1/periods/{year.PeriodId}/submissions/A/scores/1.2", a, new { input = "120%", expectedVersion = 0 }, "en"), HttpStatusCode.BadRequest);
        Assert.Equal(("Dữ liệu không hợp lệ", "Invalid data"), (vi.GetProperty("title").GetString(), en.GetProperty("title").GetString()));
        Assert.Equal("Tỷ lệ 120% nằm ngoài khoảng 0–100%", Assert.Single(vi.GetProperty("errors").GetProperty("1.2").EnumerateArray()).GetString());
        Assert.Equal("The ratio 120% is outside 0–100%", Assert.Single(en.GetProperty("errors").GetProperty("1.2").EnumerateArray()).GetString());

        var anonymous = await Json(await Send(site, HttpMethod.Get, "/api/v1/periods", null, language: "en"), HttpStatusCode.Unauthorized);
        Assert.Equal("Not authenticated", anonymous.GetProperty("title").GetString());
        Assert.StartsWith("A valid token (Authorization: Bearer …)", anonymous.GetProperty("detail").GetString());
        var unknown = await Json(await Send(site, HttpMethod.Get, "/api/v1/khong-co", a), HttpStatusCode.NotFound);
        Assert.Equal(("Không tìm thấy", "Không có địa chỉ này trong API"), (unknown.GetProperty("title").GetString(), unknown.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Results_appeals_and_appraisals_go_through_the_same_rules()
    {
        var year = await new ApiTestYear(World).SetUpAsync();
        await using var site = await RunningSite.StartAsync(World.Database);

        // Provisional ranking: the secretariat sees it, a unit does not; the unit sees its own result.
        var ranking = await Json(await Send(site, HttpMethod.Get, $"/api/v1/periods/{year.PeriodId}/results", year.Tokens["thu-ky"]), HttpStatusCode.OK);
        Assert.False(ranking.GetProperty("published").GetBoolean());
        Assert.Equal(4, ranking.GetProperty("units").GetArrayLength());
        await Json(await Send(site, HttpMethod.Get, $"/api/v1/periods/{year.PeriodId}/results", year.Tokens["can-bo-a"]), HttpStatusCode.Forbidden);
        var own = await Json(await Send(site, HttpMethod.Get, $"/api/v1/periods/{year.PeriodId}/units/A/result", year.Tokens["can-bo-a"]), HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, own.GetProperty("rank").ValueKind);
        Assert.Contains(own.GetProperty("trace").EnumerateArray(), l => l.GetProperty("code").GetString() == "2.3");

        // Appraising during self-assessment is a workflow refusal; an appeal outside its window too; unknown appeal 404.
        await Json(await Send(site, HttpMethod.Put, $"/api/v1/periods/{year.PeriodId}/submissions/A/appraisals/2.3", year.Tokens["thu-ky"],
            new { input = "0.9", reason = "Điều tra 2026", expectedVersion = 0 }), HttpStatusCode.Conflict);
        await Json(await Send(site, HttpMethod.Post, $"/api/v1/periods/{year.PeriodId}/submissions/A/appeals", year.Tokens["lanh-dao-a"],
            new { items = new[] { new { leafCode = "1.3", requestedInput = "1", argument = "Có 4 tin bài" } } }), HttpStatusCode.Conflict);
        await Json(await Send(site, HttpMethod.Post, $"/api/v1/periods/{year.PeriodId}/submissions/A/appeals", year.Tokens["can-bo-b"],
            new { items = new[] { new { leafCode = "1.3", requestedInput = "1", argument = "x" } } }), HttpStatusCode.Forbidden);
        await Json(await Send(site, HttpMethod.Post, "/api/v1/appeals/9999/decision", year.Tokens["thu-ky"], new { accept = true, reason = "Hợp lệ" }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_browsers_cookie_writes_through_the_API_only_with_the_antiforgery_header_and_a_JSON_body()
    {
        var year = await new ApiTestYear(World).SetUpAsync();
        await using var site = await RunningSite.StartAsync(World.Database);
        await using var browser = await SiteSession.SignInAsync(site, "lanh-dao-a");
        var submission = $"/api/v1/periods/{year.PeriodId}/submissions/A";
        Task<HttpResponseMessage> Write(HttpMethod method, string path, HttpContent content, string? antiforgery = null)
        {
            var request = new HttpRequestMessage(method, path) { Content = content };
            if (antiforgery is not null) request.Headers.Add("RequestVerificationToken", antiforgery);
            return browser.Client.SendAsync(request);
        }
        async Task<JsonElement> Self12() => (await Json(await browser.GetAsync(submission), HttpStatusCode.OK)).GetProperty("leaves").EnumerateArray()
            .Single(l => l.GetProperty("code").GetString() == "1.2").GetProperty("self");

        // What another page of the same site could make the browser send: a form post (any encoding), or JSON without
        // the token. Refused before the use case; nothing saved, nothing submitted.
        var form = await Json(await Write(HttpMethod.Post, submission + "/submit", new FormUrlEncodedContent([])), HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("application/json", form.GetProperty("detail").GetString());
        await Json(await Write(HttpMethod.Post, submission + "/submit", new StringContent("{}", System.Text.Encoding.UTF8, "text/plain")), HttpStatusCode.UnsupportedMediaType);
        var forged = await Json(await Write(HttpMethod.Put, submission + "/scores/1.2", JsonContent.Create(new { input = "95%", expectedVersion = 0 })), HttpStatusCode.BadRequest);
        Assert.Contains("RequestVerificationToken", forged.GetProperty("detail").GetString());
        await Json(await Write(HttpMethod.Post, submission + "/submit", JsonContent.Create(new { }), "sai-ma"), HttpStatusCode.BadRequest);
        Assert.Equal(JsonValueKind.Null, (await Self12()).ValueKind);
        Assert.Equal("SelfAssessment", (await Json(await browser.GetAsync($"/api/v1/periods/{year.PeriodId}"), HttpStatusCode.OK)).GetProperty("period").GetProperty("state").GetString());

        // With the token of one of its pages, the browser's own script writes.
        var token = await browser.TokenAsync("/toi");
        await Json(await Write(HttpMethod.Put, submission + "/scores/1.2", JsonContent.Create(new { input = "95%", expectedVersion = 0 }), token), HttpStatusCode.OK);
        Assert.Equal(2m, (await Self12()).GetProperty("points").GetDecimal());

        // A script with a bearer token needs no antiforgery token, but sends JSON too.
        await Json(await Send(site, HttpMethod.Post, submission + "/submit", year.Tokens["lanh-dao-a"]), HttpStatusCode.UnsupportedMediaType);
        await Json(await Send(site, HttpMethod.Post, submission + "/submit", year.Tokens["lanh-dao-a"], new { }), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Without_a_valid_token_the_API_answers_401_and_revoked_or_expired_tokens_stop_working()
    {
        var year = await new ApiTestYear(World).SetUpAsync();
        await using var site = await RunningSite.StartAsync(World.Database);
        const string path = "/api/v1/periods";

        var none = await Json(await Send(site, HttpMethod.Get, path, null), HttpStatusCode.Unauthorized);
        Assert.Contains("Chưa xác thực", none.GetProperty("title").GetString());
        await Json(await Send(site, HttpMethod.Get, path, "pxi_khong-phai-ma-that"), HttpStatusCode.Unauthorized);
        await Json(await Send(site, HttpMethod.Get, path, year.Tokens["can-bo-b"]), HttpStatusCode.OK);

        var actor = await World.Run(db => new ParIndex.App.Features.Users.GetActorHandler(db).HandleAsync(new("can-bo-b")));
        var id = (await World.Run(db => new ListApiTokensHandler(db).HandleAsync(actor, new ListApiTokens()))).Single().Id;
        await World.Run(db => new RevokeApiTokenHandler(db, World.Clock).HandleAsync(actor, new RevokeApiToken(id)));
        await Json(await Send(site, HttpMethod.Get, path, year.Tokens["can-bo-b"]), HttpStatusCode.Unauthorized);

        // Time passes for A's token: it expired a minute ago.
        await Json(await Send(site, HttpMethod.Get, path, year.Tokens["can-bo-a"]), HttpStatusCode.OK);
        await World.Run(db => db.ApiTokens.Where(t => t.Name == "Kịch bản can-bo-a").ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, Moment.Of(DateTimeOffset.UtcNow.AddMinutes(-1)))));
        await Json(await Send(site, HttpMethod.Get, path, year.Tokens["can-bo-a"]), HttpStatusCode.Unauthorized);

        var stored = await World.Run(db => db.ApiTokens.AsNoTracking().ToListAsync());
        Assert.All(stored, t => Assert.Equal(64, t.Sha256.Length));
        Assert.DoesNotContain(stored, t => year.Tokens.Values.Contains(t.Sha256) || year.Tokens.Values.Contains(t.Prefix));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_API()
    {
        await using var site = await RunningSite.StartAsync(World.Database);
        var document = await Json(await site.Client.GetAsync("/openapi/v1.json"), HttpStatusCode.OK);
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/periods/{id}/submissions/{unit}/scores/{leaf}", out var save));
        Assert.True(save.TryGetProperty("put", out var put));
        Assert.True(put.GetProperty("responses").TryGetProperty("409", out _));
        Assert.True(paths.TryGetProperty("/api/v1/appeals/{id}/decision", out _));
        Assert.Equal("ParIndex API", document.GetProperty("info").GetProperty("title").GetString());
    }
}

public sealed class ApiTestsOnSqlite() : ApiTests(DatabaseProvider.Sqlite);

public sealed class ApiTestsOnPostgres() : ApiTests(DatabaseProvider.Postgres);
