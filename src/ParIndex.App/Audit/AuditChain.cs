using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;

namespace ParIndex.App.Audit;

/// <summary>
/// The hash chains of the audit log (decision 010). A unit of work's entries join one stream
/// (<see cref="AuditStreams"/>): under that stream's lock (PostgreSQL: a transaction-scoped advisory lock; SQLite: the
/// single write transaction) they are numbered and chained onto the stream's last entry, and the stream's new head is
/// sealed (<see cref="AuditSeals"/>). Writers of different streams never wait for each other.
/// </summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Chains the audit entries added in this unit of work onto their stream and seals the stream's new head.</summary>
    public static async Task SealAsync(AppDbContext db, CancellationToken ct)
    {
        var pending = db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (pending.Count == 0) return;
        var stream = AuditStreams.Of(pending);
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [LockKeyOf(stream)], ct);
        var head = await db.Audit.Where(a => a.Stream == stream).OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(ct);
        var (sequence, previous) = head is null ? (0L, Genesis) : (head.Sequence, head.Hash);
        foreach (var entry in pending)
        {
            entry.Stream = stream;
            entry.Sequence = ++sequence;
            entry.Format = 2;
            entry.PreviousHash = previous;
            entry.Hash = previous = HashOf(entry);
        }
        await AuditSeals.SealOrMarkAsync(db, new StreamHead(stream, sequence, previous), pending[^1].At, ct);
    }

    /// <summary>
    /// The SHA-256 of an entry: its predecessor's hash, its stream and place (format 2) and every field, each
    /// length-prefixed. Format 1, the single chain before decision 010, has no stream or place.
    /// </summary>
    public static string HashOf(AuditEntry e)
    {
        var at = e.At.UtcTicks.ToString(CultureInfo.InvariantCulture);
        string?[] fields = e.Format == 1
            ? [e.PreviousHash, at, e.Actor, e.Action, e.Entity, e.EntityKey, e.OldValue, e.NewValue, e.Reason]
            : ["2", e.PreviousHash, e.Stream, e.Sequence.ToString(CultureInfo.InvariantCulture), at, e.Actor, e.Action, e.Entity, e.EntityKey, e.OldValue, e.NewValue, e.Reason];
        return Hash(fields);
    }

    internal static string Hash(IEnumerable<string?> fields)
    {
        var sb = new StringBuilder();
        foreach (var field in fields)
            sb.Append(field?.Length ?? -1).Append(':').Append(field).Append('|');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    /// <summary>Checks every stream and the seals in one snapshot; null when intact, otherwise the first break and how.</summary>
    public static Task<AuditBreak?> VerifyAsync(AppDbContext db, CancellationToken ct) => AuditVerification.RunAsync(db, ct);

    /// <summary>
    /// The log's head: the hash of the last seal, which covers every stream up to it (before the first seal, the hash of
    /// the last entry of the single chain of earlier versions).
    /// </summary>
    public static async Task<string> HeadAsync(AppDbContext db, CancellationToken ct) =>
        await db.AuditSeals.OrderByDescending(s => s.Id).Select(s => s.Hash).FirstOrDefaultAsync(ct)
        ?? await db.Audit.OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(ct)
        ?? Genesis;

    private static long LockKeyOf(string stream) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("parindex-audit-stream:" + stream)), 0);
}

/// <summary>A stream's last place and hash.</summary>
public sealed record StreamHead(string Stream, long Sequence, string Hash);
