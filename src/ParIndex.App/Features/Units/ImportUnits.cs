using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Units;

/// <summary>
/// Loads units from a CSV or XLSX file (<c>code,name,group</c> and optionally <c>type,parent,valid_from,valid_to,name_en</c>)
/// and creates or updates them by code. A parent may be any unit of the file or of the database. An optional column
/// that the file does not have leaves that field of existing units as it is (new units get: type <c>other</c>, no
/// parent, no dates, no English name); an empty cell in a column the file has clears the field. Units missing from
/// the file are kept. Every problem is reported with its line and column, and nothing is written unless there are none.
/// </summary>
public sealed record ImportUnits(string Path);

public sealed record UnitImport(int Created, int Updated, int Unchanged)
{
    public int Total => Created + Updated + Unchanged;
}

public sealed class ImportUnitsHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<UnitImport> HandleAsync(Actor actor, ImportUnits request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ImportUnits, Role.Admin, Role.Secretariat);
        var table = Table.Load(request.Path);
        var problems = new List<ImportProblem>();
        var (rows, codesInFile) = Read(table, problems);

        var existing = await db.Units.ToListAsync(ct);
        var byCode = new Dictionary<string, Unit>(StringComparer.OrdinalIgnoreCase);
        foreach (var u in existing.OrderBy(u => u.Code, StringComparer.Ordinal)) byCode.TryAdd(u.Code, u);

        // The parent each unit will have once the file is applied, to check references and cycles over the whole.
        var codeById = existing.ToDictionary(u => u.Id, u => u.Code);
        var parentOf = existing.Where(u => u.ParentId is not null)
            .ToDictionary(u => u.Code, u => codeById[u.ParentId!.Value], StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows.Where(r => r.Parent is not null))
        {
            if (row.Parent!.Length == 0) { parentOf.Remove(row.Code); continue; }
            if (string.Equals(row.Parent, row.Code, StringComparison.OrdinalIgnoreCase))
                problems.Add(table.Problem(row.Row, row.ParentColumn, UnitMessages.OwnParent(row.Code)));
            else if (!codesInFile.Contains(row.Parent) && !byCode.ContainsKey(row.Parent))
                problems.Add(table.Problem(row.Row, row.ParentColumn, UnitMessages.NoParentAnywhere(row.Parent)));
            else
                parentOf[row.Code] = row.Parent;
        }
        foreach (var row in rows.Where(r => r.Parent is { Length: > 0 }))
            if (UnitFile.Loop(row.Code, parentOf) is { } loop)
                problems.Add(table.Problem(row.Row, row.ParentColumn, UnitMessages.Loop(loop)));
        ImportException.ThrowIfAny(problems);

        var now = clock.GetUtcNow();
        return await db.WriteAsync(() =>
        {
            int created = 0, updated = 0, unchanged = 0;
            var units = new Dictionary<string, Unit>(byCode, StringComparer.OrdinalIgnoreCase);
            foreach (var row in rows.Where(r => !byCode.ContainsKey(r.Code)))
                units[row.Code] = new Unit { Code = row.Code, Name = row.Name, Group = row.Group, Type = row.Type ?? Data.UnitType.Other };
            foreach (var row in rows)
            {
                var unit = units[row.Code];
                var isNew = !byCode.ContainsKey(row.Code);
                var before = UnitFile.AuditFields(unit, codeById);
                unit.Name = row.Name;
                unit.Group = row.Group;
                if (row.Type is { } type) unit.Type = type;
                if (row.HasNameEn) unit.NameEn = row.NameEn;
                if (row.HasValidFrom) unit.ValidFrom = row.ValidFrom;
                if (row.HasValidTo) unit.ValidTo = row.ValidTo;
                if (row.Parent is not null)
                {
                    unit.Parent = row.Parent.Length == 0 ? null : units[row.Parent];
                    if (unit.Parent is null) unit.ParentId = null;
                }
                var after = UnitFile.AuditFields(unit, codeById);
                if (isNew)
                {
                    db.Units.Add(unit);
                    AuditLog.Record(db, actor, now, "unit.create", "Unit", unit.Code, null, UnitFile.AuditJson(after));
                    created++;
                    continue;
                }
                var changed = after.Keys.Where(k => before[k] != after[k]).ToList();
                if (changed.Count == 0) { unchanged++; continue; }
                AuditLog.Record(db, actor, now, "unit.update", "Unit", unit.Code,
                    UnitFile.AuditJson(changed.ToDictionary(k => k, k => before[k])), UnitFile.AuditJson(changed.ToDictionary(k => k, k => after[k])));
                updated++;
            }
            return Task.FromResult(new UnitImport(created, updated, unchanged));
        }, ct);
    }

    private sealed record UnitRow(TableRow Row, string Code, string Name, string Group, Data.UnitType? Type, string? Parent, int ParentColumn,
        bool HasValidFrom, DateOnly? ValidFrom, bool HasValidTo, DateOnly? ValidTo, bool HasNameEn, string? NameEn);

    /// <summary>The rows without problems, and every code the file lists (so a parent on a faulty row is not also reported missing).</summary>
    private static (List<UnitRow> Rows, HashSet<string> Codes) Read(Table table, List<ImportProblem> problems)
    {
        var required = table.RequireColumns(problems, "code", "name", "group");
        if (required.Contains(-1)) ImportException.ThrowIfAny(problems);
        int code = required[0], name = required[1], group = required[2];
        int type = table.Column("type"), parent = table.Column("parent"), from = table.Column("valid_from"), to = table.Column("valid_to"), nameEn = table.Column("name_en");
        var spreadsheet = table.Sheet is not null;

        var rows = new List<UnitRow>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var ok = true;
            void Problem(int column, Message message) { problems.Add(table.Problem(row, column, message)); ok = false; }

            var c = row.Cell(code);
            if (UnitFile.CodeProblem(c) is { } wrong) Problem(code, wrong);
            else if (seen.TryGetValue(c, out var first)) Problem(code, UnitMessages.Twice(c, first));
            else seen[c] = row.Line;

            var n = row.Cell(name);
            if (n.Length == 0) Problem(name, UnitMessages.NoName(c));
            else if (n.Length > TextLimits.Name) Problem(name, UnitMessages.TooLong(UnitMessages.NameField(), n, TextLimits.Name));
            var g = row.Cell(group);
            if (g.Length == 0) Problem(group, UnitMessages.NoGroup(c));
            else if (g.Length > TextLimits.Group) Problem(group, UnitMessages.TooLong(UnitMessages.GroupField(), g, TextLimits.Group));

            Data.UnitType? t = null;
            if (type >= 0)
            {
                var text = row.Cell(type);
                t = text.Length == 0 ? Data.UnitType.Other : UnitFile.ParseType(text);
                if (t is null) Problem(type, UnitMessages.NotAType(text));
            }

            DateOnly? Date(int column)
            {
                var text = row.Cell(column);
                if (text.Length == 0) return null;
                var date = UnitFile.ParseDate(text, spreadsheet);
                if (date is null) Problem(column, UnitMessages.NotADate(text));
                return date;
            }
            var validFrom = from >= 0 ? Date(from) : null;
            var validTo = to >= 0 ? Date(to) : null;
            if (validFrom is not null && validTo is not null && validTo < validFrom)
                Problem(to, UnitMessages.EndsBeforeStart(validTo.Value, validFrom.Value));

            var en = nameEn >= 0 ? row.Cell(nameEn) : "";
            if (en.Length > TextLimits.Name) Problem(nameEn, UnitMessages.TooLong(UnitMessages.EnglishNameField(), en, TextLimits.Name));
            if (ok)
                rows.Add(new UnitRow(row, c, n, g, t, parent >= 0 ? row.Cell(parent) : null, parent,
                    from >= 0, validFrom, to >= 0, validTo, nameEn >= 0, en.Length == 0 ? null : en));
        }
        return (rows, seen.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase));
    }
}
