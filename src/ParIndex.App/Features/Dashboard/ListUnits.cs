using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Security;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Dashboard;

/// <summary>Every unit with its type, group, parent and validity, by group then code; the lineage events with them.</summary>
public sealed record ListUnits;

public sealed record UnitRow(string Code, string Name, string? NameEn, UnitType Type, string Group, string? ParentCode, DateOnly? ValidFrom, DateOnly? ValidTo);

public sealed record LineageRow(string FromCode, string ToCode, Domain.Comparison.LineageKind Kind, DateOnly EffectiveOn, decimal Weight);

public sealed record UnitList(IReadOnlyList<UnitRow> Units, IReadOnlyList<LineageRow> Lineage);

public sealed class ListUnitsHandler(AppDbContext db)
{
    public async Task<UnitList> HandleAsync(Actor actor, ListUnits request, CancellationToken ct = default)
    {
        Access.Require(actor, "xem danh sách đơn vị / view the units", Role.Admin, Role.Secretariat, Role.Council, Role.Viewer);
        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        var codeOf = units.ToDictionary(u => u.Id, u => u.Code);
        var lineage = await db.Lineage.AsNoTracking().ToListAsync(ct);
        return new UnitList(
            [.. units.OrderBy(u => u.Group, StringComparer.Ordinal).ThenBy(u => u.Code, StringComparer.Ordinal)
                .Select(u => new UnitRow(u.Code, u.Name, u.NameEn, u.Type, u.Group, u.ParentId is { } p ? codeOf[p] : null, u.ValidFrom, u.ValidTo))],
            [.. lineage.OrderBy(l => l.EffectiveOn).ThenBy(l => codeOf[l.ToUnitId], StringComparer.Ordinal)
                .Select(l => new LineageRow(codeOf[l.FromUnitId], codeOf[l.ToUnitId], l.Kind, l.EffectiveOn, l.Weight))]);
    }
}
