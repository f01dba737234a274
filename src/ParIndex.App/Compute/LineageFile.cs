using System.Globalization;
using ParIndex.App.Files;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Text;

namespace ParIndex.App.Compute;

/// <summary>Lineage file: <c>from,to,kind,year[,weight]</c> with kind merge, rename or split.</summary>
public static class LineageFile
{
    public static IReadOnlyList<LineageEvent> Read(Table table, List<ImportProblem> problems)
    {
        var cols = table.RequireColumns(problems, "from", "to", "kind", "year");
        if (cols.Contains(-1)) return [];
        var weightColumn = table.Column("weight");
        var events = new List<LineageEvent>();
        foreach (var row in table.Rows)
        {
            var from = row.Cell(cols[0]);
            var to = row.Cell(cols[1]);
            var ok = true;
            if (from.Length == 0) { problems.Add(table.Problem(row, cols[0], "'from' is empty")); ok = false; }
            if (to.Length == 0) { problems.Add(table.Problem(row, cols[1], "'to' is empty")); ok = false; }
            if (from.Length > 0 && string.Equals(from, to, StringComparison.OrdinalIgnoreCase)) { problems.Add(table.Problem(row, cols[1], "a unit cannot succeed itself")); ok = false; }
            LineageKind? kind = row.Cell(cols[2]).ToLowerInvariant() switch
            {
                "merge" => LineageKind.Merge,
                "rename" => LineageKind.Rename,
                "split" => LineageKind.Split,
                _ => null,
            };
            if (kind is null) { problems.Add(table.Problem(row, cols[2], $"'{Excerpt.Of(row.Cell(cols[2]))}' is not merge, rename or split")); ok = false; }
            if (!int.TryParse(row.Cell(cols[3]), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2200)
            { problems.Add(table.Problem(row, cols[3], $"'{Excerpt.Of(row.Cell(cols[3]))}' is not a year")); ok = false; }
            var weight = 1m;
            var weightText = weightColumn >= 0 ? row.Cell(weightColumn) : "";
            if (weightText.Length > 0 && (!decimal.TryParse(weightText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out weight) || weight <= 0))
            { problems.Add(table.Problem(row, weightColumn, $"'{Excerpt.Of(weightText)}' is not a positive weight")); ok = false; }
            if (ok) events.Add(new LineageEvent(from, to, kind!.Value, year, weight));
        }
        return events;
    }
}
