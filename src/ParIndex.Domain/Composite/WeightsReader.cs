using ParIndex.Domain.Text;
namespace ParIndex.Domain.Composite;

/// <summary>A weights file <c>iCode,Weight</c> that overrides the structure's weights for the codes it lists.</summary>
public static class WeightsReader
{
    public static IndexStructure Apply(string file, string text, IndexStructure structure)
    {
        var table = CsvTable.Parse(file, text);
        var problems = new List<CompositeProblem>();
        var (code, weight) = (table.ColumnIndex("iCode"), table.ColumnIndex("Weight"));
        if (code < 0) problems.Add(new CompositeProblem(file, "the column 'iCode' is missing", 1, "iCode"));
        if (weight < 0) problems.Add(new CompositeProblem(file, "the column 'Weight' is missing", 1, "Weight"));
        if (problems.Count > 0) throw new CompositeException(problems);

        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var c = row.Cells[code].Trim();
            if (structure.Find(c) is null) problems.Add(new CompositeProblem(file, $"'{Excerpt.Of(c)}' is not an indicator or aggregate of {structure.File}", row.Line, "iCode", c));
            else if (!lines.TryAdd(c, row.Line)) problems.Add(new CompositeProblem(file, $"the code appears twice (first on line {lines[c]})", row.Line, "iCode", c));
            else if (CsvValue.Number(row.Cells[weight]) is not { } w || w < 0)
                problems.Add(new CompositeProblem(file, $"the weight must be a number ≥ 0, not '{Excerpt.Of(row.Cells[weight].Trim())}'", row.Line, "Weight", c));
            else weights[c] = w;
        }
        if (problems.Count > 0) throw new CompositeException(problems);
        return structure.WithWeights(weights, file);
    }
}
