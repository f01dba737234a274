using ParIndex.App.Files;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Text;

namespace ParIndex.App.Compute;

/// <summary>
/// Scores file: <c>unit,code,value</c>, one row per unit and sub-criterion. <c>value</c> is the rule's input
/// (pass/fail, an option key, a ratio, a count) or the points of a manual leaf; <c>NA</c> marks not applicable,
/// and may be given on a criterion or area code to mark everything below it. Every leaf of every unit must be given.
/// </summary>
public static class ScoresFile
{
    private const int MissingListed = 12;

    public static ScoreSheet Read(Table table, CompiledFramework framework, IReadOnlyCollection<string>? knownUnits, List<ImportProblem> problems)
    {
        var cols = table.RequireColumns(problems, "unit", "code", "value");
        if (cols.Contains(-1)) return new ScoreSheet([], new Dictionary<string, LeafInput[]>());
        var known = knownUnits is null ? null : new HashSet<string>(knownUnits, StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        var inputs = new Dictionary<string, LeafInput[]>(StringComparer.OrdinalIgnoreCase);
        var givenOn = new Dictionary<string, int[]>(StringComparer.OrdinalIgnoreCase);
        var code = framework.Framework.Code;

        foreach (var row in table.Rows)
        {
            var unit = row.Cell(cols[0]);
            var nodeCode = row.Cell(cols[1]);
            var value = row.Cell(cols[2]);
            if (unit.Length == 0) { problems.Add(table.Problem(row, cols[0], "the unit is empty")); continue; }
            if (known is not null && !known.Contains(unit)) { problems.Add(table.Problem(row, cols[0], $"unknown unit {unit}: it is not in the units file")); continue; }
            if (framework.NodeIndex(nodeCode) is not { } node) { problems.Add(table.Problem(row, cols[1], $"there is no node '{Excerpt.Of(nodeCode)}' in framework {code}")); continue; }

            if (!inputs.TryGetValue(unit, out var unitInputs))
            {
                order.Add(unit);
                inputs[unit] = unitInputs = new LeafInput[framework.LeafNodes.Length];
                givenOn[unit] = new int[framework.LeafNodes.Length];
            }
            var lines = givenOn[unit];
            var leaf = framework.LeafOrdinal(node);
            if (leaf < 0)
            {
                if (!value.Equals(InputText.NotApplicable, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add(table.Problem(row, cols[2], $"{nodeCode} is not a sub-criterion: only NA can be given for a whole criterion or area", nodeCode));
                    continue;
                }
                foreach (var l in framework.LeavesUnder(node)) Set(l, LeafInput.NotApplicable);
                continue;
            }
            var (input, error) = InputText.ParseFor(value, framework.Rules[leaf], framework.Nodes[node].Max, required: true);
            if (error is not null) problems.Add(table.Problem(row, cols[2], error, nodeCode));
            Set(leaf, error is null ? input : LeafInput.Missing);

            void Set(int l, LeafInput li)
            {
                if (lines[l] > 0)
                {
                    problems.Add(table.Problem(row, cols[1], $"{framework.Nodes[framework.LeafNodes[l]].Code} of unit {unit} is already given on line {lines[l]}", nodeCode));
                    return;
                }
                lines[l] = row.Line;
                unitInputs[l] = li;
            }
        }

        foreach (var unit in order)
        {
            var missing = Enumerable.Range(0, framework.LeafNodes.Length).Where(l => givenOn[unit][l] == 0)
                .Select(l => framework.Nodes[framework.LeafNodes[l]].Code).ToList();
            if (missing.Count > 0)
                problems.Add(new ImportProblem(table.File, $"unit {unit} has no value for {Listed(missing)} (write NA where an item does not apply)", Sheet: table.Sheet));
        }
        if (known is not null)
            foreach (var unit in knownUnits!.Where(u => !inputs.ContainsKey(u)))
                problems.Add(new ImportProblem(table.File, $"unit {unit} of the units file has no scores", Sheet: table.Sheet));
        if (order.Count == 0 && table.Rows.Count == 0)
            problems.Add(new ImportProblem(table.File, "the file has no scores", Sheet: table.Sheet));
        return new ScoreSheet(order, inputs);
    }

    private static string Listed(List<string> codes) =>
        codes.Count <= MissingListed ? string.Join(", ", codes) : $"{string.Join(", ", codes.Take(MissingListed))} and {codes.Count - MissingListed} more";
}
