using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Dashboard;

/// <summary>The framework editions in the database, newest first, with their size and the periods using them.</summary>
public sealed record ListFrameworks;

public sealed record FrameworkSummary(int Id, string Code, string Name, string Group, int Areas, int Leaves, decimal Max,
    string Sha256, DateTimeOffset ImportedAt, IReadOnlyList<string> Periods);

public sealed class ListFrameworksHandler(AppDbContext db)
{
    public async Task<IReadOnlyList<FrameworkSummary>> HandleAsync(Actor actor, ListFrameworks request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ListFrameworks, Role.Admin, Role.Secretariat, Role.Council);
        var editions = await db.Frameworks.AsNoTracking().ToListAsync(ct);
        var uses = await db.PeriodFrameworks.AsNoTracking().Join(db.Periods, f => f.PeriodId, p => p.Id, (f, p) => new { f.FrameworkEditionId, p.Name }).ToListAsync(ct);
        return [.. editions.OrderByDescending(e => e.ImportedAt).ThenBy(e => e.Code, StringComparer.Ordinal).Select(e =>
        {
            var compiled = CompiledFrameworks.Of(e);
            return new FrameworkSummary(e.Id, e.Code, e.Name, e.Group, compiled.AreaNodes.Length, compiled.LeafNodes.Length, compiled.Max,
                e.Sha256, e.ImportedAt, [.. uses.Where(u => u.FrameworkEditionId == e.Id).Select(u => u.Name).Order(StringComparer.Ordinal)]);
        })];
    }
}
