using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ParIndex.LoadBench;

/// <summary>
/// <c>--experiment sqlite-gate</c>: what an in-process first-come-first-served queue in front of SQLite's write
/// transaction would do. Every transaction waits asynchronously for one shared gate before <c>BEGIN IMMEDIATE</c> and
/// releases it when it commits, rolls back, fails or its connection closes, so no writer ever meets SQLITE_BUSY and
/// Microsoft.Data.Sqlite's 150 ms sleep-and-retry loop. Added through EF Core interceptors; the use cases are unchanged.
/// </summary>
internal sealed class WriteGate : DbTransactionInterceptor
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<object, bool> _holders = new();

    public WriteGate() => Connections = new ConnectionEnd(this);

    public DbConnectionInterceptor Connections { get; }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        _holders[eventData.Context ?? (object)connection] = true;
        return result;
    }

    public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        _gate.Wait();
        _holders[eventData.Context ?? (object)connection] = true;
        return result;
    }

    /// <summary>Holders are keyed by their DbContext: a SqliteTransaction forgets its connection once it completes.</summary>
    private void Release(object? holder)
    {
        if (holder is not null && _holders.TryRemove(holder, out _)) _gate.Release();
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Release(eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        Release(eventData.Context);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken ct = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) =>
        Release(eventData.Context);

    /// <summary>A transaction disposed without commit or rollback (a use case that threw) ends when its connection closes.</summary>
    private sealed class ConnectionEnd(WriteGate owner) : DbConnectionInterceptor
    {
        public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
        {
            owner.Release(eventData.Context ?? (object)connection);
            return Task.CompletedTask;
        }

        public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => owner.Release(eventData.Context ?? (object)connection);
    }
}
