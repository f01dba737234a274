using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Security;

namespace ParIndex.App.Features.Users;

/// <summary>One account as its manager sees it: its fields, roles, unit, whether it is disabled, has a password, or has an open link.</summary>
public sealed record GetUser(string UserName);

public sealed record UserDetails(UserRow User, DateTimeOffset? DisabledAt, DateTimeOffset? OpenLinkUntil, DateTimeOffset? LockedUntil);

public sealed class GetUserHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<UserDetails> HandleAsync(Actor actor, GetUser request, CancellationToken ct = default)
    {
        var user = await Accounts.FindAsync(db, request.UserName, tracked: false, ct);
        var roles = await Accounts.RolesAsync(db, user.Id, ct);
        Accounts.RequireManager(actor, roles);
        var unit = user.UnitId is { } id ? await db.Units.AsNoTracking().SingleAsync(u => u.Id == id, ct) : null;
        var now = clock.GetUtcNow();
        return new UserDetails(
            new UserRow(user.Id, user.UserName ?? user.Id, user.DisplayName, user.Email, roles, unit?.Code, unit?.Name, user.DisabledAt is not null, user.PasswordHash is not null),
            user.DisabledAt, await PasswordLinks.OpenUntilAsync(db, user.Id, now, ct), user.LockoutEnd > now ? user.LockoutEnd : null);
    }
}
