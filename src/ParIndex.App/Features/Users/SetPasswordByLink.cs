using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Features.Users;

/// <summary>
/// The holder of a one-time link sets the account's password: the password must meet the policy and be typed twice
/// alike (problems named "password" and "confirm", and the link stays usable); then the link is used up, any other
/// open link revoked, a sign-in lockout lifted, and the account's other sessions end at their next check.
/// </summary>
public sealed record SetPasswordByLink(string Token, string Password, string Confirm)
{
    public override string ToString() => "SetPasswordByLink { … }";
}

public sealed class SetPasswordByLinkHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<string> HandleAsync(SetPasswordByLink request, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var link = await PasswordLinks.FindOpenAsync(db, request.Token, now, ct);
        var user = link is null ? null : await db.Users.SingleOrDefaultAsync(u => u.Id == link.UserId, ct);
        if (link is null || user is null || user.DisabledAt is not null) throw GetPasswordLinkHandler.NotFound();

        using var identity = IdentitySetup.Create(db, clock);
        var problems = new List<ImportProblem>();
        foreach (var validator in identity.Users.PasswordValidators)
            AddUserHandler.Add(problems, "password", await validator.ValidateAsync(identity.Users, user, request.Password ?? ""));
        if (request.Password != request.Confirm)
            problems.Add(new ImportProblem("confirm", UserMessages.PasswordsDiffer()));
        ImportException.ThrowIfAny(problems);

        // The account's own link acts for it: the audit names the account as the one who set its password.
        var self = Actor.Of(user.Id, user.UserName!, user.UnitId);
        await db.WriteAsync(async () =>
        {
            if (await identity.Users.HasPasswordAsync(user)) AddUserHandler.Check(await identity.Users.RemovePasswordAsync(user));
            AddUserHandler.Check(await identity.Users.AddPasswordAsync(user, request.Password!));
            if (user.LockoutEnabled) AddUserHandler.Check(await identity.Users.SetLockoutEndDateAsync(user, null));
            AddUserHandler.Check(await identity.Users.ResetAccessFailedCountAsync(user));
            link.UsedAt = Moment.Of(now);
            await PasswordLinks.RevokeOpenAsync(db, user.Id, now, ct, except: link.Id);
            AuditLog.Record(db, self, now, "user.password-set", "User", user.UserName!, null, "by link");
        }, ct);
        return user.UserName!;
    }
}
