using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Workflow;

/// <summary>Two editors saving the same sub-criterion: the second gets a conflict with the current value; nothing is lost.</summary>
public abstract class ConcurrencyTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private const int Writers = 50;

    private async Task OpenSelfAssessment()
    {
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(World.PeriodId)));
        World.Clock.Now = World.On(2, 1);
    }

    private Task<SavedScore> Save(string input, int version) =>
        World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor("A"), new SaveScore(World.PeriodId, "A", "1.3", input, version)));

    [Fact]
    public async Task Fifty_parallel_saves_of_one_version_one_wins_the_rest_conflict()
    {
        await OpenSelfAssessment();
        var inputs = Enumerable.Range(0, Writers).Select(i => (i % 5 * 0.25m).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var outcomes = await Task.WhenAll(inputs.Select(async input =>
        {
            try { return (Won: true, Version: (await Save(input, 0)).Version); }
            catch (ConflictException c) { return (Won: false, Version: c.CurrentVersion); }
        }));

        Assert.Equal(1, outcomes.Count(o => o.Won));
        Assert.Equal(1, outcomes.Single(o => o.Won).Version);
        await World.Run(async db => Assert.Equal(1, await db.Scores.CountAsync(s => s.LeafCode == "1.3")));
    }

    [Fact]
    public async Task Fifty_writers_retrying_on_conflict_each_land_exactly_one_version()
    {
        await OpenSelfAssessment();
        var conflicts = 0;
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(async writer =>
        {
            var version = 0;
            var input = (writer % 5 * 0.25m).ToString(System.Globalization.CultureInfo.InvariantCulture);
            while (true)
            {
                try
                {
                    await Save(input, version);
                    return;
                }
                catch (ConflictException c)
                {
                    Interlocked.Increment(ref conflicts);
                    version = c.CurrentVersion;
                }
            }
        }));

        await World.Run(async db =>
        {
            var versions = await db.Scores.Where(s => s.LeafCode == "1.3").Select(s => s.Version).OrderBy(v => v).ToListAsync();
            Assert.Equal(Enumerable.Range(1, Writers), versions);
        });
        Assert.True(conflicts > 0, "50 concurrent writers should have met at least one conflict");
    }

    [Fact]
    public async Task A_conflict_carries_the_value_now_stored()
    {
        await OpenSelfAssessment();
        await Save("0.5", 0);
        var conflict = await Assert.ThrowsAsync<ConflictException>(() => Save("1", 0));
        Assert.Equal(1, conflict.CurrentVersion);
        Assert.Equal("0.5", conflict.CurrentValue);
    }
}

public sealed class ConcurrencyTestsOnSqlite() : ConcurrencyTests(DatabaseProvider.Sqlite);

public sealed class ConcurrencyTestsOnPostgres() : ConcurrencyTests(DatabaseProvider.Postgres);
