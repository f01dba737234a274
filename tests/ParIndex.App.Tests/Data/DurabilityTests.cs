using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;

namespace ParIndex.App.Tests.Data;

/// <summary>
/// On SQLite a draft commits without waiting for the disk, everything else waits for it, and a pooled connection that
/// last carried a draft is made durable again for the next write. PostgreSQL waits for the disk for both.
/// </summary>
public abstract class DurabilityTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private readonly DatabaseProvider _provider = provider;

    [Fact]
    public async Task A_draft_commits_without_waiting_for_the_disk_and_the_next_write_waits_again()
    {
        await using var db = World.Open();
        Assert.Equal(DraftSetting, await db.WriteAsync(() => SettingAsync(db), Durability.Draft, CancellationToken.None));
        Assert.Equal(DurableSetting, await db.WriteAsync(() => SettingAsync(db), CancellationToken.None));
        Assert.Equal(DraftSetting, await db.WriteAsync(() => SettingAsync(db), Durability.Draft, CancellationToken.None));
        Assert.Equal(DurableSetting, await db.WriteAsync(() => SettingAsync(db), Durability.Durable, CancellationToken.None));
    }

    [Fact]
    public async Task A_draft_is_still_one_transaction_that_rolls_back_whole()
    {
        await using var db = World.Open();
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.WriteAsync<bool>(async () =>
        {
            db.Units.Add(new Unit { Code = "NHAP", Name = "Đơn vị viết dở", Group = "so" });
            await db.SaveChangesAsync();
            throw new InvalidOperationException("refused after a write");
        }, Durability.Draft, CancellationToken.None));
        await using var fresh = World.Open();
        Assert.False(await fresh.Units.AnyAsync(u => u.Code == "NHAP"));
        Assert.True(await fresh.Units.AnyAsync());
    }

    [Theory]
    [InlineData(ScoreStage.SelfAssessed, Durability.Draft)]
    [InlineData(ScoreStage.Appraised, Durability.Draft)]
    [InlineData(ScoreStage.Appeal, Durability.Durable)]
    [InlineData(ScoreStage.Final, Durability.Durable)]
    public void Only_inputs_people_are_still_typing_are_drafts(ScoreStage stage, Durability expected) =>
        Assert.Equal(expected, ScoreLedger.DurabilityOf(stage));

    private string DraftSetting => _provider == DatabaseProvider.Sqlite ? "1" : "on";

    private string DurableSetting => _provider == DatabaseProvider.Sqlite ? "2" : "on";

    /// <summary>SQLite's <c>synchronous</c> (1 NORMAL, 2 FULL) or PostgreSQL's <c>synchronous_commit</c>, as the transaction sees it.</summary>
    private async Task<string> SettingAsync(AppDbContext db) => _provider == DatabaseProvider.Sqlite
        ? (await db.Database.SqlQueryRaw<long>("PRAGMA synchronous").ToAsyncEnumerable().SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture)
        : await db.Database.SqlQueryRaw<string>("SHOW synchronous_commit").ToAsyncEnumerable().SingleAsync();
}

public sealed class DurabilityTestsOnSqlite() : DurabilityTests(DatabaseProvider.Sqlite);

public sealed class DurabilityTestsOnPostgres() : DurabilityTests(DatabaseProvider.Postgres);
