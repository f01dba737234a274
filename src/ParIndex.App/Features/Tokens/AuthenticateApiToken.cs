using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;

namespace ParIndex.App.Features.Tokens;

/// <summary>
/// Which user a presented token stands for: the token's hash must be stored, unrevoked and unexpired, and its user
/// must still exist, not be disabled and not be locked out. Its last use is noted. Returns null otherwise, whatever the reason, so a caller learns nothing about other tokens.
/// </summary>
public sealed record AuthenticateApiToken(string Token);

public sealed class AuthenticateApiTokenHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<string?> HandleAsync(AuthenticateApiToken request, CancellationToken ct = default)
    {
        if (!request.Token.StartsWith(ApiTokenText.Start, StringComparison.Ordinal) || request.Token.Length > 200) return null;
        var hash = ApiTokenText.Hash(request.Token);
        var token = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Sha256 == hash, ct);
        var now = clock.GetUtcNow();
        if (token is null || token.RevokedAt is not null || token.ExpiresAt <= now) return null;
        // Recorded at most once a minute, so a busy script does not write on every call.
        if (token.LastUsedAt is not { } used || now - used > TimeSpan.FromMinutes(1))
            await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, Moment.Of(now)), ct);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == token.UserId && u.DisabledAt == null)
            .Select(u => new { u.UserName, u.LockoutEnabled, u.LockoutEnd }).SingleOrDefaultAsync(ct);
        return user is null || Users.Sessions.IsLockedOut(user.LockoutEnabled, user.LockoutEnd, clock) ? null : user.UserName;
    }
}
