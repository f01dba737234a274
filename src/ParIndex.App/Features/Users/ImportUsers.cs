using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Users;

/// <summary>
/// Creates accounts from a CSV or XLSX file (<see cref="AccountFile"/>: <c>username</c> and <c>role</c> required;
/// <c>name</c>, <c>unit</c>, <c>email</c> optional), each with a one-time link to set its password. All or nothing:
/// every problem is reported with its row and column and nothing is written unless there is none. A username already
/// stored with the same role, unit and name is left as it is (importing the same file twice adds nothing); stored
/// differently it is a problem — such an account is changed in its form. The secretariat imports unit accounts only.
/// </summary>
public sealed record ImportUsers(string Path);

public sealed record ImportedAccount(string UserName, string? DisplayName, Role Role, string? UnitCode, IssuedLink Link);

public sealed record UsersImported(IReadOnlyList<ImportedAccount> Created, int Unchanged);

public sealed class ImportUsersHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<UsersImported> HandleAsync(Actor actor, ImportUsers request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ImportUsers, Role.Admin, Role.Secretariat);
        var table = Table.Load(request.Path);
        var problems = new List<ImportProblem>();
        var required = table.RequireColumns(problems, "username", "role");
        ImportException.ThrowIfAny(problems);
        int userName = required[0], role = required[1], name = table.Column("name"), unit = table.Column("unit"), email = table.Column("email");

        using var identity = IdentitySetup.Create(db, clock);
        var normalizer = new UpperInvariantLookupNormalizer();
        var stored = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.NormalizedUserName!, ct);
        var codes = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code, ct);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<(AppUser User, Role Role, string? Unit)>();
        var unchanged = 0;
        foreach (var row in table.Rows)
        {
            var before = problems.Count;
            ImportProblem At(int column, Message message) => table.Problem(row, column, message);
            var login = row.Cell(userName);
            if (login.Length == 0) problems.Add(At(userName, UserMessages.NameEmpty()));
            else if (seen.TryGetValue(normalizer.NormalizeName(login), out var first))
                problems.Add(At(userName, UserMessages.NameTwice(login, first)));
            else seen[normalizer.NormalizeName(login)] = row.Line;

            var parsed = AccountFile.ParseRole(row.Cell(role));
            if (parsed is null)
            {
                problems.Add(At(role, UserMessages.NotARole(row.Cell(role), AccountFile.RoleList)));
                continue;
            }
            if (!actor.Is(Role.Admin) && !Accounts.IsUnitRole(parsed.Value))
                problems.Add(At(role, UserMessages.SecretariatUnitRolesOnly(parsed.Value)));
            var account = await Accounts.UnitForAsync(db, parsed.Value, unit >= 0 ? row.Cell(unit) : null, m => At(unit >= 0 ? unit : role, m), problems, ct);
            if (email >= 0) Accounts.CheckEmail(row.Cell(email), m => At(email, m), problems);
            var displayName = name >= 0 ? Accounts.Clean(row.Cell(name)) : null;
            if (problems.Count > before || login.Length == 0) continue;

            if (stored.TryGetValue(normalizer.NormalizeName(login), out var existing))
            {
                var roles = await Accounts.RolesAsync(db, existing.Id, ct);
                var same = roles.SequenceEqual([parsed.Value]) && existing.UnitId == account?.Id && (name < 0 || existing.DisplayName == displayName);
                if (same) unchanged++;
                else problems.Add(At(userName, UserMessages.Exists(login, Accounts.AuditText(roles, existing.UnitId is { } id ? codes[id] : null, existing.DisplayName))));
                continue;
            }
            var user = new AppUser { UserName = login, DisplayName = displayName, Email = email >= 0 ? Accounts.Clean(row.Cell(email)) : null, UnitId = account?.Id };
            foreach (var validator in identity.Users.UserValidators)
                problems.AddRange((await validator.ValidateAsync(identity.Users, user)).Errors.Select(e => At(userName, SaidIdentityError.Of(e))));
            if (problems.Count == before) rows.Add((user, parsed.Value, account?.Code));
        }
        ImportException.ThrowIfAny(problems);
        if (rows.Count == 0) return new UsersImported([], unchanged);

        var now = clock.GetUtcNow();
        var created = await db.WriteAsync(async () =>
        {
            // Identity saves as it goes: every account first, then the links and audit entries, saved once, sealed.
            var newRoles = new List<Role>();
            foreach (var (user, r, _) in rows)
                if (await AddUserHandler.CreateAsync(identity, user, null, r)) newRoles.Add(r);
            foreach (var r in newRoles) AuditLog.Record(db, actor, now, "role.create", "Role", r.ToString());
            var list = new List<ImportedAccount>();
            foreach (var (user, r, code) in rows)
            {
                AuditLog.Record(db, actor, now, "user.add", "User", user.UserName!, null, Accounts.AuditText([r], code, user.DisplayName), System.IO.Path.GetFileName(request.Path));
                list.Add(new ImportedAccount(user.UserName!, user.DisplayName, r, code, await PasswordLinks.IssueAsync(db, user, actor, now, ct)));
            }
            return list;
        }, ct);
        return new UsersImported(created, unchanged);
    }
}
