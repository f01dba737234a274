using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Users;

/// <summary>
/// Creates a user who signs in with a password, in one role. Unit editors and unit leaders are bound to their unit
/// (required); other roles are not bound to any. The role is created the first time it is used. Every problem (name
/// taken, password too weak, unit unknown…) is reported at once and nothing is written; the password is never logged.
/// </summary>
public sealed record AddUser(string UserName, string Password, Role Role, string? UnitCode = null, string? DisplayName = null, string? Email = null)
{
    // Keeps the password out of logs and exception messages that print the request.
    public override string ToString() => $"AddUser {{ UserName = {UserName}, Role = {Role}, UnitCode = {UnitCode} }}";
}

public sealed record AddedUser(string Id, string UserName, Role Role, string? UnitCode);

public sealed class AddUserHandler(AppDbContext db, TimeProvider clock)
{
    public static bool IsUnitRole(Role role) => role is Role.UnitEditor or Role.UnitLead;

    public async Task<AddedUser> HandleAsync(Actor actor, AddUser request, CancellationToken ct = default)
    {
        Access.Require(actor, "thêm người dùng / add users", Role.Admin);
        var problems = new List<ImportProblem>();
        var userName = request.UserName.Trim();
        if (userName.Length == 0) problems.Add(new ImportProblem("user", "Thiếu tên đăng nhập / The username is empty"));

        Unit? unit = null;
        if (IsUnitRole(request.Role))
        {
            if (string.IsNullOrWhiteSpace(request.UnitCode))
                problems.Add(new ImportProblem("unit", $"Vai trò {request.Role} cần đơn vị / The role {request.Role} needs a unit"));
            else
            {
                var code = request.UnitCode.Trim();
                unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == code, ct)
                    ?? (await db.Units.AsNoTracking().ToListAsync(ct)).FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.OrdinalIgnoreCase));
                if (unit is null) problems.Add(new ImportProblem("unit", $"Không có đơn vị {code} / There is no unit {code}"));
            }
        }
        else if (!string.IsNullOrWhiteSpace(request.UnitCode))
            problems.Add(new ImportProblem("unit", $"Chỉ cán bộ và lãnh đạo đơn vị mới gắn với đơn vị, vai trò {request.Role} thì không / Only unit editors and unit leaders belong to a unit, not {request.Role}"));

        using var identity = IdentitySetup.Create(db, clock);
        var user = new AppUser
        {
            UserName = userName,
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? null : request.DisplayName.Trim(),
            Email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim(),
            UnitId = unit?.Id,
        };
        if (userName.Length > 0)
            foreach (var validator in identity.Users.UserValidators)
                Add(problems, "user", await validator.ValidateAsync(identity.Users, user));
        foreach (var validator in identity.Users.PasswordValidators)
            Add(problems, "password", await validator.ValidateAsync(identity.Users, user, request.Password ?? ""));
        ImportException.ThrowIfAny(problems);

        var roleName = request.Role.ToString();
        var now = clock.GetUtcNow();
        await db.WriteAsync(async () =>
        {
            // Identity saves as it goes, inside this transaction; the audit entries are added last so they are only
            // saved once, sealed in the chain.
            var newRole = !await identity.Roles.RoleExistsAsync(roleName);
            if (newRole) Check(await identity.Roles.CreateAsync(new IdentityRole(roleName)));
            Check(await identity.Users.CreateAsync(user, request.Password!));
            Check(await identity.Users.AddToRoleAsync(user, roleName));
            if (newRole) AuditLog.Record(db, actor, now, "role.create", "Role", roleName);
            AuditLog.Record(db, actor, now, "user.add", "User", userName, null,
                $"role={roleName}" + (unit is null ? "" : $"; unit={unit.Code}") + (user.DisplayName is null ? "" : $"; name={user.DisplayName}"));
        }, ct);
        return new AddedUser(user.Id, userName, request.Role, unit?.Code);
    }

    private static void Add(List<ImportProblem> problems, string what, IdentityResult result) =>
        problems.AddRange(result.Errors.Select(e => new ImportProblem(what, e.Description)));

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new ImportException([.. result.Errors.Select(e => new ImportProblem("user", e.Description))]);
    }
}
