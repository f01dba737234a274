using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Homes;

/// <summary>
/// The administrator's view of the installation: the accounts (how many per role, without a role, locked out now),
/// the personal API tokens in force, the audit log (its size and latest entries, each with the name of who acted) and
/// the periods per stage. The health of the database and the evidence store is the web's own check, beside it.
/// </summary>
public sealed record GetSystemOverview(int Recent = 5);

public sealed record RoleCount(Role Role, int Accounts);

/// <param name="Actor">The user name of whoever acted, or the operator's name for a command-line step ("cli:…").</param>
/// <param name="Actor">Who, in words: a person by username, or the command line's operator (<see cref="Audit.AuditActors"/>).</param>
public sealed record RecentEntry(long Id, DateTimeOffset At, Message Actor, string Action, string Entity, string EntityKey);

/// <param name="LockedOut">Accounts locked out at this moment (after repeated failed sign-ins, or by an administrator).</param>
/// <param name="ActiveTokens">API tokens neither revoked nor expired.</param>
public sealed record SystemOverview(int Accounts, IReadOnlyList<RoleCount> ByRole, int WithoutRole, int LockedOut, int ActiveTokens,
    long AuditEntries, IReadOnlyList<RecentEntry> Recent, IReadOnlyDictionary<PeriodState, int> Periods);

public sealed class GetSystemOverviewHandler(AppDbContext db, TimeProvider clock)
{
    /// <exception cref="ForbiddenException">The actor is not an administrator.</exception>
    public async Task<SystemOverview> HandleAsync(Actor actor, GetSystemOverview request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ViewSystemOverview, Role.Admin);
        var now = clock.GetUtcNow();
        var users = await db.Users.AsNoTracking().Select(u => new { u.Id, u.UserName, u.LockoutEnd }).ToListAsync(ct);
        var roles = await db.UserRoles.AsNoTracking().Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct);
        var byRole = Enum.GetValues<Role>()
            .Select(role => new RoleCount(role, roles.Where(r => string.Equals(r.Name, role.ToString(), StringComparison.OrdinalIgnoreCase)).Select(r => r.UserId).Distinct().Count()))
            .ToList();
        var withRole = roles.Select(r => r.UserId).ToHashSet();
        // Times are compared here, not in SQL: SQLite cannot order DateTimeOffset values, and there are few accounts and tokens.
        var tokens = await db.ApiTokens.AsNoTracking().Select(t => new { t.ExpiresAt, t.RevokedAt }).ToListAsync(ct);

        var names = users.ToDictionary(u => u.Id, u => u.UserName ?? u.Id);
        var recent = await db.Audit.AsNoTracking().OrderByDescending(a => a.Id).Take(request.Recent).ToListAsync(ct);
        var periods = await db.Periods.AsNoTracking().GroupBy(p => p.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return new SystemOverview(users.Count, byRole, users.Count(u => !withRole.Contains(u.Id)), users.Count(u => u.LockoutEnd > now),
            tokens.Count(t => t.RevokedAt is null && t.ExpiresAt > now), await db.Audit.LongCountAsync(ct),
            [.. recent.Select(a => new RecentEntry(a.Id, Moment.InVietnam(a.At), names.TryGetValue(a.Actor, out var name) ? PageMessages.Person(name) : Audit.AuditActors.NotAUser(a.Actor), a.Action, a.Entity, a.EntityKey))],
            periods.ToDictionary(p => p.Key, p => p.Count));
    }
}
