using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;

namespace ParIndex.App.Features.Users;

/// <summary>
/// The sign-in limits, held in the database so every web node counts the same attempts (docs/security.md, "Brute-force
/// sign-in"). Each attempt takes a numbered ticket with one atomic statement (<c>INSERT … ON CONFLICT DO UPDATE …
/// RETURNING</c>), so parallel attempts are never lost or counted twice:
/// <list type="bullet">
/// <item>at most <see cref="PermitsPerMinute"/> attempts a minute from one client address (fixed window; 429 beyond);</item>
/// <item>per account name <em>and</em> client, the first <see cref="FreeAttempts"/> failures are checked at once; after
/// that one attempt is let through per wait, the wait doubling from one minute up to <see cref="MaxWait"/>, and the
/// others are refused unchecked. A success, or a day without attempts, starts again. The account is never locked, so a
/// stranger's failures slow only the stranger's own client.</item>
/// </list>
/// Unknown names are counted exactly like real ones, so the answers say nothing about which accounts exist.
/// </summary>
internal static class SignInThrottle
{
    public const int PermitsPerMinute = 20;

    public const int FreeAttempts = 5;

    public static readonly TimeSpan FirstWait = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(15);

    private static readonly TimeSpan Forget = TimeSpan.FromDays(1);

    /// <summary>Counts an attempt from <paramref name="client"/>; the time until its minute ends when it is one too many, else null.</summary>
    public static async Task<TimeSpan?> OverRateAsync(AppDbContext db, string client, DateTimeOffset now, CancellationToken ct)
    {
        var at = now.ToUnixTimeMilliseconds();
        var key = Key("rate", client);
        // A fixed window of a minute from the client's first attempt in it; OpenAt is when that minute began.
        var (count, began) = await TicketAsync(db, $"""
            INSERT INTO "SignInCounters" ("Key", "Count", "LastAt", "OpenAt") VALUES ({key}, 1, {at}, {at})
            ON CONFLICT ("Key") DO UPDATE SET
                "Count" = CASE WHEN "SignInCounters"."OpenAt" <= {at - 60_000} THEN 1 ELSE "SignInCounters"."Count" + 1 END,
                "OpenAt" = CASE WHEN "SignInCounters"."OpenAt" <= {at - 60_000} THEN {at} ELSE "SignInCounters"."OpenAt" END,
                "LastAt" = {at}
            RETURNING "Count", "OpenAt"
            """, ct);
        if (count == 1)
            // A client's first attempt of a minute: forget counters nobody used for a day (a small, indexed delete).
            await WriteAsync(db, $"""DELETE FROM "SignInCounters" WHERE "LastAt" < {at - (long)Forget.TotalMilliseconds}""", ct);
        return count > PermitsPerMinute ? TimeSpan.FromMilliseconds(began + 60_000 - at) : null;
    }

    /// <summary>
    /// Takes the next failure-count ticket of (name, client). Null: the attempt may check the password; otherwise how
    /// long until the next attempt is let through (the attempt is counted but not checked).
    /// </summary>
    public static async Task<TimeSpan?> WaitAsync(AppDbContext db, string name, string client, DateTimeOffset now, CancellationToken ct)
    {
        var at = now.ToUnixTimeMilliseconds();
        var key = Key("fail", name, client);
        // The last free ticket already closes the door for a minute, so even a burst of parallel attempts checks at most
        // FreeAttempts passwords before the first wait.
        // A counter last used a day ago starts again at 1.
        var (count, openAt) = await TicketAsync(db, $"""
            INSERT INTO "SignInCounters" ("Key", "Count", "LastAt", "OpenAt") VALUES ({key}, 1, {at}, 0)
            ON CONFLICT ("Key") DO UPDATE SET
                "Count" = CASE WHEN "SignInCounters"."LastAt" < {at - (long)Forget.TotalMilliseconds} THEN 1 ELSE "SignInCounters"."Count" + 1 END,
                "OpenAt" = CASE WHEN "SignInCounters"."LastAt" < {at - (long)Forget.TotalMilliseconds} THEN 0
                                WHEN "SignInCounters"."Count" + 1 = {FreeAttempts} THEN {at + WaitAfter(FreeAttempts)}
                                ELSE "SignInCounters"."OpenAt" END,
                "LastAt" = {at}
            RETURNING "Count", "OpenAt"
            """, ct);
        if (count <= FreeAttempts) return null;
        // One ticket per wait wins the door (compare and set); everyone else waits.
        var claimed = await WriteAsync(db, $"""UPDATE "SignInCounters" SET "OpenAt" = {at + WaitAfter(count)} WHERE "Key" = {key} AND "OpenAt" <= {at}""", ct);
        return claimed == 1 ? null : TimeSpan.FromMilliseconds(Math.Max(openAt, at + 1) - at);
    }

    /// <summary>A successful sign-in forgets the failures of (name, client).</summary>
    public static Task ForgetAsync(AppDbContext db, string name, string client, CancellationToken ct) =>
        WriteAsync(db, $"""DELETE FROM "SignInCounters" WHERE "Key" = {Key("fail", name, client)}""", ct);

    /// <summary>The wait after the <paramref name="count"/>-th failure: one minute after the last free one, doubling, at most <see cref="MaxWait"/>.</summary>
    private static long WaitAfter(int count) =>
        (long)Math.Min(MaxWait.TotalMilliseconds, FirstWait.TotalMilliseconds * Math.Pow(2, Math.Max(0, count - FreeAttempts)));

    /// <summary>Runs one atomic upsert returning the counter's new number and its <see cref="SignInCounter.OpenAt"/>.</summary>
    private static async Task<(int Count, long OpenAt)> TicketAsync(AppDbContext db, FormattableString upsert, CancellationToken ct)
    {
        using var turn = await SqliteWriteGate.EnterAsync(db, ct);
        var row = (await db.Database.SqlQuery<Ticket>(upsert).ToListAsync(ct)).Single();
        return (row.Count, row.OpenAt);
    }

    private static async Task<int> WriteAsync(AppDbContext db, FormattableString sql, CancellationToken ct)
    {
        using var turn = await SqliteWriteGate.EnterAsync(db, ct);
        return await db.Database.ExecuteSqlAsync(sql, ct);
    }

    private static string Key(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts))));

    /// <summary>The name as Identity looks it up, so "Lanh.Dao.A" and "lanh.dao.a " count as one.</summary>
    public static string Normalize(string name) => new UpperInvariantLookupNormalizer().NormalizeName(name.Trim()) ?? "";

    private sealed class Ticket
    {
        public int Count { get; set; }

        public long OpenAt { get; set; }
    }
}
