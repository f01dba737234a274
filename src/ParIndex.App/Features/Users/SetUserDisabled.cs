using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Users;

/// <summary>
/// Disables an account (it can no longer sign in, use its API tokens or its open password link, and its sessions end)
/// or enables it again; its data and history stay. Nobody disables their own account. Asking for the state the
/// account is already in changes nothing.
/// </summary>
public sealed record SetUserDisabled(string UserName, bool Disabled, string? Reason = null);

/// <param name="Changed">False when the account was already in that state.</param>
public sealed record UserDisabledState(string UserName, bool Disabled, bool Changed);

public sealed class SetUserDisabledHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<UserDisabledState> HandleAsync(Actor actor, SetUserDisabled request, CancellationToken ct = default)
    {
        var user = await Accounts.FindAsync(db, request.UserName, tracked: true, ct);
        Accounts.RequireManager(actor, await Accounts.RolesAsync(db, user.Id, ct));
        if (request.Disabled && user.Id == actor.UserId)
            throw new WorkflowException(UserMessages.OwnAccountDisabled());
        if ((user.DisabledAt is not null) == request.Disabled) return new UserDisabledState(user.UserName!, request.Disabled, false);

        var now = clock.GetUtcNow();
        using var identity = IdentitySetup.Create(db, clock);
        await db.WriteAsync(async () =>
        {
            user.DisabledAt = request.Disabled ? Moment.Of(now) : null;
            if (request.Disabled) await PasswordLinks.RevokeOpenAsync(db, user.Id, now, ct);
            // A new stamp ends the account's sessions when they are next checked.
            AddUserHandler.Check(await identity.Users.UpdateSecurityStampAsync(user));
            AuditLog.Record(db, actor, now, request.Disabled ? "user.disable" : "user.enable", "User", user.UserName!, null, null, Accounts.Clean(request.Reason));
        }, ct);
        return new UserDisabledState(user.UserName!, request.Disabled, true);
    }
}
