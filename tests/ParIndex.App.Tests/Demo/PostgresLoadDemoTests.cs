using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Compute;
using ParIndex.App.Features.Demo;
using ParIndex.App.Features.Publishing;
using ParIndex.Domain.Workflow;
using Xunit.Abstractions;

namespace ParIndex.App.Tests.Demo;

/// <summary>The same load on PostgreSQL: the periods at their stages with work for every account, the verified results, the audit chain and a refused second load.</summary>
public sealed class PostgresLoadDemoTests(PostgresDemoDatabase demo, ITestOutputHelper output) : IClassFixture<PostgresDemoDatabase>
{
    [Fact]
    public async Task The_demo_loads_on_PostgreSQL_and_verifies()
    {
        output.WriteLine($"Demo load on PostgreSQL: {demo.LoadTime.TotalSeconds:0.0} s");
        await using var db = demo.Open();
        await DemoStages.AssertAsync(demo);
        await DemoStages.AssertEveryAccountHasWorkAsync(demo);
        foreach (var period in demo.Loaded.PeriodIds.Take(2))
            Assert.All(await new VerifyResultsHandler(db).HandleAsync(demo.Operator, new VerifyResults(period)), g => Assert.True(g.Ok, g.Problem));
        Assert.Null(await AuditChain.VerifyAsync(db, CancellationToken.None));

        var expected = ComputeResults.Run(new ComputeRequest(Path.Combine(DemoDatabase.Samples, "frameworks", "so-nganh.json"),
            Path.Combine(DemoDatabase.Samples, "tinh-mau", "scores-so-2025.csv"), Path.Combine(DemoDatabase.Samples, "tinh-mau", "units-so-2025.csv")));
        var published = (await new GetPublishedResultsHandler(db).HandleAsync(new GetPublishedResults(demo.Loaded.PeriodIds[1], "Sở, ban, ngành"))).Results;
        Assert.Equal(expected.Units.Where(u => u.Unit.Code != "SGDDT").Select(u => (u.Unit.Code, u.PublishedIndex, u.Rank)),
            published.Units.Where(u => u.Unit.Code != "SGDDT").Select(u => (u.Unit.Code, u.PublishedIndex, u.Rank)));

        var entries = await db.Audit.CountAsync();
        await Assert.ThrowsAsync<WorkflowException>(() => demo.Handler().HandleAsync(demo.Operator, new LoadDemo(DemoDatabase.Samples)));
        Assert.Equal(entries, await db.Audit.CountAsync());
    }
}
