using ParIndex.App.Data;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Publishing;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Web;

/// <summary>
/// Two web nodes on one database: a publication, a withdrawal (reopening) and a publication again, made outside both
/// nodes as the command line makes them, are served by both at once, pages and public API alike, while unchanged
/// pages still come from the cache.
/// </summary>
public abstract class PublicationFreshnessTests(DatabaseProvider provider) : ProviderTest(provider)
{
    [Fact]
    public async Task Every_node_serves_a_publication_and_its_withdrawal_from_the_commit_on()
    {
        await new YearScript(World).FinaliseAsync();
        await using var a = await RunningSite.StartAsync(World.Database);
        await using var b = await RunningSite.StartAsync(World.Database);

        foreach (var node in new[] { a, b })
        {
            await ExpectNothingPublished(node);
            var again = await node.Client.GetAsync("/api/v1/public/periods");
            Assert.True(again.Headers.Age is not null, "an unchanged public answer comes from the output cache");
        }

        var published = await World.Run(db => new PublishResultsHandler(db, World.Clock).HandleAsync(World.Council, new PublishResults(World.PeriodId)));
        foreach (var node in new[] { b, a })
        {
            var periods = await node.Client.GetAsync("/api/v1/public/periods");
            Assert.Null(periods.Headers.Age);
            Assert.Contains(published[0].Sha256, await periods.Content.ReadAsStringAsync());
            var home = await node.Client.GetStringAsync("/");
            Assert.Contains("Chỉ số cải cách hành chính năm 2025 — khối Sở, ban, ngành", home);
            Assert.Contains(published[0].Sha256, home);
        }

        await World.Run(db => new ReopenPeriodHandler(db, World.Clock).HandleAsync(World.Admin, new ReopenPeriod(World.PeriodId, "Sai sót số liệu đơn vị C")));
        foreach (var node in new[] { a, b }) await ExpectNothingPublished(node);

        var republished = await World.Run(db => new PublishResultsHandler(db, World.Clock).HandleAsync(World.Council, new PublishResults(World.PeriodId)));
        foreach (var node in new[] { b, a })
            Assert.Contains(republished[0].Sha256, await node.Client.GetStringAsync("/api/v1/public/periods"));
    }

    private static async Task ExpectNothingPublished(RunningSite node)
    {
        Assert.Equal("[]", await node.Client.GetStringAsync("/api/v1/public/periods"));
        Assert.Contains("Chưa có kết quả nào được công bố", await node.Client.GetStringAsync("/"));
    }
}

public sealed class PublicationFreshnessTestsOnSqlite() : PublicationFreshnessTests(DatabaseProvider.Sqlite);

public sealed class PublicationFreshnessTestsOnPostgres() : PublicationFreshnessTests(DatabaseProvider.Postgres);
