using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Features.Users;

/// <summary>
/// Whose password a one-time link sets, for the page that opens it; the same "not found" for an unknown, used,
/// revoked or expired link, or a disabled account, so a visitor learns nothing about other links.
/// </summary>
public sealed record GetPasswordLink(string Token)
{
    public override string ToString() => "GetPasswordLink { Token = … }";
}

public sealed record PasswordLinkView(string UserName, string? DisplayName, DateTimeOffset ExpiresAt, bool FirstPassword);

public sealed class GetPasswordLinkHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<PasswordLinkView> HandleAsync(GetPasswordLink request, CancellationToken ct = default)
    {
        var link = await PasswordLinks.FindOpenAsync(db, request.Token, clock.GetUtcNow(), ct);
        var user = link is null ? null : await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == link.UserId, ct);
        if (link is null || user is null || user.DisabledAt is not null) throw NotFound();
        return new PasswordLinkView(user.UserName!, user.DisplayName, link.ExpiresAt, user.PasswordHash is null);
    }

    internal static NotFoundException NotFound() =>
        new(UserMessages.LinkInvalid());
}
