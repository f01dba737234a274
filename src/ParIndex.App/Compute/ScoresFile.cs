using System.Runtime.CompilerServices;
using ParIndex.App.Files;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Text;

namespace ParIndex.App.Compute;

/// <summary>
/// Scores file: <c>unit,code,value</c>, one row per unit and sub-criterion. <c>value</c> is the rule's input
/// (pass/fail, an option key, a ratio, a count) or the points of a manual leaf; <c>NA</c> marks not applicable,
/// and may be given on a criterion or area code to mark everything below it. Every leaf of every unit must be given.
/// Read in one pass, a row at a time, into one row of palette indices per unit (<see cref="ScoreSheet"/>); a value already seen on the same
/// sub-criterion is not parsed again.
/// </summary>
public static class ScoresFile
{
    private const int MissingListed = 12;

    /// <summary>How many distinct values of one sub-criterion are remembered; past that, a value is parsed each time.</summary>
    private const int ValuesRemembered = 1024;

    public static ScoreSheet Read(Table table, CompiledFramework framework, IReadOnlyCollection<string>? knownUnits, List<ImportProblem> problems)
    {
        using var reader = TableReader.Over(table);
        return Read(reader, framework, knownUnits, problems);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ScoreSheet Read(TableReader table, CompiledFramework framework, IReadOnlyCollection<string>? knownUnits, List<ImportProblem> problems)
    {
        var cols = table.RequireColumns(problems, "unit", "code", "value");
        var palette = new InputPalette(framework);
        if (cols.Contains(-1)) return new ScoreSheet([], palette, new Dictionary<string, int[]>());
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? known = knownUnits is null ? null
            : new HashSet<string>(knownUnits, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var order = new List<string>();
        var inputs = new Dictionary<string, int[]>(StringComparer.OrdinalIgnoreCase);
        var byUnit = inputs.GetAlternateLookup<ReadOnlySpan<char>>();
        var givenOn = new Dictionary<string, int[]>(StringComparer.OrdinalIgnoreCase);
        var values = new Dictionary<string, (int Input, Message? Error)>?[framework.LeafNodes.Length];
        var code = framework.Framework.Code;
        string? unit = null;
        int[] unitInputs = [];
        int[] lines = [];

        while (table.Read())
        {
            var unitText = table.Cell(cols[0]);
            var nodeCode = table.Cell(cols[1]);
            if (unitText.Length == 0) { problems.Add(table.Problem(cols[0], "the unit is empty")); continue; }
            if (unit is null || !unitText.Equals(unit, StringComparison.OrdinalIgnoreCase))
            {
                if (known is { } k && !k.Contains(unitText)) { problems.Add(table.Problem(cols[0], $"unknown unit {unitText}: it is not in the units file")); continue; }
                if (framework.NodeIndex(nodeCode) is null) { problems.Add(NoNode(table, cols[1], nodeCode, code)); continue; }
                if (byUnit.TryGetValue(unitText, out var u, out var found))
                {
                    unit = u;
                    unitInputs = found;
                    lines = givenOn[u];
                }
                else
                {
                    unit = unitText.ToString();
                    order.Add(unit);
                    inputs[unit] = unitInputs = new int[framework.LeafNodes.Length];
                    givenOn[unit] = lines = new int[framework.LeafNodes.Length];
                }
            }
            if (framework.NodeIndex(nodeCode) is not { } node) { problems.Add(NoNode(table, cols[1], nodeCode, code)); continue; }

            var value = table.Cell(cols[2]);
            var leaf = framework.LeafOrdinal(node);
            if (leaf < 0)
            {
                if (!value.Equals(InputText.NotApplicable, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add(table.Problem(cols[2], $"{nodeCode} is not a sub-criterion: only NA can be given for a whole criterion or area", nodeCode.ToString()));
                    continue;
                }
                foreach (var l in framework.LeavesUnder(node)) Set(l, InputPalette.NotApplicable);
                continue;
            }
            var (input, error) = Parse(value, leaf, node);
            if (error is not null) problems.Add(table.Problem(cols[2], error, nodeCode.ToString()));
            Set(leaf, error is null ? input : InputPalette.Missing);

            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            void Set(int l, int li)
            {
                if (lines[l] > 0)
                {
                    problems.Add(table.Problem(cols[1], $"{framework.Nodes[framework.LeafNodes[l]].Code} of unit {table.Text(cols[0])} is already given on line {lines[l]}", table.Text(cols[1])));
                    return;
                }
                lines[l] = table.Line;
                unitInputs[l] = li;
            }
        }

        foreach (var u in order)
        {
            var given = givenOn[u];
            if (!given.Contains(0)) continue;
            var missing = new List<string>();
            for (var l = 0; l < given.Length; l++)
                if (given[l] == 0) missing.Add(framework.Nodes[framework.LeafNodes[l]].Code);
            problems.Add(new ImportProblem(table.File, $"unit {u} has no value for {Listed(missing)} (write NA where an item does not apply)", Sheet: table.Sheet));
        }
        if (known is not null)
            foreach (var u in knownUnits!.Where(u => !inputs.ContainsKey(u)))
                problems.Add(new ImportProblem(table.File, $"unit {u} of the units file has no scores", Sheet: table.Sheet));
        if (order.Count == 0 && table.RowsRead == 0)
            problems.Add(new ImportProblem(table.File, "the file has no scores", Sheet: table.Sheet));
        return new ScoreSheet(order, palette, inputs);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        (int, Message?) Parse(ReadOnlySpan<char> text, int leaf, int node)
        {
            var seen = values[leaf] ??= new Dictionary<string, (int, Message?)>(StringComparer.Ordinal);
            if (seen.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var known)) return known;
            var s = text.ToString();
            var (input, error) = InputText.ParseFor(s, framework.Rules[leaf], framework.Nodes[node].Max, required: true);
            var parsed = (error is null ? palette.Add(leaf, input) : InputPalette.Missing, error);
            if (seen.Count < ValuesRemembered) seen[s] = parsed;
            return parsed;
        }
    }

    private static ImportProblem NoNode(TableReader table, int column, ReadOnlySpan<char> nodeCode, string framework) =>
        table.Problem(column, $"there is no node '{Excerpt.Of(nodeCode.ToString())}' in framework {framework}");

    private static string Listed(List<string> codes) =>
        codes.Count <= MissingListed ? string.Join(", ", codes) : $"{string.Join(", ", codes.Take(MissingListed))} and {codes.Count - MissingListed} more";
}
