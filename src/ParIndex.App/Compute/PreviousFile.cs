using System.Globalization;
using System.Text.Json;
using ParIndex.App.Files;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Text;

namespace ParIndex.App.Compute;

/// <summary>The previous period's results, as written by <c>parindex compute</c> in CSV, XLSX or JSON.</summary>
public static class PreviousFile
{
    public static IReadOnlyList<PreviousResult> Read(string path, List<ImportProblem> problems)
    {
        if (!Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
            return ReadTable(Table.Load(path), problems);
        if (!File.Exists(path)) throw new ImportException([new ImportProblem(path, NotFoundMessages.File())]);
        return ReadJson(File.ReadAllText(path), path, problems);
    }

    public static IReadOnlyList<PreviousResult> ReadTable(Table table, List<ImportProblem> problems)
    {
        var cols = table.RequireColumns(problems, "rank", "unit", "name", "index");
        if (cols.Contains(-1)) return [];
        var results = new List<PreviousResult>();
        foreach (var row in table.Rows)
        {
            var ok = int.TryParse(row.Cell(cols[0]), NumberStyles.None, CultureInfo.InvariantCulture, out var rank) && rank > 0;
            if (!ok) problems.Add(table.Problem(row, cols[0], $"'{Excerpt.Of(row.Cell(cols[0]))}' is not a rank"));
            if (!decimal.TryParse(row.Cell(cols[3]), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var index))
            {
                problems.Add(table.Problem(row, cols[3], $"'{Excerpt.Of(row.Cell(cols[3]))}' is not an index"));
                ok = false;
            }
            if (row.Cell(cols[1]).Length == 0) { problems.Add(table.Problem(row, cols[1], "the unit code is empty")); ok = false; }
            if (ok) results.Add(new PreviousResult(row.Cell(cols[1]), row.Cell(cols[2]), index, rank));
        }
        return Unique(results, table.File, problems);
    }

    private static IReadOnlyList<PreviousResult> ReadJson(string json, string file, List<ImportProblem> problems)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (!doc.RootElement.TryGetProperty("units", out var units) || units.ValueKind != JsonValueKind.Array)
            {
                problems.Add(new ImportProblem(file, "$.units: expected the array of units written by parindex compute"));
                return [];
            }
            var results = new List<PreviousResult>();
            var i = 0;
            foreach (var u in units.EnumerateArray())
            {
                var path = $"$.units[{i++}]";
                if (u.ValueKind == JsonValueKind.Object
                    && u.TryGetProperty("unit", out var code) && code.ValueKind == JsonValueKind.String
                    && u.TryGetProperty("rank", out var rank) && rank.TryGetInt32(out var r)
                    && u.TryGetProperty("index", out var index) && index.TryGetDecimal(out var x))
                    results.Add(new PreviousResult(code.GetString()!, u.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "", x, r));
                else
                    problems.Add(new ImportProblem(file, $"{path}: expected unit (string), rank (integer) and index (number)"));
            }
            return Unique(results, file, problems);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            problems.Add(new ImportProblem(file, $"not valid JSON: {e.Message}"));
            return [];
        }
    }

    private static IReadOnlyList<PreviousResult> Unique(List<PreviousResult> results, string file, List<ImportProblem> problems)
    {
        foreach (var g in results.GroupBy(r => r.Unit, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            problems.Add(new ImportProblem(file, $"unit {g.Key} appears {g.Count()} times"));
        return results;
    }
}
