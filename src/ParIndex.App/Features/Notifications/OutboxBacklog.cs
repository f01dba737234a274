using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;

namespace ParIndex.App.Features.Notifications;

/// <summary>
/// How many emails wait in the outbox (pending, not yet sent or given up), for a metrics gauge: <see cref="CountAsync"/>
/// asks the database; <see cref="Last"/> is the count the sending worker of this process saw at the end of its last
/// round (−1 before the first), cheap enough to read on every scrape.
/// </summary>
public static class OutboxBacklog
{
    private static long _last = -1;

    public static long Last => Interlocked.Read(ref _last);

    public static Task<int> CountAsync(AppDbContext db, CancellationToken ct = default) =>
        db.Notifications.CountAsync(n => n.Email == EmailState.Pending, ct);

    internal static void Record(long count) => Interlocked.Exchange(ref _last, count);
}
