using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Security;

namespace ParIndex.App.Features.Notifications;

/// <summary>Marks one of the person's own notifications read, or all of them when <see cref="Id"/> is null; never anyone else's.</summary>
public sealed record MarkNotificationsRead(long? Id = null);

public sealed class MarkNotificationsReadHandler(AppDbContext db, TimeProvider clock)
{
    /// <returns>How many were marked.</returns>
    public async Task<int> HandleAsync(Actor actor, MarkNotificationsRead request, CancellationToken ct = default)
    {
        DateTimeOffset? now = Moment.Of(clock.GetUtcNow());
        using var turn = await SqliteWriteGate.EnterAsync(db, ct);
        return await db.Notifications.Where(n => n.UserId == actor.UserId && n.ReadAt == null && (request.Id == null || n.Id == request.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, now), ct);
    }
}
