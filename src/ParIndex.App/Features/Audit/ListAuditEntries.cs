using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Audit;

/// <summary>
/// The audit log, newest first, a page at a time, filtered in the database (the log of a national year runs to
/// millions of entries): by period (its own entries and those of its submissions, scores, appeals, evidence,
/// assignments and publications), by unit (its entries in any period, and the unit itself), by who acted (username,
/// or the command line's <c>cli:name</c>), by action (<c>user.disable</c>, or a family such as <c>user</c>) and by days
/// (Vietnam time, both ends included). Admin, secretariat and council read it; nobody changes it here.
/// </summary>
public sealed record ListAuditEntries(int? PeriodId = null, string? UnitCode = null, string? User = null, string? Action = null,
    DateOnly? From = null, DateOnly? To = null, int Page = 1);

public sealed record AuditRow(long Id, DateTimeOffset At, string Actor, Message ActorName, string Action, string Entity, string EntityKey, bool HasChange, string? Reason);

public sealed record AuditPage(IReadOnlyList<AuditRow> Entries, int Total, int Page, int PageSize, IReadOnlyList<string> Actions)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed class ListAuditEntriesHandler(AppDbContext db)
{
    public const int PageSize = 50;

    /// <summary>The entities whose key starts with the period's id and, after it, the unit's code.</summary>
    private static readonly string[] PeriodScoped = ["Submission", "Score", "Appeal", "Evidence"];

    public async Task<AuditPage> HandleAsync(Actor actor, ListAuditEntries request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ReadAuditLog, Role.Admin, Role.Secretariat, Role.Council);
        var entries = AuditDays.Between(db, request.From, request.To);

        if (request.PeriodId is { } period)
        {
            var id = period.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var name = await db.Periods.Where(p => p.Id == period).Select(p => p.Name).SingleOrDefaultAsync(ct);
            entries = entries.Where(a => a.EntityKey.StartsWith(id + "/") || (a.Entity == "Period" && (a.EntityKey == id || a.EntityKey == name)));
        }
        if (!string.IsNullOrWhiteSpace(request.UnitCode))
        {
            var typed = request.UnitCode.Trim();
            var code = (await db.Units.Select(u => u.Code).ToListAsync(ct)).FirstOrDefault(c => string.Equals(c, typed, StringComparison.OrdinalIgnoreCase)) ?? typed;
            entries = entries.Where(a => (a.Entity == "Unit" && a.EntityKey == code)
                || (PeriodScoped.Contains(a.Entity) && (a.EntityKey.EndsWith("/" + code) || a.EntityKey.Contains("/" + code + "/"))));
        }
        if (!string.IsNullOrWhiteSpace(request.User))
        {
            var typed = request.User.Trim();
            var normalized = typed.ToUpperInvariant();
            var id = await db.Users.Where(u => u.NormalizedUserName == normalized).Select(u => u.Id).SingleOrDefaultAsync(ct) ?? typed;
            entries = entries.Where(a => a.Actor == id);
        }
        if (!string.IsNullOrWhiteSpace(request.Action))
        {
            var action = request.Action.Trim();
            entries = entries.Where(a => a.Action == action || a.Action.StartsWith(action + "."));
        }

        var total = await entries.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(request.Page, 1, pages);
        var rows = await entries.OrderByDescending(a => a.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => new { a.Id, a.At, a.Actor, a.Action, a.Entity, a.EntityKey, HasChange = a.OldValue != null || a.NewValue != null, a.Reason })
            .ToListAsync(ct);
        var names = await AuditActors.NamesAsync(db, rows.Select(r => r.Actor), ct);
        var actions = await db.Audit.Select(a => a.Action).Distinct().ToListAsync(ct);
        return new AuditPage(
            [.. rows.Select(r => new AuditRow(r.Id, r.At, r.Actor, names[r.Actor], r.Action, r.Entity, r.EntityKey, r.HasChange, r.Reason))],
            total, page, PageSize, [.. actions.Order(StringComparer.Ordinal)]);
    }
}
