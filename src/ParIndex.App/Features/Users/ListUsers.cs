using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Security;
using ParIndex.App.Lookup;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Users;

/// <summary>
/// The accounts a manager may see, searched and filtered, a page at a time: an administrator every account, the
/// secretariat the accounts of units only. <see cref="Search"/> matches the username, the name or the email anywhere,
/// ignoring case and Vietnamese diacritics ("nguyen" finds "Nguyễn"). Unit accounts come first, by unit code, then
/// the others; by username within each.
/// </summary>
public sealed record ListUsers(string? Search = null, Role? Role = null, string? UnitCode = null, bool? Disabled = null, int Page = 1);

public sealed record UserRow(string Id, string UserName, string? DisplayName, string? Email, IReadOnlyList<Role> Roles,
    string? UnitCode, string? UnitName, bool Disabled, bool HasPassword);

public sealed record UserList(IReadOnlyList<UserRow> Users, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed class ListUsersHandler(AppDbContext db)
{
    public const int PageSize = 50;

    public async Task<UserList> HandleAsync(Actor actor, ListUsers request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ListUsers, Role.Admin, Role.Secretariat);
        var users = await db.Users.AsNoTracking()
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.Email, u.UnitId, u.DisabledAt, HasPassword = u.PasswordHash != null })
            .ToListAsync(ct);
        var roles = (await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct))
            .Where(x => Enum.TryParse<Role>(x.Name, ignoreCase: true, out _))
            .GroupBy(x => x.UserId).ToDictionary(g => g.Key, g => g.Select(x => Enum.Parse<Role>(x.Name!, ignoreCase: true)).Order().ToList());
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => (u.Code, u.Name), ct);

        var rows = users.Select(u =>
            {
                var unit = u.UnitId is { } id && units.TryGetValue(id, out var x) ? x : ((string Code, string Name)?)null;
                return new UserRow(u.Id, u.UserName ?? u.Id, u.DisplayName, u.Email, roles.GetValueOrDefault(u.Id) ?? [], unit?.Code, unit?.Name,
                    u.DisabledAt is not null, u.HasPassword);
            })
            .Where(u => actor.Is(Role.Admin) || (u.Roles.Count > 0 && u.Roles.All(Accounts.IsUnitRole)))
            .Where(u => request.Role is not { } role || u.Roles.Contains(role))
            .Where(u => string.IsNullOrWhiteSpace(request.UnitCode) || string.Equals(u.UnitCode, request.UnitCode.Trim(), StringComparison.OrdinalIgnoreCase))
            .Where(u => request.Disabled is not { } disabled || u.Disabled == disabled)
            .Where(u => LooseText.AnyContains(request.Search, u.UserName, u.DisplayName, u.Email, u.UnitCode, u.UnitName))
            .OrderBy(u => u.UnitCode is null).ThenBy(u => u.UnitCode ?? "", StringComparer.Ordinal).ThenBy(u => u.UserName, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var page = Math.Clamp(request.Page, 1, Math.Max(1, (rows.Count + PageSize - 1) / PageSize));
        return new UserList([.. rows.Skip((page - 1) * PageSize).Take(PageSize)], rows.Count, page, PageSize);
    }
}
