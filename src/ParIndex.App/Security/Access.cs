using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Security;

/// <summary>The authorization decisions every use case makes, in one place.</summary>
public static class Access
{
    public static void Require(Actor actor, Act what, params Role[] roles)
    {
        if (!actor.IsAny(roles))
            throw new ForbiddenException(AccessMessages.MayNot(what, roles));
    }

    /// <summary>Only a unit's own editors and leader change its self-assessment and evidence.</summary>
    public static void RequireUnitWriter(Actor actor, int unitId)
    {
        if (actor.BelongsTo(unitId)) return;
        throw new ForbiddenException(AccessMessages.OwnUnitOnly());
    }

    /// <summary>
    /// An appraiser works only on what is assigned: the unit, or the area (leaf code under it) — and never on their
    /// own unit, should they also belong to one.
    /// </summary>
    public static async Task RequireAppraiserOfAsync(AppDbContext db, Actor actor, int periodId, int unitId, string? leafCode, CancellationToken ct)
    {
        if (actor.IsAny(Role.Admin, Role.Secretariat, Role.Council)) return;
        if (actor.Is(Role.Appraiser) && !actor.BelongsTo(unitId) && await IsAssignedAsync(db, actor, periodId, unitId, leafCode, ct)) return;
        throw new ForbiddenException(AccessMessages.NotAssigned());
    }

    /// <summary>Closing a whole submission's appraisal needs an assignment to the whole unit, not to one area.</summary>
    public static async Task RequireUnitAppraiserAsync(AppDbContext db, Actor actor, int periodId, int unitId, CancellationToken ct)
    {
        if (actor.IsAny(Role.Admin, Role.Secretariat, Role.Council)) return;
        if (actor.Is(Role.Appraiser) && !actor.BelongsTo(unitId)
            && await db.Assignments.AnyAsync(a => a.PeriodId == periodId && a.UserId == actor.UserId && a.UnitId == unitId && a.AreaCode == null, ct)) return;
        throw new ForbiddenException(AccessMessages.WholeUnitAppraiser());
    }

    /// <summary>
    /// What the actor may read of a unit's submission (<see cref="ReaderScope"/>): before publication the unit's own
    /// users, the secretariat, the council and admin read all of it, an assigned appraiser what the assignments cover
    /// (the whole unit, or only an area), and nobody else anything; after publication everyone reads the public part.
    /// </summary>
    /// <exception cref="ForbiddenException">Before publication, for a reader with nothing of the unit to read.</exception>
    public static async Task<ReaderScope> ReaderScopeAsync(AppDbContext db, Actor actor, Period period, int unitId, CancellationToken ct)
    {
        var published = period.State == PeriodState.Published;
        if (actor.SeesAllUnits || actor.BelongsTo(unitId)) return new ReaderScope(published, wholeUnit: true, _ => true);
        var covering = actor.Is(Role.Appraiser)
            ? (await db.Assignments.AsNoTracking().Where(a => a.PeriodId == period.Id && a.UserId == actor.UserId).ToListAsync(ct))
                .Where(a => Covers(a, unitId, null)).ToList()
            : [];
        if (!published && covering.Count == 0)
            throw new ForbiddenException(AccessMessages.NotPublished());
        return new ReaderScope(published, covering.Any(a => a.AreaCode is null), leaf => covering.Any(a => Covers(a, unitId, leaf)));
    }

    /// <summary>A reader of the whole unit's scores: its provisional total, its self-assessment form (see <see cref="ReaderScope.WholeUnit"/>).</summary>
    /// <exception cref="ForbiddenException">The actor reads less than the whole unit.</exception>
    public static void RequireWholeUnit(ReaderScope scope)
    {
        if (!scope.WholeUnit)
            throw new ForbiddenException(AccessMessages.NotWholeUnit());
    }

    /// <summary>
    /// Who may print what a unit wrote, or was told, about its own submission (its dossier, its appraisal minutes), at
    /// any time: its own users, the appraisers assigned to it, the secretariat, the council and admin. Never another
    /// unit, not even after publication: only the results are published.
    /// </summary>
    public static async Task RequireInsiderAsync(AppDbContext db, Actor actor, int periodId, int unitId, CancellationToken ct)
    {
        if (actor.SeesAllUnits || actor.BelongsTo(unitId)) return;
        if (actor.Is(Role.Appraiser) && await IsAssignedAsync(db, actor, periodId, unitId, null, ct)) return;
        throw new ForbiddenException(AccessMessages.InsidersPrint());
    }

    /// <summary>Whether the actor is an appraiser assigned to this unit (and, when given, to the area of this leaf).</summary>
    public static async Task<bool> IsAssignedAsync(AppDbContext db, Actor actor, int periodId, int unitId, string? leafCode, CancellationToken ct)
    {
        var assignments = await db.Assignments.Where(a => a.PeriodId == periodId && a.UserId == actor.UserId).ToListAsync(ct);
        return assignments.Any(a => Covers(a, unitId, leafCode));
    }

    /// <summary>Whether an assignment covers this unit (all units when it names none) and the area of this leaf (any leaf when it names no area, or no leaf is asked about).</summary>
    public static bool Covers(AppraiserAssignment assignment, int unitId, string? leafCode) =>
        (assignment.UnitId is null || assignment.UnitId == unitId) &&
        (assignment.AreaCode is null || leafCode is null || leafCode == assignment.AreaCode
            || leafCode.StartsWith(assignment.AreaCode + ".", StringComparison.Ordinal));
}
