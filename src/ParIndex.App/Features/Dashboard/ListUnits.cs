using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Security;
using ParIndex.App.Lookup;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Dashboard;

/// <summary>
/// The units with their type, group, parent and validity, by group then code, and the lineage events among them;
/// optionally only those whose code or name contains <see cref="Search"/> (case and diacritics ignored), of one group,
/// of one type. With a filter, only the lineage events touching a listed unit. <see cref="UnitList.Groups"/> names
/// every group, whatever the filter.
/// </summary>
public sealed record ListUnits(string? Search = null, string? Group = null, UnitType? Type = null);

public sealed record UnitRow(string Code, string Name, string? NameEn, UnitType Type, string Group, string? ParentCode, DateOnly? ValidFrom, DateOnly? ValidTo);

public sealed record LineageRow(string FromCode, string ToCode, Domain.Comparison.LineageKind Kind, DateOnly EffectiveOn, decimal Weight);

public sealed record UnitList(IReadOnlyList<UnitRow> Units, IReadOnlyList<LineageRow> Lineage)
{
    public IReadOnlyList<string> Groups { get; init; } = [];
}

public sealed class ListUnitsHandler(AppDbContext db)
{
    public async Task<UnitList> HandleAsync(Actor actor, ListUnits request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ListUnits, Role.Admin, Role.Secretariat, Role.Council, Role.Viewer);
        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        var codeOf = units.ToDictionary(u => u.Id, u => u.Code);
        var lineage = await db.Lineage.AsNoTracking().ToListAsync(ct);
        var filtered = request.Search is not null || request.Group is not null || request.Type is not null;
        var listed = units
            .Where(u => LooseText.AnyContains(request.Search, u.Code, u.Name, u.NameEn))
            .Where(u => string.IsNullOrEmpty(request.Group) || u.Group == request.Group)
            .Where(u => request.Type is not { } type || u.Type == type)
            .OrderBy(u => u.Group, StringComparer.Ordinal).ThenBy(u => u.Code, StringComparer.Ordinal).ToList();
        var ids = listed.Select(u => u.Id).ToHashSet();
        return new UnitList(
            [.. listed.Select(u => new UnitRow(u.Code, u.Name, u.NameEn, u.Type, u.Group, u.ParentId is { } p ? codeOf[p] : null, u.ValidFrom, u.ValidTo))],
            [.. lineage.Where(l => !filtered || ids.Contains(l.FromUnitId) || ids.Contains(l.ToUnitId))
                .OrderBy(l => l.EffectiveOn).ThenBy(l => codeOf[l.ToUnitId], StringComparer.Ordinal)
                .Select(l => new LineageRow(codeOf[l.FromUnitId], codeOf[l.ToUnitId], l.Kind, l.EffectiveOn, l.Weight))])
        {
            Groups = [.. units.Select(u => u.Group).Distinct().Order(StringComparer.Ordinal)],
        };
    }
}
