using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Features.Users;

/// <summary>
/// Every signed-in user changes their own password: the current one must be right ("current"), the new one meet the
/// policy ("password") and be typed twice alike ("confirm"); every problem is reported and nothing changes. The
/// account's other sessions end at their next check.
/// </summary>
public sealed record ChangeOwnPassword(string Current, string Password, string Confirm)
{
    public override string ToString() => "ChangeOwnPassword { … }";
}

public sealed class ChangeOwnPasswordHandler(AppDbContext db, TimeProvider clock)
{
    public async Task HandleAsync(Actor actor, ChangeOwnPassword request, CancellationToken ct = default)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == actor.UserId, ct)
            ?? throw new NotFoundException(NotFoundMessages.NoOwnAccount());
        using var identity = IdentitySetup.Create(db, clock);
        var problems = new List<ImportProblem>();
        if (!await identity.Users.CheckPasswordAsync(user, request.Current ?? ""))
            problems.Add(new ImportProblem("current", UserMessages.CurrentPasswordWrong()));
        foreach (var validator in identity.Users.PasswordValidators)
            AddUserHandler.Add(problems, "password", await validator.ValidateAsync(identity.Users, user, request.Password ?? ""));
        if (request.Password != request.Confirm)
            problems.Add(new ImportProblem("confirm", UserMessages.NewPasswordsDiffer()));
        if (problems.Count == 0 && request.Password == request.Current)
            problems.Add(new ImportProblem("password", UserMessages.NewPasswordSame()));
        ImportException.ThrowIfAny(problems);

        var now = clock.GetUtcNow();
        await db.WriteAsync(async () =>
        {
            AddUserHandler.Check(await identity.Users.ChangePasswordAsync(user, request.Current!, request.Password!));
            AuditLog.Record(db, actor, now, "user.password-change", "User", user.UserName!);
        }, ct);
    }
}
