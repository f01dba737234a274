using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.AuditChains;

/// <summary>
/// On PostgreSQL, writers of different units' streams do not wait for each other (decision 010): while one unit's
/// transaction holds its stream and the seal, another unit's write commits, leaving its head pending; the next seal takes
/// it in, and the log verifies at every step.
/// </summary>
public sealed class AuditConcurrencyTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private static readonly Actor Someone = Actor.Of("u-1", "Cán bộ", 1, ParIndex.Domain.Workflow.Role.UnitEditor);
    private static readonly DateTimeOffset Now = new(2025, 2, 1, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task A_write_to_another_units_stream_commits_while_a_first_writer_holds_its_stream_and_the_seal()
    {
        await using var first = _database.Open();
        await first.Database.OpenConnectionAsync();
        await using var open = await first.Database.BeginTransactionAsync();
        AuditLog.Record(first, Someone, Now, "score.self", "Score", "7/A/1.1", null, "1");
        await AuditChain.SealAsync(first, CancellationToken.None);   // holds stream 7/A's lock and the seal lock
        await first.SaveChangesAsync();

        // Unit B's save, on its own connection, while the first transaction is still open.
        await using (var second = _database.Open())
        {
            var save = second.WriteAsync(() => { AuditLog.Record(second, Someone, Now, "score.self", "Score", "7/B/1.1", null, "2"); return Task.CompletedTask; }, CancellationToken.None);
            var finished = await Task.WhenAny(save, Task.Delay(TimeSpan.FromSeconds(20)));
            Assert.True(finished == save, "the write to unit B waited for unit A's open transaction");
            await save;
        }
        await using (var db = _database.Open())
        {
            var pending = Assert.Single(await db.AuditPending.ToListAsync());
            Assert.Equal(("7/B", 1L), (pending.Stream, pending.Sequence));
            Assert.Null(await AuditChain.VerifyAsync(db, CancellationToken.None)); // the first transaction is not visible yet
        }

        await open.CommitAsync();
        await using (var db = _database.Open())
        {
            Assert.Null(await AuditChain.VerifyAsync(db, CancellationToken.None));
            Assert.Equal(1, await AuditSeals.SealPendingAsync(db, wait: false, CancellationToken.None));
            Assert.Empty(await db.AuditPending.ToListAsync());
            Assert.Null(await AuditChain.VerifyAsync(db, CancellationToken.None));
            var heads = (await db.AuditSeals.OrderBy(s => s.Id).Select(s => s.Heads).ToListAsync()).Select(AuditSeals.ReadHeads).ToList();
            Assert.Equal(new[] { new[] { "7/A" }, new[] { "7/B" } }, heads.Select(h => h.Select(x => x.Stream).ToArray()));
        }
    }

    [Fact]
    public async Task Deleting_a_pending_mark_while_its_entries_remain_is_reported()
    {
        await using var first = _database.Open();
        await first.Database.OpenConnectionAsync();
        await using (await first.Database.BeginTransactionAsync())
        {
            AuditLog.Record(first, Someone, Now, "score.self", "Score", "7/A/1.1", null, "1");
            await AuditChain.SealAsync(first, CancellationToken.None);
            await using var second = _database.Open();
            await second.WriteAsync(() => { AuditLog.Record(second, Someone, Now, "score.self", "Score", "7/B/1.1", null, "2"); return Task.CompletedTask; }, CancellationToken.None);
        }
        await using var db = _database.Open();
        Assert.Null(await AuditChain.VerifyAsync(db, CancellationToken.None));
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditPending\"");

        var broken = await AuditChain.VerifyAsync(db, CancellationToken.None);
        Assert.Equal(("7/B", 1L), (broken!.Stream, broken.Position));
        Assert.Contains("entries 1–1 are in no seal and not pending", broken.Problem);
    }
}
