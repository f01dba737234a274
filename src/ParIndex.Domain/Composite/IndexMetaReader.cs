using ParIndex.Domain.Text;
namespace ParIndex.Domain.Composite;

/// <summary>
/// Reads COINr's iMeta CSV: columns <c>iCode, Level, Parent, Weight, Direction, Type</c> (any order, others such as
/// <c>iName</c> ignored; <c>Target</c> and <c>dist2targ_cap_max</c> read when present). Rows whose Type is neither
/// <c>Indicator</c> nor <c>Aggregate</c> (groups, denominators, …) are metadata and skipped.
/// </summary>
public static class IndexMetaReader
{
    private static readonly string[] Required = ["iCode", "Level", "Parent", "Weight", "Direction", "Type"];

    public static IndexStructure Read(string file, string text)
    {
        var table = CsvTable.Parse(file, text);
        var missing = Required.Where(c => table.ColumnIndex(c) < 0).ToList();
        if (missing.Count > 0)
            throw new CompositeException(missing.Select(c => new CompositeProblem(file, $"the column '{Excerpt.Of(c)}' is missing", 1, c)).ToList());

        int Col(string name) => table.ColumnIndex(name);
        var (code, level, parent, weight, direction, type) = (Col("iCode"), Col("Level"), Col("Parent"), Col("Weight"), Col("Direction"), Col("Type"));
        var target = Col("Target");
        var cap = Col("dist2targ_cap_max");

        var problems = new List<CompositeProblem>();
        var nodes = new List<IndexNode>();
        foreach (var row in table.Rows)
        {
            var kind = row.Cells[type].Trim();
            var isIndicator = kind.Equals("Indicator", StringComparison.OrdinalIgnoreCase);
            if (!isIndicator && !kind.Equals("Aggregate", StringComparison.OrdinalIgnoreCase)) continue;
            var before = problems.Count;
            void Problem(string column, string message, string? c) => problems.Add(new CompositeProblem(file, message, row.Line, column, c));

            var iCode = row.Cells[code].Trim();
            if (iCode.Length == 0 || CsvValue.IsMissing(iCode)) Problem("iCode", "the code is empty", null);
            var c = iCode.Length == 0 ? null : iCode;

            var lv = CsvValue.Number(row.Cells[level]);
            if (lv is not { } l || l != Math.Floor(l) || l < 1) Problem("Level", $"the level must be a whole number ≥ 1, not '{Excerpt.Of(row.Cells[level])}'", c);

            var parentCode = CsvValue.IsMissing(row.Cells[parent]) ? null : row.Cells[parent].Trim();

            double w = 1;
            if (CsvValue.IsMissing(row.Cells[weight]))
            {
                if (parentCode is not null) Problem("Weight", "the weight is missing", c);
            }
            else if (CsvValue.Number(row.Cells[weight]) is not { } wv || wv < 0) Problem("Weight", $"the weight must be a number ≥ 0, not '{Excerpt.Of(row.Cells[weight])}'", c);
            else w = wv;

            var d = 1;
            if (isIndicator)
            {
                var dv = CsvValue.Number(row.Cells[direction]);
                if (dv is not (1 or -1)) Problem("Direction", $"the direction must be 1 or -1, not '{Excerpt.Of(row.Cells[direction])}'", c);
                else d = (int)dv;
            }

            double? t = null;
            if (target >= 0 && !CsvValue.IsMissing(row.Cells[target]))
            {
                t = CsvValue.Number(row.Cells[target]);
                if (t is null) Problem("Target", $"the target must be a number, not '{Excerpt.Of(row.Cells[target])}'", c);
            }

            var capAtTarget = false;
            if (cap >= 0 && !CsvValue.IsMissing(row.Cells[cap]))
            {
                var v = row.Cells[cap].Trim();
                if (v.Equals("TRUE", StringComparison.OrdinalIgnoreCase)) capAtTarget = true;
                else if (!v.Equals("FALSE", StringComparison.OrdinalIgnoreCase)) Problem("dist2targ_cap_max", $"must be TRUE or FALSE, not '{Excerpt.Of(v)}'", c);
            }

            if (problems.Count == before)
                nodes.Add(new IndexNode(iCode, (int)lv!.Value, parentCode, w, d, isIndicator, t, capAtTarget, row.Line));
        }
        if (problems.Count > 0) throw new CompositeException(problems);
        if (nodes.Count == 0) throw new CompositeException(new CompositeProblem(file, "no row has Type Indicator or Aggregate"));
        return IndexStructure.Create(file, nodes);
    }
}
