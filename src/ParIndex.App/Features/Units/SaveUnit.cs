using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Units;

/// <summary>
/// Adds one unit (<see cref="New"/>) or changes one, from a form: the same rules as a units file (a code without spaces
/// of at most 64 characters, a name and a group, a known parent that is not the unit itself nor below it, valid-to not
/// before valid-from), each problem named by its field ("code", "name", "group", "parent", "valid_to"), nothing written
/// unless there is none. A unit's code does not change here (a new code is a rename: the lineage). Audited with the
/// fields that changed, as an import is.
/// </summary>
public sealed record SaveUnit(string Code, bool New, string Name, string? NameEn, UnitType Type, string Group, string? ParentCode,
    DateOnly? ValidFrom, DateOnly? ValidTo);

/// <param name="Changed">The fields that changed (all of them for a new unit); empty when the form held the stored values.</param>
public sealed record SavedUnit(string Code, bool Created, IReadOnlyList<string> Changed);

public sealed class SaveUnitHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<SavedUnit> HandleAsync(Actor actor, SaveUnit request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.SaveUnits, Role.Admin, Role.Secretariat);
        var code = request.Code.Trim();
        var units = await db.Units.ToListAsync(ct);
        var byCode = units.ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        var problems = new List<ImportProblem>();
        void Problem(string field, Message message) => problems.Add(new ImportProblem(field, message));

        byCode.TryGetValue(code, out var unit);
        if (!request.New && unit is null) throw new NotFoundException(NotFoundMessages.Unit(code));
        if (UnitFile.CodeProblem(code) is { } wrong) Problem("code", wrong);
        else if (request.New && unit is not null) Problem("code", UnitMessages.Exists(unit.Code, unit.Name));
        var name = request.Name?.Trim() ?? "";
        if (name.Length == 0) Problem("name", UnitMessages.NeedsName());
        var group = request.Group?.Trim() ?? "";
        if (group.Length == 0) Problem("group", UnitMessages.NeedsGroup());
        if (!Enum.IsDefined(request.Type)) Problem("type", UnitMessages.NotAType(request.Type.ToString()));

        Unit? parent = null;
        var parentCode = request.ParentCode?.Trim() ?? "";
        if (parentCode.Length > 0)
        {
            if (string.Equals(parentCode, code, StringComparison.OrdinalIgnoreCase))
                Problem("parent", UnitMessages.OwnParent(code));
            else if (!byCode.TryGetValue(parentCode, out parent))
                Problem("parent", UnitMessages.NoParent(parentCode));
            else
            {
                var codeById = units.ToDictionary(u => u.Id, u => u.Code);
                var parentOf = units.Where(u => u.ParentId is not null).ToDictionary(u => u.Code, u => codeById[u.ParentId!.Value], StringComparer.OrdinalIgnoreCase);
                parentOf[code] = parent.Code;
                if (UnitFile.Loop(code, parentOf) is { } loop)
                    Problem("parent", UnitMessages.Loop(loop));
            }
        }
        if (request.ValidFrom is { } from && request.ValidTo is { } to && to < from)
            Problem("valid_to", UnitMessages.EndsBeforeStart(to, from));
        ImportException.ThrowIfAny(problems);

        var created = unit is null;
        var ids = units.ToDictionary(u => u.Id, u => u.Code);
        var before = created ? null : UnitFile.AuditFields(unit!, ids);
        unit ??= new Unit { Code = code, Name = name, Group = group };
        unit.Name = name;
        unit.NameEn = string.IsNullOrWhiteSpace(request.NameEn) ? null : request.NameEn.Trim();
        unit.Type = request.Type;
        unit.Group = group;
        unit.Parent = parent;
        unit.ParentId = parent?.Id;
        unit.ValidFrom = request.ValidFrom;
        unit.ValidTo = request.ValidTo;
        var after = UnitFile.AuditFields(unit, ids);
        var changed = after.Keys.Where(k => before is null || before[k] != after[k]).ToList();
        if (changed.Count == 0)
        {
            db.ChangeTracker.Clear();
            return new SavedUnit(unit.Code, false, []);
        }

        var now = clock.GetUtcNow();
        await db.WriteAsync(() =>
        {
            if (created)
            {
                db.Units.Add(unit);
                AuditLog.Record(db, actor, now, "unit.create", "Unit", unit.Code, null, UnitFile.AuditJson(after));
            }
            else
                AuditLog.Record(db, actor, now, "unit.update", "Unit", unit.Code,
                    UnitFile.AuditJson(changed.ToDictionary(k => k, k => before![k])), UnitFile.AuditJson(changed.ToDictionary(k => k, k => after[k])));
            return Task.CompletedTask;
        }, ct);
        return new SavedUnit(unit.Code, created, changed);
    }
}
