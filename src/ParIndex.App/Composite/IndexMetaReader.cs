using ParIndex.Domain.Composite;

namespace ParIndex.App.Composite;

/// <summary>
/// Reads COINr's iMeta CSV: columns <c>iCode, Level, Parent, Weight, Direction, Type</c> (any order; others such as
/// <c>iName</c> ignored) and, when present, the per-indicator normalisation columns: <c>Normalisation</c> (a method
/// spelt as on the command line, overriding the global one), <c>Target</c>, <c>dist2targ_cap_max</c>,
/// <c>scaled_lower/upper</c>, <c>scale_factor</c>, <c>goalpost_lower/upper/scale/trunc2posts</c>. Rows whose Type is
/// neither <c>Indicator</c> nor <c>Aggregate</c> (groups, denominators, …) are metadata and skipped.
/// </summary>
public static class IndexMetaReader
{
    private static readonly string[] Required = ["iCode", "Level", "Parent", "Weight", "Direction", "Type"];

    public static IndexStructure Read(string file, string text)
    {
        var table = CompositeTable.Parse(file, text);
        var missing = Required.Where(c => table.ColumnIndex(c) < 0).ToList();
        if (missing.Count > 0)
            throw new CompositeException(missing.Select(c => new CompositeProblem(file, $"the column '{c}' is missing", 1, c)).ToList());

        int Col(string name) => table.ColumnIndex(name);
        var (code, level, parent, weight, direction, type) = (Col("iCode"), Col("Level"), Col("Parent"), Col("Weight"), Col("Direction"), Col("Type"));

        var problems = new List<CompositeProblem>();
        var nodes = new List<IndexNode>();
        foreach (var (line, cells) in table.Rows)
        {
            var kind = cells[type].Trim();
            var isIndicator = kind.Equals("Indicator", StringComparison.OrdinalIgnoreCase);
            if (!isIndicator && !kind.Equals("Aggregate", StringComparison.OrdinalIgnoreCase)) continue;
            var before = problems.Count;
            var iCode = cells[code].Trim();
            var c = iCode.Length == 0 ? null : iCode;
            void Problem(string column, string message) => problems.Add(new CompositeProblem(file, message, line, column, c));
            if (iCode.Length == 0 || CompositeCell.IsMissing(iCode)) Problem("iCode", "the code is empty");

            var lv = CompositeCell.Number(cells[level]);
            if (lv is not { } l || l != Math.Floor(l) || l < 1) Problem("Level", $"the level must be a whole number ≥ 1, not '{cells[level]}'");

            var parentCode = CompositeCell.IsMissing(cells[parent]) ? null : cells[parent].Trim();

            double w = 1;
            if (CompositeCell.IsMissing(cells[weight]))
            {
                if (parentCode is not null) Problem("Weight", "the weight is missing");
            }
            else if (CompositeCell.Number(cells[weight]) is not { } wv || wv < 0) Problem("Weight", $"the weight must be a number ≥ 0, not '{cells[weight]}'");
            else w = wv;

            var d = 1;
            IndicatorParameters? parameters = null;
            if (isIndicator)
            {
                var dv = CompositeCell.Number(cells[direction]);
                if (dv is not (1 or -1)) Problem("Direction", $"the direction must be 1 or -1, not '{cells[direction]}'");
                else d = (int)dv;
                parameters = Parameters(table, cells, Problem);
            }

            if (problems.Count == before)
                nodes.Add(new IndexNode(iCode, (int)lv!.Value, parentCode, w, d, isIndicator, parameters, line));
        }
        if (problems.Count > 0) throw new CompositeException(problems);
        if (nodes.Count == 0) throw new CompositeException(new CompositeProblem(file, "no row has Type Indicator or Aggregate"));
        return IndexStructure.Create(file, nodes);
    }

    private static IndicatorParameters Parameters(CompositeTable table, string[] cells, Action<string, string> problem)
    {
        string? Cell(string column) => table.ColumnIndex(column) is var i and >= 0 && !CompositeCell.IsMissing(cells[i]) ? cells[i].Trim() : null;
        double? Number(string column)
        {
            if (Cell(column) is not { } text) return null;
            if (CompositeCell.Number(text) is { } v) return v;
            problem(column, $"must be a number, not '{text}'");
            return null;
        }
        bool Flag(string column, bool fallback)
        {
            var text = Cell(column);
            if (text is null) return fallback;
            if (text.Equals("TRUE", StringComparison.OrdinalIgnoreCase)) return true;
            if (text.Equals("FALSE", StringComparison.OrdinalIgnoreCase)) return false;
            problem(column, $"must be TRUE or FALSE, not '{text}'");
            return fallback;
        }
        Normalisation? method = null;
        if (Cell("Normalisation") is { } spec)
        {
            try { method = Normalisation.Parse(spec); }
            catch (CompositeException e) { problem("Normalisation", e.Problems[0].Message); }
        }
        return new IndicatorParameters(method, Number("Target"), Flag("dist2targ_cap_max", false),
            Number("scaled_lower"), Number("scaled_upper"), Number("scale_factor"),
            Number("goalpost_lower"), Number("goalpost_upper"), Number("goalpost_scale"), Flag("goalpost_trunc2posts", true));
    }
}
