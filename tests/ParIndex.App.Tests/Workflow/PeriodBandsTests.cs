using ParIndex.App.Data;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Publishing;
using ParIndex.App.Files;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Tests.Workflow;

/// <summary>A period may classify with its own band list (e.g. the national A ≥ 90, B 80–&lt;90, C 70–&lt;80 groups).</summary>
public abstract class PeriodBandsTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private static readonly Band[] National = [new("A", 90), new("B", 80), new("C", 70), new("D", 0)];

    private Task<Period> Create(string name, IReadOnlyList<Band> bands) => World.Run(db => new CreatePeriodHandler(db, World.Clock)
        .HandleAsync(World.Secretariat, new CreatePeriod(2025, name, World.Deadlines, ["TEST-SO"], Bands: bands)));

    [Fact]
    public async Task Published_results_use_the_periods_bands()
    {
        World.PeriodId = (await Create("CCHC 2025 — nhóm A/B/C", National)).Id;
        await new YearScript(World).PublishAsync();

        var results = (await World.Run(db => new GetPublishedResultsHandler(db).HandleAsync(new GetPublishedResults(World.PeriodId, World.Group)))).Results;
        // D 89.00, A 87.00, B 83.00 → B; C 51.25 → D.
        Assert.Equal(["B", "B", "B", "D"], results.Units.Select(u => u.Band.Label));
        Assert.Equal([("A", 0), ("B", 3), ("C", 0), ("D", 1)], results.Statistics.Bands);
    }

    [Fact]
    public async Task A_bad_band_list_is_refused_with_every_problem()
    {
        var e = await Assert.ThrowsAsync<ImportException>(() => Create("CCHC 2025 — sai", [new("A", 90), new("A", 80)]));
        Assert.Contains(e.Problems, p => p.Message == "tên “A” được dùng cho 2 mức");
        Assert.Contains(e.Problems, p => p.Says.In(Language.En).StartsWith("no band starts at 0", StringComparison.Ordinal));
    }
}

public sealed class PeriodBandsTestsOnSqlite() : PeriodBandsTests(DatabaseProvider.Sqlite);

public sealed class PeriodBandsTestsOnPostgres() : PeriodBandsTests(DatabaseProvider.Postgres);
