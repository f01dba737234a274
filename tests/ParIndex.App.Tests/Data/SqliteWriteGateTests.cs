using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;

namespace ParIndex.App.Tests.Data;

/// <summary>
/// SQLite writers queue in process, first come first served, instead of meeting SQLITE_BUSY and its 150 ms sleeps;
/// the file is in write-ahead-logging mode once prepared. PostgreSQL queues writers itself and gets no gate.
/// </summary>
public sealed class SqliteWriteGateTests
{
    [Fact]
    public async Task A_prepared_SQLite_file_logs_ahead_and_keeps_full_synchronous_writes()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.Open();
        await db.Database.OpenConnectionAsync();
        Assert.Equal("wal", await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToAsyncEnumerable().SingleAsync());
        Assert.Equal(2L, await db.Database.SqlQueryRaw<long>("PRAGMA synchronous").ToAsyncEnumerable().SingleAsync());
    }

    [Fact]
    public async Task Writers_of_one_database_take_turns_in_arrival_order_and_other_databases_do_not_wait()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var other = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db1 = database.Open();
        await using var db2 = database.Open();
        await using var db3 = database.Open();
        await using var elsewhere = other.Open();

        var first = await SqliteWriteGate.EnterAsync(db1, CancellationToken.None);
        var second = SqliteWriteGate.EnterAsync(db2, CancellationToken.None).AsTask();
        var third = SqliteWriteGate.EnterAsync(db3, CancellationToken.None).AsTask();
        var independent = SqliteWriteGate.EnterAsync(elsewhere, CancellationToken.None).AsTask();

        Assert.True(independent.IsCompletedSuccessfully);
        Assert.False(second.IsCompleted);
        Assert.False(third.IsCompleted);
        first!.Dispose();
        first.Dispose();
        var secondTurn = await second;
        Assert.False(third.IsCompleted);
        secondTurn!.Dispose();
        (await third)!.Dispose();
        (await independent)!.Dispose();
    }

    [Fact]
    public async Task A_writer_waiting_for_its_turn_can_give_up()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db1 = database.Open();
        await using var db2 = database.Open();
        using var turn = await SqliteWriteGate.EnterAsync(db1, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = SqliteWriteGate.EnterAsync(db2, cancel.Token).AsTask();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public async Task PostgreSQL_gets_no_gate()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var db = database.Open();
        Assert.Null(await SqliteWriteGate.EnterAsync(db, CancellationToken.None));
    }
}
