using ParIndex.Domain.Composite;

namespace ParIndex.App.Composite;

/// <summary>
/// Reads COINr's iData CSV: one row per unit, a <c>uCode</c> column, one column per indicator of the structure.
/// Other columns (<c>uName</c>, groups, denominators) are kept as text, for grouped imputation; an empty cell or
/// <c>NA</c> is missing.
/// </summary>
public static class UnitDataReader
{
    public static UnitData Read(string file, string text, IndexStructure structure)
    {
        var table = CompositeTable.Parse(file, text);
        var problems = new List<CompositeProblem>();
        var unitColumn = table.ColumnIndex("uCode");
        if (unitColumn < 0) problems.Add(new CompositeProblem(file, "the column 'uCode' is missing", 1, "uCode"));

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < table.Header.Count; i++)
        {
            var name = table.Header[i];
            if (structure.Find(name) is not { IsIndicator: true }) continue;
            if (!columns.TryAdd(name, i)) problems.Add(new CompositeProblem(file, "the indicator has two columns", 1, name, name));
        }
        foreach (var indicator in structure.Indicators.Where(n => !columns.ContainsKey(n.Code)))
            problems.Add(new CompositeProblem(file, $"the indicator has no column in the data (structure: {structure.File}:{indicator.Line})", 1, null, indicator.Code));
        if (problems.Count > 0) throw new CompositeException(problems);

        var order = columns.OrderBy(kv => kv.Value).Select(kv => kv.Key).ToList();
        var units = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = order.ToDictionary(c => c, _ => new List<double>(), StringComparer.Ordinal);
        var others = Enumerable.Range(0, table.Header.Count).Where(i => i != unitColumn && !columns.ContainsValue(i))
            .GroupBy(i => table.Header[i], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var groups = others.ToDictionary(kv => kv.Key, _ => new List<string?>(), StringComparer.Ordinal);
        foreach (var (line, cells) in table.Rows)
        {
            var unit = cells[unitColumn].Trim();
            if (CompositeCell.IsMissing(unit)) problems.Add(new CompositeProblem(file, "the unit code is empty", line, "uCode"));
            else if (!seen.TryAdd(unit, line)) problems.Add(new CompositeProblem(file, $"unit {unit} appears twice (first on line {seen[unit]})", line, "uCode"));
            foreach (var code in order)
            {
                var cell = cells[columns[code]];
                if (CompositeCell.IsMissing(cell)) values[code].Add(double.NaN);
                else if (CompositeCell.Number(cell) is { } v) values[code].Add(v);
                else
                {
                    problems.Add(new CompositeProblem(file, $"unit {unit}: '{cell.Trim()}' is not a number (use a dot for decimals; empty or NA for missing)", line, code, code));
                    values[code].Add(double.NaN);
                }
            }
            foreach (var (name, i) in others) groups[name].Add(CompositeCell.IsMissing(cells[i]) ? null : cells[i].Trim());
            units.Add(unit);
        }
        if (problems.Count > 0) throw new CompositeException(problems);
        if (units.Count == 0) throw new CompositeException(new CompositeProblem(file, "there are no units (rows)"));
        return new UnitData(file, units, order, values.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal),
            groups.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal));
    }
}
