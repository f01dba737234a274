using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;

namespace ParIndex.App.Audit;

/// <summary>
/// The seals of the audit log (decision 010): one chain, each seal the heads of the streams that grew since the one
/// before. A writer seals its stream's new head in its own transaction when no other writer is sealing (PostgreSQL:
/// <c>pg_try_advisory_xact_lock</c>, which never waits; SQLite: always, writers being one at a time), taking in the
/// heads others left pending meanwhile; otherwise it leaves its head pending. So the seal step is short and nobody
/// queues for it, and every entry is at all times either sealed or pending.
/// </summary>
public static class AuditSeals
{
    private const long SealKey = 0x5041_5249_4E44_4558; // "PARINDEX"

    /// <summary>Seals <paramref name="head"/> with every pending head if no one else is sealing, else leaves it pending.</summary>
    internal static async Task SealOrMarkAsync(AppDbContext db, StreamHead head, DateTimeOffset at, CancellationToken ct)
    {
        if (!await TryLockAsync(db, wait: false, ct))
        {
            db.AuditPending.Add(new AuditPending { Stream = head.Stream, Sequence = head.Sequence, Hash = head.Hash });
            return;
        }
        await SealAsync(db, head, at, ct);
    }

    /// <summary>
    /// Seals the heads left pending, if any (a node does it every second, publication before it reads the head); with
    /// <paramref name="wait"/> false it gives up at once when another writer is sealing, who takes them in anyway.
    /// </summary>
    /// <returns>How many pending heads were sealed.</returns>
    public static async Task<int> SealPendingAsync(AppDbContext db, bool wait, CancellationToken ct)
    {
        if (!await db.AuditPending.AnyAsync(ct)) return 0;
        return await db.WriteAsync(async () =>
        {
            if (!await TryLockAsync(db, wait, ct)) return 0;
            return await SealAsync(db, null, Moment.Of(DateTimeOffset.UtcNow), ct);
        }, ct);
    }

    private static async Task<int> SealAsync(AppDbContext db, StreamHead? own, DateTimeOffset at, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var pending = await db.AuditPending.AsNoTracking().ToListAsync(ct);
        if (own is null && pending.Count == 0) return 0;
        var heads = pending.Select(p => new StreamHead(p.Stream, p.Sequence, p.Hash)).Concat(own is null ? Array.Empty<StreamHead>() : [own])
            .GroupBy(h => h.Stream, StringComparer.Ordinal).Select(g => g.MaxBy(h => h.Sequence)!)
            .OrderBy(h => h.Stream, StringComparer.Ordinal).ToList();
        var previous = await db.AuditSeals.OrderByDescending(s => s.Id).Select(s => s.Hash).FirstOrDefaultAsync(ct) ?? AuditChain.Genesis;
        var seal = new AuditSeal { At = Moment.Of(at), Heads = WriteHeads(heads), PreviousHash = previous, Hash = AuditChain.Genesis };
        seal.Hash = HashOf(seal);
        db.AuditSeals.Add(seal);
        if (pending.Count > 0)
        {
            var ids = pending.Select(p => p.Id).ToList();
            await db.AuditPending.Where(p => ids.Contains(p.Id)).ExecuteDeleteAsync(ct);
        }
        Telemetry.AppMetrics.Sealed(System.Diagnostics.Stopwatch.GetElapsedTime(started));
        return pending.Count;
    }

    public static string HashOf(AuditSeal seal) =>
        AuditChain.Hash(["seal", seal.PreviousHash, seal.At.UtcTicks.ToString(CultureInfo.InvariantCulture), seal.Heads]);

    public static string WriteHeads(IEnumerable<StreamHead> heads) =>
        JsonSerializer.Serialize(heads.Select(h => new object[] { h.Stream, h.Sequence, h.Hash }));

    /// <exception cref="JsonException">The heads are not what <see cref="WriteHeads"/> writes.</exception>
    public static IReadOnlyList<StreamHead> ReadHeads(string json) =>
        [.. JsonSerializer.Deserialize<JsonElement[][]>(json)!.Select(h => new StreamHead(h[0].GetString()!, h[1].GetInt64(), h[2].GetString()!))];

    private static async Task<bool> TryLockAsync(AppDbContext db, bool wait, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return true;
        if (wait)
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [SealKey], ct);
            return true;
        }
        return await db.Database.SqlQueryRaw<bool>("SELECT pg_try_advisory_xact_lock({0}) AS \"Value\"", SealKey).SingleAsync(ct);
    }
}
