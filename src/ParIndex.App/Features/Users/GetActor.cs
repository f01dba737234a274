using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Users;

/// <summary>
/// The actor a stored user acts as: their id, name, roles and unit. Used by the command line (<c>--as USER</c>) and
/// wherever a signed-in user becomes an <see cref="Actor"/>.
/// </summary>
public sealed record GetActor(string UserName);

public sealed class GetActorHandler(AppDbContext db)
{
    public async Task<Actor> HandleAsync(GetActor request, CancellationToken ct = default)
    {
        var normalized = new UpperInvariantLookupNormalizer().NormalizeName(request.UserName.Trim());
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedUserName == normalized, ct)
            ?? throw new NotFoundException($"Không có người dùng {request.UserName} / No user {request.UserName}");
        var roleNames = await db.UserRoles.Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync(ct);
        var roles = roleNames.Select(n => Enum.TryParse<Role>(n, ignoreCase: true, out var r) ? r : (Role?)null).OfType<Role>().ToArray();
        return Actor.Of(user.Id, user.DisplayName ?? user.UserName ?? user.Id, user.UnitId, roles);
    }
}
