using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Telemetry;

namespace ParIndex.App.Data;

/// <summary>
/// Runs a use case's changes as one transaction: all of it is saved, with its audit entries chained, or none of it.
/// On failure the context forgets the half-made changes so the next use case starts clean. On SQLite the transaction
/// first waits its turn at the <see cref="SqliteWriteGate"/>. The commit waits for the disk unless the change is a
/// <see cref="Durability.Draft"/> on SQLite.
/// </summary>
public static class UnitOfWork
{
    public static Task<T> WriteAsync<T>(this AppDbContext db, Func<Task<T>> work, CancellationToken ct) =>
        db.WriteAsync(work, Durability.Durable, ct);

    public static async Task<T> WriteAsync<T>(this AppDbContext db, Func<Task<T>> work, Durability durability, CancellationToken ct)
    {
        using var turn = await SqliteWriteGate.EnterAsync(db, ct);
        // One physical connection for the setting and the transaction: SQLite refuses to change it inside one.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (db.Database.IsSqlite())
                await db.Database.ExecuteSqlRawAsync(durability == Durability.Draft ? "PRAGMA synchronous=NORMAL" : "PRAGMA synchronous=FULL", ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await work();
            await AuditChain.SealAsync(db, ct);
            var saves = db.ChangeTracker.Entries<ScoreEntry>().Where(e => e.State == EntityState.Added)
                .GroupBy(e => e.Entity.Stage).Select(g => (Stage: g.Key, Count: g.Count())).ToList();
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            foreach (var (stage, count) in saves) AppMetrics.Saved(stage.ToString(), count);
            return result;
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public static Task WriteAsync(this AppDbContext db, Func<Task> work, CancellationToken ct) =>
        db.WriteAsync(async () => { await work(); return true; }, ct);
}
