using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Features.Users;

/// <summary>
/// The actor a stored user acts as: their id, name, roles and unit. Used by the command line (<c>--as USER</c>) and
/// wherever a signed-in user becomes an <see cref="Actor"/>. A disabled account acts as nobody
/// (<see cref="AccountDisabledException"/>), even with a session or token it got before it was disabled.
/// </summary>
public sealed record GetActor(string UserName);

public sealed class GetActorHandler(AppDbContext db)
{
    public async Task<Actor> HandleAsync(GetActor request, CancellationToken ct = default)
    {
        var normalized = new UpperInvariantLookupNormalizer().NormalizeName(request.UserName.Trim());
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedUserName == normalized, ct)
            ?? throw new NotFoundException(NotFoundMessages.User(request.UserName));
        if (user.DisabledAt is not null) throw new AccountDisabledException(user.UserName ?? request.UserName);
        return Actor.Of(user.Id, user.DisplayName ?? user.UserName ?? user.Id, user.UnitId, await Accounts.RolesAsync(db, user.Id, ct));
    }
}

/// <summary>The account is disabled: it may do nothing, whatever its roles.</summary>
public sealed class AccountDisabledException(string userName)
    : ForbiddenException(UserMessages.Disabled(userName));
