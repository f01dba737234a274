using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Publishing;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Workflow;

/// <summary>
/// Two people publish the same period at once (two web nodes, or the web and the command line): the one who commits
/// second is refused cleanly, with nothing written, and the period is published once.
/// </summary>
public abstract class ConcurrentPublicationTests(DatabaseProvider provider) : ProviderTest(provider)
{
    [Fact]
    public async Task The_second_of_two_publications_of_one_period_is_refused_as_a_workflow_step_and_writes_nothing()
    {
        await new YearScript(World).FinaliseAsync();

        // The first publisher reads the period (in finalisation); before it writes, the second publishes completely.
        IReadOnlyList<PublishedGroup>? other = null;
        var interleaving = new InterleavingClock(World.Clock, () =>
            other = World.Run(db => new PublishResultsHandler(db, World.Clock).HandleAsync(World.Secretariat, new PublishResults(World.PeriodId))).GetAwaiter().GetResult());
        var before = await Counts();

        var refused = await Assert.ThrowsAsync<WorkflowException>(() =>
            World.Run(db => new PublishResultsHandler(db, interleaving).HandleAsync(World.Council, new PublishResults(World.PeriodId))));

        Assert.Contains("vừa được người khác công bố hoặc thay đổi", refused.Message);
        Assert.Contains("was just published or changed by someone else", refused.Says.In(Language.En));
        Assert.Equal(Assert.Single(other!).Sha256, (await World.Run(db => db.Publications.SingleAsync())).Sha256);
        var after = await Counts();
        Assert.Equal(before.Publications + 1, after.Publications);
        Assert.Equal(before.Scores + 6 * 4, after.Scores); // one final entry for each of 6 leaves of 4 units: the second wrote none
        Assert.Equal(PeriodState.Published, await World.Run(db => db.Periods.Where(p => p.Id == World.PeriodId).Select(p => p.State).SingleAsync()));
        Assert.Null(await World.Run(db => AuditChain.VerifyAsync(db, CancellationToken.None)));
    }

    private Task<(int Publications, int Scores)> Counts() =>
        World.Run(async db => (await db.Publications.CountAsync(), await db.Scores.CountAsync()));

    /// <summary>The time the first publisher reads after loading the period: the moment the other one publishes.</summary>
    private sealed class InterleavingClock(TimeProvider inner, Action atFirstRead) : TimeProvider
    {
        private int _reads;

        public override DateTimeOffset GetUtcNow()
        {
            if (Interlocked.Increment(ref _reads) == 1) Task.Run(atFirstRead).GetAwaiter().GetResult();
            return inner.GetUtcNow();
        }
    }
}

public sealed class ConcurrentPublicationTestsOnSqlite() : ConcurrentPublicationTests(DatabaseProvider.Sqlite);

public sealed class ConcurrentPublicationTestsOnPostgres() : ConcurrentPublicationTests(DatabaseProvider.Postgres);
