using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Users;

/// <summary>Who I am: my account, my roles, and the unit I belong to with its group.</summary>
public sealed record GetMyAccount;

public sealed record MyAccount(string UserName, string? DisplayName, string? Email, IReadOnlyList<Role> Roles,
    string? UnitCode, string? UnitName, string? UnitGroup);

public sealed class GetMyAccountHandler(AppDbContext db)
{
    public async Task<MyAccount> HandleAsync(Actor actor, GetMyAccount request, CancellationToken ct = default)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == actor.UserId, ct)
            ?? throw new NotFoundException(NotFoundMessages.Account(actor.Name));
        var unit = user.UnitId is { } id ? await db.Units.AsNoTracking().SingleAsync(u => u.Id == id, ct) : null;
        return new MyAccount(user.UserName!, user.DisplayName, user.Email, await Accounts.RolesAsync(db, user.Id, ct), unit?.Code, unit?.Name, unit?.Group);
    }
}
