using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Dashboard;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Features.Units;

/// <summary>One unit for its form: its fields, the units below it, and the lineage events it takes part in. Read by whoever may list the units.</summary>
public sealed record GetUnit(string Code);

public sealed record UnitDetails(UnitRow Unit, IReadOnlyList<string> Children, IReadOnlyList<LineageRow> Lineage);

public sealed class GetUnitHandler(AppDbContext db)
{
    public async Task<UnitDetails> HandleAsync(Actor actor, GetUnit request, CancellationToken ct = default)
    {
        var all = await new ListUnitsHandler(db).HandleAsync(actor, new ListUnits(), ct);
        var unit = all.Units.FirstOrDefault(u => string.Equals(u.Code, request.Code.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new NotFoundException(NotFoundMessages.Unit(request.Code));
        return new UnitDetails(unit, [.. all.Units.Where(u => u.ParentCode == unit.Code).Select(u => u.Code)],
            [.. all.Lineage.Where(l => l.FromCode == unit.Code || l.ToCode == unit.Code)]);
    }
}
