using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Users;

/// <summary>
/// Changes an account's name, email, role and unit. The account then holds exactly <see cref="Role"/>. The secretariat
/// edits unit accounts only and keeps them unit accounts; an administrator cannot take the administrator role from
/// themselves (there would be nobody left to give it back). Problems are named by field ("role", "unit", "email") and
/// nothing is written; a change of role or unit also ends the account's other sessions at their next check.
/// </summary>
public sealed record EditUser(string UserName, string? DisplayName, string? Email, Role Role, string? UnitCode);

/// <param name="Changed">The fields that changed, e.g. ["role", "unit"]; empty when the form held the stored values.</param>
public sealed record EditedUser(string UserName, IReadOnlyList<string> Changed);

public sealed class EditUserHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<EditedUser> HandleAsync(Actor actor, EditUser request, CancellationToken ct = default)
    {
        var user = await Accounts.FindAsync(db, request.UserName, tracked: true, ct);
        var roles = await Accounts.RolesAsync(db, user.Id, ct);
        Accounts.RequireManager(actor, [.. roles, request.Role]);

        var problems = new List<ImportProblem>();
        if (user.Id == actor.UserId && roles.Contains(Role.Admin) && request.Role != Role.Admin)
            problems.Add(new ImportProblem("role", UserMessages.OwnAdminRole()));
        var unit = await Accounts.UnitForAsync(db, request.Role, request.UnitCode, m => new ImportProblem("unit", m), problems, ct);
        Accounts.CheckEmail(request.Email, m => new ImportProblem("email", m), problems);
        ImportException.ThrowIfAny(problems);
        var unitCodes = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code, ct);
        var before = Fields(roles, user.UnitId is { } old ? unitCodes[old] : null, user.DisplayName, user.Email);
        var after = Fields([request.Role], unit?.Code, Accounts.Clean(request.DisplayName), Accounts.Clean(request.Email));

        var changed = after.Keys.Where(k => before[k] != after[k]).ToList();
        if (changed.Count == 0) return new EditedUser(user.UserName!, []);
        var now = clock.GetUtcNow();
        using var identity = IdentitySetup.Create(db, clock);
        await db.WriteAsync(async () =>
        {
            user.DisplayName = after["name"];
            user.Email = after["email"];
            user.UnitId = unit?.Id;
            AddUserHandler.Check(await identity.Users.UpdateAsync(user));
            var newRole = false;
            if (changed.Contains("role"))
            {
                newRole = await AddUserHandler.EnsureRoleAsync(identity, request.Role);
                AddUserHandler.Check(await identity.Users.RemoveFromRolesAsync(user, roles.Select(r => r.ToString())));
                AddUserHandler.Check(await identity.Users.AddToRoleAsync(user, request.Role.ToString()));
            }
            if (changed.Contains("role") || changed.Contains("unit")) AddUserHandler.Check(await identity.Users.UpdateSecurityStampAsync(user));
            // Identity saves as it goes; the audit entries come after its last save, to be saved once, sealed.
            if (newRole) AuditLog.Record(db, actor, now, "role.create", "Role", request.Role.ToString());
            AuditLog.Record(db, actor, now, "user.edit", "User", user.UserName!,
                string.Join("; ", changed.Select(k => $"{k}={before[k]}")), string.Join("; ", changed.Select(k => $"{k}={after[k]}")));
        }, ct);
        return new EditedUser(user.UserName!, changed);
    }

    private static Dictionary<string, string?> Fields(IEnumerable<Role> roles, string? unit, string? name, string? email) => new()
    {
        ["role"] = string.Join(",", roles), ["unit"] = unit, ["name"] = name, ["email"] = email,
    };
}
