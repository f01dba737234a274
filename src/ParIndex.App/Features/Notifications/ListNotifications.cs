using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Security;

namespace ParIndex.App.Features.Notifications;

/// <summary>The signed-in person's own notifications, newest first (the latest 200), and how many are unread.</summary>
public sealed record ListNotifications(int Take = 200);

public sealed record NotificationView(long Id, NotificationKind Kind, string Subject, string SubjectEn, string Body, string BodyEn, string? Link,
    DateTimeOffset CreatedAt, bool Unread, EmailState Email);

public sealed record NotificationList(IReadOnlyList<NotificationView> Items, int Unread);

public sealed class ListNotificationsHandler(AppDbContext db)
{
    public async Task<NotificationList> HandleAsync(Actor actor, ListNotifications request, CancellationToken ct = default)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == actor.UserId);
        var items = await mine.OrderByDescending(n => n.Id).Take(request.Take)
            .Select(n => new NotificationView(n.Id, n.Kind, n.Subject, n.SubjectEn, n.Body, n.BodyEn, n.Link, n.CreatedAt, n.ReadAt == null, n.Email))
            .ToListAsync(ct);
        return new NotificationList(items, await CountUnreadAsync(db, actor.UserId, ct));
    }

    /// <summary>The person's unread count, which the layout's header shows on every page.</summary>
    public static Task<int> CountUnreadAsync(AppDbContext db, string userId, CancellationToken ct = default) =>
        db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);
}
