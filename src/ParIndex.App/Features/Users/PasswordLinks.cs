using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Tokens;
using ParIndex.App.Security;

namespace ParIndex.App.Features.Users;

/// <summary>A link just issued: <see cref="Token"/> is shown once (the address is <c>/dat-mat-khau/{token}</c>) and never stored.</summary>
public sealed record IssuedLink(string Token, DateTimeOffset ExpiresAt)
{
    public string Path => PasswordLinks.Address + Token;

    // Keeps the token out of logs that print the result.
    public override string ToString() => $"IssuedLink {{ ExpiresAt = {ExpiresAt:O} }}";
}

/// <summary>
/// One-time links to set a password (see docs/security.md for why links rather than temporary passwords): 256 random
/// bits, stored as their SHA-256, valid for <see cref="Lifetime"/>, used once; issuing a new link revokes the open ones.
/// </summary>
public static class PasswordLinks
{
    public const string Address = "/dat-mat-khau/";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(72);

    /// <summary>Revokes the user's open links and adds a new one, with its audit entry, to the unit of work.</summary>
    public static async Task<IssuedLink> IssueAsync(AppDbContext db, AppUser user, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        await RevokeOpenAsync(db, user.Id, now, ct);
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var expires = Moment.Of(now + Lifetime);
        db.PasswordLinks.Add(new PasswordLink
        {
            UserId = user.Id, Sha256 = ApiTokenText.Hash(token), IssuedBy = actor.UserId, IssuedAt = Moment.Of(now), ExpiresAt = expires,
        });
        AuditLog.Record(db, actor, now, "user.password-link", "User", user.UserName!, null, $"until {expires:O}");
        return new IssuedLink(token, expires);
    }

    public static async Task RevokeOpenAsync(AppDbContext db, string userId, DateTimeOffset now, CancellationToken ct, int? except = null)
    {
        foreach (var open in await db.PasswordLinks.Where(l => l.UserId == userId && l.UsedAt == null && l.RevokedAt == null && l.Id != except).ToListAsync(ct))
            open.RevokedAt = Moment.Of(now);
    }

    /// <summary>The open, unexpired link with this token, or null — whatever the reason, so a caller learns nothing more.</summary>
    public static async Task<PasswordLink?> FindOpenAsync(AppDbContext db, string token, DateTimeOffset now, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return null;
        var hash = ApiTokenText.Hash(token);
        var link = await db.PasswordLinks.SingleOrDefaultAsync(l => l.Sha256 == hash, ct);
        return link is { UsedAt: null, RevokedAt: null } && link.ExpiresAt > now ? link : null;
    }

    /// <summary>When the user's open link expires, or null when there is none.</summary>
    public static async Task<DateTimeOffset?> OpenUntilAsync(AppDbContext db, string userId, DateTimeOffset now, CancellationToken ct)
    {
        var links = await db.PasswordLinks.AsNoTracking().Where(l => l.UserId == userId && l.UsedAt == null && l.RevokedAt == null).ToListAsync(ct);
        return links.Where(l => l.ExpiresAt > now).Select(l => (DateTimeOffset?)l.ExpiresAt).Max();
    }
}
