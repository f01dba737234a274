using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;

namespace ParIndex.App.Audit;

/// <summary>
/// The hash chain of the audit log. Entries are sealed in the transaction that writes them, under a lock that
/// serialises all audited writes (PostgreSQL: a transaction-scoped advisory lock; SQLite: the immediate write
/// transaction), so the chain is a single line even with several web nodes.
/// </summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private const long LockKey = 0x5041_5249_4E44_4558; // "PARINDEX"

    /// <summary>Chains the audit entries added in this unit of work onto the last stored one.</summary>
    public static async Task SealAsync(AppDbContext db, CancellationToken ct)
    {
        var pending = db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (pending.Count == 0) return;
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockKey})", ct);
        var previous = await db.Audit.OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(ct) ?? Genesis;
        foreach (var entry in pending)
        {
            entry.PreviousHash = previous;
            entry.Hash = previous = HashOf(entry);
        }
    }

    /// <summary>The SHA-256 of an entry's content and its predecessor's hash; every field is length-prefixed.</summary>
    public static string HashOf(AuditEntry e)
    {
        var sb = new StringBuilder();
        foreach (var field in new[] { e.PreviousHash, e.At.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Actor, e.Action, e.Entity, e.EntityKey, e.OldValue, e.NewValue, e.Reason })
            sb.Append(field?.Length ?? -1).Append(':').Append(field).Append('|');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    /// <summary>Walks the chain in order; null when it is intact, otherwise the first entry that breaks it and how.</summary>
    public static async Task<AuditBreak?> VerifyAsync(AppDbContext db, CancellationToken ct)
    {
        var previous = Genesis;
        var count = 0;
        await foreach (var e in db.Audit.AsNoTracking().OrderBy(a => a.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            count++;
            if (e.PreviousHash != previous)
                return new AuditBreak(e.Id, count, "the entry does not follow the one before it (an entry was deleted, inserted or re-chained)");
            if (HashOf(e) != e.Hash)
                return new AuditBreak(e.Id, count, "the entry's content does not match its hash (it was edited)");
            previous = e.Hash;
        }
        return null;
    }

    public static async Task<string> HeadAsync(AppDbContext db, CancellationToken ct) =>
        await db.Audit.OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(ct) ?? Genesis;
}
