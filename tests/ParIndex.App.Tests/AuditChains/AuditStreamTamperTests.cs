using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.AuditChains;

/// <summary>
/// Edits made directly in the database to one unit's stream or to the seals, behind the application's back, are found
/// by <c>audit verify</c> (decision 010): edit, delete, reorder and truncate, in a sub-chain and in the seals.
/// </summary>
public abstract class AuditStreamTamperTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private Task<AuditBreak?> Verify() => World.Run(db => AuditChain.VerifyAsync(db, CancellationToken.None));

    /// <summary>A published year, then unit A's stream (period/A) in order.</summary>
    private async Task<List<AuditEntry>> StreamOfA()
    {
        await new YearScript(World).PublishAsync();
        Assert.Null(await Verify());
        var stream = $"{World.PeriodId}/A";
        var entries = await World.Run(db => db.Audit.Where(a => a.Stream == stream).OrderBy(a => a.Sequence).ToListAsync());
        Assert.True(entries.Count >= 5, $"unit A's stream has {entries.Count} entries");
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Sequence));
        return entries;
    }

    private Task Sql(FormattableString sql) => World.Run(db => db.Database.ExecuteSqlAsync(sql));

    [Fact]
    public async Task Editing_an_entry_of_a_units_stream_is_reported_at_that_entry()
    {
        var a = await StreamOfA();
        var victim = a[2];
        await Sql($"UPDATE \"Audit\" SET \"NewValue\" = 'sửa trực tiếp' WHERE \"Id\" = {victim.Id}");

        var broken = await Verify();
        Assert.Equal(($"{World.PeriodId}/A", victim.Id, 3L), (broken!.Stream, broken.EntryId, broken.Position));
        Assert.Contains("does not match its hash (it was edited)", broken.Problem);
    }

    [Fact]
    public async Task Deleting_an_entry_of_a_units_stream_is_reported_at_the_next_one()
    {
        var a = await StreamOfA();
        await Sql($"DELETE FROM \"Audit\" WHERE \"Id\" = {a[1].Id}");

        var broken = await Verify();
        Assert.Equal(($"{World.PeriodId}/A", a[2].Id, 3L), (broken!.Stream, broken.EntryId, broken.Position));
        Assert.Contains("numbered 3 where 2 should be", broken.Problem);
    }

    [Fact]
    public async Task Swapping_two_entries_of_a_units_stream_is_reported()
    {
        var a = await StreamOfA();
        await Sql($"UPDATE \"Audit\" SET \"Sequence\" = -1 WHERE \"Id\" = {a[1].Id}");
        await Sql($"UPDATE \"Audit\" SET \"Sequence\" = 2 WHERE \"Id\" = {a[2].Id}");
        await Sql($"UPDATE \"Audit\" SET \"Sequence\" = 3 WHERE \"Id\" = {a[1].Id}");

        var broken = await Verify();
        Assert.Equal(($"{World.PeriodId}/A", a[2].Id, 2L), (broken!.Stream, broken.EntryId, broken.Position));
        Assert.Contains("does not follow the one before it", broken.Problem);
    }

    [Fact]
    public async Task Cutting_the_end_off_a_units_stream_is_reported()
    {
        var a = await StreamOfA();
        await Sql($"DELETE FROM \"Audit\" WHERE \"Id\" = {a[^1].Id}");

        var broken = await Verify();
        Assert.Equal(($"{World.PeriodId}/A", a[^2].Id, (long)a.Count - 1), (broken!.Stream, broken.EntryId, broken.Position));
        Assert.Contains($"the stream ends at {a.Count - 1} but seal", broken.Problem);
        Assert.Contains($"recorded it up to {a.Count} (entries were removed from its end)", broken.Problem);
    }

    [Fact]
    public async Task Removing_a_whole_stream_is_reported()
    {
        await StreamOfA();
        var stream = $"{World.PeriodId}/A";
        await Sql($"DELETE FROM \"Audit\" WHERE \"Stream\" = {stream}");

        var broken = await Verify();
        Assert.Equal(stream, broken!.Stream);
        Assert.Contains("the stream has no entries but seal", broken.Problem);
    }

    [Fact]
    public async Task Rewriting_a_stream_with_fresh_hashes_is_caught_by_its_seal()
    {
        var a = await StreamOfA();
        // Rewrite the last entry and recompute its hash: the stream chain alone is consistent again.
        var last = a[^1];
        last.NewValue = "giá trị giả";
        var forged = AuditChain.HashOf(last);
        await Sql($"UPDATE \"Audit\" SET \"NewValue\" = 'giá trị giả', \"Hash\" = {forged} WHERE \"Id\" = {last.Id}");

        var broken = await Verify();
        Assert.Equal((last.Id, (long)a.Count), (broken!.EntryId, broken.Position));
        Assert.Contains("is not the one seal", broken.Problem);
    }

    private async Task<List<AuditSeal>> Seals()
    {
        await StreamOfA();
        var seals = await World.Run(db => db.AuditSeals.OrderBy(s => s.Id).ToListAsync());
        Assert.True(seals.Count >= 3, $"{seals.Count} seals");
        Assert.Empty(await World.Run(db => db.AuditPending.ToListAsync()));
        return seals;
    }

    [Fact]
    public async Task Editing_a_seal_is_reported_at_that_seal()
    {
        var seals = await Seals();
        var victim = seals[1];
        await Sql($"UPDATE \"AuditSeals\" SET \"Heads\" = \"Heads\" || ' ' WHERE \"Id\" = {victim.Id}");

        var broken = await Verify();
        Assert.Equal((AuditBreak.Seals, victim.Id, 2L), (broken!.Stream, broken.EntryId, broken.Position));
        Assert.Contains("does not match its hash (it was edited)", broken.Problem);
    }

    [Fact]
    public async Task Deleting_a_seal_is_reported_at_the_next_one()
    {
        var seals = await Seals();
        await Sql($"DELETE FROM \"AuditSeals\" WHERE \"Id\" = {seals[1].Id}");

        var broken = await Verify();
        Assert.Equal((AuditBreak.Seals, seals[2].Id, 2L), (broken!.Stream, broken.EntryId, broken.Position));
        Assert.Contains("does not follow the one before it", broken.Problem);
    }

    [Fact]
    public async Task Swapping_two_seals_is_reported()
    {
        var seals = await Seals();
        var (first, second) = (seals[1], seals[2]);
        // Through a placeholder: the unique index on the previous hash refuses two seals sharing one even for a moment.
        await Sql($"UPDATE \"AuditSeals\" SET \"Heads\" = {second.Heads}, \"PreviousHash\" = 'placeholder', \"Hash\" = {second.Hash}, \"At\" = {second.At} WHERE \"Id\" = {first.Id}");
        await Sql($"UPDATE \"AuditSeals\" SET \"Heads\" = {first.Heads}, \"PreviousHash\" = {first.PreviousHash}, \"Hash\" = {first.Hash}, \"At\" = {first.At} WHERE \"Id\" = {second.Id}");
        await Sql($"UPDATE \"AuditSeals\" SET \"PreviousHash\" = {second.PreviousHash} WHERE \"Id\" = {first.Id}");

        var broken = await Verify();
        Assert.Equal((AuditBreak.Seals, first.Id, 2L), (broken!.Stream, broken.EntryId, broken.Position));
        Assert.Contains("does not follow the one before it", broken.Problem);
    }

    [Fact]
    public async Task Cutting_off_the_last_seal_while_its_entries_remain_is_reported()
    {
        var seals = await Seals();
        await Sql($"DELETE FROM \"AuditSeals\" WHERE \"Id\" = {seals[^1].Id}");

        var broken = await Verify();
        Assert.NotNull(broken);
        Assert.Contains("are in no seal and not pending (a seal was removed)", broken!.Problem);
    }
}

public sealed class AuditStreamTamperTestsOnSqlite() : AuditStreamTamperTests(DatabaseProvider.Sqlite);

public sealed class AuditStreamTamperTestsOnPostgres() : AuditStreamTamperTests(DatabaseProvider.Postgres);
