using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace ParIndex.App.Data;

/// <summary>
/// A first-come-first-served queue in front of SQLite's write transaction, one per database in this process. SQLite
/// lets one writer in at a time; a writer that finds the lock taken gets SQLITE_BUSY and Microsoft.Data.Sqlite sleeps
/// 150 ms before trying again, so under load a few unlucky saves lose again and again (p99 of seconds, see
/// bench/README.md). Waiting here instead, in arrival order, makes the wait as long as the writes ahead and no
/// longer. PostgreSQL needs no gate: it queues writers itself.
/// </summary>
public static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new();

    /// <summary>Waits for this database's turn; dispose the result to let the next writer in. Null on PostgreSQL.</summary>
    public static async ValueTask<IDisposable?> EnterAsync(AppDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite()) return null;
        var gate = Gates.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return new Turn(gate);
    }

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }
}
