using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Security;

namespace ParIndex.App.Features.Tokens;

/// <summary>The actor's own tokens, newest first: name, prefix, dates; never the token itself.</summary>
public sealed record ListApiTokens;

public sealed record ApiTokenView(int Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt)
{
    public bool ActiveAt(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;
}

public sealed class ListApiTokensHandler(AppDbContext db)
{
    public async Task<IReadOnlyList<ApiTokenView>> HandleAsync(Actor actor, ListApiTokens request, CancellationToken ct = default)
    {
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == actor.UserId).ToListAsync(ct);
        return [.. tokens.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Select(t => new ApiTokenView(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt))];
    }
}
