using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.App.Data;
using ParIndex.App.Features.Users;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Tests.Data;
using ParIndex.Web;

namespace ParIndex.App.Tests.Web.Operations;

/// <summary>The health endpoints a load balancer and a monitor use, and the request id on every response.</summary>
public abstract class HealthTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Ready_checks_the_database_and_the_evidence_store_without_sign_in_and_503_when_the_store_is_gone()
    {
        await using var site = await RunningSite.StartAsync(World.Database);

        var live = await site.Client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", (await JsonAsync(live)).GetProperty("status").GetString());

        var ready = await site.Client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("no-store", ready.Headers.CacheControl?.ToString());
        var body = await JsonAsync(ready);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        var database = body.GetProperty("checks").GetProperty("database");
        Assert.Equal("Healthy", database.GetProperty("status").GetString());
        Assert.Contains("1 period(s)", database.GetProperty("description").GetString());
        Assert.Equal("writable", body.GetProperty("checks").GetProperty("evidence").GetProperty("description").GetString());

        var root = site.Services.GetRequiredService<EvidenceStoreOptions>().Root;
        Directory.Delete(root, recursive: true);
        var gone = await site.Client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, gone.StatusCode);
        var unhealthy = await JsonAsync(gone);
        Assert.Equal("Unhealthy", unhealthy.GetProperty("status").GetString());
        Assert.Equal("Healthy", unhealthy.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        var evidence = unhealthy.GetProperty("checks").GetProperty("evidence");
        Assert.Equal("Unhealthy", evidence.GetProperty("status").GetString());
        Assert.Contains("does not exist", evidence.GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync("/health/live")).StatusCode);

        Directory.CreateDirectory(root);
        Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Health_is_not_rate_limited_and_every_response_names_its_request()
    {
        await using var site = await RunningSite.StartAsync(World.Database);
        var ids = new HashSet<string>();
        for (var i = 0; i < SignInThrottle.PermitsPerMinute + 10; i++)
        {
            var response = await site.Client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            ids.Add(Assert.Single(response.Headers.GetValues(RequestIds.Header)));
        }
        Assert.Equal(SignInThrottle.PermitsPerMinute + 10, ids.Count);

        foreach (var url in new[] { "/", "/dang-nhap", "/khong-co-trang-nay", "/toi" })
        {
            var response = await site.Client.GetAsync(url);
            Assert.False(string.IsNullOrWhiteSpace(Assert.Single(response.Headers.GetValues(RequestIds.Header))), url);
        }
    }
}

public sealed class HealthTestsOnSqlite() : HealthTests(DatabaseProvider.Sqlite);

public sealed class HealthTestsOnPostgres() : HealthTests(DatabaseProvider.Postgres);
