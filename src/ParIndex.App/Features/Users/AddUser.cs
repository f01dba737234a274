using Microsoft.AspNetCore.Identity;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Users;

/// <summary>
/// Creates a user in one role. Unit editors and unit leaders are bound to their unit (required); other roles are not
/// bound to any. An administrator creates any account, the secretariat only unit accounts. With a password (the
/// command line) the account can sign in at once; without one (the web) it gets a one-time link to set its own
/// password (<see cref="PasswordLinks"/>). The role is created the first time it is used. Every problem (name taken,
/// password too weak, unit unknown…) is reported at once, named by its field, and nothing is written; the password is
/// never logged.
/// </summary>
public sealed record AddUser(string UserName, string? Password, Role Role, string? UnitCode = null, string? DisplayName = null, string? Email = null)
{
    // Keeps the password out of logs and exception messages that print the request.
    public override string ToString() => $"AddUser {{ UserName = {UserName}, Role = {Role}, UnitCode = {UnitCode} }}";
}

/// <param name="Link">The one-time link to set the password, when the account was created without one.</param>
public sealed record AddedUser(string Id, string UserName, Role Role, string? UnitCode, IssuedLink? Link = null);

public sealed class AddUserHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<AddedUser> HandleAsync(Actor actor, AddUser request, CancellationToken ct = default)
    {
        Accounts.RequireManager(actor, [request.Role]);
        var problems = new List<ImportProblem>();
        var userName = request.UserName.Trim();
        if (userName.Length == 0) problems.Add(new ImportProblem("user", UserMessages.NameEmpty()));
        var unit = await Accounts.UnitForAsync(db, request.Role, request.UnitCode, m => new ImportProblem("unit", m), problems, ct);
        Accounts.CheckEmail(request.Email, m => new ImportProblem("email", m), problems);

        using var identity = IdentitySetup.Create(db, clock);
        var user = new AppUser { UserName = userName, DisplayName = Accounts.Clean(request.DisplayName), Email = Accounts.Clean(request.Email), UnitId = unit?.Id };
        if (userName.Length > 0)
            foreach (var validator in identity.Users.UserValidators)
                Add(problems, "user", await validator.ValidateAsync(identity.Users, user));
        if (request.Password is not null)
            foreach (var validator in identity.Users.PasswordValidators)
                Add(problems, "password", await validator.ValidateAsync(identity.Users, user, request.Password));
        ImportException.ThrowIfAny(problems);

        var now = clock.GetUtcNow();
        var link = await db.WriteAsync(async () =>
        {
            // Identity saves as it goes, inside this transaction; the audit entries are added last so they are only
            // saved once, sealed in the chain.
            if (await CreateAsync(identity, user, request.Password, request.Role)) AuditLog.Record(db, actor, now, "role.create", "Role", request.Role.ToString());
            AuditLog.Record(db, actor, now, "user.add", "User", userName, null, Accounts.AuditText([request.Role], unit?.Code, user.DisplayName));
            return request.Password is null ? await PasswordLinks.IssueAsync(db, user, actor, now, ct) : null;
        }, ct);
        return new AddedUser(user.Id, userName, request.Role, unit?.Code, link);
    }

    /// <summary>Stores a checked user in its role, with or without a password; true when the role had to be created first.</summary>
    internal static async Task<bool> CreateAsync(IdentityServices identity, AppUser user, string? password, Role role)
    {
        var newRole = await EnsureRoleAsync(identity, role);
        Check(password is null ? await identity.Users.CreateAsync(user) : await identity.Users.CreateAsync(user, password));
        Check(await identity.Users.AddToRoleAsync(user, role.ToString()));
        return newRole;
    }

    /// <summary>Creates the role the first time it is used; true when it did.</summary>
    internal static async Task<bool> EnsureRoleAsync(IdentityServices identity, Role role)
    {
        if (await identity.Roles.RoleExistsAsync(role.ToString())) return false;
        Check(await identity.Roles.CreateAsync(new IdentityRole(role.ToString())));
        return true;
    }

    internal static void Add(List<ImportProblem> problems, string what, IdentityResult result) =>
        problems.AddRange(result.Errors.Select(e => new ImportProblem(what, SaidIdentityError.Of(e))));

    internal static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new ImportException([.. result.Errors.Select(e => new ImportProblem("user", SaidIdentityError.Of(e)))]);
    }
}
