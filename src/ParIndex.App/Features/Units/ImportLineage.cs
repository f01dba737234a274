using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Units;

/// <summary>
/// Records merges, renames and splits from a CSV or XLSX file: <c>from,to,kind,date[,weight]</c>, kind merge, rename or
/// split (or sáp nhập, đổi tên, chia tách); both units must already exist. A <c>year</c> column may stand in for
/// <c>date</c> (the files of <c>parindex compute</c>): the event then takes effect on 1 January of that year.
/// A unit pair has one event of each kind: the same pair and kind twice in the file is refused, and so is a row that
/// contradicts the event already recorded; a row equal to a recorded event is left as it is, so an export imports
/// again without change. All or nothing, every problem located.
/// A unit merged, renamed or split away ceases to exist: its valid-to date becomes the day before the event (unless
/// it already ends earlier), so periods created afterwards no longer assess it.
/// </summary>
public sealed record ImportLineage(string Path);

public sealed record LineageImport(int Added, int Unchanged)
{
    public int Total => Added + Unchanged;
}

public sealed class ImportLineageHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<LineageImport> HandleAsync(Actor actor, ImportLineage request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ImportLineage, Role.Admin, Role.Secretariat);
        var table = Table.Load(request.Path);
        var problems = new List<ImportProblem>();
        var cols = table.RequireColumns(problems, "from", "to", "kind");
        var dateColumn = table.Column("date");
        var yearColumn = table.Column("year");
        if (dateColumn < 0 && yearColumn < 0)
            problems.Add(new ImportProblem(table.File, ReaderMessages.MissingColumn("date", string.Join(",", table.Header)), 1, Sheet: table.Sheet));
        ImportException.ThrowIfAny(problems);
        var weightColumn = table.Column("weight");
        var spreadsheet = table.Sheet is not null;

        var units = new Dictionary<string, Unit>(StringComparer.OrdinalIgnoreCase);
        foreach (var u in (await db.Units.ToListAsync(ct)).OrderBy(u => u.Code, StringComparer.Ordinal)) units.TryAdd(u.Code, u);
        var recorded = (await db.Lineage.ToListAsync(ct)).ToDictionary(l => (l.FromUnitId, l.ToUnitId, l.Kind));

        var toAdd = new List<UnitLineage>();
        var unchanged = 0;
        var seen = new Dictionary<(int, int, LineageKind), int>();
        foreach (var row in table.Rows)
        {
            var ok = true;
            void Problem(int column, Message message) { problems.Add(table.Problem(row, column, message)); ok = false; }

            Unit? UnitAt(int column, string role)
            {
                var code = row.Cell(column);
                if (code.Length == 0) { Problem(column, UnitMessages.LinkCodeEmpty(role)); return null; }
                if (units.TryGetValue(code, out var unit)) return unit;
                Problem(column, UnitMessages.NoUnit(code));
                return null;
            }
            var from = UnitAt(cols[0], "from");
            var to = UnitAt(cols[1], "to");
            if (from is not null && from == to) Problem(cols[1], UnitMessages.SucceedsItself(from.Code));

            var kindText = row.Cell(cols[2]);
            var kind = UnitFile.ParseKind(kindText);
            if (kind is null) Problem(cols[2], UnitMessages.NotAKind(kindText));

            DateOnly? date = null;
            if (dateColumn >= 0)
            {
                var text = row.Cell(dateColumn);
                date = UnitFile.ParseDate(text, spreadsheet);
                if (date is null) Problem(dateColumn, UnitMessages.NotADate(text));
            }
            else
            {
                var text = row.Cell(yearColumn);
                if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2200)
                    date = new DateOnly(year, 1, 1);
                else Problem(yearColumn, UnitMessages.NotAYear(text));
            }

            var weight = 1m;
            var weightText = weightColumn >= 0 ? row.Cell(weightColumn) : "";
            if (weightText.Length > 0)
            {
                if (UnitFile.ParseWeight(weightText) is { } w) weight = w;
                else Problem(weightColumn, UnitMessages.NotAWeight(weightText));
            }
            if (!ok) continue;

            var key = (from!.Id, to!.Id, kind!.Value);
            var what = UnitMessages.Link(from.Code, to.Code, UnitFile.KindWords(kind.Value));
            if (seen.TryGetValue(key, out var first))
            {
                Problem(cols[0], UnitMessages.LinkTwice(what, first));
                continue;
            }
            seen[key] = row.Line;
            if (recorded.TryGetValue(key, out var existing))
            {
                if (existing.EffectiveOn == date && existing.Weight == weight) { unchanged++; continue; }
                Problem(cols[0], UnitMessages.LinkRecorded(what, existing.EffectiveOn, existing.Weight));
                continue;
            }
            toAdd.Add(new UnitLineage { FromUnitId = from.Id, FromUnit = from, ToUnitId = to.Id, ToUnit = to, Kind = kind.Value, EffectiveOn = date!.Value, Weight = weight });
        }
        ImportException.ThrowIfAny(problems);

        var now = clock.GetUtcNow();
        await db.WriteAsync(() =>
        {
            foreach (var l in toAdd)
            {
                db.Lineage.Add(l);
                AuditLog.Record(db, actor, now, "lineage.add", "UnitLineage", $"{l.FromUnit.Code}→{l.ToUnit.Code}", null,
                    UnitFile.AuditJson(new Dictionary<string, string?> { ["kind"] = UnitFile.KindText(l.Kind), ["date"] = UnitFile.DateText(l.EffectiveOn), ["weight"] = UnitFile.WeightText(l.Weight) }));
                var lastDay = l.EffectiveOn.AddDays(-1);
                if (l.FromUnit.ValidTo is null || l.FromUnit.ValidTo > lastDay)
                {
                    AuditLog.Record(db, actor, now, "unit.end", "Unit", l.FromUnit.Code, l.FromUnit.ValidTo is { } until ? UnitFile.DateText(until) : null, UnitFile.DateText(lastDay),
                        $"{UnitFile.KindText(l.Kind)} → {l.ToUnit.Code}");
                    l.FromUnit.ValidTo = lastDay;
                }
            }
            return Task.CompletedTask;
        }, ct);
        return new LineageImport(toAdd.Count, unchanged);
    }
}
