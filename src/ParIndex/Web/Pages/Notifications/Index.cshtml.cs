using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Notifications;

namespace ParIndex.Web.Pages.Notifications;

/// <summary>
/// <c>/thong-bao</c>: the signed-in person's notifications, newest first, the unread ones marked; opening one marks it
/// read and goes to the page it is about; all can be marked read at once.
/// </summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : WorkPage(db)
{
    public NotificationList List { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadActorAsync(ct);
        List = await new ListNotificationsHandler(Db).HandleAsync(Actor, new ListNotifications(), ct);
    }

    /// <summary>Marks one read and opens its page (a path on this site), or comes back here.</summary>
    public async Task<IActionResult> OnPostReadAsync(long id, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        await new MarkNotificationsReadHandler(Db, clock).HandleAsync(Actor, new MarkNotificationsRead(id), ct);
        var list = await new ListNotificationsHandler(Db).HandleAsync(Actor, new ListNotifications(), ct);
        var link = list.Items.FirstOrDefault(n => n.Id == id)?.Link;
        return link is not null && Url.IsLocalUrl(link) ? LocalRedirect(link) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await LoadActorAsync(ct);
        await new MarkNotificationsReadHandler(Db, clock).HandleAsync(Actor, new MarkNotificationsRead(), ct);
        return RedirectToPage();
    }
}
