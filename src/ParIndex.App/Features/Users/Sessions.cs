using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;

namespace ParIndex.App.Features.Users;

/// <summary>
/// Whether a signed-in session may go on: its user still exists, is neither disabled nor locked out, and still has the
/// security stamp the session was issued with — a password change, or signing out, gives the account a new stamp and
/// so ends every session of it, on every node and after a restart, since the stamp lives in the database. Checked on
/// every request that carries a session cookie (one query by primary key).
/// </summary>
public sealed record ValidateSession(string UserId, string? SecurityStamp);

public sealed class ValidateSessionHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<bool> HandleAsync(ValidateSession request, CancellationToken ct = default)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == request.UserId)
            .Select(u => new { u.SecurityStamp, u.LockoutEnabled, u.LockoutEnd, u.DisabledAt }).SingleOrDefaultAsync(ct);
        return user is not null && user.DisabledAt is null && user.SecurityStamp == request.SecurityStamp && !Sessions.IsLockedOut(user.LockoutEnabled, user.LockoutEnd, clock);
    }
}

/// <summary>Ends every session of an account (signing out): a new security stamp, so no issued cookie validates any more.</summary>
public sealed record EndSessions(string UserId);

public sealed class EndSessionsHandler(AppDbContext db)
{
    public Task HandleAsync(EndSessions request, CancellationToken ct = default) =>
        db.Users.Where(u => u.Id == request.UserId).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.SecurityStamp, Sessions.NewStamp())
            .SetProperty(u => u.ConcurrencyStamp, Guid.NewGuid().ToString()), ct);
}

internal static class Sessions
{
    /// <summary>A new random stamp (160 bits, as hex): only its inequality to the old one matters.</summary>
    public static string NewStamp() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20));

    public static bool IsLockedOut(bool enabled, DateTimeOffset? end, TimeProvider clock) => enabled && end is { } until && until > clock.GetUtcNow();
}
