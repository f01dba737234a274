using ParIndex.Domain.Composite;

namespace ParIndex.App.Composite;

/// <summary>A weights file <c>iCode,Weight</c> that overrides the structure's weights for the codes it lists.</summary>
public static class WeightsReader
{
    public static IndexStructure Apply(string file, string text, IndexStructure structure)
    {
        var table = CompositeTable.Parse(file, text);
        var problems = new List<CompositeProblem>();
        var (code, weight) = (table.ColumnIndex("iCode"), table.ColumnIndex("Weight"));
        if (code < 0) problems.Add(new CompositeProblem(file, "the column 'iCode' is missing", 1, "iCode"));
        if (weight < 0) problems.Add(new CompositeProblem(file, "the column 'Weight' is missing", 1, "Weight"));
        if (problems.Count > 0) throw new CompositeException(problems);

        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, cells) in table.Rows)
        {
            var c = cells[code].Trim();
            if (structure.Find(c) is null) problems.Add(new CompositeProblem(file, $"'{c}' is not an indicator or aggregate of {structure.File}", line, "iCode", c));
            else if (!lines.TryAdd(c, line)) problems.Add(new CompositeProblem(file, $"the code appears twice (first on line {lines[c]})", line, "iCode", c));
            else if (CompositeCell.Number(cells[weight]) is not { } w || w < 0)
                problems.Add(new CompositeProblem(file, $"the weight must be a number ≥ 0, not '{cells[weight].Trim()}'", line, "Weight", c));
            else weights[c] = w;
        }
        if (problems.Count > 0) throw new CompositeException(problems);
        return structure.WithWeights(weights, file);
    }
}
