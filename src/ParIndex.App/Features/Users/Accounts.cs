using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Users;

/// <summary>
/// The rules every account use case shares: who manages which account (an administrator every account; the
/// secretariat only the accounts of units — their officers and leaders — before and after the change), which
/// roles belong to a unit, and finding the unit an account names.
/// </summary>
public static class Accounts
{
    public static bool IsUnitRole(Role role) => role is Role.UnitEditor or Role.UnitLead;

    /// <summary>Admin: any account. Secretariat: only when every role involved (current and new) is a unit role.</summary>
    public static void RequireManager(Actor actor, IEnumerable<Role> roles)
    {
        if (actor.Is(Role.Admin)) return;
        var involved = roles.ToList();
        if (actor.Is(Role.Secretariat) && involved.Count > 0 && involved.All(IsUnitRole)) return;
        throw new ForbiddenException(actor.Is(Role.Secretariat) ? AccessMessages.SecretariatUnitAccounts() : AccessMessages.MayNot(Act.ManageAccounts, [Role.Admin, Role.Secretariat]));
    }

    /// <summary>The stored account with this username (any case), or <see cref="NotFoundException"/>.</summary>
    public static async Task<AppUser> FindAsync(AppDbContext db, string userName, bool tracked, CancellationToken ct)
    {
        var normalized = new UpperInvariantLookupNormalizer().NormalizeName(userName.Trim());
        var users = tracked ? db.Users : db.Users.AsNoTracking();
        return await users.SingleOrDefaultAsync(u => u.NormalizedUserName == normalized, ct)
            ?? throw new NotFoundException(NotFoundMessages.Account(userName));
    }

    /// <summary>The roles a stored user holds (names that are not a <see cref="Role"/> are left out).</summary>
    public static async Task<Role[]> RolesAsync(AppDbContext db, string userId, CancellationToken ct)
    {
        var names = await db.UserRoles.Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync(ct);
        return [.. names.Select(n => Enum.TryParse<Role>(n, ignoreCase: true, out var r) ? r : (Role?)null).OfType<Role>().Order()];
    }

    /// <summary>
    /// The unit an account of this role is bound to: required and known for unit roles, absent for the others. Each
    /// problem is made by <paramref name="problem"/>, so a form names its field and a file its row and column.
    /// </summary>
    public static async Task<Unit?> UnitForAsync(AppDbContext db, Role role, string? unitCode, Func<Message, ImportProblem> problem,
        List<ImportProblem> problems, CancellationToken ct)
    {
        var code = unitCode?.Trim() ?? "";
        if (!IsUnitRole(role))
        {
            if (code.Length > 0)
                problems.Add(problem(UserMessages.UnitForOtherRole(role)));
            return null;
        }
        if (code.Length == 0)
        {
            problems.Add(problem(UserMessages.RoleNeedsUnit(role)));
            return null;
        }
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == code, ct)
            ?? (await db.Units.AsNoTracking().ToListAsync(ct)).FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.OrdinalIgnoreCase));
        if (unit is null) problems.Add(problem(NotFoundMessages.Unit(code)));
        return unit;
    }

    /// <summary>The account's fields as the audit log records them: "role=UnitEditor; unit=A; name=…; email=…".</summary>
    public static string AuditText(IEnumerable<Role> roles, string? unitCode, string? displayName, string? email = null) =>
        $"role={string.Join(",", roles)}" + (unitCode is null ? "" : $"; unit={unitCode}") + (displayName is null ? "" : $"; name={displayName}")
        + (email is null ? "" : $"; email={email}");

    /// <summary>An email address, when given, must be one (Identity checks its format only when emails must be unique).</summary>
    public static void CheckEmail(string? email, Func<Message, ImportProblem> problem, List<ImportProblem> problems)
    {
        if (Clean(email) is { } address && !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(address))
            problems.Add(problem(UserMessages.EmailInvalid(address)));
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
