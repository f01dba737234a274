using ParIndex.App.Files;
using ParIndex.Domain.Results;

namespace ParIndex.App.Compute;

/// <summary>Units file: <c>code,name[,group]</c>, one row per unit assessed.</summary>
public static class UnitsFile
{
    public static IReadOnlyList<Unit> Read(Table table, string defaultGroup, List<ImportProblem> problems)
    {
        var cols = table.RequireColumns(problems, "code", "name");
        if (cols.Contains(-1)) return [];
        var group = table.Column("group");
        var units = new List<Unit>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var code = row.Cell(cols[0]);
            var name = row.Cell(cols[1]);
            if (code.Length == 0) { problems.Add(table.Problem(row, cols[0], "the unit code is empty")); continue; }
            if (name.Length == 0) problems.Add(table.Problem(row, cols[1], $"unit {code} has no name"));
            if (seen.TryGetValue(code, out var first)) { problems.Add(table.Problem(row, cols[0], $"unit {code} is listed twice (first on line {first})")); continue; }
            seen[code] = row.Line;
            var g = group >= 0 ? row.Cell(group) : "";
            units.Add(new Unit(code, name, g.Length > 0 ? g : defaultGroup));
        }
        return units;
    }
}
