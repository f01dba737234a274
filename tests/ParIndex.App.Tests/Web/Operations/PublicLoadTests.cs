using System.Net;
using System.Net.Http.Headers;
using ParIndex.App.Data;
using ParIndex.App.Features.Analysis;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Web.Operations;

/// <summary>
/// A crowd cannot make the server work for it: any header but a real sign-in is served from the public output cache,
/// and PDF prints beyond a short queue are refused with 503 and Retry-After instead of waiting in line for minutes.
/// </summary>
public abstract class PublicCacheTests(DatabaseProvider provider) : ProviderTest(provider)
{
    [Fact]
    public async Task A_bogus_authorization_header_is_served_from_the_public_cache_and_only_a_real_sign_in_bypasses_it()
    {
        await new YearScript(World).PublishAsync();
        await SiteSession.AddUserAsync(World, "thu-ky", Role.Secretariat);
        await using var site = await RunningSite.StartAsync(World.Database);
        foreach (var page in new[] { "/", $"/phan-tich/{World.PeriodId}", "/api/v1/public/periods" })
        {
            Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync(page)).StatusCode);              // stores the copy
            using var bogus = new HttpRequestMessage(HttpMethod.Get, page) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "x") } };
            var response = await site.Client.SendAsync(bogus);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.Age is not null, $"{page} with a bogus Authorization header was rendered again instead of served from the cache");
        }

        await using var signedIn = await SiteSession.SignInAsync(site, "thu-ky");
        var own = await signedIn.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Null(own.Headers.Age);                                                                      // personal: rendered for them
    }
}

public sealed class PublicCacheTestsOnSqlite() : PublicCacheTests(DatabaseProvider.Sqlite);

public sealed class PublicCacheTestsOnPostgres() : PublicCacheTests(DatabaseProvider.Postgres);

/// <summary>The print queue is per process: its tests run alone, so no other test's print takes a place in it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PrintQueueCollection
{
    public const string Name = "print queue";
}

public abstract class PrintQueueTests(DatabaseProvider provider) : ProviderTest(provider)
{
    [Fact]
    public async Task Prints_beyond_one_running_and_four_waiting_are_refused_at_once_and_the_page_answers_503_with_retry_after()
    {
        await new YearScript(World).PublishAsync();
        await SiteSession.AddUserAsync(World, "thu-ky", Role.Secretariat);
        await using var site = await RunningSite.StartAsync(World.Database);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu-ky");

        // One print runs and four wait (each Chromium start takes most of a second): the queue is full.
        var queued = Enumerable.Range(1, 1 + PdfPrinter.MaxWaiting)
            .Select(i => PdfPrinter.PrintAsync($"<!DOCTYPE html><html lang=\"vi\"><body><h1>Báo cáo {i}</h1></body></html>")).ToList();
        await Assert.ThrowsAsync<PrintQueueFullException>(() => PdfPrinter.PrintAsync("<p>một báo cáo nữa</p>"));
        var refused = await secretariat.GetAsync($"/phan-tich/{World.PeriodId}?handler=Report");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), refused.Headers.RetryAfter?.Delta);
        Assert.Contains("Hệ thống đang bận (503)", await SiteSession.TextAsync(refused));

        // Everyone admitted gets their PDF; then the queue has room again.
        Assert.All(await Task.WhenAll(queued), pdf => Assert.Equal("%PDF"u8.ToArray(), pdf[..4]));
        var printed = await secretariat.GetAsync($"/phan-tich/{World.PeriodId}?handler=Report");
        Assert.Equal(HttpStatusCode.OK, printed.StatusCode);
        Assert.Equal("application/pdf", printed.Content.Headers.ContentType?.MediaType);
    }
}

[Collection(PrintQueueCollection.Name)]
public sealed class PrintQueueTestsOnSqlite() : PrintQueueTests(DatabaseProvider.Sqlite);

[Collection(PrintQueueCollection.Name)]
public sealed class PrintQueueTestsOnPostgres() : PrintQueueTests(DatabaseProvider.Postgres);
