using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Notifications;

/// <summary>A notification's texts in both languages and the page it is about.</summary>
public sealed record NotificationText(string Subject, string SubjectEn, string Body, string BodyEn, string? Link);

/// <summary>
/// Writes notifications into the unit of work of the change that causes them, so they are saved with it or not at
/// all (the transactional outbox): one row per person, its email pending when the person has an address.
/// </summary>
public static class Outbox
{
    /// <summary>
    /// Notifies the editors and leaders of each unit (accounts not locked out), each person once per event:
    /// <paramref name="key"/> names the event, the person's id is appended. <paramref name="text"/> gives each unit's texts.
    /// </summary>
    public static async Task ToUnitsAsync(AppDbContext db, IReadOnlyCollection<int> unitIds, NotificationKind kind, Func<int, string> key,
        Func<int, NotificationText> text, DateTimeOffset now, CancellationToken ct, Func<int, DateTimeOffset?>? notAfter = null)
    {
        foreach (var person in await UnitPeopleAsync(db, unitIds, now, ct))
        {
            var t = text(person.UnitId);
            db.Notifications.Add(new Notification
            {
                UserId = person.Id, Kind = kind, Key = Truncate($"{key(person.UnitId)}:{person.Id}", Notification.MaxKey),
                Subject = t.Subject, SubjectEn = t.SubjectEn, Body = t.Body, BodyEn = t.BodyEn, Link = t.Link,
                CreatedAt = Moment.Of(now), EmailTo = person.Email, Email = person.Email is null ? EmailState.None : EmailState.Pending,
                NotAfter = notAfter?.Invoke(person.UnitId) is { } until ? Moment.Of(until) : null,
            });
        }
    }

    /// <summary>A unit's people who hear about it: its editors and leaders whose accounts are not locked out.</summary>
    internal static async Task<List<(string Id, int UnitId, string? Email)>> UnitPeopleAsync(AppDbContext db, IReadOnlyCollection<int> unitIds, DateTimeOffset now, CancellationToken ct)
    {
        string[] roles = [nameof(Role.UnitEditor), nameof(Role.UnitLead)];
        var people = await db.Users.AsNoTracking()
            .Where(u => u.UnitId != null && unitIds.Contains(u.UnitId.Value)
                        && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))))
            .OrderBy(u => u.Id)
            .Select(u => new { u.Id, UnitId = u.UnitId!.Value, u.Email, u.LockoutEnd })
            .ToListAsync(ct);
        return [.. people.Where(p => p.LockoutEnd is null || p.LockoutEnd <= now)
            .Select(p => (p.Id, p.UnitId, string.IsNullOrWhiteSpace(p.Email) ? null : p.Email.Trim()))];
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
