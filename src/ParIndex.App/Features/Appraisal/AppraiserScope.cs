using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Security;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Appraisal;

/// <summary>
/// What an actor may appraise in some periods, loaded once so a page can filter many sub-criteria without a query
/// each: the same rule as <see cref="Access.RequireAppraiserOfAsync"/> (admin, secretariat and council everything; an
/// appraiser their unit and area assignments, never their own unit). The use case that writes checks again.
/// </summary>
internal sealed class AppraiserScope
{
    private readonly Actor _actor;
    private readonly List<AppraiserAssignment> _assignments;

    private AppraiserScope(Actor actor, List<AppraiserAssignment> assignments)
    {
        _actor = actor;
        _assignments = assignments;
    }

    public static async Task<AppraiserScope> LoadAsync(AppDbContext db, Actor actor, IReadOnlyCollection<int> periodIds, CancellationToken ct)
    {
        var assignments = actor.Is(Role.Appraiser)
            ? await db.Assignments.AsNoTracking().Where(a => a.UserId == actor.UserId && periodIds.Contains(a.PeriodId)).ToListAsync(ct)
            : [];
        return new AppraiserScope(actor, assignments);
    }

    /// <summary>Whether the actor may appraise this sub-criterion (or, with no leaf, anything) of the unit.</summary>
    public bool Covers(int periodId, int unitId, string? leafCode)
    {
        if (_actor.SeesAllUnits) return true;
        if (!_actor.Is(Role.Appraiser) || _actor.BelongsTo(unitId)) return false;
        return _assignments.Any(a => a.PeriodId == periodId && Access.Covers(a, unitId, leafCode));
    }

    /// <summary>Whether the actor may close the unit's whole appraisal (see <see cref="Access.RequireUnitAppraiserAsync"/>).</summary>
    public bool CoversWholeUnit(int periodId, int unitId) =>
        _actor.SeesAllUnits || (_actor.Is(Role.Appraiser) && !_actor.BelongsTo(unitId)
            && _assignments.Any(a => a.PeriodId == periodId && a.UnitId == unitId && a.AreaCode is null));
}
